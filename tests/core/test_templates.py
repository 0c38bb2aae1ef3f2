"""Numbered places in translated sentences are filled as Qt's ``arg`` fills them."""

from explainer_core.templates import fill


def test_places_are_filled_by_number_in_any_order():
    assert fill("%2 à %1", "589 Md $", "593 Md $") == "593 Md $ à 589 Md $"


def test_a_value_containing_a_place_is_not_filled_again():
    # A folder or a quoted claim may contain "%2": it is shown as it is.
    assert fill("%1 cannot be created (%2).", "/tmp/100%2", "denied") == (
        "/tmp/100%2 cannot be created (denied)."
    )


def test_ten_places_and_a_place_without_value():
    values = [str(n) for n in range(1, 11)]
    assert fill("%10 %1", *values) == "10 1"
    assert fill("%1 of %2", "3") == "3 of %2"

"""The classifier as a reader uses it: figures in, each rule's verdict out, on every line
exactly; bad input told in the reader's language (built on its own, or in the tab)."""

from __future__ import annotations

import pytest

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.rules import InputField, Rule, Status
from ui.chip_controls.view import SECTION_CLASSIFIER

pytest_plugins = ("chip_fixtures",)
NNBSP = "\u202f"  # French groups thousands with a narrow no-break space
LR, NOTE, NC = Status.LICENCE_REQUIRED, Status.NOTIFICATION, Status.NOT_CONTROLLED
CBC, POD = Status.CASE_BY_CASE, Status.PRESUMPTION_OF_DENIAL
RULES = (Rule.OCTOBER_2022, Rule.OCTOBER_2023, Rule.JANUARY_2026)


def classify(section, throughput, bits="8", area="", interconnect="", dram="", datacenter=True):
    form = section.form
    form.set_inputs(throughput, bits, area, interconnect, dram, datacenter)
    return form.results()


def status(results, rule):
    return results.classifications[rule].status


def test_the_classifier_starts_with_the_h800(classifier):
    results = classifier.form.results()
    assert results.tpp_text == f"15{NNBSP}832"
    assert results.density_text == "19,45"
    assert status(results, Rule.OCTOBER_2022) is NC
    assert status(results, Rule.OCTOBER_2023) is LR


@pytest.mark.parametrize(
    ("throughput", "interconnect", "expected"),
    [
        ("600", "600", LR),  # TPP 4800 and 600 GB/s: both prongs met, exactly
        ("600", "599.99", NC),  # just under the interconnect line
        ("599.99", "600", NC),  # TPP 4799.92: just under the TPP line
    ],
)
def test_the_2022_lines_apply_from_exactly_4800_and_600(
    classifier, throughput, interconnect, expected
):
    results = classify(classifier, throughput, "8", interconnect=interconnect)
    assert status(results, Rule.OCTOBER_2022) is expected


@pytest.mark.parametrize(
    ("throughput", "bits", "area", "datacenter", "expected", "clause"),
    [
        ("600", "8", "", True, LR, rules.CLAUSE_A1),  # TPP 4800 exactly: 3A090.a.1
        ("600", "8", "", False, NOTE, rules.CLAUSE_A1),  # non-datacenter at 4800: NAC
        ("599.99", "8", "", False, NC, rules.CLAUSE_NOTE_2),  # 4799.92: Note 2
        ("370", "8", "500", True, LR, rules.CLAUSE_A2),  # TPP 2960, PD 5.92: 3A090.a.2
        ("369.99", "8", "500", True, NOTE, rules.CLAUSE_B1),  # PD 5.9198: back to .b
        ("200", "8", "500", True, NOTE, rules.CLAUSE_B2),  # TPP 1600, PD 3.2: 3A090.b.2
        ("199.99", "8", "500", True, NC, None),  # TPP 1599.92: under every band
        ("300", "8", "1500", True, NOTE, rules.CLAUSE_B1),  # TPP 2400, PD 1.6: 3A090.b.1
        ("299.99", "8", "1500", True, NC, None),  # TPP 2399.92, PD 1.59995: outside
        ("296", "FP8", "814", True, NC, None),  # the H20: TPP 2368, PD 2.91
    ],
)
def test_the_2023_lines_apply_exactly_on_each_threshold(
    classifier, switch_to, throughput, bits, area, datacenter, expected, clause
):
    switch_to("en")
    classifier.update_texts()
    results = classify(classifier, throughput, bits, area=area, datacenter=datacenter)
    classification = results.classifications[Rule.OCTOBER_2023]
    assert classification.status is expected
    assert classification.clause == clause
    label = classifier.form.rule_results[Rule.OCTOBER_2023].clause_label.text()
    assert (clause or "No clause") in label


@pytest.mark.parametrize(
    ("throughput", "dram", "expected"),
    [
        ("2625", "6000", POD),  # TPP 21000 exactly: above the line
        ("2624.99", "6000", CBC),
        ("1979", "6500", POD),  # DRAM 6500 GB/s exactly
        ("1979", "6499.9", CBC),
    ],
)
def test_the_2026_lines_apply_from_exactly_21000_and_6500(classifier, throughput, dram, expected):
    results = classify(classifier, throughput, "8", area="814", dram=dram)
    assert status(results, Rule.JANUARY_2026) is expected


def test_figures_just_under_a_threshold_never_read_as_the_threshold(classifier, switch_to):
    switch_to("en")
    classifier.update_texts()
    results = classify(classifier, "599.99", "8")
    assert results.tpp_text == "4,799.92"  # not "4,800"
    results = classify(classifier, "369.99", "8", area="500")
    assert results.density_text == "5.9198"  # not "5.92"


def test_numbers_are_read_and_written_the_french_way(open_view, switch_to):
    view = open_view("fr", SECTION_CLASSIFIER)
    section = view.classifier_section
    results = classify(section, "1 979", "8", area="814", interconnect="400")
    assert results.tpp_text == f"15{NNBSP}832"
    results = classify(section, "989,5", "16", area="814")
    assert results.tpp_text == f"15{NNBSP}832"
    assert "15\u202f832" in section.form.figures_label.text()
    # A switch of language rewrites the figures so that they keep their value.
    section.form.set_inputs("4 800,5", "4", "814")
    switch_to("en")
    assert section.form.fields[InputField.THROUGHPUT].text() == "4,800.5"
    assert section.form.results().tpp_text == "19,202"
    switch_to("de")
    assert section.form.fields[InputField.THROUGHPUT].text() == "4.800,5"
    assert section.form.results().density_text == "23,59"


@pytest.mark.parametrize(
    ("field", "inputs"),
    [
        (InputField.THROUGHPUT, {"throughput": ""}),
        (InputField.THROUGHPUT, {"throughput": "-5"}),
        (InputField.THROUGHPUT, {"throughput": "abc"}),
        (InputField.THROUGHPUT, {"throughput": "0"}),
        (InputField.THROUGHPUT, {"throughput": "1e9"}),
        (InputField.THROUGHPUT, {"throughput": "2000000"}),
        (InputField.BIT_LENGTH, {"bits": "12"}),
        (InputField.BIT_LENGTH, {"bits": ""}),
        (InputField.DIE_AREA_MM2, {"area": "0"}),
        (InputField.DIE_AREA_MM2, {"area": "80000"}),
        (InputField.INTERCONNECT_GBPS, {"interconnect": "-1"}),
        (InputField.DRAM_BANDWIDTH_GBPS, {"dram": "six"}),
    ],
)
def test_invalid_inputs_get_an_inline_message_not_an_exception(classifier, field, inputs):
    values = {"throughput": "1979", "bits": "8", **inputs}
    results = classify(classifier, **values)
    assert field in results.errors
    assert results.classifications == {}
    label = classifier.form.error_labels[field]
    assert label.isVisible() and label.text() == results.errors[field]
    assert classifier.form.summary_label.isVisible()
    for rule_result in classifier.form.rule_results.values():
        assert not rule_result.isVisible()


def test_error_messages_follow_the_language(open_view, switch_to):
    view = open_view("fr", SECTION_CLASSIFIER)
    classify(view.classifier_section, "abc")
    french = view.classifier.error_labels[InputField.THROUGHPUT].text()
    assert french
    switch_to("en")
    english = view.classifier.error_labels[InputField.THROUGHPUT].text()
    assert english and english != french


def test_choosing_a_chip_fills_the_form_with_its_data(classifier, export_data, switch_to):
    switch_to("de")
    classifier.update_texts()
    form = classifier.form
    form.preset_box.setCurrentIndex(form.preset_box.findData("rtx-4090d"))
    form.preset_box.activated.emit(form.preset_box.currentIndex())
    chip = export_data.chip("rtx-4090d")
    assert form.fields[InputField.THROUGHPUT].text() == "588,35"
    assert not form.datacenter_box.isChecked()
    results = form.results()
    assert results.classifications == {rule: chip.classification(rule) for rule in RULES}

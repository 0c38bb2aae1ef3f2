"""What an analyst may enter in the classifier (a TPP read in a filing, or a throughput and
its bit length; any figure unknown) and what each rule then concludes (no Qt).

A rule concludes without a figure only where its text allows: a test the known figures
already fail settles the status; otherwise the status stays undetermined and names the
figures it waits for.
"""

from __future__ import annotations

import pytest

from explainer_core.chip_controls.chip_form import ChipForm, TppEntry, check_chip_form
from explainer_core.chip_controls.rules import (
    MAX_TPP,
    ChipSpecs,
    InputError,
    InputField,
    Quantity,
    Reason,
    Rule,
    Status,
    classify_all,
    classify_january_2026,
    classify_october_2022,
    classify_october_2023,
)
from explainer_core.chip_controls.verdict import verdict_for

UND, NC, LR = Status.UNDETERMINED, Status.NOT_CONTROLLED, Status.LICENCE_REQUIRED
H800 = {"die_area_mm2": "814", "interconnect_gbps": "400", "dram_bandwidth_gbps": "3350"}


# --- an unknown TPP -------------------------------------------------------------------------------


def test_without_the_tpp_a_slow_interconnect_still_settles_the_2022_rule():
    result = classify_october_2022(None, 400)
    assert result.status is NC
    assert result.reason is Reason.INTERCONNECT_BELOW_600_TPP_UNKNOWN
    assert result.missing == ()


def test_without_the_tpp_a_fast_interconnect_leaves_2022_waiting_for_the_tpp():
    result = classify_october_2022(None, 900)
    assert (result.status, result.reason) == (UND, Reason.TPP_UNKNOWN)
    assert result.missing == (Quantity.TPP,)
    both = classify_october_2022(None, None)
    assert both.missing == (Quantity.TPP, Quantity.INTERCONNECT_GBPS)


def test_without_the_tpp_the_2023_rule_and_the_2026_policy_cannot_decide():
    for datacenter in (True, False):
        result = classify_october_2023(None, None, datacenter)
        assert (result.status, result.reason) == (UND, Reason.TPP_UNKNOWN)
        assert result.missing == (Quantity.TPP,)
    policy = classify_january_2026(None, None, True, 1000)
    assert (policy.status, policy.reason) == (UND, Reason.OCTOBER_2023_UNDETERMINED)
    assert policy.missing == (Quantity.TPP,)


def test_an_undetermined_status_names_the_figure_it_waits_for():
    assert classify_october_2022(15832, None).missing == (Quantity.INTERCONNECT_GBPS,)
    assert classify_october_2023(3000, None, True).missing == (Quantity.PERFORMANCE_DENSITY,)
    assert classify_january_2026(15832, 19.45, True, None).missing == (
        Quantity.DRAM_BANDWIDTH_GBPS,
    )
    assert classify_january_2026(3000, None, True, None).missing == (Quantity.PERFORMANCE_DENSITY,)


def test_a_decided_status_waits_for_nothing():
    for result in classify_all(ChipSpecs(15832, 814, True, 400, 3350)).values():
        assert result.status is not UND
        assert result.missing == ()


def test_specs_without_a_tpp_have_no_density():
    assert ChipSpecs(None, 814).performance_density is None


# --- the form -------------------------------------------------------------------------------------


def test_the_tpp_is_computed_from_the_throughput_and_its_bit_length():
    check = check_chip_form(ChipForm(throughput="1979", bit_length="FP8", **H800))
    assert check.ok
    assert check.specs == ChipSpecs(15832, 814, True, 400, 3350)
    assert (check.throughput, check.bit_length) == (1979, 8)


def test_a_tpp_entered_directly_is_taken_as_it_is():
    form = ChipForm(tpp="15 832", tpp_entry=TppEntry.DIRECT, **H800)
    check = check_chip_form(form, "fr")
    assert check.specs == ChipSpecs(15832, 814, True, 400, 3350)
    assert (check.throughput, check.bit_length) == (None, None)


def test_the_fields_of_the_other_entry_are_ignored():
    direct = ChipForm(throughput="abc", bit_length="12", tpp="4800", tpp_entry=TppEntry.DIRECT)
    assert check_chip_form(direct).ok
    computed = ChipForm(throughput="600", bit_length="8", tpp="abc")
    assert check_chip_form(computed).specs.tpp == 4800


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", InputError.EMPTY),
        ("-1", InputError.NEGATIVE),
        ("0", InputError.ZERO),
        ("x", InputError.NOT_A_NUMBER),
        (str(MAX_TPP * 2), InputError.ABSURD),
    ],
)
def test_a_bad_direct_tpp_gets_an_error_code(text, error):
    check = check_chip_form(ChipForm(tpp=text, tpp_entry=TppEntry.DIRECT))
    assert check.errors == {InputField.TPP: error}
    assert check.specs is None


@pytest.mark.parametrize("entry", list(TppEntry))
def test_a_tpp_marked_unknown_needs_no_figure(entry):
    form = ChipForm(tpp_entry=entry, unknown=frozenset({InputField.TPP}), **H800)
    check = check_chip_form(form)
    assert check.ok
    assert check.specs.tpp is None
    assert check.specs.interconnect_gbps == 400


def test_a_figure_marked_unknown_is_unknown_whatever_its_field_says():
    form = ChipForm(
        throughput="1979",
        bit_length="8",
        die_area_mm2="abc",  # a leftover the reader marked unknown: no error
        unknown=frozenset({InputField.DIE_AREA_MM2, InputField.DRAM_BANDWIDTH_GBPS}),
        dram_bandwidth_gbps="3350",
    )
    check = check_chip_form(form)
    assert check.ok
    assert check.specs.die_area_mm2 is None and check.specs.dram_bandwidth_gbps is None


def test_a_required_field_left_empty_is_an_error_not_an_unknown():
    check = check_chip_form(ChipForm(throughput="", bit_length="8"))
    assert check.errors == {InputField.THROUGHPUT: InputError.EMPTY}


def test_an_unknown_tpp_classifies_as_the_rules_allow():
    form = ChipForm(unknown=frozenset({InputField.TPP}), interconnect_gbps="400")
    results = classify_all(check_chip_form(form).specs)
    assert results[Rule.OCTOBER_2022].status is NC  # a slow link is enough in 2022
    assert results[Rule.OCTOBER_2023].status is UND
    assert results[Rule.JANUARY_2026].status is UND


# --- the verdict for a report ---------------------------------------------------------------------


def test_a_verdict_gives_every_rule_in_order_with_its_tests_by_clause():
    verdict = verdict_for(ChipSpecs(15832, 814, True, 400, 3350))  # the H800
    assert [each.rule for each in verdict.rules] == list(Rule)
    in_2022 = verdict.rules[0]
    assert [tests.clause for tests in in_2022.tests] == ["3A090.a"]
    assert in_2022.tests[0].met is False  # 400 GB/s misses the second test
    in_2023 = verdict.rules[1]
    met = {tests.clause: tests.met for tests in in_2023.tests}
    assert met == {"3A090.a.1": True, "3A090.a.2": True, "3A090.b.1": False, "3A090.b.2": False}
    assert sum(len(tests.checks) for tests in in_2023.tests) == len(in_2023.classification.checks)


def test_a_clause_with_an_unknown_figure_is_open_unless_another_test_fails():
    verdict = verdict_for(ChipSpecs(3000, None, True, None, None))
    met = {tests.clause: tests.met for tests in verdict.rules[1].tests}
    assert met["3A090.a.1"] is False  # TPP 3000 < 4800, whatever the density
    assert met["3A090.a.2"] is None  # TPP ≥ 1600, density unknown

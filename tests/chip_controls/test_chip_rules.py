"""The export-control arithmetic: TPP, performance density and the three rules' classifiers.

Expected figures and classifications are the fact base's worked examples
(thresholds.md, chips.csv); the edge cases sit exactly on each threshold and just below.
"""

from __future__ import annotations

import math

import pytest

from explainer_core.chip_controls.rules import (
    ChipSpecs,
    InputError,
    InputField,
    Quantity,
    Reason,
    Relation,
    Rule,
    Status,
    bit_length_of,
    classify,
    classify_all,
    classify_january_2026,
    classify_october_2022,
    classify_october_2023,
    highest_tpp,
    parse_number,
    performance_density,
    tpp,
    tpp_from_mac_tops,
    validate_chip_inputs,
)

JUST_BELOW = 1e-6

# --- TPP and performance density --------------------------------------------------------------


def test_h100_tpp_is_15832_at_every_precision():
    assert tpp(1979, 8) == 15832  # dense FP8
    assert tpp(989.5, "BF16") == 15832
    assert tpp(1979, "INT8") == 15832


def test_h20_tpp_is_2368():
    assert tpp(296, "FP8") == 2368
    assert tpp(148, 16) == 2368


def test_tpp_counts_a_multiply_accumulate_as_two_operations():
    # H100: 989.5 dense BF16 TFLOPS are 494.75 tera multiply-accumulates per second.
    assert tpp_from_mac_tops(989.5 / 2, 16) == 15832
    assert tpp_from_mac_tops(989.5 / 2, 16) == tpp(989.5, 16)


# name, dense throughput, bit length, die area (mm²), TPP and PD as the facts round them
FACTS_TPP_AND_DENSITY = [
    ("A100", 624, 8, 826, 4992, 6.04),
    ("A800", 624, 8, 826, 4992, 6.04),
    ("H100", 1979, 8, 814, 15832, 19.45),
    ("H800", 1979, 8, 814, 15832, 19.45),
    ("H200", 1979, 8, 814, 15832, 19.45),
    ("H20", 296, 8, 814, 2368, 2.91),
    ("L20", 239, 8, 608.5, 1912, 3.14),
    ("L40S", 733, 8, 608.5, 5864, 9.64),
    ("RTX 4090", 660.6, 8, 608.5, 5285, 8.68),
    ("RTX 4090 D", 588.35, 8, 608.5, 4707, 7.74),
    ("MI250X", 383, 16, None, 6128, None),
    ("MI300X", 2614.9, 8, None, 20919, None),
    ("B200", 4500, 8, None, 36000, None),
    ("Ascend 910B", 320, 16, 665.6, 5120, 7.7),
    ("Ascend 910C", 800, 16, 1331, 12800, 9.6),
]


@pytest.mark.parametrize(
    ("name", "throughput", "bits", "area", "expected_tpp", "expected_pd"),
    FACTS_TPP_AND_DENSITY,
    ids=[row[0] for row in FACTS_TPP_AND_DENSITY],
)
def test_each_chip_tpp_and_density_round_to_the_facts_figures(
    name, throughput, bits, area, expected_tpp, expected_pd
):
    computed = tpp(throughput, bits)
    assert round(computed) == expected_tpp
    if area is not None:
        decimals = len(str(expected_pd).partition(".")[2])
        assert round(performance_density(computed, area), decimals) == expected_pd


def test_rtx_4090_tpp_is_exactly_5284_point_8():
    assert tpp(660.6, 8) == pytest.approx(5284.8)


def test_the_highest_tpp_over_bit_lengths_counts():
    # MI250X: 16-bit gives 6,128, its 8-bit rate only 3,064.
    assert highest_tpp([(383, 16), (383, 8)]) == 6128


def test_highest_tpp_needs_a_throughput():
    with pytest.raises(ValueError):
        highest_tpp([])


def test_performance_density_refuses_a_zero_die_area():
    with pytest.raises(ValueError):
        performance_density(2368, 0)


@pytest.mark.parametrize(
    ("precision", "bits"),
    [
        (4, 4),
        (8, 8),
        (16, 16),
        (32, 32),
        (64, 64),
        ("16", 16),
        ("FP16", 16),
        ("bf16", 16),
        ("FP8", 8),
        ("int8", 8),
        (" INT8 ", 8),
    ],
)
def test_bit_lengths_and_named_precisions_are_accepted(precision, bits):
    assert bit_length_of(precision) == bits


@pytest.mark.parametrize("precision", [0, 12, 128, -8, "FP9", "", "sixteen", True, 8.5])
def test_other_bit_lengths_are_refused(precision):
    with pytest.raises(ValueError):
        bit_length_of(precision)


# --- the facts' worked examples under each rule -----------------------------------------------

LR = Status.LICENCE_REQUIRED
NC = Status.NOT_CONTROLLED
NOTE = Status.NOTIFICATION
CBC = Status.CASE_BY_CASE
POD = Status.PRESUMPTION_OF_DENIAL

# specs from the facts' chips.csv; expected statuses where the facts give one (None: none given)
WORKED_EXAMPLES = [
    ("A100", ChipSpecs(4992, 826, True, 600, 2039), LR, LR, CBC),
    ("A800", ChipSpecs(4992, 826, True, 400, None), NC, LR, None),
    ("H100", ChipSpecs(15832, 814, True, 900, 3350), LR, LR, CBC),
    ("H800", ChipSpecs(15832, 814, True, 400, 3350), NC, LR, None),
    ("H20", ChipSpecs(2368, 814, True, 900, 4000), NC, NC, None),
    ("H200", ChipSpecs(15832, 814, True, 900, 4800), LR, LR, CBC),
    ("B200", ChipSpecs(36000, None, True, 1800, 8000), None, LR, POD),
    ("L20", ChipSpecs(1912, 608.5, True, None, 864), NC, NC, None),
    ("L40S", ChipSpecs(5864, 608.5, True, 64, 864), NC, LR, None),
    ("RTX 4090", ChipSpecs(5284.8, 608.5, False, 64, 1008), NC, NOTE, None),
    ("RTX 4090 D", ChipSpecs(4706.8, 608.5, False, None, 1008), NC, NC, None),
    ("MI250X", ChipSpecs(6128, None, True, 800, 3200), LR, LR, None),
    ("MI300X", ChipSpecs(20919.2, None, True, 896, 5300), LR, LR, CBC),
]


@pytest.mark.parametrize(
    ("name", "specs", "in_2022", "in_2023", "in_2026"),
    WORKED_EXAMPLES,
    ids=[row[0] for row in WORKED_EXAMPLES],
)
def test_each_chip_is_classified_as_the_facts_say(name, specs, in_2022, in_2023, in_2026):
    results = classify_all(specs)
    for rule, expected in zip(Rule, (in_2022, in_2023, in_2026), strict=True):
        if expected is not None:
            assert results[rule].status is expected, (name, rule)


def test_h100_needs_a_licence_under_both_2022_prongs():
    result = classify_october_2022(15832, 900)
    assert result.status is Status.LICENCE_REQUIRED
    assert result.reason is Reason.BOTH_PRONGS_MET
    assert result.clause == "3A090.a"


def test_a100_meets_the_2022_interconnect_prong_with_nvlink_at_exactly_600():
    result = classify_october_2022(4992, 600)
    assert result.status is Status.LICENCE_REQUIRED


def test_h800_escaped_the_october_2022_rule_through_its_slower_interconnect():
    result = classify_october_2022(15832, 400)
    assert result.status is Status.NOT_CONTROLLED
    assert result.reason is Reason.INTERCONNECT_BELOW_600
    assert result.clause is None


def test_h800_needs_a_licence_under_the_october_2023_rule():
    result = classify_october_2023(15832, 15832 / 814, datacenter=True)
    assert result.status is Status.LICENCE_REQUIRED
    assert result.clauses == ("3A090.a.1", "3A090.a.2")


def test_a800_escaped_2022_but_is_caught_by_its_tpp_in_2023():
    assert classify_october_2022(4992, 400).status is Status.NOT_CONTROLLED
    result = classify_october_2023(4992, 4992 / 826, datacenter=True)
    assert result.status is Status.LICENCE_REQUIRED
    assert result.reason is Reason.TPP_AT_LEAST_4800


def test_h20_needs_no_licence_and_no_notification_under_the_october_2023_rule():
    result = classify_october_2023(2368, 2368 / 814, datacenter=True)
    assert result.status is Status.NOT_CONTROLLED
    assert result.reason is Reason.BELOW_ALL_BANDS
    assert result.clauses == ()


def test_h20_misses_each_prong_of_the_october_2023_rule_as_the_worked_example_shows():
    result = classify_october_2023(2368, 2368 / 814, datacenter=True)
    missed = {
        (check.clause, check.quantity, check.threshold)
        for check in result.checks
        if check.met is False
    }
    assert ("3A090.a.1", Quantity.TPP, 4800) in missed
    assert ("3A090.a.2", Quantity.PERFORMANCE_DENSITY, 5.92) in missed
    assert ("3A090.b.1", Quantity.TPP, 2400) in missed  # misses by 32
    assert ("3A090.b.2", Quantity.PERFORMANCE_DENSITY, 3.2) in missed


def test_h20_was_outside_the_october_2022_rule_despite_its_nvlink():
    result = classify_october_2022(2368, 900)
    assert result.status is Status.NOT_CONTROLLED
    assert result.reason is Reason.TPP_BELOW_4800


def test_l20_stays_under_both_notification_bands():
    result = classify_october_2023(1912, 1912 / 608.5, datacenter=True)
    assert result.status is Status.NOT_CONTROLLED


def test_l40s_without_nvlink_escaped_2022_but_is_3a090a_as_a_datacenter_card():
    assert classify_october_2022(5864, 64).status is Status.NOT_CONTROLLED
    assert classify_october_2023(5864, 5864 / 608.5, datacenter=True).status is LR


def test_rtx_4090_only_needs_a_notification_as_a_non_datacenter_chip():
    result = classify_october_2023(5284.8, 5284.8 / 608.5, datacenter=False)
    assert result.status is Status.NOTIFICATION
    assert result.clause == "3A090.a.1"


def test_rtx_4090d_is_outside_3a090_under_note_2():
    result = classify_october_2023(4706.8, 4706.8 / 608.5, datacenter=False)
    assert result.status is Status.NOT_CONTROLLED
    assert result.reason is Reason.NON_DATACENTER_BELOW_4800
    assert result.clause == "3A090 Note 2"


def test_h200_is_eligible_for_case_by_case_review_in_2026():
    result = classify_january_2026(15832, 15832 / 814, True, 4800)
    assert result.status is Status.CASE_BY_CASE
    assert result.reason is Reason.UNDER_BOTH_2026_LINES


def test_mi300x_sits_just_under_the_january_2026_tpp_line():
    result = classify_january_2026(tpp(2614.9, 8), None, True, 5300)
    assert result.status is Status.CASE_BY_CASE


def test_b200_stays_under_a_presumption_of_denial_in_2026():
    result = classify_january_2026(36000, None, True, 8000)
    assert result.status is Status.PRESUMPTION_OF_DENIAL
    assert result.reason is Reason.ABOVE_BOTH_2026_LINES


def test_the_2026_policy_does_not_concern_a_chip_that_needs_no_3a090_licence():
    result = classify_january_2026(2368, 2368 / 814, True, 4000)
    assert result.status is Status.NOT_APPLICABLE
    assert result.reason is Reason.NO_3A090_LICENCE


# --- edge cases: exactly on each threshold, and just below ------------------------------------


@pytest.mark.parametrize(
    ("tpp_value", "interconnect", "status", "reason"),
    [
        (4800, 600, LR, Reason.BOTH_PRONGS_MET),
        (4800 - JUST_BELOW, 600, NC, Reason.TPP_BELOW_4800),
        (4800, 600 - JUST_BELOW, NC, Reason.INTERCONNECT_BELOW_600),
        (4800 - JUST_BELOW, 600 - JUST_BELOW, NC, Reason.BOTH_PRONGS_MISSED),
    ],
)
def test_october_2022_edges(tpp_value, interconnect, status, reason):
    result = classify_october_2022(tpp_value, interconnect)
    assert (result.status, result.reason) == (status, reason)


@pytest.mark.parametrize(
    ("tpp_value", "density", "status", "clause"),
    [
        # 3A090.a.1: TPP >= 4800
        (4800, 1.0, LR, "3A090.a.1"),
        (4800 - JUST_BELOW, 1.0, NC, None),
        # 3A090.a.2: TPP >= 1600 and PD >= 5.92
        (1600, 5.92, LR, "3A090.a.2"),
        (1600 - JUST_BELOW, 5.92, NC, None),
        (1600, 5.92 - JUST_BELOW, NOTE, "3A090.b.2"),
        # 3A090.b.1: 2400 <= TPP < 4800 and 1.6 <= PD < 5.92
        (2400, 1.6, NOTE, "3A090.b.1"),
        (2400 - JUST_BELOW, 1.6, NC, None),
        (2400, 1.6 - JUST_BELOW, NC, None),
        (4800 - JUST_BELOW, 1.6, NOTE, "3A090.b.1"),
        (2400, 5.92, LR, "3A090.a.2"),  # PD 5.92 is past the band's top: a.2 instead
        # 3A090.b.2: TPP >= 1600 and 3.2 <= PD < 5.92
        (1600, 3.2, NOTE, "3A090.b.2"),
        (1600, 3.2 - JUST_BELOW, NC, None),
        (1600 - JUST_BELOW, 3.2, NC, None),
    ],
)
def test_october_2023_edges_for_a_datacenter_chip(tpp_value, density, status, clause):
    result = classify_october_2023(tpp_value, density, datacenter=True)
    assert (result.status, result.clause) == (status, clause)


def test_a_chip_in_both_notification_bands_names_both():
    result = classify_october_2023(3000, 4.0, datacenter=True)
    assert result.status is Status.NOTIFICATION
    assert result.clauses == ("3A090.b.1", "3A090.b.2")
    assert result.reason is Reason.IN_NOTIFICATION_BAND_B1


def test_a_non_datacenter_chip_at_4800_needs_a_notification_and_just_below_nothing():
    at_line = classify_october_2023(4800, 10.0, datacenter=False)
    assert (at_line.status, at_line.clause) == (Status.NOTIFICATION, "3A090.a.1")
    below = classify_october_2023(4800 - JUST_BELOW, 10.0, datacenter=False)
    assert (below.status, below.clause) == (Status.NOT_CONTROLLED, "3A090 Note 2")


@pytest.mark.parametrize(
    ("tpp_value", "dram", "status", "reason"),
    [
        (21000 - JUST_BELOW, 6500 - JUST_BELOW, CBC, Reason.UNDER_BOTH_2026_LINES),
        (21000, 6500 - JUST_BELOW, POD, Reason.TPP_AT_LEAST_21000),
        (21000 - JUST_BELOW, 6500, POD, Reason.DRAM_AT_LEAST_6500),
        (21000, 6500, POD, Reason.ABOVE_BOTH_2026_LINES),
    ],
)
def test_january_2026_edges(tpp_value, dram, status, reason):
    result = classify_january_2026(tpp_value, 20.0, True, dram)
    assert (result.status, result.reason) == (status, reason)


def test_each_check_reports_the_numbers_it_compared():
    result = classify_january_2026(21000, 20.0, True, 6000)
    tpp_check, dram_check = result.checks
    assert (tpp_check.value, tpp_check.relation, tpp_check.threshold) == (
        21000,
        Relation.BELOW,
        21000,
    )
    assert tpp_check.met is False
    assert (dram_check.quantity, dram_check.met) == (Quantity.DRAM_BANDWIDTH_GBPS, True)


# --- unknown figures --------------------------------------------------------------------------


def test_an_unknown_interconnect_leaves_2022_open_only_when_tpp_reaches_4800():
    assert classify_october_2022(5000, None).status is Status.UNDETERMINED
    assert classify_october_2022(5000, None).reason is Reason.INTERCONNECT_UNKNOWN
    assert classify_october_2022(4000, None).status is Status.NOT_CONTROLLED


def test_an_unknown_density_leaves_2023_open_only_between_1600_and_4800():
    assert classify_october_2023(3000, None, True).status is Status.UNDETERMINED
    assert classify_october_2023(5000, None, True).status is Status.LICENCE_REQUIRED
    assert classify_october_2023(1000, None, True).status is Status.NOT_CONTROLLED


def test_an_unknown_dram_bandwidth_leaves_2026_open_under_the_tpp_line():
    assert classify_january_2026(15832, None, True, None).status is Status.UNDETERMINED
    assert classify_january_2026(36000, None, True, None).status is POD


def test_classify_takes_the_specs_of_one_chip():
    specs = ChipSpecs(tpp=2368, die_area_mm2=814, datacenter=True, dram_bandwidth_gbps=4000)
    assert classify(Rule.OCTOBER_2023, specs).status is Status.NOT_CONTROLLED
    assert math.isclose(specs.performance_density or 0, 2368 / 814)


# --- the chip form ----------------------------------------------------------------------------


def test_a_valid_form_gives_the_chip_specs():
    check = validate_chip_inputs("296", "FP8", "814", "900", "4000")
    assert check.ok
    assert check.specs == ChipSpecs(2368, 814, True, 900, 4000)


@pytest.mark.parametrize(
    ("language", "throughput", "expected"),
    [
        ("fr", "989,5", 989.5),
        ("fr", "1 979", 1979),
        ("fr", "1\u202f979", 1979),
        ("de", "1.979", 1979),
        ("de", "989,5", 989.5),
        ("de", "989.5", 989.5),
        ("en", "1,979", 1979),
        ("en", "989.5", 989.5),
    ],
)
def test_numbers_are_read_the_way_each_language_writes_them(language, throughput, expected):
    assert parse_number(throughput, language) == expected


def test_empty_optional_fields_stay_unknown():
    check = validate_chip_inputs("1979", 8)
    assert check.ok
    assert check.specs is not None
    assert check.specs.die_area_mm2 is None
    assert classify(Rule.OCTOBER_2022, check.specs).status is Status.UNDETERMINED


@pytest.mark.parametrize(
    ("throughput", "error"),
    [
        ("", InputError.EMPTY),
        ("   ", InputError.EMPTY),
        (None, InputError.EMPTY),
        ("abc", InputError.NOT_A_NUMBER),
        ("12abc", InputError.NOT_A_NUMBER),
        ("nan", InputError.NOT_A_NUMBER),
        ("inf", InputError.NOT_A_NUMBER),
        (float("nan"), InputError.NOT_A_NUMBER),
        (float("inf"), InputError.NOT_A_NUMBER),
        ("1e3", InputError.NOT_A_NUMBER),
        ("-5", InputError.NEGATIVE),
        ("\u22125", InputError.NEGATIVE),
        (-1979, InputError.NEGATIVE),
        ("0", InputError.ZERO),
        (0, InputError.ZERO),
        ("1000000", InputError.ABSURD),
        (100_001, InputError.ABSURD),
    ],
)
def test_a_bad_throughput_gets_an_error_code(throughput, error):
    check = validate_chip_inputs(throughput, "FP8")
    assert not check.ok
    assert check.errors == {InputField.THROUGHPUT: error}
    assert check.specs is None


@pytest.mark.parametrize(
    ("bit_length", "error"),
    [
        ("", InputError.EMPTY),
        (None, InputError.EMPTY),
        ("FP9", InputError.UNKNOWN_BIT_LENGTH),
        (12, InputError.UNKNOWN_BIT_LENGTH),
        (True, InputError.UNKNOWN_BIT_LENGTH),
    ],
)
def test_a_bad_bit_length_gets_an_error_code(bit_length, error):
    assert validate_chip_inputs("296", bit_length).errors == {InputField.BIT_LENGTH: error}


def test_every_faulty_field_is_reported_at_once():
    check = validate_chip_inputs("abc", "FP9", "-3", "0", "200000")
    assert check.errors == {
        InputField.THROUGHPUT: InputError.NOT_A_NUMBER,
        InputField.BIT_LENGTH: InputError.UNKNOWN_BIT_LENGTH,
        InputField.DIE_AREA_MM2: InputError.NEGATIVE,
        InputField.INTERCONNECT_GBPS: InputError.ZERO,
        InputField.DRAM_BANDWIDTH_GBPS: InputError.ABSURD,
    }


def test_a_die_larger_than_a_wafer_is_absurd():
    check = validate_chip_inputs("296", 8, die_area_mm2="80000")
    assert check.errors == {InputField.DIE_AREA_MM2: InputError.ABSURD}


@pytest.mark.parametrize("odd", [[], {}, object(), b"12", True, ("1",), "1,2,3,4", "--5", "+"])
def test_the_form_check_never_raises(odd):
    check = validate_chip_inputs(odd, odd, odd, odd, odd)
    assert not check.ok

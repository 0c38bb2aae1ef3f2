"""The export tab's Qt-free choices: lanes, stacking, the chip map's zones and label placement.

The zones are checked against the classifiers themselves: every point of a grid over
the map lies in the zone whose status the rule gives it.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from explainer_core.chip_controls import chip_map, rules
from explainer_core.chip_controls.chart_states import (
    ChipMapState,
    TimelineState,
    default_chip_map_state,
    map_state_for_item,
    selected_chip,
    selected_event,
    timeline_state_for_item,
)
from explainer_core.chip_controls.chip_map import (
    HOLLOW_STATUSES,
    ChipKind,
    ZoneKind,
    axis_ticks,
    chip_for_item,
    chip_kind,
    chip_y,
    group_coincident,
    guide_lines,
    map_frame,
    map_points,
    slipped_under_2022,
    specs_point,
    statuses_shown,
    zones,
)
from explainer_core.chip_controls.decimals import (
    bandwidth_decimals,
    density_decimals,
    quantity_decimals,
    threshold_decimals,
    tpp_decimals,
)
from explainer_core.chip_controls.map_geometry import (
    full_view,
    is_full_view,
    legend_columns,
    plot_x,
    ticks_in_view,
    tpp_at,
    zoom_limits,
    zoomed_on,
)
from explainer_core.chip_controls.rules import ChipSpecs, Quantity, Rule, Status
from explainer_core.chip_controls.timeline import (
    LANES,
    RULE_EVENT_IDS,
    TIMELINE_PADDING_DAYS,
    event_position,
    lane_title_lines,
    lane_y,
    rule_in_force_on,
    rule_of_event,
    short_citation,
    stepped_event_id,
    timeline_span,
    timeline_view_span,
)
from explainer_core.data.export_controls import FIRST_DATE, EventKind, load_export_controls
from explainer_core.layout.stacking import (
    stack_in_lanes,
    sub_row_offset,
)
from explainer_core.precision import (
    decimals_of,
    decimals_to_tell_apart,
    significant_decimals,
)


@pytest.fixture(scope="module")
def data():
    return load_export_controls()


def inside(polygon, x: float, y: float) -> bool:
    """Ray casting: whether (x, y) lies inside the polygon (points on edges are avoided)."""
    result = False
    count = len(polygon)
    for index in range(count):
        (x1, y1), (x2, y2) = polygon[index], polygon[(index + 1) % count]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def zone_at(rule: Rule, frame, x: float, y: float, hatched: bool = False) -> ZoneKind | None:
    found = [
        zone.kind
        for zone in zones(rule, frame)
        if zone.hatched == hatched and inside(zone.polygon, x, y)
    ]
    assert len(found) <= 1, (rule, x, y, found)
    return found[0] if found else None


# --- timeline -------------------------------------------------------------------------------------


def test_lanes_put_the_us_rules_on_top_and_cover_every_kind():
    assert set(LANES) == set(EventKind)
    assert lane_y(EventKind.US_RULE) == max(lane_y(kind) for kind in LANES)
    assert sorted(lane_y(kind) for kind in LANES) == [0.0, 1.0, 2.0, 3.0]


def test_each_rule_has_its_event_in_the_data(data):
    for rule, event_id in RULE_EVENT_IDS.items():
        assert data.event(event_id).kind is EventKind.US_RULE
        assert rule_of_event(event_id) is rule
    assert rule_of_event("E18") is None


def test_the_timeline_runs_from_2019_to_the_latest_entry(data):
    first, last = timeline_span(data.events, FIRST_DATE)
    assert first == dt.date(2019, 1, 1)
    assert last == max(event.date for event in data.events) == dt.date(2026, 5, 31)


def test_close_markers_of_one_lane_are_stacked_and_far_ones_share_a_row():
    items = [(3, 0.0), (3, 1.0), (3, 10.0), (2, 0.5), (3, 2.5)]
    rows = stack_in_lanes(items, min_gap=2.0)
    assert rows[0] == 0 and rows[1] == 1  # 1 apart: stacked
    assert rows[2] == 0  # far away: back on the lane
    assert rows[3] == 0  # another lane is independent
    assert rows[4] == 0  # 2.5 from the first: the lane's row is free again


def test_stacking_never_exceeds_the_maximum_rows():
    rows = stack_in_lanes([(0, float(i) * 0.01) for i in range(10)], min_gap=1.0)
    assert max(rows) == 3


def test_sub_rows_alternate_around_the_lane():
    assert [sub_row_offset(row, 1.0) for row in range(5)] == [0.0, 1.0, -1.0, 2.0, -2.0]


def test_short_citation_keeps_the_reference_only(data):
    assert short_citation(data.event("E05").citation) == "87 FR 62186"
    assert short_citation(data.event("E08").citation) == "88 FR 73458"
    assert short_citation(data.event("E30").citation) == rules.CLAUSE_CASE_BY_CASE_2026


# --- chip map -------------------------------------------------------------------------------------


def test_the_y_axis_shows_the_figure_each_rule_tests(data):
    h100 = data.chip("h100")
    assert chip_y(h100, Rule.OCTOBER_2022) == 900
    assert chip_y(h100, Rule.OCTOBER_2023) == pytest.approx(19.45, abs=0.005)
    assert chip_y(h100, Rule.JANUARY_2026) == 3350
    assert chip_y(data.chip("b200"), Rule.OCTOBER_2023) is None


@pytest.mark.parametrize("rule", list(Rule))
def test_the_frame_holds_every_chip_and_threshold_with_a_band_for_unknowns(data, rule):
    frame = map_frame(rule, data.chips)
    for chip in data.chips:
        assert frame.x_min < chip.tpp < frame.x_max
    assert frame.y_min < frame.unknown_y < 0 < frame.y_max
    for point in map_points(rule, data.chips, frame):
        assert frame.y_min < point.y < frame.y_max
        assert point.y_known == (point.y >= 0)
    # The same TPP span under every rule: switching rules moves no chip sideways.
    assert (frame.x_min, frame.x_max) == (
        map_frame(Rule.OCTOBER_2023, data.chips).x_min,
        map_frame(Rule.OCTOBER_2023, data.chips).x_max,
    )


ZONE_OF_STATUS = {
    Rule.OCTOBER_2023: {
        Status.LICENCE_REQUIRED: ZoneKind.LICENCE_3A090A,
        Status.NOTIFICATION: ZoneKind.NOTIFICATION_3A090B,
        Status.NOT_CONTROLLED: ZoneKind.OUTSIDE_3A090,
    },
    Rule.OCTOBER_2022: {
        Status.LICENCE_REQUIRED: ZoneKind.CONTROLLED_2022,
        Status.NOT_CONTROLLED: ZoneKind.NOT_CONTROLLED_2022,
    },
    Rule.JANUARY_2026: {
        Status.CASE_BY_CASE: ZoneKind.CASE_BY_CASE_2026,
        Status.PRESUMPTION_OF_DENIAL: ZoneKind.PRESUMPTION_2026,
    },
}


def _grid(frame, steps: int = 47):
    """Points spread over the known part of the map, off every threshold."""
    for i in range(1, steps):
        x = 10 ** (
            math.log10(frame.x_min)
            + (math.log10(frame.x_max) - math.log10(frame.x_min)) * (i + 0.37) / steps
        )
        for j in range(1, steps):
            yield x, frame.y_max * (j + 0.41) / steps


def test_the_2023_zones_are_the_rule_itself(data):
    frame = map_frame(Rule.OCTOBER_2023, data.chips)
    for tpp, density in _grid(frame):
        status = rules.classify_october_2023(tpp, density, datacenter=True).status
        assert (
            zone_at(Rule.OCTOBER_2023, frame, tpp, density)
            is ZONE_OF_STATUS[Rule.OCTOBER_2023][status]
        ), (tpp, density)
        # The hatched Note 2 zone: where a chip not made for datacenters is outside 3A090.
        outside = rules.classify_october_2023(tpp, density, datacenter=False).reason
        in_note_2 = zone_at(Rule.OCTOBER_2023, frame, tpp, density, hatched=True)
        assert (in_note_2 is ZoneKind.NOTE_2) == (outside is rules.Reason.NON_DATACENTER_BELOW_4800)


def test_the_2022_zones_are_the_rule_itself(data):
    frame = map_frame(Rule.OCTOBER_2022, data.chips)
    for tpp, interconnect in _grid(frame):
        status = rules.classify_october_2022(tpp, interconnect).status
        expected = ZONE_OF_STATUS[Rule.OCTOBER_2022][status]
        assert zone_at(Rule.OCTOBER_2022, frame, tpp, interconnect) is expected


def test_the_2026_zones_are_the_rule_itself_for_chips_that_need_a_licence(data):
    frame = map_frame(Rule.JANUARY_2026, data.chips)
    for tpp, dram in _grid(frame):
        status = rules.classify_january_2026(tpp, 19.45, True, dram).status
        if status is Status.NOT_APPLICABLE:
            continue  # below TPP 4800 with this density: not a 3A090.a chip
        expected = ZONE_OF_STATUS[Rule.JANUARY_2026][status]
        assert zone_at(Rule.JANUARY_2026, frame, tpp, dram) is expected, (tpp, dram)


@pytest.mark.parametrize("rule", list(Rule))
def test_every_chip_lies_in_the_zone_of_its_status(data, rule):
    frame = map_frame(rule, data.chips)
    for point in map_points(rule, data.chips, frame):
        chip = data.chip(point.chip_id)
        status = chip.status(rule)
        if status in (Status.UNDETERMINED, Status.NOT_APPLICABLE):
            continue
        if rule is Rule.OCTOBER_2023 and not chip.datacenter:
            hatched = zone_at(rule, frame, point.x, point.y, hatched=True)
            assert (hatched is ZoneKind.NOTE_2) == (status is Status.NOT_CONTROLLED)
            continue
        assert zone_at(rule, frame, point.x, point.y) is ZONE_OF_STATUS[rule][status], chip.id


def test_the_zone_corners_are_the_rule_constants(data):
    frame = map_frame(Rule.OCTOBER_2023, data.chips)
    corners = {zone.kind: set(zone.polygon) for zone in zones(Rule.OCTOBER_2023, frame)}
    assert (rules.TPP_FLOOR_3A090A2, rules.PD_THRESHOLD_3A090A2) in corners[ZoneKind.LICENCE_3A090A]
    assert (rules.TPP_FLOOR_3A090B1, rules.PD_FLOOR_3A090B1) in corners[
        ZoneKind.NOTIFICATION_3A090B
    ]
    assert (rules.TPP_FLOOR_3A090B2, rules.PD_FLOOR_3A090B2) in corners[
        ZoneKind.NOTIFICATION_3A090B
    ]


def test_guide_lines_are_the_tests_that_stand_alone():
    assert [(g.axis, g.value) for g in guide_lines(Rule.OCTOBER_2022)] == [
        ("x", rules.TPP_THRESHOLD_2022),
        ("y", rules.INTERCONNECT_THRESHOLD_2022_GBPS),
    ]
    assert [(g.axis, g.value) for g in guide_lines(Rule.OCTOBER_2023)] == [
        ("x", rules.TPP_CEILING_NOTE_2)
    ]
    assert {g.quantity for g in guide_lines(Rule.JANUARY_2026)} == {
        Quantity.TPP,
        Quantity.DRAM_BANDWIDTH_GBPS,
    }


def test_the_a800_and_h800_slipped_under_the_2022_rule(data):
    assert slipped_under_2022(data.chips) == (("a100", "a800"), ("h100", "h800"))


def test_h100_h800_and_h200_share_one_place_under_the_2023_rule(data):
    frame = map_frame(Rule.OCTOBER_2023, data.chips)
    groups = group_coincident(map_points(Rule.OCTOBER_2023, data.chips, frame))
    ids = [tuple(point.chip_id for point in group) for group in groups]
    assert ("h100", "h800", "h200") in ids
    assert ("a100", "a800") in ids
    assert sum(len(group) for group in ids) == len(data.chips)


def test_axis_ticks_keep_thresholds_and_drop_round_values_next_to_them():
    ticks = axis_ticks(1000, 60000, (1600, 2400, 4800), log=True)
    values = [value for value, _ in ticks]
    assert {1600, 2400, 4800} <= set(values)
    assert 5000 not in values  # too close to 4800
    assert 10000 in values
    assert all(flag == (value in (1600, 2400, 4800)) for value, flag in ticks)
    linear = [value for value, _ in axis_ticks(0, 9440, (6500,), log=False)]
    assert linear[0] == 0 and 6500 in linear and 6000 not in linear


# --- figures --------------------------------------------------------------------------------------


def test_a_figure_never_reads_as_a_threshold_it_does_not_reach():
    thresholds = (4800, 2400)
    assert decimals_to_tell_apart(4800.0, thresholds) == 0
    assert decimals_to_tell_apart(4799.92, thresholds) == 1  # "4,799.9", not "4,800"
    assert decimals_to_tell_apart(4700.4, thresholds) == 0
    assert decimals_to_tell_apart(4799.999, thresholds) == 3
    assert decimals_to_tell_apart(5.9199, (5.92,), base=2) == 4
    assert decimals_to_tell_apart(19.4496, (5.92,), base=2) == 2


def test_decimals_of_a_value():
    assert decimals_of(1979.0) == 0
    assert decimals_of(588.35) == 2
    assert decimals_of(989.5) == 1
    assert significant_decimals(4706.8) == 1
    assert significant_decimals(19.4496) == 2
    assert significant_decimals(15832.0) == 0


# --- where things sit, and what a claim's item shows ----------------------------------------------


def test_each_kind_of_chip_has_its_marker_and_undecided_statuses_are_hollow(data):
    kinds = {chip.id: chip_kind(chip) for chip in data.chips}
    assert kinds["h800"] is ChipKind.DATACENTER
    assert kinds["rtx-4090"] is ChipKind.NOT_DATACENTER
    assert kinds["ascend-910b"] is ChipKind.CHINESE
    assert {Status.NOT_APPLICABLE, Status.UNDETERMINED} == HOLLOW_STATUSES


def test_the_key_lists_the_statuses_found_under_the_rule_in_a_fixed_order(data):
    assert statuses_shown(Rule.OCTOBER_2023, data.chips) == (
        Status.LICENCE_REQUIRED,
        Status.NOTIFICATION,
        Status.NOT_CONTROLLED,
    )
    assert Status.UNDETERMINED in statuses_shown(Rule.OCTOBER_2022, data.chips)


def test_a_chip_known_by_its_figures_sits_where_a_chip_of_the_data_would(data):
    h800 = data.chip("h800")
    frame = map_frame(Rule.OCTOBER_2023, data.chips)
    point = specs_point("mine", Rule.OCTOBER_2023, h800.specs, frame)
    assert (point.x, point.y, point.y_known) == (h800.tpp, h800.performance_density, True)
    unknown_y = specs_point("mine", Rule.OCTOBER_2023, ChipSpecs(5000), frame)
    assert (unknown_y.y, unknown_y.y_known) == (frame.unknown_y, False)
    assert specs_point("mine", Rule.OCTOBER_2023, ChipSpecs(None, 814), frame) is None


def test_the_frame_makes_room_for_a_chip_beyond_the_data(data):
    big = ChipSpecs(500_000, 100, True, 20_000, 30_000)
    for rule in Rule:
        frame = map_frame(rule, data.chips, [big])
        assert frame.x_max > big.tpp and frame.y_max > chip_map.specs_y(big, rule)
    assert map_frame(Rule.OCTOBER_2023, data.chips, [ChipSpecs(None)]) == map_frame(
        Rule.OCTOBER_2023, data.chips
    )


def test_a_claim_names_a_chip_by_id_or_name(data):
    assert chip_for_item(data.chips, "H20 (HGX)").id == "h20"
    assert chip_for_item(data.chips, " h800 ").id == "h800"
    assert chip_for_item(data.chips, "H2") is None  # a whole name or id, not a part of one
    assert chip_for_item(data.chips, "") is None


def test_the_map_opens_and_shows_chips_under_the_rule_in_force_on_the_day_of_the_shock(data):
    assert rule_in_force_on(dt.date(2025, 1, 27), data.events) is Rule.OCTOBER_2023
    assert rule_in_force_on(dt.date(2023, 1, 1), data.events) is Rule.OCTOBER_2022
    assert rule_in_force_on(dt.date(2026, 6, 1), data.events) is Rule.JANUARY_2026
    opening = default_chip_map_state(data)
    assert opening == ChipMapState(Rule.OCTOBER_2023)  # nothing singled out
    assert selected_chip(opening) == "h800"  # but DeepSeek's chip told beside the map
    assert map_state_for_item(data, "H20 (HGX)") == ChipMapState(Rule.OCTOBER_2023, "h20")
    assert map_state_for_item(data, "october_2022") == ChipMapState(Rule.OCTOBER_2022)
    assert map_state_for_item(data, "") == opening
    assert map_state_for_item(data, "No such chip") is None


def test_a_claim_names_an_event_by_id_or_by_a_day(data):
    assert timeline_state_for_item(data, "e05") == TimelineState("E05")
    assert timeline_state_for_item(data, "2025-01-27") == TimelineState("E18")
    opening = timeline_state_for_item(data, "")
    assert opening == TimelineState()
    assert selected_event(data, opening) == RULE_EVENT_IDS[Rule.OCTOBER_2023]
    assert timeline_state_for_item(data, "the shock") is None


def test_stepping_through_events_stops_at_either_end(data):
    ids = [event.id for event in data.events]
    assert stepped_event_id(data.events, None, 1) == ids[0]
    assert stepped_event_id(data.events, ids[0], -1) == ids[0]
    assert stepped_event_id(data.events, ids[-1], 1) == ids[-1]
    assert stepped_event_id(data.events, ids[3], 1) == ids[4]
    assert event_position(data.events, ids[3]) == (4, len(ids))
    assert stepped_event_id((), None, 1) is None


def test_the_timeline_view_leaves_room_after_the_latest_event(data):
    first, last = timeline_view_span(data.events, FIRST_DATE)
    assert first == FIRST_DATE
    assert last == max(e.date for e in data.events) + dt.timedelta(days=TIMELINE_PADDING_DAYS)


def test_a_long_lane_name_goes_on_two_lines_near_its_middle():
    assert lane_title_lines("Company response") == "Company response"
    assert lane_title_lines("US rule or licence decision") == "US rule or\nlicence decision"
    assert lane_title_lines("Unbreakablelanenameofgreatlength") == (
        "Unbreakablelanenameofgreatlength"
    )


# --- the chip map's plot --------------------------------------------------------------------------


def test_tpp_sits_on_a_log_axis_and_the_whole_view_is_the_frame(data):
    frame = map_frame(Rule.OCTOBER_2023, data.chips)
    assert plot_x(1000) == 3 and math.isclose(tpp_at(plot_x(4800)), 4800)
    whole = full_view(frame)
    assert (whole.y_min, whole.y_max) == (frame.y_min, frame.y_max)
    assert is_full_view(whole, frame)
    assert not is_full_view(zoomed_on(whole.x_min + 1, 5, 4, frame), frame)


def test_zooming_stays_inside_the_frame_and_stops_at_the_closest_zoom(data):
    frame = map_frame(Rule.OCTOBER_2023, data.chips)
    whole, limits = full_view(frame), zoom_limits(frame)
    corner = zoomed_on(whole.x_max, whole.y_max, 4, frame)  # centred on the corner: pushed in
    assert corner.x_max == whole.x_max and corner.y_max == whole.y_max
    assert math.isclose(corner.width, whole.width / 4)
    closest = zoomed_on(plot_x(15832), 19.45, 10_000, frame)
    assert math.isclose(closest.width, limits.min_width)
    assert math.isclose(closest.height, limits.min_height)
    assert limits.bounds == whole


def test_the_key_takes_as_many_columns_as_fit():
    assert legend_columns([100, 100, 100], 300) == 3
    assert legend_columns([100, 100, 100], 250) == 2
    assert legend_columns([100, 200, 100, 50], 320) == 2  # columns of 100 and 200
    assert legend_columns([400], 100) == 1


def test_no_figure_rounds_onto_a_threshold_it_does_not_reach():
    assert tpp_decimals(4799.92) == 2 and tpp_decimals(15832) == 0
    assert density_decimals(5.9198) == 4 and density_decimals(19.4496) == 2
    assert bandwidth_decimals(599.99) == 2 and bandwidth_decimals(400) == 0
    assert threshold_decimals(5.92) == 2 and threshold_decimals(4800) == 0
    assert quantity_decimals(Quantity.PERFORMANCE_DENSITY, 5.9198) == 4


def test_a_close_zoom_gets_evenly_spaced_round_ticks_on_the_log_axis():
    values = [value for value, _ in axis_ticks(13_000, 25_000, (21_000,), log=True)]
    assert 21_000 in values and 15_000 in values
    wide = [value for value, _ in axis_ticks(1000, 60_000, (), log=True)]
    assert wide == [2000, 5000, 10_000, 20_000, 50_000]  # 1, 2, 5 × 10^n


def test_the_ticks_follow_the_view_and_the_band_of_unknowns(data):
    frame = map_frame(Rule.OCTOBER_2023, data.chips)
    whole = ticks_in_view(Rule.OCTOBER_2023, full_view(frame), frame)
    assert whole.unknown_band and (plot_x(4800), 4800) in whole.x
    close = ticks_in_view(Rule.OCTOBER_2023, zoomed_on(plot_x(15832), 19.45, 8, frame), frame)
    assert not close.unknown_band
    assert all(15 <= value <= 25 for _, value in close.y) and len(close.y) >= 3

"""The export-controls charts as files show them: the rules timeline and the chip map,
built by the core from the data, in French, German and English.

Expected values are worked out here from the loaded data and ``rules`` (never copied from
the figure), so a builder that drew the wrong day, lane, TPP or status would fail."""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
from functools import cache

import pytest
from conftest import ROOT

from explainer_core.charts import Writing
from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_map import map_frame
from explainer_core.chip_controls.figures import BUILDERS, ChipMapState, TimelineState, YourChip
from explainer_core.chip_controls.rules import ChipSpecs, Rule, Status
from explainer_core.chip_controls.styles import STATUS_COLOURS
from explainer_core.data.export_controls import EventKind, load_export_controls
from explainer_core.data.sources import load_sources
from explainer_core.figure import (
    Arrow,
    Figure,
    MarkerShape,
    Points,
    Ring,
    Zone,
    date_value,
)
from explainer_core.figure import Rule as RuleLine
from explainer_core.formatting import formatter_for
from ui.shell.language import words_for

# The renderer's own layout invariants (tests/widgets/figure).
sys.path.insert(0, str(ROOT / "tests" / "widgets" / "figure"))
from test_figure_layout import TOLERANCE, _overlap

from widgets.figure import TextRole, layout_figure, logical_size

TIMELINE = "export-rules-timeline"
CHIP_MAP = "chip-classification"
LANGUAGES = ("fr", "de", "en")
SIZES = {"600x600": (600, 600), "1080x1080": (1080, 1080), "2000x1125": (2000, 1125)}
SIZES["4000x1000"] = (4000, 1000)
RULE_EVENTS = {Rule.OCTOBER_2022: "E05", Rule.OCTOBER_2023: "E08", Rule.JANUARY_2026: "E30"}
DEEPSEEK_CHIP = "h800"
NUMBER = re.compile(r"\d+")


@cache
def sources():
    return load_sources()


@cache
def data():
    return load_export_controls(sources=sources())


@cache
def writing(language: str) -> Writing:
    return Writing(words_for(language), formatter_for(language), sources())


def figure(chart: str, language: str = "en", **state) -> Figure:
    builder = BUILDERS[chart]
    chosen = dataclasses.replace(builder.default_state(data()), **state)
    return builder.figure(data(), chosen, writing(language))


def table(chart: str, language: str = "en", **state):
    builder = BUILDERS[chart]
    chosen = dataclasses.replace(builder.default_state(data()), **state)
    return builder.table(data(), chosen, writing(language))


def marks(fig: Figure, kind: type) -> list:
    return [mark for mark in fig.plots[0].marks if isinstance(mark, kind)]


def points(fig: Figure):
    """The points of the data's events or chips (the reader's star is a mark of its own)."""
    return marks(fig, Points)[0].points


def flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\n", " ")


# -- the rules timeline --------------------------------------------------------------------------


def test_every_event_is_drawn_once_on_its_day_in_the_lane_of_its_kind():
    drawn = points(figure(TIMELINE))
    assert len(drawn) == len(data().events)
    for event, point in zip(
        sorted(data().events, key=lambda e: (e.date, e.id)), drawn, strict=True
    ):
        assert point.x == date_value(event.date)
        assert point.y == event.kind.value
        assert point.hollow is event.reported  # hollow: reported in the media only


def test_the_lanes_are_the_four_kinds_of_event_rules_first():
    lanes = figure(TIMELINE).plots[0].y_axis.categories
    assert [lane.key for lane in lanes] == [kind.value for kind in EventKind]


def _named_on_the_chart(fig: Figure, language: str) -> dict[str, str]:
    """Event id → the name the chart gives it (beside its marker, or above a rule line)."""
    lines = {line.value: line.label for line in marks(fig, RuleLine) if line.axis == "x"}
    by_day = {}
    for event, point in zip(data().events, points(fig), strict=True):
        name = point.label or lines.get(point.x, "")
        by_day[event.id] = name
    return by_day


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_event_drawn_is_named_or_numbered_and_every_number_is_in_the_key(language):
    fig = figure(TIMELINE, language)
    key = flat(" ".join(fig.notes))
    numbers = []
    for event, name in zip(data().events, _named_on_the_chart(fig, language).values(), strict=True):
        assert name, event.id
        if NUMBER.fullmatch(name):
            numbers.append(int(name))
            assert flat(f"{name} {event.title(language)}") in key, event.id
    assert numbers == list(range(1, len(numbers) + 1))  # in date order, none skipped


def test_the_named_events_are_the_map_rules_and_those_about_deepseeks_chip():
    names = _named_on_the_chart(figure(TIMELINE), "en")
    named = {event_id for event_id, name in names.items() if not NUMBER.fullmatch(name)}
    about_the_h800 = {event.id for event in data().events if DEEPSEEK_CHIP in event.chips}
    assert named == set(RULE_EVENTS.values()) | about_the_h800
    assert names["E05"] == "October 2022 rule"
    assert names["E18"] == data().event("E18").title("en")


def test_a_timeline_rings_nothing_unless_an_event_is_highlighted():
    plain = figure(TIMELINE)
    assert not marks(plain, Ring)
    assert "Ringed" not in plain.subtitle
    shown = figure(TIMELINE, highlighted="E19")
    (ring,) = marks(shown, Ring)
    event = data().event("E19")
    assert (ring.x, ring.y) == (date_value(event.date), event.kind.value)
    assert event.title("en") in shown.subtitle
    point = next(p for p in points(shown) if p.x == ring.x and p.y == ring.y)
    assert point.emphasised


def test_the_timeline_table_lists_every_event_with_its_label_day_and_sources():
    fig, rows = figure(TIMELINE, "fr"), table(TIMELINE, "fr")
    names = _named_on_the_chart(fig, "fr")
    assert len(rows.rows) == len(data().events)
    for event, row in zip(data().events, rows.rows, strict=True):
        values = dict(zip((c.key for c in rows.columns), row, strict=True))
        assert values["label"] == names[event.id]
        assert values["date"] == event.date
        assert values["title"] == event.title("fr")
        # The reference and the authority in the table's language, not the fact base's English.
        assert values["citation"] == event.citation_text("fr")
        assert values["authority"] == event.authority_text("fr")
        assert values["official"] == (
            "Rapporté par les médias, sans texte officiel" if event.reported else "Texte officiel"
        )
        for source in event.sources:
            assert sources()[source].publisher in values["sources"]
    cited = {source for event in data().events for source in event.sources}
    assert len(rows.sources) == len(cited)


def test_a_day_the_sources_give_only_as_a_month_is_said_in_a_note():
    approximate = [event for event in data().events if event.date_approximate]
    assert approximate  # the H800's launch, March 2023
    notes = flat(" ".join(figure(TIMELINE).notes))
    for event in approximate:
        assert "Exact day not known" in notes and event.title("en") in notes


# -- the chip map --------------------------------------------------------------------------------


def _specs(chip) -> ChipSpecs:
    """The chip's specs as the rules read them, from its own data columns."""
    return ChipSpecs(
        tpp=rules.tpp(chip.tpp_throughput, chip.tpp_bits),
        die_area_mm2=chip.die_area_mm2,
        datacenter=chip.datacenter,
        interconnect_gbps=chip.interconnect_gbps,
        dram_bandwidth_gbps=chip.dram_bandwidth_gbps,
    )


def _second_figure(chip, rule: Rule) -> float | None:
    if rule is Rule.OCTOBER_2023:
        if chip.die_area_mm2 is None:
            return None
        return rules.performance_density(
            rules.tpp(chip.tpp_throughput, chip.tpp_bits), chip.die_area_mm2
        )
    if rule is Rule.OCTOBER_2022:
        return chip.interconnect_gbps
    return chip.dram_bandwidth_gbps


def _point_of(fig: Figure, chip):
    return next(point for point in points(fig) if point.name == chip.name)


@pytest.mark.parametrize("rule", list(Rule))
def test_each_chip_sits_at_the_tpp_the_rules_compute_and_at_its_second_figure(rule):
    fig = figure(CHIP_MAP, rule=rule)
    frame = map_frame(rule, data().chips)
    assert len(points(fig)) == len(data().chips)
    for chip in data().chips:
        point = _point_of(fig, chip)
        assert point.x == rules.tpp(chip.tpp_throughput, chip.tpp_bits)
        second = _second_figure(chip, rule)
        if second is None:
            assert point.y == frame.unknown_y < 0  # the "unknown" row, below zero
        else:
            assert point.y == second


@pytest.mark.parametrize("rule", list(Rule))
def test_each_chip_has_the_colour_and_the_table_status_of_its_classification(rule):
    fig, rows = figure(CHIP_MAP, rule=rule), table(CHIP_MAP, rule=rule)
    statuses = rows.values("status")
    colours = {}
    for chip, status_text in zip(data().chips, statuses, strict=True):
        status = rules.classify(rule, _specs(chip)).status
        point = _point_of(fig, chip)
        assert point.series == status.value
        assert point.hollow is (status in (Status.NOT_APPLICABLE, Status.UNDETERMINED))
        colours.setdefault(status, set()).add(point.colour)
        assert status_text == _status_name(status)
    assert all(len(found) == 1 for found in colours.values())  # one colour a status
    legend = [entry.label for entry in fig.legend.entries]
    assert {_status_name(status) for status in colours} <= set(legend)


def _status_name(status: Status) -> str:
    return {
        Status.LICENCE_REQUIRED: "Licence required, presumption of denial",
        Status.NOTIFICATION: "Notification only (License Exception NAC)",
        Status.NOT_CONTROLLED: "Not controlled",
        Status.CASE_BY_CASE: "Licence reviewed case by case",
        Status.PRESUMPTION_OF_DENIAL: "Licence, still a presumption of denial",
        Status.NOT_APPLICABLE: "Not concerned (no 3A090 licence needed)",
        Status.UNDETERMINED: "Undetermined (a figure is missing)",
    }[status]


@pytest.mark.parametrize("rule", list(Rule))
def test_the_chip_table_holds_the_figures_numbers_in_full_precision(rule):
    fig, rows = figure(CHIP_MAP, "de", rule=rule), table(CHIP_MAP, "de", rule=rule)
    y_key = {
        Rule.OCTOBER_2022: "interconnect_gbps",
        Rule.OCTOBER_2023: "performance_density",
        Rule.JANUARY_2026: "dram_bandwidth_gbps",
    }[rule]
    for chip, tpp, second in zip(data().chips, rows.values("tpp"), rows.values(y_key), strict=True):
        point = _point_of(fig, chip)
        assert tpp == point.x
        assert second == _second_figure(chip, rule)
        if second is not None:
            assert second == point.y


def test_the_rule_chooses_the_zones_the_lines_the_second_axis_and_the_citation():
    for rule in Rule:
        fig = figure(CHIP_MAP, rule=rule)
        event = data().event(RULE_EVENTS[rule])
        assert event.citation.split(" (")[0].split(";")[0].strip() in fig.source
        zone_names = {zone.name for zone in marks(fig, Zone)}
        lines = {
            (line.axis, line.value) for line in marks(fig, RuleLine) if line.dash.value == "dashed"
        }
        if rule is Rule.OCTOBER_2022:
            assert zone_names == {"controlled_2022", "not_controlled_2022"}
            assert lines == {("x", 4800), ("y", 600)}
            assert fig.plots[0].y_axis.title == "Chip-to-chip bandwidth (GB/s)"
        elif rule is Rule.OCTOBER_2023:
            assert zone_names == {
                "licence_3a090a",
                "notification_3a090b",
                "outside_3a090",
                "note_2",
            }
            assert lines == {("x", 4800)}
            assert fig.plots[0].y_axis.title == "Performance density (TPP per mm² of die)"
        else:
            assert zone_names == {"case_by_case_2026", "presumption_2026"}
            assert lines == {("x", 21000), ("y", 6500)}
            assert fig.plots[0].y_axis.title == "Memory (DRAM) bandwidth (GB/s)"
        assert fig.plots[0].x_axis.scale.value == "log"


def test_arrows_join_the_cut_down_chips_to_their_originals_under_the_2022_rule_only():
    fig = figure(CHIP_MAP, rule=Rule.OCTOBER_2022)
    chips = {chip.id: chip for chip in data().chips}
    ends = {(arrow.start, arrow.end) for arrow in marks(fig, Arrow)}
    expected = set()
    for original, cut_down in (("a100", "a800"), ("h100", "h800")):
        start, end = _point_of(fig, chips[original]), _point_of(fig, chips[cut_down])
        expected.add(((start.x, start.y), (end.x, end.y)))
        assert chips[original].tpp == chips[cut_down].tpp
    assert ends == expected
    assert not marks(figure(CHIP_MAP, rule=Rule.OCTOBER_2023), Arrow)


def test_a_chip_map_rings_nothing_unless_a_chip_is_highlighted():
    plain = figure(CHIP_MAP)
    assert not marks(plain, Ring)
    assert not any(point.emphasised for point in points(plain))
    assert "Ringed" not in plain.subtitle and "ring" not in plain.subtitle.lower()
    shown = figure(CHIP_MAP, highlighted="h20")
    (ring,) = marks(shown, Ring)
    h20 = data().chip("h20")
    assert (ring.x, ring.y) == (h20.tpp, h20.performance_density)
    assert "H20 (HGX)" in shown.subtitle
    assert [p.name for p in points(shown) if p.emphasised] == ["H20 (HGX)"]


def test_an_id_the_data_does_not_know_singles_nothing_out():
    for chart in (TIMELINE, CHIP_MAP):
        fig = figure(chart, highlighted="no-such-id")
        assert not marks(fig, Ring)
        assert fig.subtitle == figure(chart).subtitle


def test_the_map_opens_under_the_rule_in_force_on_the_day_of_the_shock():
    assert BUILDERS[CHIP_MAP].default_state(data()) == ChipMapState(Rule.OCTOBER_2023)
    assert BUILDERS[TIMELINE].default_state(data()) == TimelineState()


@pytest.mark.parametrize("rule", list(Rule))
def test_statuses_the_sources_do_not_state_and_approximate_figures_are_marked(rule):
    fig = figure(CHIP_MAP, rule=rule)
    notes = flat(" ".join(fig.notes))
    column = {Rule.OCTOBER_2022: 2022, Rule.OCTOBER_2023: 2023, Rule.JANUARY_2026: 2026}[rule]
    unstated = [chip.name for chip in data().chips if chip.facts_status(rule) is None]
    if unstated:
        assert "Status computed from the thresholds" in notes, column
        assert all(name in notes for name in unstated)
    else:
        assert "Status computed from the thresholds" not in notes
    behind = {"tpp_throughput"} | {
        Rule.OCTOBER_2022: {"interconnect_gbps"},
        Rule.OCTOBER_2023: {"die_area_mm2"},
        Rule.JANUARY_2026: {"dram_bandwidth_gbps"},
    }[rule]
    for chip in data().chips:
        starred = _point_of(fig, chip).label.endswith("*")
        assert starred is bool(behind & chip.uncertain_fields), chip.name
    assert ("* Placed by an approximate" in notes) is any(
        _point_of(fig, chip).label.endswith("*") for chip in data().chips
    )
    unknown = any(_second_figure(chip, rule) is None for chip in data().chips)
    assert ("“unknown” row" in notes) is unknown
    assert "TPP (Total Processing Performance)" in notes


# -- both charts: words and layout ----------------------------------------------------------------

# The reader's own chip (a star, from the classifier), far beyond the data's chips.
YOUR_CHIP = YourChip(ChipSpecs(640_000, 800, True, 3000, 20_000), "H800 SXM")
CHARTS = {
    TIMELINE: [{}],
    CHIP_MAP: [
        *({"rule": rule} for rule in Rule),
        {"rule": Rule.OCTOBER_2023, "your_chip": YOUR_CHIP},
    ],
}
# Words that are the same in the two languages (a unit, a loanword) and may stay so.
SAME_IN = {"fr": {"TPP", "Sources", "Date"}, "de": {"TPP", "Chip"}}


def _texts(fig: Figure) -> list[str]:
    plot = fig.plots[0]
    texts = [fig.title, fig.subtitle, fig.source, fig.description, *fig.notes]
    texts += [axis.title for axis in (plot.x_axis, plot.y_axis) if axis.title]
    texts += [category.label for category in plot.y_axis.categories]
    texts += [entry.label for entry in fig.legend.entries] if fig.legend else []
    texts += [zone.label for zone in marks(fig, Zone) if zone.label]
    return texts


@pytest.mark.parametrize("language", ["fr", "de"])
@pytest.mark.parametrize(
    ("chart", "index"), [(TIMELINE, 0), (CHIP_MAP, 0), (CHIP_MAP, 1), (CHIP_MAP, 2)]
)
def test_every_text_is_in_the_figures_language(chart, index, language):
    state = CHARTS[chart][index]
    english, translated = figure(chart, "en", **state), figure(chart, language, **state)
    assert translated.language == language
    for ours, theirs in zip(_texts(translated), _texts(english), strict=True):
        assert ours != theirs or ours in SAME_IN[language], ours
    english_headers = [c.header for c in table(chart, "en", **state).columns]
    headers = [c.header for c in table(chart, language, **state).columns]
    for ours, theirs in zip(headers, english_headers, strict=True):
        assert ours != theirs or ours in SAME_IN[language], ours
    assert table(chart, language, **state).language == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_figures_are_self_contained(language):
    for chart, states in CHARTS.items():
        for state in states:
            fig = figure(chart, language, **state)
            assert fig.title and fig.subtitle and fig.source and fig.description
            assert fig.figure_id == chart and fig.language == language
            assert not fig.credit  # the export layer signs the figure
            assert "Help" not in fig.source and "Aide" not in fig.source
            # Every footnote mark a label carries is explained in a note.
            labels = [p.label for p in points(fig)]
            if any("*" in label for label in labels):
                assert any(note.startswith("*") for note in fig.notes)


@cache
def _layout(chart: str, index: int, language: str, size: str):
    fig = figure(chart, language, **CHARTS[chart][index])
    return fig, layout_figure(fig, logical_size(*SIZES[size]))


LAYOUT_CASES = [
    (chart, index, language, size)
    for (chart, states), language, size in itertools.product(CHARTS.items(), LANGUAGES, SIZES)
    for index in range(len(states))
]


@pytest.mark.parametrize(("chart", "index", "language", "size"), LAYOUT_CASES)
def test_the_figure_lays_out_without_overlapping_text(qapp, chart, index, language, size):
    _fig, layout = _layout(chart, index, language, size)
    texts = [text for text in layout.texts if text.text.strip()]
    for text in texts:
        box = text.box
        assert box.left >= -TOLERANCE and box.top >= -TOLERANCE, (text.text, box)
        assert box.right <= layout.width + TOLERANCE, (text.text, box)
        assert box.bottom <= layout.height + TOLERANCE, (text.text, box)
    for first, second in itertools.combinations(texts, 2):
        assert not _overlap(first.box, second.box), (first.text, second.text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", list(SIZES))
def test_every_event_label_is_drawn_on_the_timeline(qapp, language, size):
    fig, layout = _layout(TIMELINE, 0, language, size)
    drawn = {flat(text.text) for text in layout.texts if text.role is TextRole.LABEL}
    for point in points(fig):
        if point.label:
            assert flat(point.label) in drawn
    rules_drawn = [text.text for text in layout.texts if text.role is TextRole.RULE]
    lines = [line for line in marks(fig, RuleLine) if line.axis == "x"]
    if layout.events_numbered:  # the renderer moved the rules' names to a key
        key = flat(" ".join(t.text for t in layout.texts if t.role is TextRole.NOTE))
        assert all(flat(line.label) in key for line in lines)
    else:
        assert sorted(rules_drawn) == sorted(line.label for line in lines)


@pytest.mark.parametrize("rule", list(Rule))
def test_your_chip_is_a_labelled_star_coloured_by_its_status_keyed_and_tabled(rule):
    specs = ChipSpecs(640_000, 800, True, 3000, 20_000)  # beyond every chip of the data
    fig = figure(CHIP_MAP, rule=rule, your_chip=YourChip(specs, None))
    stars = [
        point
        for mark in marks(fig, Points)
        for point in mark.points
        if point.shape is MarkerShape.STAR
    ]
    (star,) = stars
    status = rules.classify(rule, specs).status
    assert star.x == 640_000 and star.label == "Your chip"
    assert star.colour == STATUS_COLOURS[status]
    assert fig.plots[0].x_axis.maximum > 640_000  # the map makes room for it
    assert [e.shape for e in fig.legend.entries][-1] is MarkerShape.STAR
    assert _status_name(status) in [entry.label for entry in fig.legend.entries]
    last = table(CHIP_MAP, rule=rule, your_chip=YourChip(specs, None)).rows[-1]
    assert last[0] == "Your chip" and _status_name(status) in last
    # A chip without a TPP has no place on the map.
    unplaced = figure(CHIP_MAP, rule=rule, your_chip=YourChip(ChipSpecs(None, 800), None))
    assert unplaced == figure(CHIP_MAP, rule=rule)

"""Greedy label placement (``explainer_core.layout.label_placement``), generic: boxes and
points, whatever they name. A label takes the first free place around its point; it never
touches another label, never lies nearer another point than its own (it would read as
that point's name), and a leader line to it never crosses another marker."""

from __future__ import annotations

from explainer_core.layout.label_placement import (
    LABEL_GAP,
    Box,
    box_at,
    boxes_around,
    choose_boxes,
    distance_to_box,
    segment_hits_box,
)

BOUNDS = Box(0, 0, 400, 400)


def test_box_overlap_and_alignment():
    box = box_at(100, 50, 40, 10, 1.0, 0.5)
    assert box == Box(60, 45, 100, 55)
    assert box.overlap(Box(90, 40, 120, 50)) == 50
    assert box.overlap(Box(100, 45, 120, 55)) == 0  # touching is not overlapping
    assert Box(0, 0, 10, 10).outside_area(Box(5, 0, 100, 100)) == 50


def test_the_first_free_candidate_wins():
    candidates = boxes_around(100, 100, 40, 12, clearance=8)
    obstacle = candidates[0]  # the right-hand spot is taken
    chosen = choose_boxes([candidates], [obstacle], Box(0, 0, 400, 400))
    assert chosen == [1]


def test_labels_never_overlap_each_other_when_room_exists():
    anchors = [(100.0, 100.0), (104.0, 100.0), (108.0, 100.0)]
    candidates = [boxes_around(x, y, 50, 12, clearance=8) for x, y in anchors]
    chosen = choose_boxes(candidates, [], Box(0, 0, 400, 400))
    boxes = [options[index] for options, index in zip(candidates, chosen, strict=True)]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a.overlap(b) == 0


def test_a_leader_line_never_crosses_another_marker():
    marker = Box(118, 94, 130, 106)  # another chip, right of the anchor
    right = box_at(140, 100, 40, 12, 0.0, 0.5)
    left = box_at(60, 100, 40, 12, 1.0, 0.5)
    chosen = choose_boxes([[right, left]], [marker], Box(0, 0, 400, 400), anchors=[(100, 100)])
    assert chosen == [1]


def test_a_label_may_touch_its_own_marker_when_told():
    own = Box(94, 94, 106, 106)
    box = box_at(100, 100, 40, 12, 0.0, 0.5)
    assert choose_boxes([[box]], [own], Box(0, 0, 400, 400), ignored=[{0}]) == [0]


def test_segment_box_intersection():
    box = Box(10, 10, 20, 20)
    assert segment_hits_box((0, 15), (30, 15), box)
    assert not segment_hits_box((0, 0), (30, 5), box)
    assert not segment_hits_box((0, 15), (9, 15), box)


def test_a_label_never_sits_nearer_another_point_than_its_own():
    # Right of A, the box would end 2 px from B but sit 8 px from A: it would read as B's.
    a, b = (100.0, 100.0), (150.0, 100.0)
    toward_b = box_at(108, 100, 40, 12, 0.0, 0.5)
    away = box_at(92, 100, 40, 12, 1.0, 0.5)
    assert distance_to_box(*b, toward_b) < distance_to_box(*a, toward_b)
    chosen = choose_boxes(
        [[toward_b, away], [box_at(158, 100, 40, 12, 0.0, 0.5)]], [], BOUNDS, anchors=[a, b]
    )
    assert chosen[0] == 1


def test_two_labels_never_touch():
    first = box_at(100, 100, 40, 12, 0.0, 0.5)
    touching = Box(first.right, first.top, first.right + 40, first.bottom)  # no overlap, no gap
    apart = touching.moved(LABEL_GAP + 1, 0)
    assert first.overlap(touching) == 0
    assert choose_boxes([[first], [touching, apart]], [], BOUNDS) == [0, 1]


def test_a_label_rather_covers_a_marker_than_another_label():
    placed = box_at(100, 100, 40, 12, 0.0, 0.5)
    marker = Box(200, 94, 212, 106)
    over_label = placed.moved(10, 4)
    over_marker = box_at(195, 100, 40, 12, 0.0, 0.5)
    chosen = choose_boxes([[placed], [over_label, over_marker]], [marker], BOUNDS, weights=[5.0])
    assert chosen == [0, 1]


def test_a_label_tied_by_a_leader_line_may_sit_nearer_another_point():
    a, b = (100.0, 100.0), (150.0, 100.0)
    toward_b = box_at(108, 100, 40, 12, 0.0, 0.5)  # nearer B than A …
    away = box_at(92, 100, 40, 12, 1.0, 0.5)
    candidates = [[toward_b, away], [box_at(158, 100, 40, 12, 0.0, 0.5)]]
    # … but the caller ties every candidate to its point by a leader line.
    assert choose_boxes(candidates, [], BOUNDS, anchors=[a, b], leader_from=0)[0] == 0


def test_in_a_crowd_the_cheaper_of_two_orders_wins():
    # B comes first but takes the one place A needs; from left to right, both find room.
    b, a = (140.0, 100.0), (100.0, 100.0)
    shared = Box(100, 60, 140, 72)
    right_of_b = Box(150, 94, 190, 106)
    left_of_a = Box(50, 94, 90, 106)
    taken = Box(40, 90, 95, 110)  # something already drawn left of A
    candidates = [[shared, right_of_b], [shared, left_of_a]]
    chosen = choose_boxes(candidates, [taken], BOUNDS, anchors=[b, a], leader_from=0)
    assert chosen == [1, 0]

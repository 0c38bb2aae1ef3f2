"""The classifier as a reader uses it: figures in, each rule's verdict out, on every line
exactly; bad input told in the reader's language (built on its own, or in the tab)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_form import TppEntry
from explainer_core.chip_controls.rules import InputField, Rule, Status
from ui.chip_controls.view import SECTION_CLASSIFIER

pytest_plugins = ("chip_fixtures",)
NNBSP = "\u202f"  # French groups thousands with a narrow no-break space
LR, NOTE, NC = Status.LICENCE_REQUIRED, Status.NOTIFICATION, Status.NOT_CONTROLLED
UND = Status.UNDETERMINED
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


# --- the analyst's tool: TPP given directly, unknown figures, the verdict for a report -----------


def test_today_the_tpp_is_computed_from_the_throughput_and_its_bit_length(classifier):
    form = classifier.form
    assert form.entry_buttons[TppEntry.FROM_THROUGHPUT].isChecked()
    assert form.fields[InputField.THROUGHPUT].isVisible() and form.bit_box.isVisible()
    assert not form.tpp_field.isVisible()


def test_the_tpp_can_be_entered_directly(classifier):
    form = classifier.form
    form.entry_buttons[TppEntry.DIRECT].click()
    assert form.tpp_field.isVisible() and not form.bit_box.isVisible()
    form.tpp_field.setText("4 800")
    results = form.results()
    assert results.tpp_text == f"4{NNBSP}800"
    assert results.classifications[Rule.OCTOBER_2023].status is LR  # 3A090.a.1, exactly
    form.tpp_field.setText("4 799,9")
    assert form.results().classifications[Rule.OCTOBER_2023].status is not LR
    form.tpp_field.setText("beaucoup")
    assert InputField.TPP in form.results().errors
    assert form.error_labels[InputField.TPP].isVisible()


def test_an_unknown_interconnect_leaves_2022_undecided_and_says_what_is_missing(classifier):
    form = classifier.form  # the H800: TPP 15 832
    form.unknown_boxes[InputField.INTERCONNECT_GBPS].click()
    assert not form.fields[InputField.INTERCONNECT_GBPS].isEnabled()
    results = form.results()
    assert results.classifications[Rule.OCTOBER_2022].status is UND
    missing = form.rule_results[Rule.OCTOBER_2022].missing_label
    assert missing.isVisible()
    assert missing.text() == "Impossible de trancher sans la bande passante entre puces."
    assert results.classifications[Rule.OCTOBER_2023].status is LR  # the link does not count
    assert not form.rule_results[Rule.OCTOBER_2023].missing_label.isVisible()


def test_an_unknown_tpp_greys_its_fields_and_only_a_slow_link_still_decides(classifier):
    form = classifier.form
    form.set_inputs("1979", "8", "814", "400", "3350")
    form.unknown_boxes[InputField.THROUGHPUT].click()
    assert not form.fields[InputField.THROUGHPUT].isEnabled()
    assert not form.bit_box.isEnabled()
    results = form.results()
    assert results.tpp_text == "" and "TPP inconnu" in form.figures_label.text()
    assert results.classifications[Rule.OCTOBER_2022].status is NC  # 400 GB/s < 600
    for rule in (Rule.OCTOBER_2023, Rule.JANUARY_2026):
        assert results.classifications[rule].status is UND
        assert "sans le TPP" in form.rule_results[rule].missing_label.text()
    # The TPP stays unknown when the reader switches to entering it directly.
    form.entry_buttons[TppEntry.DIRECT].click()
    assert form.unknown_boxes[InputField.TPP].isChecked() and not form.tpp_field.isEnabled()
    assert form.results().check.specs.tpp is None


def test_a_chip_without_a_tpp_cannot_be_plotted(classifier):
    form = classifier.form
    assert form.plot_button.isEnabled()
    form.unknown_boxes[InputField.THROUGHPUT].click()
    assert not form.plot_button.isEnabled()
    assert form.plot_button.toolTip()


def test_copying_the_verdict_gives_the_clause_the_thresholds_and_the_figures(classifier, qtbot):
    form = classifier.form  # the H800, from the list
    with qtbot.waitSignal(form.statusMessage) as message:
        form.copy_button.click()
    assert message.args[0].startswith("Verdict copié dans le presse-papiers")
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Contrôles américains à l’exportation des puces d’IA")
    assert "H800 SXM" in text.splitlines()[0]
    assert f"TPP\u00a0: 15{NNBSP}832 (= 1{NNBSP}979\u00a0×\u00a08\u00a0bits)" in text
    assert "Bande passante entre puces\u00a0: 400\u00a0Go/s" in text
    assert "Règle d’octobre\u00a02022 (87 FR 62186)\u00a0: Non contrôlée" in text
    assert f"3A090.a\u00a0: TPP 15{NNBSP}832 ≥ 4{NNBSP}800 (rempli)" in text
    assert "bande passante entre puces 400\u00a0Go/s ≥ 600\u00a0Go/s (non rempli)" in text
    assert "Alinéa\u00a0: 3A090.a.1 (aussi 3A090.a.2)" in text
    assert "licence si TPP ≥ 4" in text and "<b>" not in text  # the lines, as plain text
    assert "91 FR 1684" in text


def test_a_copied_verdict_is_in_the_interface_language_and_names_unknown_figures(
    open_view, switch_to
):
    view = open_view("de", SECTION_CLASSIFIER)
    view.classifier.set_inputs("1979", "8", "", "400", "3350")
    view.classifier.copy_verdict()
    text = QGuiApplication.clipboard().text()
    assert "Ihr Chip" in text.splitlines()[0]  # the figures are no longer the H800's
    assert "Chipfläche: unbekannt" in text
    # From TPP 4800 the 2023 rule needs no density: no rule waits for the die area.
    assert "Ohne die Chipfläche" not in text
    assert "Regel vom Oktober\u00a02023 (88 FR 73458): Genehmigungspflichtig" in text
    switch_to("en")
    view.classifier.copy_verdict()
    assert "Die area: unknown" in QGuiApplication.clipboard().text()

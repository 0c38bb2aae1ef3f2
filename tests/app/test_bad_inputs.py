"""Bad inputs, one test each: a clear message in the interface language (French by default),
the app keeps running, no file is half-written and nothing the user had is lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, isolated_environment, release_widgets
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox

from explainer_core.chip_controls.rules import InputField
from explainer_core.data import citations, claims, data_dates, export_controls, market, models
from explainer_core.data import sources as source_registry
from explainer_core.data.paths import DATA_DIR
from translations import TRANSLATIONS_DIR
from ui.registry import TAB_IDS

NBSP = "\u00a0"
DATA_UNAVAILABLE_FR = (
    "Cette vue ne peut pas afficher ses données, car un fichier de données est endommagé. "
    "Les autres onglets fonctionnent toujours. Réinstaller l’application rétablit les "
    "fichiers d’origine."
)
DATA_UNAVAILABLE_DE = (
    "Diese Ansicht kann ihre Daten nicht anzeigen, weil eine Datendatei beschädigt ist. "
    "Die anderen Reiter funktionieren weiterhin. Eine Neuinstallation der App stellt die "
    "Originaldateien wieder her."
)
TITLES = {"fr": "Le choc DeepSeek expliqué", "de": "Der DeepSeek-Schock erklärt"}


# -- helpers ----------------------------------------------------------------------------------
def assert_window_still_answers(window, qtbot) -> None:
    """Every tab can be shown and the language switched there and back."""
    for tab_id in TAB_IDS:
        window.show_tab(tab_id)
        assert window.current_tab_id() == tab_id
    language = window.language.language
    window.language_actions["de" if language != "de" else "fr"].trigger()
    qtbot.wait(10)
    window.language_actions[language].trigger()
    qtbot.wait(10)
    assert window.language.language == language


def use_data_copy(monkeypatch, tmp_path: Path) -> Path:
    """Every loader reads a copy of the data folder (which a test may then damage)."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    loaders = [
        market.load_market,
        export_controls.load_export_controls,
        models.load_models,
        claims.load_claims,
        citations.collect_citations,
        data_dates.load_data_dates,
    ]
    for loader in loaders:
        monkeypatch.setattr(loader, "__defaults__", (copy, *loader.__defaults__[1:]))
    monkeypatch.setattr(source_registry.load_sources, "__defaults__", (copy / "sources",))
    return copy


@pytest.fixture
def warnings_shown(monkeypatch) -> list[str]:
    """The texts of the warning boxes the export shows (answered at once)."""
    shown: list[str] = []

    def warning(_parent, _title, text, *_args, **_kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


# -- damaged or missing data files ------------------------------------------------------------
def garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 4)


def cut_in_the_middle_of_a_line(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: raw.index(b",", len(raw) // 2) + 1])


def one_cell_too_many(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] += ",surplus"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def empty(path: Path) -> None:
    path.write_bytes(b"")


def missing(path: Path) -> None:
    path.unlink()


@pytest.mark.parametrize(
    ("file_name", "tab_id", "damage", "expected_fr"),
    [
        ("market_prices.csv", "market", garbage, "le fichier n’est pas encodé en UTF-8"),
        ("chips.csv", "export-controls", missing, "le fichier est introuvable"),
        ("models.csv", "models", empty, "le fichier est vide"),
        (
            "claims.csv",
            "claims",
            one_cell_too_many,
            f"Dans claims.csv, ligne 4{NBSP}: le fichier ne peut pas être lu comme un tableau.",
        ),
        ("market_events.csv", "market", cut_in_the_middle_of_a_line, ""),
    ],
    ids=["garbage", "missing", "empty", "extra-cell", "truncated"],
)
def test_a_damaged_data_file_is_explained_in_its_tab_and_the_others_work(
    make_window, qtbot, monkeypatch, tmp_path, file_name, tab_id, damage, expected_fr
):
    data = use_data_copy(monkeypatch, tmp_path)
    damage(data / file_name)
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}

    window = make_window()
    window.show_tab(tab_id)
    panel = window.view(tab_id).error_panel
    assert panel is not None
    assert panel.summary.text() == DATA_UNAVAILABLE_FR
    detail = panel.detail.text()
    assert file_name in detail
    assert expected_fr in detail
    others = [t for t in TAB_IDS if t != tab_id and not (tab_id == "models" and t == "claims")]
    for other in others:  # the claims tab reads the models too
        assert window.view(other).error_panel is None, other

    window.language_actions["de"].trigger()
    qtbot.wait(10)
    assert panel.summary.text() == DATA_UNAVAILABLE_DE
    assert file_name in panel.detail.text()
    assert_window_still_answers(window, qtbot)
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before  # never rewritten


def test_a_damaged_source_registry_is_explained_in_every_tab_and_in_the_dialogs(
    make_window, qtbot, monkeypatch, tmp_path
):
    data = use_data_copy(monkeypatch, tmp_path)
    garbage(data / "sources" / "market.csv")
    window = make_window()
    for tab_id in TAB_IDS:
        panel = window.view(tab_id).error_panel
        assert panel is not None
        assert panel.detail.text().startswith("Dans market.csv")
    dialog = window.show_sources()
    assert dialog.problem_label.text() == (
        f"Certaines données n’ont pas pu être lues{NBSP}: leurs sources manquent dans cette "
        f"liste. Dans market.csv{NBSP}: le fichier n’est pas encodé en UTF-8."
    )
    about = window.show_about()
    assert f"La date des données est inconnue{NBSP}: un fichier" in about.text()
    about.close()
    dialog.close()
    assert_window_still_answers(window, qtbot)


# -- translations -----------------------------------------------------------------------------
def test_a_missing_catalog_is_reported_and_switching_back_restores_the_texts(
    qtbot, settings_dir, tmp_path
):
    from ui.shell.language import LanguageService
    from ui.shell.main_window import MainWindow
    from ui.shell.settings import AppSettings

    catalogs = tmp_path / "translations"
    catalogs.mkdir()
    for code in ("fr", "en"):  # the German catalog is missing
        name = f"deepseek_explainer_{code}.qm"
        shutil.copy(TRANSLATIONS_DIR / name, catalogs / name)
    service = LanguageService(AppSettings(), translations_dir=catalogs)
    service.set_language("fr")
    window = MainWindow(service, AppSettings())
    qtbot.addWidget(window)
    try:
        window.language_actions["de"].trigger()
        qtbot.wait(10)
        message = window.statusBar().currentMessage()
        # The catalog of the language asked for is what is missing: the message, like the
        # rest of the interface, falls back to the English source texts.
        assert message == (
            "The translation file deepseek_explainer_de.qm is missing, so some texts are "
            "shown in English. Reinstalling the app restores it."
        )
        assert window.windowTitle() == "DeepSeek Shock Explainer"
        assert_window_still_answers(window, qtbot)
        window.language_actions["fr"].trigger()
        qtbot.wait(10)
        assert window.windowTitle() == TITLES["fr"]
    finally:
        service.remove_translators()


# -- settings ---------------------------------------------------------------------------------
def settings_file(settings_dir: Path) -> Path:
    from ui.shell.settings import ORGANIZATION, SETTINGS_APPLICATION

    path = settings_dir / ORGANIZATION / f"{SETTINGS_APPLICATION}.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize(
    "stored", ["xx", "fr, de", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3QXX)", "42"]
)
def test_an_unknown_language_in_the_settings_opens_in_french_with_a_message(
    make_window, qtbot, settings_dir, stored
):
    settings_file(settings_dir).write_text(f"[interface]\nlanguage={stored}\n", encoding="utf-8")
    window = make_window()
    assert window.windowTitle() == TITLES["fr"]
    window.show_pending_problems()
    message = window.statusBar().currentMessage()
    if stored.startswith("@Variant"):
        assert message == ""  # unreadable value: simply not set, so French as on first start
    else:
        assert message.startswith("La langue d’interface enregistrée «")
        assert "L’application s’affiche en français" in message
    assert_window_still_answers(window, qtbot)


def test_a_garbled_settings_file_is_kept_aside_and_the_defaults_are_used(
    make_window, qtbot, settings_dir
):
    from ui.shell.settings import AppSettings
    from ui.shell.settings_notice import settings_damage_text, show_settings_damage

    path = settings_file(settings_dir)
    damaged = bytes(range(256)) * 8 + b"\n[window]\ntab=models\n"
    path.write_bytes(damaged)

    window = make_window()
    assert window.windowTitle() == TITLES["fr"]
    assert window.current_tab_id() == "market"  # defaults, not what the garbage may say
    backup = path.with_name(path.name + ".damaged")
    assert backup.read_bytes() == damaged  # nothing the user had is lost
    assert b"\x00" not in path.read_bytes()

    shown = show_settings_damage(window, window.settings)
    assert shown == settings_damage_text(window.settings.damage)
    assert shown == window.statusBar().currentMessage()
    assert shown == (
        f"Le fichier de réglages {path} était endommagé{NBSP}: l’application a donc démarré "
        "avec ses réglages par défaut. Le fichier endommagé a été conservé sous le nom "
        f"{backup}."
    )
    assert show_settings_damage(window, window.settings) is None  # told once
    assert_window_still_answers(window, qtbot)

    window.close()
    assert not AppSettings().is_damaged  # the next start is clean, and says nothing
    assert backup.read_bytes() == damaged


def test_a_second_damage_does_not_overwrite_the_first_copy(settings_dir):
    from ui.shell.settings import AppSettings

    path = settings_file(settings_dir)
    path.write_bytes(b"\xff first \x00")
    AppSettings()
    path.write_bytes(b"\xff second \x00")
    second = AppSettings()
    assert path.with_name(path.name + ".damaged").read_bytes() == b"\xff first \x00"
    assert second.damage.backup == str(path.with_name(path.name + ".damaged-2"))
    assert Path(second.damage.backup).read_bytes() == b"\xff second \x00"


def test_a_damaged_settings_file_keeps_a_readable_language(make_window, qtbot, settings_dir):
    from ui.shell.settings_notice import show_settings_damage

    path = settings_file(settings_dir)
    path.write_text("[interface\nlanguage=de\nthis line means nothing\n", encoding="utf-8")
    window = make_window()
    assert window.windowTitle() == TITLES["de"]  # so the message is in the user's language
    assert show_settings_damage(window, window.settings).startswith(
        f"Die Einstellungsdatei {path} war beschädigt, daher wurde die App mit den "
        "Standardeinstellungen gestartet."
    )
    assert path.with_name(path.name + ".damaged").is_file()


def test_settings_of_the_wrong_types_read_as_unset(make_window, qtbot, settings_dir, tmp_path):
    from ui.chart_files.export_dialog import ExportDialog

    settings_file(settings_dir).write_text(
        "[window]\ngeometry=hello\ntab=market, models\n"
        "[dialogs]\nsources-geometry=@Rect(1 2 3 4)\n"
        "[export]\nfolder=1, 2\nformat=@ByteArray(gif)\nscale=2.5\n",
        encoding="utf-8",
    )
    window = make_window()
    assert not window.settings.is_damaged  # each odd value is ignored, the others kept
    assert window.size() == QSize(1280, 800)
    assert window.current_tab_id() == "market"
    window.show_sources().close()
    dialog = ExportDialog(
        window.exporter.chart_choices(), "market-movers", "fr", window.settings, window
    )
    assert dialog.sizes.scale() == 2.0  # 2.5 is not offered: the default
    assert dialog.spec().scale == 2.0
    dialog.reject()
    assert_window_still_answers(window, qtbot)


def test_a_damaged_settings_file_that_cannot_be_copied_is_left_untouched(
    make_window, qtbot, settings_dir, monkeypatch
):
    import ui.shell.settings as settings_module
    from ui.shell.settings_notice import show_settings_damage

    def refuse(*_args, **_kwargs):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(settings_module.shutil, "copy2", refuse)
    path = settings_file(settings_dir)
    damaged = b"\xfe\xff garbage \x00 [window] tab=models"
    path.write_bytes(damaged)
    window = make_window()
    text = show_settings_damage(window, window.settings)
    assert text == (
        f"Le fichier de réglages {path} est endommagé et aucune copie n’a pu en être "
        f"faite{NBSP}: l’application utilise donc ses réglages par défaut et ne modifiera pas "
        "ce fichier."
    )
    window.language_actions["de"].trigger()  # would be remembered in the file…
    qtbot.wait(10)
    window.close()  # …as would the geometry
    assert path.read_bytes() == damaged


# -- export -----------------------------------------------------------------------------------
def export_request(window, path: Path, file_format: str, size=None, scale: float = 1.0):
    from explainer_core.chart_files.plan import BASE_SIZE
    from ui.chart_files.chart_figures import ChartRequest
    from ui.chart_files.chart_output import FileSpec
    from ui.chart_files.export_dialog import ExportChoice

    request = ChartRequest("market-movers", window.language.language)
    return ExportChoice(request, FileSpec(file_format, size or BASE_SIZE, scale), path)


def make_unwritable(folder: Path, monkeypatch) -> None:
    """A read-only folder; where permissions do not bind (root, Windows), the same refusal
    as the system would give."""
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        from PySide6.QtCore import QSaveFile

        original = QSaveFile.open

        def refuse_in(self, mode):
            if Path(self.fileName()).parent == folder:
                self.setErrorString("Permission denied")
                return False
            return original(self, mode)

        monkeypatch.setattr(QSaveFile, "open", refuse_in)


@pytest.mark.parametrize("file_format", ["svg", "png"])
def test_an_unwritable_export_folder_is_explained_and_nothing_is_written(
    make_window, qtbot, tmp_path, monkeypatch, warnings_shown, file_format
):
    window = make_window()
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "kept.txt").write_text("the user's file")
    make_unwritable(folder, monkeypatch)
    target = folder / f"chart.{file_format}"
    try:
        window.exporter.perform(export_request(window, target, file_format))
        window.exporter.wait_for_writes()
        expected = (
            f"Impossible d’écrire {target}{NBSP}: le dossier est en lecture seule ou le nom "
            "n’est pas valide. Rien n’a été écrit."
        )
        assert warnings_shown == [expected]
        assert window.statusBar().currentMessage() == expected
        assert sorted(p.name for p in folder.iterdir()) == ["kept.txt"]
    finally:
        folder.chmod(0o755)
    assert_window_still_answers(window, qtbot)


def test_an_export_folder_that_vanished_is_refused_in_the_dialog_and_nothing_is_written(
    make_window, qtbot, tmp_path, monkeypatch, warnings_shown
):
    from ui.chart_files.export_dialog import ExportDialog

    folder = tmp_path / "charts"
    folder.mkdir()
    window = make_window()
    window.settings.remember_export(str(folder), "svg", 2.0)
    problems: list[str] = []

    def save_after_the_folder_vanished(dialog) -> int:
        folder.rmdir()  # deleted (or its drive unplugged) while the dialog was open
        dialog._accept_if_valid()
        problems.append(dialog.problem_label.text())
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", save_after_the_folder_vanished)
    window.export_chart_action.trigger()
    assert problems == [f"Le dossier {folder} n’existe pas."]
    assert warnings_shown == []
    assert not folder.exists()
    assert_window_still_answers(window, qtbot)


def test_a_folder_that_vanishes_after_saving_is_explained_and_nothing_is_written(
    make_window, qtbot, tmp_path, warnings_shown
):
    window = make_window()
    target = tmp_path / "gone" / "chart.svg"
    window.exporter.perform(export_request(window, target, "svg"))
    window.exporter.wait_for_writes()
    assert warnings_shown == [f"Le dossier de {target} n’existe pas (ou plus). Rien n’a été écrit."]
    assert not target.parent.exists()


def accept_svg_into(folder: Path, monkeypatch) -> None:
    """Export all charts as SVG into ``folder``, as if typed in the dialog."""
    from ui.chart_files.export_all_dialog import ExportAllDialog

    def accept(dialog) -> int:
        for file_format, box in dialog.format_boxes.items():
            box.setChecked(file_format == "svg")
        dialog.folder_edit.setText(str(folder))
        return ExportAllDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportAllDialog, "exec", accept)


def test_export_all_into_a_new_folder_makes_it(
    make_window, qtbot, tmp_path, monkeypatch, warnings_shown
):
    folder = tmp_path / "slides" / "charts"
    window = make_window()
    accept_svg_into(folder, monkeypatch)
    window.export_all_action.trigger()
    batch = window.exporter.batch  # written in the background while the window answers
    qtbot.waitUntil(lambda: not batch.running, timeout=60_000)
    assert warnings_shown == []
    assert len(list(folder.glob("*_fr.svg"))) == 7


def test_export_all_into_a_folder_that_cannot_be_made_is_explained_once(
    make_window, qtbot, tmp_path, monkeypatch, warnings_shown
):
    """A drive that is gone, or a file where the folder should be: one message, no export."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    folder = blocker / "charts"
    window = make_window()
    accept_svg_into(folder, monkeypatch)
    window.export_all_action.trigger()
    assert len(warnings_shown) == 1
    assert warnings_shown[0].startswith(f"Impossible de créer le dossier {folder}")
    assert warnings_shown[0].endswith("Rien n’a été écrit.")
    assert not folder.exists()
    assert window.language.language == "fr"
    assert_window_still_answers(window, qtbot)


def test_an_absurd_export_size_is_refused_before_anything_is_drawn(
    make_window, qtbot, tmp_path, warnings_shown
):
    from explainer_core.chart_files.plan import FigureSize
    from ui.chart_files.export_dialog import ExportDialog

    window = make_window()
    dialog = ExportDialog(
        window.exporter.chart_choices(), "market-movers", "fr", window.settings, window
    )
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.path_edit.setText(str(tmp_path / "huge.png"))
    dialog.sizes.lock_box.setChecked(False)
    dialog.sizes.width_box.setValue(8000)
    dialog.sizes.height_box.setValue(8000)
    dialog.sizes.scale_box.setCurrentIndex(dialog.sizes.scale_box.findData(4.0))
    expected = f"Trop grand{NBSP}: 16384 pixels de côté au maximum."
    assert dialog.sizes.note.text() == expected
    dialog._accept_if_valid()
    assert dialog.result() != ExportDialog.DialogCode.Accepted  # Save does nothing yet
    assert dialog.problem_label.text() == expected
    dialog.reject()

    target = tmp_path / "huge.png"
    window.exporter.perform(export_request(window, target, "png", FigureSize(8000, 8000), 8))
    assert warnings_shown == [
        f"{target}{NBSP}: cette taille d’image est trop grande pour l’export."
    ]
    assert list(tmp_path.iterdir()) == [tmp_path / "settings"]
    assert_window_still_answers(window, qtbot)


# -- the chip classifier ----------------------------------------------------------------------
def test_invalid_classifier_inputs_are_marked_in_french_and_nothing_breaks(make_window, qtbot):
    window = make_window()
    window.show_tab("export-controls")
    form = window.view("export-controls").classifier
    form.set_inputs(
        throughput="douze",
        bit_length="FP3",
        die_area_mm2="-5",
        interconnect_gbps="0",
        dram_bandwidth_gbps="1e999",
    )
    errors = form.results().errors
    assert errors == {
        InputField.THROUGHPUT: (
            f"Ce n’est pas un nombre{NBSP}: écrivez des chiffres, avec «{NBSP},{NBSP}» comme "
            "séparateur décimal."
        ),
        InputField.BIT_LENGTH: f"Longueur en bits inconnue{NBSP}: utilisez FP16, BF16, FP8, "
        "INT8 ou 4, 8, 16, 32, 64.",
        InputField.DIE_AREA_MM2: "La valeur ne peut pas être négative.",
        InputField.INTERCONNECT_GBPS: "La valeur doit être supérieure à zéro.",
        InputField.DRAM_BANDWIDTH_GBPS: errors[InputField.DRAM_BANDWIDTH_GBPS],
    }
    assert errors[InputField.DRAM_BANDWIDTH_GBPS].startswith("Ce n’est pas un nombre")
    for input_field, label in form.error_labels.items():
        assert label.text() == errors.get(input_field, "")  # the direct TPP's: empty
    assert form.summary_label.text() == "Corrigez les champs signalés pour voir la classification."
    assert form.results().classifications == {}

    form.set_inputs(throughput="9" * 400, bit_length="8")  # a number, but no chip's
    absurd = form.results().errors[InputField.THROUGHPUT]
    assert absurd.startswith(f"Hors de portée de toute puce réelle{NBSP}:")

    form.set_inputs(throughput="1 979", bit_length="FP8", die_area_mm2="814")
    assert form.results().errors == {}
    assert form.results().classifications  # the classification is back
    assert_window_still_answers(window, qtbot)


# -- command line -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--format", "", "an empty list"),
        ("--format", "png;svg", "unknown format 'png;svg'"),
        ("--format", "png,,tiff", "unknown format 'tiff'"),
        ("--scale", "nan", "invalid scale 'nan'"),
        ("--scale", "inf", "invalid scale 'inf'"),
        ("--scale", "-2", "invalid scale '-2'"),
        ("--scale", "1e400", "invalid scale '1e400'"),
        ("--scale", "", "invalid scale ''"),
    ],
)
@pytest.mark.process
def test_a_malformed_export_option_is_refused_with_a_message(tmp_path, option, value, message):
    out = tmp_path / "charts"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--export", str(out), f"{option}={value}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_environment(tmp_path),
        cwd=ROOT,
    )
    # The command line speaks English, like --help (argparse's own texts are English).
    assert result.returncode == 2
    assert message in result.stderr
    assert f"argument {option}" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_the_app_survives_its_bad_inputs_in_one_session(make_window, qtbot, tmp_path):
    """After all of the above in a row, the window is still the window."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert QApplication.activeModalWidget() is None
    assert_window_still_answers(window, qtbot)


@pytest.mark.process
def test_a_run_without_window_warns_of_a_damaged_settings_file(tmp_path):
    """The first run to read a damaged file repairs it, so a --screenshot or --export run
    must say so too (on stderr, like its other warnings)."""
    config = tmp_path / ("appdata" if sys.platform == "win32" else "config")
    path = config / "DeepSeek Shock Explainer" / "deepseek-explainer.ini"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe garbage \x00")
    target = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_environment(tmp_path),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert f"warning: damaged settings file {path}" in result.stderr
    assert path.with_name(path.name + ".damaged").read_bytes() == b"\xff\xfe garbage \x00"
    assert target.is_file()


def test_the_export_command_fails_clearly_when_a_tab_has_no_data(
    monkeypatch, tmp_path, settings_dir, capsys
):
    """``--export`` with a damaged data file: the other charts are written, the damage is
    named, and the exit code is 1 rather than a quiet success."""
    from ui.shell import application

    data = use_data_copy(monkeypatch, tmp_path)
    garbage(data / "chips.csv")
    services = []

    def create_window(language=None):
        window, service = make(language)
        services.append(service)
        return window, service

    make = application.create_window
    monkeypatch.setattr(application, "create_window", create_window)
    out = tmp_path / "charts"
    try:
        code = application.run_export(out, ("en",), ("png",), 1.0)
    finally:
        for service in services:
            service.remove_translators()
        release_widgets()  # the command's window, never shown
    captured = capsys.readouterr()
    assert code == 1
    # In the interface language (French by default), whatever languages were exported.
    assert "error: Restrictions à l’exportation de GPU: Dans chips.csv" in captured.err
    assert "UTF-8" in captured.err
    written = sorted(path.name for path in out.iterdir())
    assert "market-timeline_en.png" in written
    assert not any(name.startswith("chip") for name in written)

"""Helpers for tests that drive the whole window unattended: every dialog that would wait for
a person is answered at once, links are caught before they reach a browser, and every
exception or Qt warning is collected rather than printed."""

from __future__ import annotations

import random
import sys
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QtMsgType, QUrl, Slot, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

LINK_SCHEMES = ("http", "https", "file", "mailto", "ftp")
# Qt or PySide warnings that mean Python touched a widget Qt had already deleted.
DELETED_OBJECT_WARNINGS = ("wrapped C/C++ object", "already deleted")


class _UrlRecorder(QObject):
    """Receives the links Qt would hand to the system browser (``QDesktopServices``)."""

    def __init__(self, opened: list[str]) -> None:
        super().__init__()
        self.opened = opened

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@dataclass
class DialogAnswerer:
    """Answers dialogs as a hurried user would: at once, at random when ``rng`` is given
    (otherwise always Save/OK/Yes), exporting into ``folder``."""

    folder: Path
    rng: random.Random | None = None
    shown: list[str] = field(default_factory=list)  # what each answered dialog said
    opened_links: list[str] = field(default_factory=list)

    def install(self, monkeypatch) -> DialogAnswerer:
        from ui.chart_files.export_all_dialog import ExportAllDialog
        from ui.chart_files.export_dialog import ExportDialog

        answerer = self

        def exec_dialog(dialog: QDialog) -> int:
            if isinstance(dialog, ExportDialog):
                return answerer._answer_export(dialog)
            if isinstance(dialog, ExportAllDialog):
                return answerer._answer_export_all(dialog)
            answerer.shown.append(type(dialog).__name__)
            dialog.reject()
            return QDialog.DialogCode.Rejected

        def message(kind: str):
            def answer(_parent, title="", text="", *_args, **_kwargs):
                answerer.shown.append(f"{kind}: {title}: {text}")
                if kind == "question":
                    return answerer._yes_or_no()
                return QMessageBox.StandardButton.Ok

            return answer

        monkeypatch.setattr(QDialog, "exec", exec_dialog)
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(message(kind)))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(message("about")))
        monkeypatch.setattr(QMessageBox, "aboutQt", staticmethod(lambda *_: None))
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *_a, **_k: (str(answerer.folder / "chosen.png"), "")),
        )
        monkeypatch.setattr(
            QFileDialog,
            "getExistingDirectory",
            staticmethod(lambda *_a, **_k: str(answerer.folder / "all")),
        )
        self._catch_links(monkeypatch)
        return self

    def _catch_links(self, monkeypatch) -> None:
        """Links opened from Python and from Qt (``openExternalLinks``) land in a list."""
        recorder = _UrlRecorder(self.opened_links)
        self._recorder = recorder  # kept alive as long as the handlers
        for scheme in LINK_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, recorder, "open")
        monkeypatch.setattr(
            QDesktopServices,
            "openUrl",
            staticmethod(lambda url: (self.opened_links.append(QUrl(url).toString()), True)[1]),
        )

    def uninstall(self) -> None:
        for scheme in LINK_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    # -- answers ------------------------------------------------------------------------
    def _chance(self, probability: float) -> bool:
        return self.rng is not None and self.rng.random() < probability

    def _yes_or_no(self) -> QMessageBox.StandardButton:
        if self._chance(0.5):
            return QMessageBox.StandardButton.No
        return QMessageBox.StandardButton.Yes

    def _answer_export(self, dialog) -> int:
        if self._chance(0.3):
            dialog.reject()
            return QDialog.DialogCode.Rejected
        if self.rng is not None:
            dialog.format_box.setCurrentIndex(self.rng.randrange(dialog.format_box.count()))
            sizes = dialog.sizes
            sizes.preset_box.setCurrentIndex(self.rng.randrange(sizes.preset_box.count()))
            # Sharpness up to 2×: more only costs time here (the size limit has its own test).
            sizes.scale_box.setCurrentIndex(self.rng.randrange(2))
            if self._chance(0.1):  # odd typing in the size fields
                sizes.lock_box.setChecked(self._chance(0.5))
                sizes.width_box.setValue(self.rng.randrange(16, 2000))
                sizes.height_box.setValue(self.rng.randrange(16, 2000))
            if self._chance(0.2):
                dialog.texts.title_edit.setText("" if self._chance(0.5) else "Titre " * 40)
        folder = self.folder / ("gone" if self._chance(0.1) else "charts")
        if folder.name == "charts":
            folder.mkdir(parents=True, exist_ok=True)
        dialog.path_edit.setText(str(folder / Path(dialog.path_edit.text()).name))
        self.shown.append("ExportDialog")
        dialog._accept_if_valid()
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
        return dialog.result()

    def _answer_export_all(self, dialog) -> int:
        self.shown.append("ExportAllDialog")
        if self._chance(0.3):
            dialog.reject()
            return QDialog.DialogCode.Rejected
        # One language and the vector format: every chart is still drawn, quickly.
        codes = list(dialog.language_boxes)
        chosen = codes[self.rng.randrange(len(codes))] if self.rng is not None else codes[0]
        for code, box in dialog.language_boxes.items():
            box.setChecked(code == chosen)
        for file_format, box in dialog.format_boxes.items():
            box.setChecked(file_format == "svg")
        folder = self.folder / "all"
        folder.mkdir(parents=True, exist_ok=True)
        dialog.folder_edit.setText(str(folder))
        dialog.accept()
        return QDialog.DialogCode.Accepted


@dataclass
class ProblemCollector:
    """Collects uncaught exceptions (``sys.excepthook``) and bad Qt messages."""

    context: str = ""  # what was being done, recorded with each problem
    exceptions: list[str] = field(default_factory=list)
    bad_messages: list[str] = field(default_factory=list)
    messages: Counter[str] = field(default_factory=Counter)  # every message, counted

    def install(self) -> ProblemCollector:
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_exception
        self._previous_handler = qInstallMessageHandler(self._on_message)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_handler)

    def record_exception(self, exc_type, exc_value, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc_value, tb))
        self.exceptions.append(f"during {self.context}:\n{details}")

    def _on_exception(self, exc_type, exc_value, tb) -> None:
        self.record_exception(exc_type, exc_value, tb)

    def _on_message(self, kind: QtMsgType, _context, text: str) -> None:
        self.messages[text] += 1
        bad = kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or any(
            marker in text for marker in DELETED_OBJECT_WARNINGS
        )
        if bad:
            self.bad_messages.append(f"during {self.context}: {text}")

    @property
    def problems(self) -> list[str]:
        return self.exceptions + self.bad_messages

"""Help ▸ About: what the app is and is not, how recent its data is, and what it is built on."""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explainer_core import __version__
from explainer_core.data.data_dates import DataDates, load_data_dates
from explainer_core.data.errors import DataError
from explainer_core.licences import COMPONENTS, installed_version
from explainer_core.market.story import SHOCK_DAY
from explainer_core.templates import fill
from ui.shell.dialog import AppDialog
from ui.shell.language import LanguageService
from ui.shell.settings import AppSettings


class AboutDialog(AppDialog):
    settings_name = "about"

    def __init__(
        self,
        language: LanguageService,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.language = language
        self.dates: DataDates | None = None
        # On a damaged file the tab concerned says what is wrong; here the date is "unknown".
        with contextlib.suppress(DataError):
            self.dates = load_data_dates()
        self.versions = {c.name: installed_version(c) for c in COMPONENTS}

        self.heading = QLabel(self)
        self.heading.setObjectName("aboutHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = self._rich_label("aboutBody")
        self.licences = self._rich_label("aboutLicences")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.about_qt_button = QPushButton(self)
        self.buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addSpacing(6)
        layout.addWidget(self.licences)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.finish_setup()

    def _rich_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)  # the system browser, never the app
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return label

    def update_texts(self) -> None:
        formatter = self.language.formatter
        self.setWindowTitle(self.tr("About DeepSeek Shock Explainer"))
        self.heading.setText(self.tr("DeepSeek Shock Explainer"))
        version = fill(self.tr("Version %1"), __version__)
        if self.dates is None:
            as_of = self.tr("The date of the data is unknown: a data file could not be read.")
        else:
            as_of = fill(
                self.tr("Data as of %1 (market prices up to %2)."),
                formatter.date(self.dates.as_of),
                formatter.date(self.dates.last_price_day),
            )
        what_it_is = fill(
            self.tr(
                "An educational app about the market shock of %1, after DeepSeek released its "
                "R1 model: how the markets moved, the US export controls on AI chips, how the "
                "models compare, and the claims of a French news article checked against the facts."
            ),
            formatter.long_date(SHOCK_DAY),
        )
        what_it_is_not = self.tr(
            "It is not investment advice and not a live feed: the data stop at the date "
            "above. Every figure comes with its sources (Help ▸ Sources)."
        )
        self.body.setText(
            f"<p>{html.escape(version)}<br>{html.escape(as_of)}</p>"
            f"<p>{html.escape(what_it_is)}</p>"
            f"<p><b>{html.escape(what_it_is_not)}</b></p>"
        )
        self.licences.setText(self._licences_html())
        self.about_qt_button.setText(self.tr("About &Qt"))

    def _licences_html(self) -> str:
        unknown = self.tr("unknown")
        rows = []
        for component in COMPONENTS:
            version = self.versions.get(component.name) or unknown
            if component.name.startswith("Qt"):
                version += f" (Qt {qVersion()})"
            rows.append(
                f"<tr><td>{html.escape(component.name)}</td>"
                f"<td>{html.escape(version)}</td>"
                f'<td><a href="{html.escape(component.licence_url, quote=True)}">'
                f"{html.escape(component.licence)}</a></td></tr>"
            )
        headers = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        header = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in headers)
        intro = self.tr("Built with these open-source components:")
        return (
            f"<p>{html.escape(intro)}</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{''.join(rows)}</table>"
        )

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and screen readers' checks)."""
        parts = (self.heading.text(), self.body.text(), self.licences.text())
        return html.unescape(" ".join(parts))

"""The reference for start-up: a bare PySide6 window with a label, painted and saved like
``main.py --screenshot`` does, so the two are measured the same way."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class SaveOnFirstPaint(QObject):
    def __init__(self, window: QMainWindow, path: str) -> None:
        super().__init__(window)
        self.window, self.path, self.done = window, path, False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.save)
        return False

    def save(self) -> None:
        self.window.grab().save(self.path, "PNG")
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("DeepSeek Shock Explainer"))
    window.resize(1280, 800)
    SaveOnFirstPaint(window, sys.argv[1])
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""The reference for start-up: a bare PySide6 window with a label.

Like ``main.py``, it appends ``first-paint <time>`` to the file named by
DEEPSEEK_EXPLAINER_STARTUP_TRACE right after its first paint, so the two are measured the
same way; it then saves a screenshot (as ``main.py --screenshot`` does) and exits.
"""

from __future__ import annotations

import os
import sys
import time

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
        trace = os.environ.get("DEEPSEEK_EXPLAINER_STARTUP_TRACE")
        if trace:
            with open(trace, "a", encoding="utf-8") as file:
                file.write(f"first-paint {time.time():.6f}\n")
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

"""Qt Linguist catalogs: ``*.ts`` sources (kept current with pyside6-lupdate) and compiled ``*.qm``."""

from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parent

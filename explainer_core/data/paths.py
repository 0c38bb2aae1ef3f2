"""Where the shipped data files are."""

from __future__ import annotations

from pathlib import Path

# resources/ sits beside this package in the source tree and in the installed wheel.
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
DATA_DIR = RESOURCES_DIR / "data"
SOURCES_DIR = DATA_DIR / "sources"

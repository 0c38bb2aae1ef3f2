"""Refresh the Qt Linguist catalogs from the source, then compile them.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --release  # lrelease only (after editing in Linguist)

Wraps pyside6-lupdate and pyside6-lrelease, which ship with PySide6, so that
everyone runs them with the same options.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explainer_core.languages import LANGUAGE_CODES  # noqa: E402
from translations import TRANSLATIONS_DIR  # noqa: E402

CATALOG = "deepseek_explainer"
SOURCE_LANGUAGE = "en"
SOURCE_FOLDERS = ("ui", "widgets")


def source_files() -> list[Path]:
    files = [ROOT / "main.py"]
    for folder in SOURCE_FOLDERS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return files


def ts_path(code: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"{CATALOG}_{code}.ts"


def qm_path(code: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"{CATALOG}_{code}.qm"


def _tool(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        raise SystemExit(f"{name} not found: install PySide6 first (pip install -e .)")
    return path


def lupdate(code: str, ts_file: Path) -> None:
    """Merge the source's current strings into ``ts_file`` (kept translations stay)."""
    command = [
        _tool("pyside6-lupdate"),
        *map(str, source_files()),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        code,
        "-ts",
        str(ts_file),
    ]
    if code == SOURCE_LANGUAGE:
        # The source is English: its catalog only needs the plural forms.
        command.insert(-2, "-pluralonly")
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args()
    for code in LANGUAGE_CODES:
        if not args.release:
            lupdate(code, ts_path(code))
        lrelease(ts_path(code), qm_path(code))
        print(ts_path(code).relative_to(ROOT), "->", qm_path(code).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

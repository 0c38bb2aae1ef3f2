"""Refresh the Qt Linguist catalogs from the source, then compile them.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --release  # lrelease only (after editing in Linguist)

Wraps pyside6-lupdate and pyside6-lrelease, which ship with PySide6, so that
everyone runs them with the same options. Code that moves to another class changes its
strings' context, which lupdate sees as new strings: their translations are carried over
from the old context when the same English text had exactly one translation.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explainer_core.languages import LANGUAGE_CODES  # noqa: E402
from translations import TRANSLATIONS_DIR  # noqa: E402

CATALOG = "deepseek_explainer"
SOURCE_LANGUAGE = "en"
# The core writes figure texts through ``explainer_core.words.Words.translate``.
SOURCE_FOLDERS = ("explainer_core", "ui", "widgets")


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


def _translation_of(message: ElementTree.Element) -> tuple[str, ...] | None:
    """The finished translation of a message (its plural forms, if any), or None."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = translation.findall("numerusform")
    return tuple(form.text or "" for form in forms) if forms else (translation.text or "",)


def known_translations(ts_file: Path) -> dict[str, set[tuple[str, ...]]]:
    """Every English text of ``ts_file`` with the translations it has, whatever the context."""
    known: dict[str, set[tuple[str, ...]]] = {}
    if not ts_file.exists():
        return known
    for message in ElementTree.parse(ts_file).getroot().iter("message"):
        translation = _translation_of(message)
        if translation is not None:
            known.setdefault(message.findtext("source") or "", set()).add(translation)
    return known


def carry_over(ts_file: Path, known: dict[str, set[tuple[str, ...]]]) -> int:
    """Fill unfinished messages whose English text had exactly one translation before."""
    tree = ElementTree.parse(ts_file)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        candidates = known.get(message.findtext("source") or "", set())
        if len(candidates) != 1:
            continue
        (forms,) = candidates
        plural = translation.findall("numerusform")
        if plural and len(plural) == len(forms):
            for element, text in zip(plural, forms, strict=True):
                element.text = text
        elif not plural and len(forms) == 1:
            translation.text = forms[0]
        else:
            continue
        del translation.attrib["type"]
        carried += 1
    if carried:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return carried


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
            known = known_translations(ts_path(code))
            lupdate(code, ts_path(code))
            carried = carry_over(ts_path(code), known)
            if carried:
                lupdate(code, ts_path(code))  # back to lupdate's own layout
                print(f"{ts_path(code).name}: {carried} translations carried to a new context")
        lrelease(ts_path(code), qm_path(code))
        print(ts_path(code).relative_to(ROOT), "->", qm_path(code).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The app's identity (names, icons, desktop entry, version) and its packaging recipe.

The build itself is slow (a minute or two): it runs only with DEEPSEEK_EXPLAINER_SLOW=1,
e.g. ``DEEPSEEK_EXPLAINER_SLOW=1 python -m pytest -m slow``.
"""

from __future__ import annotations

import configparser
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, isolated_environment
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage

from explainer_core import APP_NAME, __version__

sys.path.insert(0, str(ROOT / "tools"))
import make_icons

ICONS = ROOT / "resources" / "icons"
SPEC = ROOT / "packaging" / "deepseek-explainer.spec"
DESKTOP_FILE = ROOT / "packaging" / "deepseek-explainer.desktop"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    return struct.unpack(">II", data[16:24])


# -- icons ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_a_png_icon_is_drawn_at_each_size(size):
    image = QImage(str(ICONS / make_icons.png_name(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_ico_holds_a_png_per_windows_size():
    data = (ICONS / "deepseek-explainer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        entry = data[6 + 16 * index : 6 + 16 * (index + 1)]
        width, height, _, _, _, bits, length, offset = struct.unpack("<BBBBHHII", entry)
        assert bits == 32
        image = data[offset : offset + length]
        assert png_size(image) == ((width or 256), (height or 256))
        sizes.append(width or 256)
    assert sizes == list(make_icons.ICO_SIZES)


def test_the_icns_holds_a_png_per_element():
    data = (ICONS / "deepseek-explainer.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, {}
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        kinds[kind] = png_size(data[position + 8 : position + length])
        position += length
    assert kinds == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES}


def test_the_container_writers_keep_the_pngs_as_they_are(qapp):
    pngs = make_icons.render_pngs(ICONS / "deepseek-explainer.svg", (16, 256))
    ico = make_icons.ico_bytes(pngs)
    assert pngs[16] in ico and pngs[256] in ico
    icns = make_icons.icns_bytes(pngs)
    assert icns.startswith(b"icns") and pngs[256] in icns


def test_the_window_and_the_application_carry_the_icon(make_window):
    from PySide6.QtWidgets import QApplication

    from ui.shell.identity import ORGANIZATION_DOMAIN, apply_identity

    window = make_window()
    sizes = window.windowIcon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(512, 512) in sizes
    app = QApplication.instance()
    apply_identity(app)
    assert QCoreApplication.applicationName() == APP_NAME
    assert QCoreApplication.applicationVersion() == __version__
    assert QCoreApplication.organizationDomain() == ORGANIZATION_DOMAIN
    assert app.desktopFileName() == DESKTOP_FILE.stem
    assert not app.windowIcon().isNull()


# -- desktop entry, version ------------------------------------------------------------------------
def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_names_the_app_in_its_three_languages(make_window):
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "deepseek-explainer"  # the command pip installs
    assert entry["Icon"] == DESKTOP_FILE.stem == "deepseek-explainer"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["Name"] == APP_NAME
    # The same names as the window's title in each language.
    for code in ("fr", "de"):
        assert entry[f"Name[{code}]"] == make_window(code).windowTitle()


def test_the_version_has_one_source():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "explainer_core.__version__" }' in pyproject
    assert "explainer_core" in SPEC.read_text(encoding="utf-8")
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_about_dialog_shows_the_version(make_window):
    window = make_window("en")
    assert f"Version {__version__}" in window.show_about().text()


def test_the_recipe_ships_data_translations_and_icons():
    spec = SPEC.read_text(encoding="utf-8")
    for needed in ('"resources" / "data"', "ICONS", '"translations"', "*.qm"):
        assert needed in spec
    assert "from ui.registry import TABS" in spec  # the tabs are imported by name


# -- the build -------------------------------------------------------------------------------------
def built_bundle(tmp_path: Path) -> Path:
    """The bundle's folder: the one DEEPSEEK_EXPLAINER_BUNDLE names (CI builds it once, for
    its artifact), else one built now, in ``tmp_path``."""
    given = os.environ.get("DEEPSEEK_EXPLAINER_BUNDLE")
    if given:
        return (ROOT / given).resolve()
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "build"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    build = subprocess.run(command, capture_output=True, text=True, timeout=1800, cwd=ROOT)
    assert build.returncode == 0, build.stderr[-4000:]
    return dist / "deepseek-explainer"


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("DEEPSEEK_EXPLAINER_SLOW") != "1", reason="set DEEPSEEK_EXPLAINER_SLOW=1"
)
def test_the_bundle_builds_and_takes_a_screenshot(tmp_path):
    folder = built_bundle(tmp_path)
    binary = folder / (
        "deepseek-explainer.exe" if sys.platform == "win32" else "deepseek-explainer"
    )
    assert binary.is_file()
    internal = folder / "_internal"
    for code in ("fr", "de", "en"):
        assert (internal / "translations" / f"deepseek_explainer_{code}.qm").is_file()
    assert (internal / "resources" / "data" / "market_prices.csv").is_file()
    assert (internal / "resources" / "icons" / "deepseek-explainer-256.png").is_file()

    home = tmp_path / "home"
    env = isolated_environment(home)
    env.pop("PYTHONPATH")  # the bundle must not need the source tree
    shots = []
    for start in ("first", "second"):  # the second starts from the saved start-up picture
        shot = tmp_path / f"frozen-{start}.png"
        run = subprocess.run(
            [str(binary), "--lang", "de", "--tab", "models", "--screenshot", str(shot)],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            cwd=tmp_path,
        )
        assert run.returncode == 0, run.stderr
        shots.append(QImage(str(shot)))
    assert (shots[0].width(), shots[0].height()) == (1280, 800)
    assert shots[1] == shots[0]
    if sys.platform != "win32":  # a windowed .exe has no standard output to read
        version = subprocess.run(
            [str(binary), "--version"], capture_output=True, text=True, timeout=120, env=env
        )
        assert version.stdout.strip() == f"{APP_NAME} {__version__}"

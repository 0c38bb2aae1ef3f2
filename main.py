"""DeepSeek Shock Explainer: start the app, or take a screenshot of it, from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from explainer_core import APP_NAME, __version__
from explainer_core.languages import LANGUAGE_CODES
from ui.tab_ids import TAB_IDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deepseek-explainer",
        description=(
            f"{APP_NAME}: the market shock of 27 January 2025, US GPU export controls "
            "and the model comparison, in French, German and English."
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGE_CODES,
        help="interface language for this run only (the saved choice is kept)",
    )
    parser.add_argument("--tab", choices=TAB_IDS, help="the tab to open")
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="show the window, save it as a PNG image at PATH once painted, and exit",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Qt is imported only now, so --help and --version answer at once.
    from ui.application import run

    return run(language=args.lang, tab=args.tab, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())

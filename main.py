"""DeepSeek Shock Explainer: start the app, or take a screenshot of it, from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from explainer_core import APP_NAME, __version__
from explainer_core.chart_files.plan import (
    BASE_SIZE,
    DEFAULT_FORMAT,
    DEFAULT_SCALE,
    EXPORT_FORMATS,
    PlanError,
    parse_formats,
    parse_languages,
    parse_scale,
    parse_size,
)
from ui.registry import TAB_IDS


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
        type=_checked(parse_languages),
        metavar="{fr,de,en}",
        help="interface language for this run only (the saved choice is kept); with "
        "--export, a comma-separated list of languages",
    )
    parser.add_argument("--tab", choices=TAB_IDS, help="the tab to open")
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="show the window, save it as a PNG image at PATH once painted, and exit",
    )
    export = parser.add_argument_group("export charts without opening a window")
    export.add_argument(
        "--export",
        metavar="DIR",
        help="write every chart to DIR as <chart-id>_<lang>.<ext>, print the paths, and exit",
    )
    export.add_argument(
        "--format",
        type=_checked(parse_formats),
        default=(DEFAULT_FORMAT,),
        metavar="FORMATS",
        help="comma-separated: " + ",".join(EXPORT_FORMATS) + f" (default {DEFAULT_FORMAT})",
    )
    export.add_argument(
        "--size",
        type=_checked(parse_size),
        default=BASE_SIZE,
        metavar="WIDTHxHEIGHT",
        help=f"the figure's size in pixels (default {BASE_SIZE}); a PDF page is as large",
    )
    export.add_argument(
        "--scale",
        type=_checked(parse_scale),
        default=DEFAULT_SCALE,
        metavar="N",
        help=f"PNG pixels per figure pixel: sharper, not larger text (default {DEFAULT_SCALE:g})",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def _checked(parse):
    """Turn an export_plan parser's PlanError into argparse's clear message and exit 2."""

    def convert(text: str):
        try:
            return parse(text)
        except PlanError as error:
            raise argparse.ArgumentTypeError(str(error)) from error

    convert.__name__ = parse.__name__
    return convert


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    languages = args.lang or ()
    if len(languages) > 1 and not args.export:
        parser.error("several languages are only possible with --export")
    # Qt is imported only now, so --help and --version answer at once.
    from ui.shell.application import run, run_export

    if args.export:
        return run_export(Path(args.export), languages, args.format, args.scale, args.size)
    language = languages[0] if languages else None
    return run(language=language, tab=args.tab, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())

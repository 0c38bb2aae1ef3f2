"""Saving a chart's files: all or nothing on disk (QSaveFile), failures named for the user."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from explainer_core.chart_files.plan import PlanError
from explainer_core.data.errors import DataError
from ui.chart_files.chart_figures import DATASETS, ChartRequest, Datasets
from ui.chart_files.chart_output import FileSpec, chart_file_bytes


class ExportProblem(str, Enum):
    FOLDER_MISSING = "folder_missing"
    NOT_WRITABLE = "not_writable"
    WRITE_FAILED = "write_failed"
    SIZE_REFUSED = "size_refused"
    RENDER_FAILED = "render_failed"
    DATA_UNAVAILABLE = "data_unavailable"


@dataclass(frozen=True)
class ExportFailure(Exception):
    problem: ExportProblem
    path: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.problem.value.replace('_', ' ')}" + (
            f" ({self.detail})" if self.detail else ""
        )


def write_atomically(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` entirely, or leave the disk as it was."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportFailure(ExportProblem.FOLDER_MISSING, str(path))
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportFailure(ExportProblem.NOT_WRITABLE, str(path), target.errorString())
    written = target.write(payload)
    if written != len(payload):
        detail = target.errorString()
        target.cancelWriting()
        raise ExportFailure(ExportProblem.WRITE_FAILED, str(path), detail)
    if not target.commit():
        raise ExportFailure(ExportProblem.WRITE_FAILED, str(path), target.errorString())


def render_chart_files(
    request: ChartRequest, spec: FileSpec, path: Path, datasets: Datasets = DATASETS
) -> list[tuple[Path, bytes]]:
    """The files of one export, drawn but not yet written; failures as ``ExportFailure``."""
    try:
        return chart_file_bytes(request, spec, path, datasets)
    except PlanError as error:
        raise ExportFailure(ExportProblem.SIZE_REFUSED, str(path), str(error)) from error
    except DataError as error:
        raise ExportFailure(ExportProblem.DATA_UNAVAILABLE, str(path), str(error)) from error
    except (MemoryError, OSError) as error:
        raise ExportFailure(ExportProblem.RENDER_FAILED, str(path), str(error)) from error


def save_chart(
    request: ChartRequest, spec: FileSpec, path: Path, datasets: Datasets = DATASETS
) -> list[Path]:
    """Draw and write one chart's files (a CSV comes with the text that says what it is);
    the paths written. Nothing is written when the drawing fails."""
    files = render_chart_files(request, spec, path, datasets)
    for file_path, payload in files:
        write_atomically(file_path, payload)
    return [file_path for file_path, _payload in files]

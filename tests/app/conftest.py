from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.sources.load import load
from reader.ui.app import ReaderApp

from ..conftest import SEED_A, SEED_B

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def make_app(dirs):
    def make(a: Path = SEED_A, b: Path = SEED_B) -> ReaderApp:
        return ReaderApp((load(str(a)), load(str(b))))

    return make


async def ready(pilot) -> None:
    """Wait until the analysis worker has delivered rows and names."""
    app = pilot.app
    for _ in range(200):
        await pilot.pause(0.02)
        if (app.rows and app.comparison is not None and app.query("#entities")
                and app.marks.comparison is not None):  # and what follows the first paint
            break
    await pilot.pause()

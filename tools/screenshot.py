"""Redraw docs/screenshot.svg: the app on the bundled pair at 160×45, dark theme.

Run: python tools/screenshot.py
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_DATA_DIR"] = f"{tmp}/data"
        os.environ["READER_CONFIG_DIR"] = f"{tmp}/config"
        from reader.core.sources.load import load
        from reader.core.store.resources import seed_paths
        from reader.ui.app import ReaderApp

        app = ReaderApp((load(seed_paths()[0]), load(seed_paths()[1])))
        async with app.run_test(size=(160, 45)) as pilot:
            while not (app.comparison and app.comparison.entities):
                await pilot.pause(0.05)
            await pilot.press("x")  # the first discrepancy: Florida against Miami
            await pilot.pause(0.3)
            app.save_screenshot(filename="screenshot.svg", path=str(ROOT / "docs"))


if __name__ == "__main__":
    asyncio.run(main())

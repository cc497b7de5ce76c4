from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds" / "a-aljazeera-putin-interview.txt"
SEED_B = ROOT / "seeds" / "b-ap-newindianexpress-putin-interview.txt"


@pytest.fixture(scope="session")
def seed_comparison():
    from reader.core.compare import compare_paths

    return compare_paths(str(SEED_A), str(SEED_B))


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    """Every place the app writes, redirected into the test's own folder."""
    data, config, work = tmp_path / "data", tmp_path / "config", tmp_path / "work"
    for folder in (data, config, work):
        folder.mkdir()
    monkeypatch.setenv("READER_DATA_DIR", str(data))
    monkeypatch.setenv("READER_CONFIG_DIR", str(config))
    monkeypatch.chdir(work)
    return {"data": data, "config": config, "work": work}

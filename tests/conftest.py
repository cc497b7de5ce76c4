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

"""Shared measuring helpers for the benchmark scripts."""

from __future__ import annotations

import statistics
import subprocess
import sys


def median_of_subprocess(code: str, runs: int = 5) -> list[float]:
    """Run `code` in fresh interpreters; medians of the numbers each run prints, per column."""
    columns: list[list[float]] = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout.split()
        for k, value in enumerate(out):
            if k == len(columns):
                columns.append([])
            try:
                columns[k].append(float(value))
            except ValueError:
                columns[k].append(float("nan"))
    return [statistics.median(column) for column in columns]

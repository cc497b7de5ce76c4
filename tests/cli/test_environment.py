"""Odd environments give one line and a non-zero status, never a traceback: an unknown `~user`,
a full disk, an ASCII-only output, closed standard streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import SEED_A, SEED_B
from ..terminal import reader_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX shells and devices")


def _reader(args: list[str], tmp: Path, shell_redirect: str = "", stdout=subprocess.PIPE,
            **env: str) -> subprocess.CompletedProcess[str]:
    """`reader ARGS` as a shell runs it, with `shell_redirect` (such as `<&-`) applied."""
    command = f'exec "$@" {shell_redirect}'
    return subprocess.run(["sh", "-c", command, "sh", sys.executable, "-m", "reader", *args],
                          stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=tmp,
                          env=reader_env(tmp, **env), timeout=120)


def _one_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert words in result.stderr


def test_unknown_user_home(tmp_path):
    result = _reader(["compare", "~no-such-user-here/a.txt", str(SEED_B)], tmp_path)
    _one_line(result, "~no-such-user-here/a.txt: no such file (no home directory for "
                      "~no-such-user-here)")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [
    ["compare", str(SEED_A), str(SEED_B)],
    ["compare", str(SEED_A), str(SEED_B), "--json"],
    ["entities", str(SEED_A), str(SEED_B)],
    ["bookmarks"],
    ["export", str(SEED_A), str(SEED_B), "-o", "-"],
])
def test_a_full_disk_is_one_line(tmp_path, args):
    with open("/dev/full", "w") as full:
        result = _reader(args, tmp_path, stdout=full)
    _one_line(result, "reader: cannot write the output: No space left on device")


def test_ascii_only_output_writes_escapes_and_valid_json(tmp_path):
    plain = _reader(["compare", str(SEED_A), str(SEED_B)], tmp_path, PYTHONIOENCODING="ascii")
    assert plain.returncode == 0 and plain.stderr == ""
    assert "Zelenskyy\\u2019s" in plain.stdout  # the apostrophe, spelled out
    names = _reader(["entities", str(SEED_A), str(SEED_B)], tmp_path, PYTHONIOENCODING="ascii")
    assert names.returncode == 0 and names.stderr == ""
    as_ascii = _reader(["compare", str(SEED_A), str(SEED_B), "--json"], tmp_path,
                       PYTHONIOENCODING="ascii")
    as_utf8 = _reader(["compare", str(SEED_A), str(SEED_B), "--json"], tmp_path)
    assert as_ascii.returncode == 0 and as_ascii.stderr == ""
    assert json.loads(as_ascii.stdout) == json.loads(as_utf8.stdout)


def test_closed_standard_input_read_as_an_article(tmp_path):
    result = _reader(["compare", "-", str(SEED_B)], tmp_path, "<&-")
    _one_line(result, "reader: stdin: standard input is closed")


def test_closed_standard_input_is_fine_when_not_read(tmp_path):
    result = _reader(["compare", str(SEED_A), str(SEED_B), "--json"], tmp_path, "<&-")
    assert result.returncode == 0 and json.loads(result.stdout)["version"] == 1


def test_closed_standard_output(tmp_path):
    result = _reader(["compare", str(SEED_A), str(SEED_B)], tmp_path, ">&-", stdout=None)
    _one_line(result, "reader: standard output is closed; nowhere to write to")


def test_app_with_closed_standard_input_needs_a_terminal(tmp_path):
    """Standard output is a terminal, but keys could never be read."""
    master, slave = os.openpty()
    try:
        result = _reader([str(SEED_A), str(SEED_B)], tmp_path, "<&-", stdout=slave)
    finally:
        os.close(slave)
        os.close(master)
    _one_line(result, "reader: the app needs a terminal")

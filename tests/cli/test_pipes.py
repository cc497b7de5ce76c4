"""Articles from pipes and FIFOs: read once, by the command line, with a way out."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys

import pytest

from ..conftest import SEED_A, SEED_B
from ..terminal import Terminal, reader_env

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and ptys")


def test_app_opens_an_article_from_a_pipe(tmp_path):
    """`reader <(cat a.txt) b.txt`: the shell hands over a pipe, which can be read only once."""
    r, w = os.pipe()
    os.write(w, SEED_A.read_bytes())
    os.close(w)
    term = Terminal([f"/dev/fd/{r}", str(SEED_B)], reader_env(tmp_path), tmp_path, pass_fds=[r])
    os.close(r)
    try:
        assert term.wait_for("aligned"), term.screen[-3000:]
        term.press("q")
        assert term.wait_exit(10) == 0
        assert "Traceback" not in term.screen and "is empty" not in term.screen
    finally:
        term.close()


def test_app_waits_for_a_fifo_saying_so_then_opens(tmp_path):
    fifo = tmp_path / "a.fifo"
    os.mkfifo(fifo)
    term = Terminal([str(fifo), str(SEED_B)], reader_env(tmp_path), tmp_path)
    try:
        assert term.wait_for("a.fifo: nothing written to it yet; waiting (Ctrl-C to stop)")
        with open(fifo, "wb") as writer:
            writer.write(SEED_A.read_bytes())
        assert term.wait_for("aligned"), term.screen[-3000:]
        term.press("q")
        assert term.wait_exit(10) == 0
    finally:
        term.close()


def test_a_fifo_nobody_writes_to_is_left_with_ctrl_c(tmp_path):
    fifo = tmp_path / "a.fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "reader", "compare", str(fifo), str(SEED_B)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=reader_env(tmp_path), cwd=tmp_path)
    try:
        assert select.select([proc.stderr], [], [], 20)[0], "nothing said about the wait"
        assert proc.stderr is not None
        line = proc.stderr.readline().decode()
        assert line == f"reader: {fifo}: nothing written to it yet; waiting (Ctrl-C to stop)\n"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        assert proc.returncode == 130 and out == b"" and err == b""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

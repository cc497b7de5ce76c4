"""The helper process that compares while the app starts: what it sends, and when."""

from __future__ import annotations

import os
import select
import signal

import pytest

from reader.core.sources.errors import LoadError
from reader.core.sources.load import load
from reader.ui.prefetch import HelperEnded, Prefetch
from tests.conftest import SEED_A, SEED_B

pytestmark = pytest.mark.skipif(not hasattr(os, "posix_spawn"), reason="needs posix_spawn")


def _started(articles=(str(SEED_A), str(SEED_B))) -> Prefetch:
    prefetch = Prefetch.start(articles)
    assert prefetch is not None
    return prefetch


def _gone(pid: int) -> bool:
    """Whether the process has ended and been collected (neither running nor a zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_sends_sources_then_the_comparison_then_names_only_when_asked(seed_comparison):
    prefetch = _started()
    try:
        sources = prefetch.sources()
        assert [s.text for s in sources] == [load(str(p)).text for p in (SEED_A, SEED_B)]
        comparison, rows = prefetch.comparison()
        # First the passages with their figure and date flags, no names yet...
        assert [(p.a, p.b, p.diff) for p in comparison.pairs] == [
            (p.a, p.b, p.diff) for p in seed_comparison.pairs]
        assert comparison.entities == () and comparison.event is None
        flags = [(d.kind, d.a) for p in comparison.pairs for d in p.discrepancies]
        assert ("number", "eight people") in flags and ("place", "Florida") not in flags
        assert rows and rows[0].a == (0,)
        # ...the names, and the facts only names tell, wait for the app to ask.
        assert select.select([prefetch.fd], [], [], 0.5)[0] == []
        prefetch.want_names()
        completed = prefetch.completed()
        assert completed.pairs == seed_comparison.pairs
        assert {e.name for e in completed.entities} == {e.name for e in seed_comparison.entities}
    finally:
        prefetch.close()


def test_texts_read_by_the_app_are_compared_without_reading_anything_again(seed_comparison):
    a, b = load(str(SEED_A)), load(str(SEED_B))
    prefetch = _started((a, b))
    try:
        assert prefetch.sources() == (a, b)
        assert [p.diff for p in prefetch.comparison()[0].pairs] == [
            p.diff for p in seed_comparison.pairs]
    finally:
        prefetch.close()


def test_closing_without_asking_for_names_ends_the_helper():
    prefetch = _started()
    prefetch.sources()
    prefetch.comparison()
    prefetch.close()  # returns only once the child has exited
    assert _gone(prefetch.pid)


def test_a_file_that_cannot_be_read_is_reported_as_the_load_error(tmp_path):
    missing = tmp_path / "gone.txt"
    prefetch = _started((str(missing), str(SEED_B)))
    try:
        with pytest.raises(LoadError, match="gone.txt"):
            prefetch.sources()
        with pytest.raises(LoadError):  # nothing else follows
            prefetch.comparison()
    finally:
        prefetch.close()


def test_helper_never_imports_code_from_the_current_directory(tmp_path, monkeypatch,
                                                             seed_comparison):
    """A `pickle.py` or `reader/` folder where the user keeps articles is never run."""
    marker = tmp_path / "planted-code-ran"
    plant = f"open({str(marker)!r}, 'a').write(__name__ + '\\n')\n"
    work = tmp_path / "articles"
    (work / "reader").mkdir(parents=True)
    for name in ("pickle.py", "struct.py", "reader/__init__.py"):
        (work / name).write_text(plant)
    monkeypatch.chdir(work)
    prefetch = _started()
    try:
        assert [p.diff for p in prefetch.comparison()[0].pairs] == [
            p.diff for p in seed_comparison.pairs]
    finally:
        prefetch.close()
    assert not marker.exists(), marker.read_text()


def test_helper_is_collected_as_soon_as_its_last_part_arrives():
    prefetch = _started()
    try:
        prefetch.comparison()
        prefetch.want_names()
        prefetch.completed()
        assert _gone(prefetch.pid)  # not left a zombie while the app runs
    finally:
        prefetch.close()


def test_helper_is_collected_after_a_load_error(tmp_path):
    prefetch = _started((str(tmp_path / "gone.txt"), str(SEED_B)))
    try:
        with pytest.raises(LoadError):
            prefetch.sources()
        assert _gone(prefetch.pid)
    finally:
        prefetch.close()


def test_closing_twice_touches_neither_reused_descriptors_nor_reused_pids(monkeypatch):
    prefetch = _started()
    prefetch.sources()
    prefetch.close()
    others = [os.pipe() for _ in range(4)]  # take the numbers the helper's pipes had
    signalled = []
    monkeypatch.setattr(os, "kill", lambda pid, sig: signalled.append(pid))
    try:
        prefetch.close()
        for r, w in others:
            os.fstat(r)
            os.fstat(w)
        assert signalled == []
    finally:
        for r, w in others:
            os.close(r)
            os.close(w)


def test_a_helper_that_is_killed_is_reported_not_waited_for():
    prefetch = _started()
    try:
        prefetch.sources()
        os.kill(prefetch.pid, signal.SIGKILL)
        with pytest.raises(HelperEnded, match="SIGKILL"):
            prefetch.comparison()
        assert _gone(prefetch.pid)
    finally:
        prefetch.close()


def test_ctrl_c_is_left_to_the_app(seed_comparison):
    """Ctrl-C reaches every process of the terminal's foreground group; the app decides."""
    prefetch = _started()
    try:
        os.kill(prefetch.pid, signal.SIGINT)
        assert [p.diff for p in prefetch.comparison()[0].pairs] == [
            p.diff for p in seed_comparison.pairs]
    finally:
        prefetch.close()

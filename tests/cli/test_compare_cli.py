from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from reader.cli import main

from ..conftest import SEED_A, SEED_B


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_document_follows_the_documented_shape(capsys):
    code, out, err = run(["compare", str(SEED_A), str(SEED_B), "--json"], capsys)
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["version"] == 1
    a, b = doc["articles"]
    assert {"source", "title", "sentences", "removed"} <= set(a)
    assert b["title"].startswith("Putin calls talks with US")
    assert "SCROLL FOR NEXT" in b["removed"]
    seen = [set(), set()]
    for pair in doc["pairs"]:
        assert 0.0 <= pair["score"] <= 1.0
        for side, key in ((0, "a"), (1, "b")):
            for i in pair[key]:
                assert 0 <= i < len(doc["articles"][side]["sentences"])
                assert i not in seen[side]
                seen[side].add(i)
        assert {op for op, _ in pair["diff"]} <= {"=", "-", "+"}
        texts = [" ".join(doc["articles"][side]["sentences"][i] for i in pair[key])
                 for side, key in ((0, "a"), (1, "b"))]
        for d in pair["discrepancies"]:
            assert set(d) == {"kind", "a", "b", "severity", "why", "a_span", "b_span"}
            assert d["severity"] in ("conflict", "precision", "attribution")
            assert texts[0][slice(*d["a_span"])] == d["a"]
            assert texts[1][slice(*d["b_span"])] == d["b"]
    flagged = [(d["kind"], d["severity"], d["a"], d["b"]) for p in doc["pairs"]
               for d in p["discrepancies"]]
    assert ("number", "conflict", "eight people", "six people") in flagged
    assert ("place", "precision", "Florida", "Miami") in flagged
    assert doc["same_event"]["same"] is True
    assert "Rustem Umerov" in doc["same_event"]["shared_names"]


def test_no_paths_compares_the_bundled_seed_pair(capsys):
    code, out, _ = run(["compare", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["articles"][1]["title"].startswith("Putin calls talks")


def test_plain_report_marks_word_differences(capsys):
    code, out, _ = run(["compare", str(SEED_A), str(SEED_B)], capsys)
    assert code == 0
    assert "[-eight-]{+six+}" in out
    assert "ONLY IN A" in out and "DISCREPANCIES (" in out
    assert "% of content matched" in out


def test_a_text_without_headline_is_named_by_its_file_not_no_headline(capsys):
    from rich.console import Console

    from reader.cli.report import render
    from reader.core.compare import compare_paths

    code, out, _ = run(["compare", str(SEED_A), str(SEED_B)], capsys)
    assert code == 0 and out.splitlines()[0] == f"A: {SEED_A}"  # the seed's A has no headline
    console = Console(width=120, record=True, file=io.StringIO())
    render(compare_paths(str(SEED_A), str(SEED_B)), console)
    shown = console.export_text()
    assert "(no headline)" not in shown and f"A  {SEED_A.name}" in shown


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (lambda p: (p / "e.txt", (p / "e.txt").write_text(""))[0], "is empty"),
        (lambda p: (p / "p.txt", (p / "p.txt").write_text("... -- !!! ???\n* * *\n"))[0],
         "no words"),
        (lambda p: (p / "b.bin", (p / "b.bin").write_bytes(b"\x00\x01\x02" * 100))[0], "binary"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, make, message):
    bad = make(tmp_path)
    code, out, err = run(["compare", str(bad), str(SEED_B)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_wrong_number_of_paths_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(SEED_A)])
    assert exc.value.code == 2


def test_standard_input_twice_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["compare", "-", "-"])
    assert exc.value.code == 2 and "only once" in capsys.readouterr().err


def test_same_file_twice_is_fine(capsys):
    code, out, _ = run(["compare", str(SEED_A), str(SEED_A), "--json"], capsys)
    doc = json.loads(out)
    assert code == 0
    assert all(p["score"] == 1.0 and p["a"] == p["b"] for p in doc["pairs"])
    assert len(doc["pairs"]) == len(doc["articles"][0]["sentences"])


def test_article_text_is_never_markup_or_escape(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "The [bold red]council[/bold red] met on Monday to vote on the budget for the town.\n"
        "Officials said the \x1b[2J\x1b]0;pwned\x07 vote passed with a large majority.\n"
    )
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "120", "PATH": ""}
    code = (
        "import sys; from rich.console import Console; from reader.core.compare import compare_paths;"
        "from reader.cli.report import render;"
        f"render(compare_paths({str(hostile)!r}, {str(hostile)!r}), Console(force_terminal=True, width=120))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "[bold red]council[/bold red]" in result.stdout
    assert "\x1b[2J" not in result.stdout and "\x1b]0;" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b[2J" in result.stdout


def test_plain_report_neutralises_escapes(tmp_path, capsys):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("The \x1b[31mcouncil met on Monday to vote on the budget for the town.\n")
    code, out, _ = run(["compare", str(hostile), str(hostile)], capsys)
    assert code == 0 and "\x1b" not in out and "\\x1b[31m" in out


def test_stdin_dash(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED_A.read_bytes())))
    code, out, _ = run(["compare", "-", str(SEED_A), "--json"], capsys)
    assert code == 0 and json.loads(out)["articles"][0]["source"] == "stdin"


def test_output_is_identical_across_runs_and_hash_seeds():
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {"PYTHONHASHSEED": seed, "PATH": ""}
        result = subprocess.run(
            [sys.executable, "-m", "reader", "compare", str(SEED_A), str(SEED_B), "--json"],
            capture_output=True, text=True, env=env, check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1

"""`reader quotes`, `reader figures`, and the quotes and figures in the JSON and the notes."""

from __future__ import annotations

import json

from reader.cli import main
from reader.core.output.markdown import to_markdown

from ..conftest import SEED_A, SEED_B


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_json_carries_quotes_and_figures_as_documented(capsys):
    code, out, _ = run(["compare", str(SEED_A), str(SEED_B), "--json"], capsys)
    doc = json.loads(out)
    assert code == 0
    kinds = {"same", "variant", "attribution", "paraphrase", "one-sided"}
    for row in doc["quotes"]:
        assert set(row) == {"speaker", "match", "a", "b"} and row["match"] in kinds
        for side, key in ((0, "a"), (1, "b")):
            if row[key] is not None:
                assert set(row[key]) == {"text", "sentence", "direct"}
                sentence = doc["articles"][side]["sentences"][row[key]["sentence"]]
                assert row[key]["text"].split()[0].strip("“\"") in sentence
        assert row["a"] or row["b"]
    putin = [r for r in doc["quotes"] if r["speaker"] == "Vladimir Putin" and r["match"] == "variant"]
    assert any("four packages" in r["a"]["text"] and "four packages" in r["b"]["text"] for r in putin)
    odesa = doc["figures"][0]
    assert odesa == {"counts": "injured (Odesa)", "a": [{"value": "eight", "sentence": 27}],
                     "b": [{"value": "six", "sentence": 27}], "severity": "conflict"}
    assert {"counts": "drones", "a": [], "b": [{"value": "138", "sentence": 28}],
            "severity": None} in doc["figures"]


def test_quotes_command_lists_speakers_with_their_share(capsys):
    code, out, err = run(["quotes", str(SEED_A), str(SEED_B)], capsys)
    assert code == 0 and err == ""
    assert out.startswith("Vladimir Putin — A: ")
    assert "Jonah Hull — A: 3 quote(s)" in out and "B: 0 quote(s), 0 words" in out
    assert "one side only:" in out


def test_quotes_and_figures_json(capsys):
    code, out, _ = run(["quotes", str(SEED_A), str(SEED_B), "--json"], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["version"] == 1
    first = doc["speakers"][0]
    assert first["speaker"] == "Vladimir Putin" and len(first["quotes"]) == len(first["words"]) == 2
    code, out, _ = run(["figures", str(SEED_A), str(SEED_B), "--json"], capsys)
    assert json.loads(out)["figures"][0]["severity"] == "conflict"


def test_figures_command_puts_the_conflict_first(capsys):
    code, out, _ = run(["figures", str(SEED_A), str(SEED_B)], capsys)
    assert code == 0
    assert out.splitlines()[0] == "injured (Odesa): A eight (A28) · B six (B28)  ⚠ conflict"
    assert "drones: A — · B 138 (B29)  one side only" in out


def test_bad_input_is_one_line_and_status_2(tmp_path, capsys):
    code, out, err = run(["quotes", str(tmp_path / "missing.txt"), str(SEED_B)], capsys)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_quotes_are_inert_everywhere(tmp_path, capsys):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Storm hits Harlow.\n\n“The pumps \x1b[31mwill run until Sunday night,” "
                 "Edith Vane said.\n", encoding="utf-8")
    b.write_text("Storm hits Harlow.\n\n“The pumps will run until [b]Sunday[/b] night,” "
                 "Edith Vane said.\n", encoding="utf-8")
    code, out, _ = run(["quotes", str(a), str(b)], capsys)
    assert code == 0 and "\x1b" not in out and "\\x1b[31m" in out


def test_markdown_notes_end_with_quotes_and_figures(seed_comparison):
    notes = to_markdown(seed_comparison, [], now=0)
    quotes_at, figures_at = notes.index("## Quotes ("), notes.index("## Figures (")
    assert notes.index("## Only in B") < quotes_at < figures_at
    assert "### Vladimir Putin — A: " in notes
    assert "| injured (Odesa) | eight (A28) | six (B28) | conflict |" in notes

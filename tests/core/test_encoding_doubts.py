"""A legacy encoding is a guess: when it is an uncertain one, the user is told, once, instead
of reading mojibake without knowing."""

from __future__ import annotations

import json

from reader.cli import main
from reader.core.sources.load import load

LATIN = "The café owner said the naïve plan cost €40,000 and hurt the façade, officials said."
MOSTLY_LEGACY = (LATIN + " ") * 4
CYRILLIC = "Президент заявил во вторник, что переговоры продолжатся на следующей неделе. " * 3


def test_an_encoding_other_encodings_fit_as_well_is_read_with_a_warning(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("Café résumé naïve, said the mayor of Marrowby.".encode("cp1252"))
    source = load(str(path))
    (warning,) = source.warnings
    assert str(path) in warning and "not UTF-8" in warning and "convert it to UTF-8" in warning


def test_part_utf8_part_legacy_is_read_with_a_warning(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(MOSTLY_LEGACY.encode("cp1252") + "Zoë Brontë said the résumé was fine.".encode())
    (warning,) = load(str(path)).warnings
    assert "part of it is UTF-8 and part is not" in warning


def test_confident_reads_have_no_warning(tmp_path):
    utf8, cyrillic = tmp_path / "u.txt", tmp_path / "c.txt"
    utf8.write_text(LATIN, encoding="utf-8")
    cyrillic.write_bytes(CYRILLIC.encode("cp1251"))
    assert load(str(utf8)).warnings == ()
    source = load(str(cyrillic))
    assert source.warnings == () and source.text.startswith("Президент")


def test_the_cli_warns_once_on_stderr_and_in_json(tmp_path, capsys):
    path = tmp_path / "mixed.txt"
    path.write_bytes(MOSTLY_LEGACY.encode("cp1252") + "Zoë Brontë said the résumé was fine.".encode())
    assert main(["compare", str(path), str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("reader: warning: ") and "mixed.txt" in err
    assert "part of it is UTF-8" in json.loads(out)["articles"][0]["warnings"][0]
    assert main(["compare", str(path), str(path)]) == 0
    assert capsys.readouterr().err.count("part of it is UTF-8") == 1

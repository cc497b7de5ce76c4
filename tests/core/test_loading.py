from __future__ import annotations

import codecs
import io

import pytest

from reader.core.sources.errors import LoadError
from reader.core.sources.load import load


def test_missing_file_is_one_clear_line(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load(str(tmp_path / "nope.txt"))


def test_directory_is_refused(tmp_path):
    with pytest.raises(LoadError, match="directory"):
        load(str(tmp_path))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t "])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError, match="empty"):
        load(str(path))


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    with pytest.raises(LoadError, match="binary"):
        load(str(path))


def test_utf8_bom_is_removed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Kyiv said “yes”.".encode())
    assert load(str(path)).text == "Kyiv said “yes”."


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Zürich officials said.".encode("utf-16"))
    assert load(str(path)).text == "Zürich officials said."


def test_latin1_is_detected(tmp_path):
    path = tmp_path / "latin.txt"
    text = ("Le président a déclaré que les négociations étaient très utiles. " * 5).strip()
    path.write_bytes(text.encode("latin-1"))
    source = load(str(path))
    assert "président" in source.text and "négociations" in source.text


def test_stdin_is_read():
    source = load("-", stdin=io.BytesIO("Officials said so.".encode()))
    assert source.name == "stdin" and source.text == "Officials said so."


def test_urls_are_refused_with_a_reason():
    with pytest.raises(LoadError, match="only http:// and https://"):
        load("ftp://example.org/a.txt")


def test_markdown_files_are_marked(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nBody text here.")
    assert load(str(path)).kind == "markdown"

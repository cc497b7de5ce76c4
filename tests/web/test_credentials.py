"""A URL with a user name and password: used for the request, never shown or kept."""

from __future__ import annotations

import base64
import json

from reader.cli import main
from reader.core.sources.load import load

SECRET = "s3cret-word"


def _with_credentials(base: str, path: str) -> str:
    scheme, host = base.split("://")
    return f"{scheme}://reader:{SECRET}@{host}{path}"


def test_credentials_reach_the_server_but_not_the_output_or_the_cache(server, tmp_path, capsys):
    url = _with_credentials(server.base, "/article")
    assert main(["compare", url, f"{server.base}/article", "--json"]) == 0
    out = capsys.readouterr().out
    expected = "Basic " + base64.b64encode(f"reader:{SECRET}".encode()).decode()
    assert server.hits["authorization"] == expected
    first = json.loads(out)["articles"][0]
    assert first["source"] == first["url"] == f"{server.base}/article"
    assert SECRET not in out
    cached = [path for path in (tmp_path / "cache").rglob("*") if path.is_file()]
    assert cached and not any(SECRET.encode() in path.read_bytes() for path in cached)
    server.stop()
    again = load(url)  # reopens from the cache
    assert again.name == f"{server.base}/article" and SECRET not in repr(again)


def test_credentials_are_not_shown_in_errors(server, capsys):
    assert main(["compare", _with_credentials(server.base, "/missing"), f"{server.base}/article"]) == 2
    err = capsys.readouterr().err
    assert "answered 404" in err and SECRET not in err
    assert f"{server.base}/missing" in err

from __future__ import annotations

import json

from reader.cli import main
from reader.ui.app import ReaderApp
from reader.ui.comparison_header import ComparisonHeader

from ..app.conftest import ready
from .conftest import ARTICLE

OTHER = ARTICLE.replace("eight homes", "six homes").replace(
    "Marrowby Gazette", "Wenlow Herald").replace("By Tessa Quill", "By Amos Carr")


def test_json_has_url_outlet_and_published(server, capsys):
    server.routes["/other"] = (200, "text/html", OTHER.encode())
    code = main(["compare", f"{server.base}/article", f"{server.base}/other", "--json"])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    a, b = doc["articles"]
    assert a["url"] == f"{server.base}/article" and a["outlet"] == "Marrowby Gazette"
    assert b["outlet"] == "Wenlow Herald"
    assert a["published"].startswith("2025-12-04")
    flags = [d for p in doc["pairs"] for d in p["discrepancies"]]
    assert [(d["kind"], d["severity"], d["a"], d["b"]) for d in flags] == [
        ("number", "conflict", "eight homes", "six homes")]


def test_cli_network_failure_is_one_line(server, capsys):
    code = main(["compare", f"{server.base}/missing", f"{server.base}/article"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "answered 404" in err


async def test_app_fetches_shows_outlet_and_retries_after_failure(server, dirs):
    server.routes["/later"] = (503, "text/html", b"<h1>busy</h1>")
    app = ReaderApp((f"{server.base}/article", f"{server.base}/later"))
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.fetch_failed:
                break
        assert app.fetch_failed
        header = str(app.query_one(ComparisonHeader).render())
        assert "answered 503" in header and "press r to retry" in header
        server.routes["/later"] = (200, "text/html", OTHER.encode())
        await pilot.press("r")
        await ready(pilot)
        assert app.rows
        assert (app.comparison.a.outlet, app.comparison.b.outlet) == (
            "Marrowby Gazette", "Wenlow Herald")
        screen = app.export_screenshot().replace("&#160;", " ")
        assert "Marrowby Gazette" in screen and "2025-12-04" in screen


async def _failure_shown(app, pilot) -> list[str]:
    from textual.widgets._toast import Toast

    for _ in range(100):
        await pilot.pause(0.05)
        toasts = [str(t.render()) for t in app.screen.query(Toast)]
        if app.fetch_failed and toasts:
            return toasts
    return []


async def test_server_text_with_markup_is_shown_as_sent(server, dirs):
    server.routes["/odd-type"] = (200, "text/[/x]", b"<p>hello</p>")
    server.routes["/odd-reason"] = (404, "text/html", b"<h1>gone</h1>")
    server.reasons["/odd-reason"] = "Not [/x] Found [@click=app.quit]here[/]"
    for path, expected in (("/odd-type", "not a web page (text/[/x])"),
                           ("/odd-reason", "answered 404 Not [/x] Found [@click=app.quit]here[/]")):
        app = ReaderApp((f"{server.base}/article", f"{server.base}{path}"))
        async with app.run_test(size=(160, 45), notifications=True) as pilot:
            toasts = await _failure_shown(app, pilot)
            assert any(expected in t for t in toasts), toasts
            header = str(app.query_one(ComparisonHeader).render())
            assert expected in header
        assert app._exception is None



def test_cli_error_line_shows_server_controls_inert(server, capsys):
    server.routes["/c1-type"] = (200, "text/\x9b2Jx\x1b", b"<p>hello</p>")
    code = main(["compare", f"{server.base}/article", f"{server.base}/c1-type"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "\x9b" not in err and "\x1b" not in err
    assert "text/\\x9b2jx" in err  # content types are compared in lower case


async def test_a_failed_fetch_stops_the_loading_dots_and_the_names_line(server, dirs):
    from textual.widgets import LoadingIndicator

    server.routes["/later"] = (503, "text/html", b"<h1>busy</h1>")
    app = ReaderApp((f"{server.base}/article", f"{server.base}/later"))
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.fetch_failed:
                break
        await pilot.pause()
        assert app.fetch_failed and not app.query(LoadingIndicator)
        pending = str(app.query_one("#names-pending").render())
        assert "finding names" not in pending and "could not be compared" in pending
        header = str(app.query_one(ComparisonHeader).render())
        assert "press r to retry" in header
        server.routes["/later"] = (200, "text/html", OTHER.encode())
        await pilot.press("r")
        assert app.query(LoadingIndicator) or app.rows  # waiting again, visibly
        await ready(pilot)
        assert app.rows and not app.query(LoadingIndicator) and app.query("#entities")


async def test_the_key_bar_offers_retry_only_after_a_failed_fetch(server, dirs):
    from reader.ui.key_bar import KeyBar

    server.routes["/later"] = (503, "text/html", b"<h1>busy</h1>")
    app = ReaderApp((f"{server.base}/article", f"{server.base}/later"))
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.fetch_failed:
                break
        await pilot.pause()
        assert "r Retry" in app.query_one(KeyBar).render().plain
        server.routes["/later"] = (200, "text/html", OTHER.encode())
        await pilot.press("r")
        await ready(pilot)
        assert "r Retry" not in app.query_one(KeyBar).render().plain

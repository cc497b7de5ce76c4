"""Web pages: main-text extraction time, and first paint of `reader URL_A URL_B` from the cache
against `reader A B` on local files, in one run (tmux).

Serves HTML renderings of the seed articles (with page furniture) from a server on 127.0.0.1,
fetches them once to fill a temporary cache, stops the server, then measures.
Run: python bench/bench_web.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    from tests.web.test_seed_pages import _seed_a_page, _seed_b_page

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        (site / "a.html").write_text(_seed_a_page())
        (site / "b.html").write_text(_seed_b_page())
        os.environ["READER_CACHE_DIR"] = f"{tmp}/cache"

        from reader.core.sources.html import extract

        extract((site / "b.html").read_text(), "warm-up")
        times = []
        for _ in range(20):
            for name in ("a.html", "b.html"):
                text = (site / name).read_text()
                t = time.perf_counter()
                extract(text, name)
                times.append(time.perf_counter() - t)
        print(f"main-text extraction of a news page: median {statistics.median(times) * 1000:.1f} ms, "
              f"max {max(times) * 1000:.1f} ms")

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        from reader.core.sources.load import load

        load(f"{base}/a.html")
        load(f"{base}/b.html")
        httpd.shutdown()
        httpd.server_close()

        if shutil.which("tmux") is None:
            print("tmux not found: first-paint comparison skipped")
            return
        import bench_app
        from terminal import TmuxServer, paint_time

        env = f"READER_CACHE_DIR={tmp}/cache READER_DATA_DIR={tmp}/d READER_CONFIG_DIR={tmp}/c"
        from reader.core.store.resources import seed_paths

        a, b = seed_paths()
        commands = {
            "local files": f"{env} {bench_app.READER} {a} {b}",
            "URLs from cache": f"{env} {bench_app.READER} {base}/a.html {base}/b.html",
        }
        results: dict[str, list[float]] = {k: [] for k in commands}
        with TmuxServer():
            for command in commands.values():
                paint_time(command, bench_app.MARKER)
            for _ in range(7):
                for label, command in commands.items():
                    results[label].append(paint_time(command, bench_app.MARKER))
        for label, values in results.items():
            print(f"first paint, {label}: median {statistics.median(values) * 1000:.0f} ms")
        print("(server stopped: the URL runs are offline, from the cache)")


if __name__ == "__main__":
    main()

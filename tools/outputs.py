"""Write `reader compare --json` for many pairs into a folder, to check that a change keeps
outputs byte-identical (diff two such folders) or to see what it changed.

Pairs: the bundled seed pair, every OneStopEnglish advanced/elementary pair and every ECB+ pair
(from `../shared/benchmarks/` when present), and the HTML pages the web tests serve.

Run: python tools/outputs.py OUT_DIR
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "benchmarks"
sys.path.insert(0, str(ROOT))

from reader.cli import main as reader_main  # noqa: E402


def pairs() -> list[tuple[str, str, str]]:
    """(name, A, B) of every pair to run."""
    out: list[tuple[str, str, str]] = [("seed", "", "")]
    ose = SHARED / "onestopenglish" / "texts"
    for adv in sorted((ose / "adv").glob("*-adv.txt")):
        ele = ose / "ele" / adv.name.replace("-adv.txt", "-ele.txt")
        out.append((f"ose-{adv.stem}", str(adv), str(ele)))
    ecb = SHARED / "ecbplus"
    if (ecb / "pairs.json").is_file():
        for pair in json.loads((ecb / "pairs.json").read_text(encoding="utf-8"))["pairs"]:
            out.append((f"ecb-{pair['id']}", str(ecb / pair["text_a"]), str(ecb / pair["text_b"])))
    sys.path.insert(0, str(ROOT / "tests" / "web"))
    import conftest  # the test server's pages

    scratch = Path(tempfile.gettempdir()) / "reader-outputs-pages"  # fixed: sources are in the JSON
    scratch.mkdir(exist_ok=True)

    page = scratch / "article.html"
    page.write_text(conftest.ARTICLE, encoding="utf-8")
    other = scratch / "other.html"
    other.write_text(conftest.ARTICLE.replace("eight homes", "six homes"), encoding="utf-8")
    out.append(("web-article", str(page), str(other)))
    return out


def main() -> None:
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name, a, b in pairs():
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(io.StringIO()):
            status = reader_main(["compare", "--json"] + ([a, b] if a else []))
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
        (target / f"{safe}.json").write_text(f"{status}\n{buffer.getvalue()}", encoding="utf-8")
    print(f"{len(list(target.glob('*.json')))} outputs in {target}")


if __name__ == "__main__":
    main()

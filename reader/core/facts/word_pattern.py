"""A regular expression matching any of a set of words, written as a tree of shared prefixes.

`(?:one|two|three|…)` makes the regular expression engine try every word at every position
of the text; `(?:one|t(?:wo|hree)|…)` tries each first letter once, then only the words that
begin with it: several times faster on long texts (figures are looked for in every sentence,
verbs of saying in every article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Tree = dict[str, "_Tree"]


def prefix_tree(words: Iterable[str]) -> str:
    """A group matching the same strings as `(?:w1|w2|…)`. Followed by a boundary (`\\b`,
    `(?![a-z])`) it finds the same matches: only one word fits between two boundaries."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _group(tree) or "(?:)"


def _group(node: _Tree) -> str:
    branches = [re.escape(ch) + _group(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def whole_words(words: Iterable[str]) -> re.Pattern[bytes]:
    """What `find_whole_words` looks for: the words made of lower-case ASCII letters only
    (no other word can be a whole run of letters [A-Za-z] lowered)."""
    tree = prefix_tree(w for w in words if w.isascii() and w.isalpha() and w.islower())
    return re.compile(f"(?<![a-z]){tree}(?![a-z])".encode())


def find_whole_words(text: str, pattern: re.Pattern[bytes]) -> list[tuple[int, int, str]]:
    """(start, end, word lowered) of each run of letters [A-Za-z] in the text that is one of
    the pattern's words, whatever its case, in order. Searched in the text lowered letter for
    letter (a character outside ASCII becomes one `?`, so offsets stay those of the text):
    far faster than visiting every word."""
    low = text.encode("ascii", "replace").lower()
    return [(m.start(), m.end(), m.group().decode()) for m in pattern.finditer(low)]

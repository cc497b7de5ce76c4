"""Markdown articles read with a CommonMark parser (markdown-it-py) rather than patterns.

A parser gets right what line patterns cannot: setext headings (`Title` over `=====`), fenced
code (its lines are text, never headings), reference links (`[text][1]`), lists (content, with
each item a paragraph), block quotes and emphasis. Each block comes out as plain text with what
cleaning needs to know about it.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark")


@dataclass(frozen=True)
class Block:
    """One block of a Markdown document as plain text.

    `level` is the heading level (0 for none); `image` marks a block that is only an image
    (its text is the alt text); `list_id` numbers the list an item belongs to (-1 outside
    lists); `links_only` marks a block whose text is all link text (a list of other stories);
    `code` marks a line of a code block (text, never a heading).
    """

    text: str
    level: int = 0
    image: bool = False
    list_id: int = -1
    links_only: bool = False
    code: bool = False


def blocks(source: str) -> list[Block]:
    """The blocks of a Markdown document in reading order."""
    tokens = _PARSER.parse(source)
    out: list[Block] = []
    level = 0
    lists: list[int] = []
    next_list = 0
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if not lists:  # nested lists belong to their outer list
                next_list += 1
            lists.append(next_list)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "heading_open":
            level = int(token.tag[1:])
        elif kind == "heading_close":
            level = 0
        elif kind == "inline":
            text, image, links_only = _inline(token)
            if text:
                out.append(Block(text, level, image, lists[-1] if lists else -1, links_only))
        elif kind in ("fence", "code_block"):
            for line in token.content.splitlines():
                if line.strip():
                    out.append(Block(line.strip(), list_id=lists[-1] if lists else -1, code=True))
        elif kind == "html_block":
            text = _strip_tags(token.content)
            if text:
                out.append(Block(text))
    return out


def _inline(token: Token) -> tuple[str, bool, bool]:
    """Plain text of an inline token, whether it is only an image, whether only links."""
    parts: list[str] = []
    images = 0
    other = 0
    in_link = 0
    linked: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind == "link_open":
            in_link += 1
        elif kind == "link_close":
            in_link -= 1
        elif kind == "image":
            images += 1
            parts.append(child.content)
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
            if in_link:
                linked.append(child.content)
            elif child.content.strip():
                other += 1
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "html_inline":
            continue
    text = " ".join("".join(parts).split())
    image = images > 0 and other == 0 and not linked
    links_only = bool(linked) and other == 0 and images == 0
    return text, image, links_only


def _strip_tags(html: str) -> str:
    out: list[str] = []
    inside = False
    for ch in html:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return " ".join("".join(out).split())

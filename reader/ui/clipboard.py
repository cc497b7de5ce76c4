"""Whether a copy sent through the terminal (OSC 52) can reach the clipboard here.

The app cannot read the clipboard back, so it cannot know a copy arrived; it can know the
common setups that refuse one, and say so instead of claiming a copy that never happened.
"""

from __future__ import annotations

import os
import subprocess

LIMIT = 74_000
"""Characters past which many terminals drop the whole copy (xterm's default is 100,000
bytes of base64)."""


def _tmux_refuses() -> bool:
    try:
        answer = subprocess.run(["tmux", "show-options", "-gv", "set-clipboard"],
                                capture_output=True, text=True, timeout=1)
    except (OSError, subprocess.SubprocessError):
        return False
    return answer.stdout.strip() in ("off", "external")


def refusal(text: str, environ: dict[str, str] | None = None) -> str | None:
    """Why a copy of `text` will not reach the clipboard, or None when it should."""
    env = os.environ if environ is None else environ
    if len(text) > LIMIT:
        return "the passage is too long for the terminal to copy"
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return "Apple's Terminal does not let programs set the clipboard"
    if env.get("TERM") == "linux":
        return "the Linux console has no clipboard"
    if env.get("STY"):
        return "GNU screen does not pass copies on to the terminal"
    if env.get("TMUX") and _tmux_refuses():
        return "tmux does not pass copies on (add `set -g set-clipboard on` to ~/.tmux.conf)"
    return None

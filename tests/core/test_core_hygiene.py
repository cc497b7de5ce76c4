"""The engine must stay free of user-interface libraries: they cost start-up time."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core


def test_core_never_imports_textual_or_rich():
    modules = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
    assert len(modules) >= 30

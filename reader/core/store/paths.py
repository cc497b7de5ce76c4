"""Where reader keeps its files, per platform conventions (platformdirs).

Every location can be redirected with environment variables, which tests use to keep users'
real data out of reach: READER_DATA_DIR, READER_CONFIG_DIR.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP = "reader"


def data_dir() -> Path:
    override = os.environ.get("READER_DATA_DIR")
    return Path(override) if override else user_data_path(APP, appauthor=False)


def config_dir() -> Path:
    override = os.environ.get("READER_CONFIG_DIR")
    return Path(override) if override else user_config_path(APP, appauthor=False)


def bookmarks_file() -> Path:
    return data_dir() / "bookmarks.json"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def positions_file() -> Path:
    return config_dir() / "positions.json"

"""Store: the files reader keeps and ships, in the places each platform expects.

Owns the locations (platformdirs, overridable for tests), atomic JSON writes, bookmarks under a
lock, settings, theme files, the web page cache and the bundled seeds and themes. Nothing here
knows about articles' content.
"""

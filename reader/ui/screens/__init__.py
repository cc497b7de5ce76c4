"""Modal screens of the app."""

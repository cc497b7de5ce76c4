"""The Textual app. It renders and reacts; everything it shows comes from `reader.core`."""

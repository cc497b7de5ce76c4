"""The comparison engine: pure Python, no user-interface imports.

Source text goes through loading, cleaning, segmentation, alignment, diff and checks into a
`Comparison` that every front end renders.
"""

from __future__ import annotations

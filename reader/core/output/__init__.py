"""Output: a `Comparison` rendered for people and scripts, with nothing recomputed.

Owns the rows of the side-by-side view (reading order, gaps, moved passages), the versioned
JSON document, the plain-text report and the Markdown notes. Untrusted text leaves here inert.
"""

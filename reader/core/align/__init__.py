"""Align: which sentences of A correspond to which sentences of B.

Owns the lexical evidence (content terms weighted by rarity), the candidate search that keeps
the cost close to linear, the global one-to-one assignment, and the merging of sentences one
outlet split in two into one-to-many links.
"""

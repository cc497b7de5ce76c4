"""Text: from a `Source` to the sentences that are compared.

Owns the normalisation that decides what is not a difference (quote style, dashes, spaces,
number style), telling article content from page furniture (captions, bylines, related
headlines…), and splitting paragraphs into the sentences a reader would agree with.
"""

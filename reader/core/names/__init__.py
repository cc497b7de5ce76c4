"""Names: the people, places and organisations each article names, one entity per referent.

Owns the closed word lists of news writing (titles, demonyms, organisation and place words),
the shipped place gazetteer, finding name spans with their contextual evidence of type, and
deciding and merging them across both articles.
"""

"""The comparison engine: pure Python, no user-interface imports.

Data flows one way, and the sub-packages are its stages, each importing only those below it
(checked by import-linter in the test run):

    output    rows of the side-by-side view, JSON, plain-text report, Markdown notes
    compare   the pipeline: two sources in, one `Comparison` out
    facts     word diffs and the checks that flag facts stated differently
    names     people, places and organisations, merged across both articles
    align     which sentences of A correspond to which of B
    text      normalising, cleaning page furniture away, splitting into sentences
    sources   reading files, standard input and web pages into a `Source`
    store     files reader keeps: bookmarks, settings, themes, the page cache
    model     the plain dataclasses every stage takes and returns (and `safety`, `collector`)
"""

from __future__ import annotations

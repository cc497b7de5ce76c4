"""Sources: an article's location (a file, standard input, an http(s) URL) in, a `Source` out.

Owns reading bytes safely (size caps, encodings, binary files refused), fetching web pages
within a deadline, and extracting the article from HTML. `load` is the one dispatcher: it is
the only module that knows both the file reader and the web reader. Every failure is a
`LoadError` whose message is one line naming the source and the reason.
"""

"""Swedish search for the knowledge bank, as plain Python.

Words are analysed here (normalised, stemmed, compounds split) and the
storage only ever sees the analysed terms, so SQLite's FTS5 and PostgreSQL's
full-text search index and match the very same tokens.
"""

"""Swedish and English text analysis shared by indexing and querying.

Provisional: lower-cases and splits on non-word characters. To be replaced by stemming,
stop words, folding and decompounding with the same signatures.
"""

import re

WORD = re.compile(r"\w+", re.UNICODE)


def analyse(text, language="sv"):
    """Return the terms a text is indexed or queried by, in order."""
    return [match.group().lower() for match in WORD.finditer(text or "")]


def analyse_with_spans(text, language="sv"):
    """Return (start, end, term) for each word of ``text`` that yields a term."""
    return [
        (match.start(), match.end(), match.group().lower()) for match in WORD.finditer(text or "")
    ]

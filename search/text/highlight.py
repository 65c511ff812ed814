"""Result snippets with the words that matched a query marked.

Words are compared as the search compares them — stemmed, folded and split into compound
parts — so "forskolan" marks "förskolorna" and "nätverk" marks "skolchefsnätverket".
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.text.analysis import analyse_words, query_terms, term_matches

ELLIPSIS = "…"
MAX_WORD_LENGTH = 40
# Where the excerpt may start: one of the first matches, not any of thousands.
MAX_CANDIDATES = 50


def matched_spans(text, query, language="sv", terms=None):
    """(start, end) of each word of ``text`` the query matches, in order, without overlaps.

    ``terms``: the query's terms, when the caller has them already.
    """
    # Without the terms a query stands for, the query's own words, without synonyms.
    wanted = query_terms(query, language, synonym_groups=()) if terms is None else terms
    if not wanted or not text:
        return []
    # A text repeats its words: each word's terms are compared with the query's once.
    verdicts = {}
    spans = []
    for start, end, indexed in analyse_words(text, language):
        matched = verdicts.get(indexed)
        if matched is None:
            matched = verdicts[indexed] = any(
                term_matches(term, w) for term in indexed for w in wanted
            )
        if matched:
            spans.append((start, end))
    merged = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged


def _window(text, spans, max_length):
    """The excerpt's bounds: where the most matches fit, widened to whole words."""
    if len(text) <= max_length:
        return 0, len(text)
    if not spans:
        begin = 0
    else:
        best, best_count = spans[0][0], 0
        for start, _end in spans[:MAX_CANDIDATES]:
            count = sum(1 for s, e in spans if s >= start and e <= start + max_length)
            if count > best_count:
                best, best_count = start, count
        begin = max(best - max_length // 4, 0)
    end = min(begin + max_length, len(text))
    begin = max(end - max_length, 0) if end == len(text) else begin
    # Do not cut a word in two, unless the "word" is absurdly long.
    for _step in range(MAX_WORD_LENGTH):
        if begin == 0 or text[begin - 1].isspace():
            break
        begin -= 1
    for _step in range(MAX_WORD_LENGTH):
        if end == len(text) or text[end].isspace():
            break
        end += 1
    return begin, end


def highlight(text, query, language="sv", max_length=300, terms=None):
    """Return an escaped excerpt of ``text`` around the matches, each in ``<mark>``."""
    text = text or ""
    spans = matched_spans(text, query, language, terms)
    begin, end = _window(text, spans, max_length)
    parts, cursor = [], begin
    for start, stop in spans:
        if start < begin or stop > end:
            continue
        parts.append(escape(text[cursor:start]))
        parts.append(f"<mark>{escape(text[start:stop])}</mark>")
        cursor = stop
    parts.append(escape(text[cursor:end]))
    prefix = f"{ELLIPSIS} " if begin else ""
    suffix = f" {ELLIPSIS}" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)  # noqa: S308 - every part is escaped

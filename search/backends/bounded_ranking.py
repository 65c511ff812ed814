"""How many matches a search ranks, so that a word on every page costs no more than a rare one.

Ranking is the costly part of a search: the database scores each match from its stored
terms, so a word found in a hundred thousand minutes took over a second to rank. A search
therefore ranks at most ``MAX_RANKED`` matches: the most recently indexed ones (the full-text
index gives them newest first without reading the rest), and every match with the words in
its title, which would otherwise be lost among older pages. A search with fewer matches
ranks them all, as before. The searches that reach the bound find words most of the archive
uses; their best results come from its newer part, which is where readers look first, and
narrowing the search with another word ranks the whole archive again.
"""

from django.conf import settings


def max_ranked():
    return settings.SEARCH_MAX_RANKED


def best_first(scored):
    """``(key, score)`` pairs ordered best first: the lowest score, then the newest key.

    Lower is better, as SQLite's ``bm25()`` scores; a backend whose scores grow with
    relevance passes them negated.
    """
    return sorted(scored, key=lambda pair: (pair[1], -pair[0]))

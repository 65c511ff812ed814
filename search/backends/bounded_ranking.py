"""How many matches a search on SQLite ranks, so that a common word costs less to rank.

SQLite scores each match with ``bm25()`` as it reads it, so a word in tens of thousands of
minutes was scored for each of them to give a thousand results. A search therefore ranks at most
``SEARCH_MAX_RANKED`` (a setting) of its matches: those indexed last, which the full-text
index gives newest first, and every match with the words in its title, which would otherwise
be lost among older pages. A search with fewer matches ranks them all, as before. The
searches that reach the bound find words most of the archive uses; their best results come
from its newer part, where readers look first, and another word narrows the search enough
to rank the whole archive again.

PostgreSQL ranks every match: it cannot read the matches newest first without joining
every row's vectors, which costs it more than ranking them.
"""

from django.conf import settings


def max_ranked():
    return settings.SEARCH_MAX_RANKED


def best_first(scored):
    """``(key, score)`` pairs ordered best first: the lowest score (``bm25()`` scores lower
    for a better match), then the newest key."""
    return sorted(scored, key=lambda pair: (pair[1], -pair[0]))

"""What a visitor typed, made safe and shaped for the search backend.

Every door (the search page, the autocomplete and the API's ``?search=``) cleans its input
here, so that no query can fail in the backend or make it work without bound.
"""

from dataclasses import dataclass

from django.utils import translation
from wagtail.models import Page
from wagtail.search.query import And, Or, Phrase, PlainText

from search.backends.vocabulary import one_search
from search.synonyms import widened_by_vocabulary, words_as_typed
from search.text.analysis import PHRASE, WORD

# Visitors' queries are capped so that no input can make the backend work unboundedly.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 32
# The search page filters, counts and sorts this many of the best matches.
MAX_MATCHES = 1000

# Only runs of word characters (search.text.analysis.WORD) reach the backend: SQLite FTS5 and
# PostgreSQL read quotes, stars, brackets and minus signs as operators.


def clean_query(raw):
    """Drop control characters and unpaired quotes; cap the length and the number of terms."""
    if not isinstance(raw, str):
        return ""
    printable = "".join(ch if ch.isprintable() else " " for ch in raw[: MAX_QUERY_LENGTH * 4])
    query = " ".join(printable.split()[:MAX_TERMS])[:MAX_QUERY_LENGTH]
    if query.count('"') % 2:
        query = query.replace('"', " ")
    return " ".join(query.split())


def backend_words(text):
    """The words of ``text`` the backend may see, lower-cased.

    Lower case keeps words such as AND, OR and NEAR from being read as FTS5 operators.
    """
    return [word.lower() for word in WORD.findall(text)]


@dataclass(frozen=True)
class ParsedQuery:
    """A cleaned query: the text shown back to the visitor, its loose words and its phrases."""

    text: str
    words: tuple = ()
    phrases: tuple = ()

    def __bool__(self):
        return bool(self.words or self.phrases)

    def backend_query(self, operator="and"):
        """Wagtail search query: every word and phrase must match, or with "or" any of them."""
        parts = []
        if self.words:
            parts.append(PlainText(" ".join(self.words), operator=operator))
        parts.extend(Phrase(" ".join(phrase)) for phrase in self.phrases)
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return Or(parts) if operator == "or" else And(parts)

    def autocomplete_text(self):
        """Plain words for prefix matching; phrases count as their words."""
        words = [*self.words]
        for phrase in self.phrases:
            words.extend(phrase)
        return " ".join(words)


def read_query(raw):
    """Clean ``raw`` and split it into loose words and quoted phrases."""
    text = clean_query(raw)
    phrases = []
    for match in PHRASE.finditer(text):
        words = tuple(backend_words(match.group(1)))
        if len(words) > 1:
            phrases.append(words)
    loose = PHRASE.sub(
        lambda match: match.group(1) if len(backend_words(match.group(1))) < 2 else " ", text
    )
    # Punctuation splits one typed term into many words ("a-b-c-…"); the cap holds for those too.
    budget = MAX_TERMS
    capped_phrases = []
    for phrase in phrases:
        if budget < 2:
            break
        capped_phrases.append(phrase[:budget])
        budget -= len(capped_phrases[-1])
    words = backend_words(loose)[: max(budget, 0)]
    return ParsedQuery(text=text, words=tuple(words), phrases=tuple(capped_phrases))


@dataclass(frozen=True)
class BestMatches:
    """The ids of a search's best matches, best first, and how the query was analysed."""

    ids: list
    # Whether the splits and joins of the query's compounds that the index's vocabulary
    # holds were searched too, or only the words as typed.
    widened: bool = False


def best_matches(parsed, locale, *, operator="and"):
    """The best matches among live, public pages of ``locale``, best first.

    Capped at ``MAX_MATCHES``: filters, counts and sorting by date work on these. The pages
    with the words as typed come first, then, when the index's vocabulary splits or joins
    the query's compounds, those that only have the compound's parts or the joined words.
    When the words as typed fill the cap, the splits and joins could add nothing shown,
    and neither they nor the vocabulary are looked up: a common word costs one search.
    """
    query = parsed.backend_query(operator=operator)
    if query is None:
        return BestMatches(ids=[])
    pages = Page.objects.live().public().filter(locale=locale).only("pk")
    with words_as_typed():
        exact = _best_ids(pages, query)
    if len(exact) >= MAX_MATCHES:
        return BestMatches(ids=exact)
    with one_search():
        if not widened_by_vocabulary(parsed.text, translation.get_language()):
            return BestMatches(ids=exact)
        ids = _best_ids(pages, query)
    seen = set(exact)
    return BestMatches(
        ids=[*exact, *(pk for pk in ids if pk not in seen)][:MAX_MATCHES], widened=True
    )


def matching_ids(parsed, locale, *, operator="and"):
    """Ids of the best matches among live, public pages of ``locale``, best first."""
    return best_matches(parsed, locale, operator=operator).ids


def _best_ids(pages, query):
    results = pages.search(query)[:MAX_MATCHES]
    if hasattr(results, "primary_keys"):
        # The database backends' results give the keys without reading a thousand pages.
        return results.primary_keys()
    return [page.pk for page in results]

""" "Did you mean": the nearest words the site's pages contain, by trigram similarity.

Computed in Python over a vocabulary of the words of live public pages in one language, so
that it behaves the same on SQLite, PostgreSQL and the search servers. The vocabulary is
rebuilt when pages are published, unpublished or deleted, and at most every few minutes.
"""

import threading
import time
from collections import Counter, defaultdict

from django.db.models import Count, Max
from wagtail.models import Page, get_page_models

from core.text_language import own_text
from search.excerpts import field_text, searchable_fields
from search.text.analysis import WORD, fold

MAX_AGE_SECONDS = 600
MAX_VOCABULARY = 50_000
MIN_SIMILARITY = 0.3
# Longer words and further words are left as typed: nobody mistypes that much.
MAX_WORD_LENGTH = 30
MAX_CORRECTIONS = 8
_cache = {}
_lock = threading.Lock()


def trigrams(word):
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class Vocabulary:
    """Words with their frequencies, findable by the trigrams of their folded form."""

    def __init__(self, counts):
        self.words = {}  # folded form -> the most frequent spelling and its count
        for word, count in counts.most_common(MAX_VOCABULARY):
            key = fold(word)
            if key not in self.words:
                self.words[key] = (word, count)
        self.index = defaultdict(list)
        for key in self.words:
            for gram in trigrams(key):
                self.index[gram].append(key)

    def __contains__(self, word):
        return fold(word) in self.words

    def nearest(self, word):
        """The most similar known word, or None when nothing is similar enough."""
        key = fold(word)
        if key in self.words:
            return self.words[key][0]
        grams = trigrams(key)
        shared = Counter(other for gram in grams for other in self.index.get(gram, ()))
        best, best_score = None, MIN_SIMILARITY
        for other, common in shared.items():
            score = common / len(grams | trigrams(other))
            if score > best_score or (
                score == best_score and best and self.words[other][1] > self.words[best][1]
            ):
                best, best_score = other, score
        return self.words[best][0] if best else None


def page_words(locale):
    """Counts of the words of every live public page in ``locale``."""
    counts = Counter()
    for model in get_page_models():
        if model._meta.abstract or model is Page:
            continue
        fields = searchable_fields(model)
        pages = (
            model.objects.live()
            .public()
            .filter(own_text(), locale=locale)
            .exact_type(model)
            .only("title", *(field.name for field in fields))
        )
        for page in pages.iterator(chunk_size=200):
            texts = [page.title, *(field_text(page, field) for field in fields)]
            counts.update(
                word.lower()
                for text in texts
                for word in WORD.findall(text)
                if len(word) > 2 and not word.isdigit()
            )
    return counts


def vocabulary(locale):
    """The cached vocabulary of ``locale``, rebuilt when its live pages have changed."""
    version = tuple(
        Page.objects.live()
        .filter(locale=locale)
        .aggregate(count=Count("id"), latest=Max("last_published_at"))
        .values()
    )
    cached = _cache.get(locale.pk)
    if cached and cached[0] == version and time.monotonic() - cached[1] < MAX_AGE_SECONDS:
        return cached[2]
    with _lock:
        built = Vocabulary(page_words(locale))
        _cache[locale.pk] = (version, time.monotonic(), built)
    return built


def did_you_mean(text, locale):
    """``text`` with its unknown words replaced by the nearest known ones, or None."""
    words = vocabulary(locale)
    changed = False
    attempts = 0

    def replace(match):
        nonlocal changed, attempts
        word = match.group()
        if word.isdigit() or len(word) > MAX_WORD_LENGTH or word in words:
            return word
        attempts += 1
        if attempts > MAX_CORRECTIONS:
            return word
        nearest = words.nearest(word)
        if nearest is None:
            return word
        changed = True
        return nearest

    suggestion = WORD.sub(replace, text)
    return suggestion if changed else None

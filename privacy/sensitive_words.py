"""Words of a sensitive kind next to a person's name: a warning for the editor to read.

Health, ethnic origin, beliefs, union membership or offences said of a named person are
sensitive personal data; the same words without a name near them are usually about a
subject, not a person. So a word counts only in a sentence that names someone: a
register person's name, or two capitalised words in a row (Name Surname).
"""

import re

from privacy.models import SensitiveWord

NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
NAME_PATTERN = re.compile(rf"\b{NAME_WORD} {NAME_WORD}\b")
# A word counts when it stands in the same sentence as a name.
SENTENCE = re.compile(r"[^.!?\n]+")


def sensitive_words():
    """``{word: category}`` of every language's list; a page may mix languages."""
    words = {}
    for entry in SensitiveWord.objects.all():
        for word in entry.word_list():
            words[word] = entry.category
    return words


def word_pattern(words):
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def names_in(text, register_names):
    """Spans of names in ``text``: register people's names and Name Surname pairs."""
    spans = [match.span() for match in NAME_PATTERN.finditer(text)]
    lowered = text.lower()
    for name in register_names:
        start = lowered.find(name)
        while start != -1:
            spans.append((start, start + len(name)))
            start = lowered.find(name, start + 1)
    return spans


def initials(name):
    return " ".join(f"{part[:1]}." for part in name.split())


def find_sensitive_words(text, pattern, register_names):
    """``[(word, initials of the name)]`` for every sensitive word in a sentence with a name."""
    if pattern is None or not text:
        return []
    found = []
    for sentence in SENTENCE.findall(text):
        words = list(pattern.finditer(sentence))
        if not words:
            continue
        names = [
            sentence[start:end]
            for start, end in names_in(sentence, register_names)
            if not any(start <= word.start() < end for word in words)
        ]
        if names:
            found += [(word.group().lower(), initials(names[0])) for word in words]
    return found

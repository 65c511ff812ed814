"""Swedish and English text analysis shared by indexing and querying, on every backend.

A word becomes a term in four steps: lower-casing, stop-word removal, stemming in the text's
language (Snowball, with the Swedish definite forms it leaves alone), then folding å, ä, ö
and other accents. Folding comes after stemming because the Swedish stemmer needs the
accents to find the suffixes; the index also holds the stem of the folded word, so a query
typed without å, ä, ö finds the same text. Swedish compounds are split into the domain words
they are made of (skolchefsnätverket → skolchef, skol, chef, nätverk), and those parts are
appended after the text's own terms so phrases still match word by word.

A query is analysed into clauses (``query_clauses``): a quoted phrase, or a word with its
alternatives — the word itself, its compound parts together, and its synonyms. Terms long
enough are matched as prefixes, so a base form finds its longer inflections.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import Stemmer

from search.text.vocabulary import COMPOUND_PARTS, ENGLISH_STOP_WORDS, SWEDISH_STOP_WORDS

LANGUAGES = ("sv", "en")
WORD = re.compile(r"[^\W_]+")
PHRASE = re.compile(r'"([^"]*)"')

# Shorter stems are matched exactly: "rad*" or "mot*" would match half an archive.
MIN_PREFIX_LENGTH = 4
# A part of a compound is at least this long, so "förskola" is not split into för + skola.
MIN_PART_LENGTH = 4
MIN_COMPOUND_LENGTH = 7
# inventering, dimensionering: long enough that invent-, dimension- are still specific.
MIN_NOMINALISATION_LENGTH = 9
# A head the dictionary does not know must be long enough not to be an inflection ending
# (skol-ornas is skolornas, not a compound).
MIN_UNKNOWN_HEAD_LENGTH = 5
# Endings that follow a domain word without making a compound (digital-isering, plan-erade).
SUFFIXES = ("is", "er", "ar", "or", "and", "end", "het", "lig", "isk", "ning")
# A query word this long also finds its parts written apart (vuxenutbildning: utbildning för
# vuxna); a shorter one such as skolchef would find every text about a school and a chef.
MIN_SPLIT_QUERY_LENGTH = 12
# No query makes the backend work unboundedly, whatever its length.
MAX_QUERY_CLAUSES = 32
# The index's vocabulary is asked about this many query words' splits and joins at most.
MAX_VOCABULARY_WORDS = 4
# Two words joined into one compound stand for this many combinations of their alternatives.
MAX_JOINED_ALTERNATIVES = 16
MAX_WORD_LENGTH = 60
# Swedish compounds join their parts with an -s- (skolchef-s-nätverk) or an -e-/-a-/-o-
# left of a dropped ending (gymnasi-e-skola, läro-plan).
LINKING_LETTERS = ("s", "e", "a", "o", "u")

STOP_WORDS = {"sv": SWEDISH_STOP_WORDS, "en": ENGLISH_STOP_WORDS}
FOLDING = str.maketrans({"ß": "ss", "æ": "a", "ø": "o", "œ": "oe", "ł": "l", "đ": "d"})


def normalise_language(language):
    """Map a language code such as ``sv-se`` or ``en-gb`` to one the analysis knows."""
    code = (language or "").lower()[:2]
    return code if code in LANGUAGES else "sv"


def fold(text):
    """Lower-case and remove accents: "Förskolan" → "forskolan"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(FOLDING))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _stemmer(language):
    return Stemmer.Stemmer("english" if language == "en" else "swedish")


def _strip_swedish_definite(stem):
    """The definite endings Snowball's Swedish stemmer keeps (skolan, rektorn, mötet, miljön)."""
    if stem.endswith("an") and len(stem) >= 6:
        return stem[:-2]
    if stem.endswith("et") and len(stem) >= 7:
        stem = stem[:-2]
    elif stem.endswith(("orn", "ön", "ån", "on")) and len(stem) >= 6:
        stem = stem[:-1]
    # protokoll and protokollet, grupp and gruppen end alike.
    if len(stem) >= 5 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyåäö":
        stem = stem[:-1]
    return stem


@functools.lru_cache(maxsize=100_000)
def stem(word, language="sv"):
    """Return the stem of a lower-case word, not yet folded.

    Swedish is stemmed to a fixed point, with the definite endings removed between rounds,
    so that every inflection of a word ends at the same stem (rektor, rektorn, rektorer).
    """
    language = normalise_language(language)
    stemmer = _stemmer(language)
    if language == "en":
        return stemmer.stemWord(word)
    current = word
    for _round in range(3):
        following = _strip_swedish_definite(stemmer.stemWord(current))
        if following == current:
            break
        current = following
    return current


def term(word, language="sv"):
    """The indexed form of one lower-case word: stemmed, then folded."""
    return fold(stem(word, language))


def term_variants(word, language="sv"):
    """The word's term, then the term of the word typed without accents if that differs,
    then for a Swedish noun in -ering the stem its verb in -era has (inventering → invent)."""
    main = term(word, language)
    variants = [main]
    folded_word = fold(word)
    if folded_word != word:
        unaccented = stem(folded_word, language)
        if unaccented != main:
            variants.append(unaccented)
    if language == "sv" and main.endswith("ering") and len(main) >= MIN_NOMINALISATION_LENGTH:
        variants.append(main[:-5])
    return variants


@functools.cache
def _compound_part_terms():
    terms = set()
    for part in COMPOUND_PARTS:
        terms.update(term_variants(part, "sv"))
    return frozenset(terms)


def _is_part(word):
    return any(variant in _compound_part_terms() for variant in term_variants(word, "sv"))


@functools.lru_cache(maxsize=50_000)
def split_compound(word):
    """Split a lower-case Swedish word into (modifier, head) words, or return None.

    The head is the longest domain word the compound ends with; the modifier is what comes
    before it, without a linking letter, and must be a domain word or at least four letters.
    Failing that, a domain word may start the compound and a word the dictionary does not
    know end it, unless what follows is only an ending (digital-isering).
    """
    if len(word) < MIN_COMPOUND_LENGTH:
        return None
    for cut in range(MIN_PART_LENGTH - 1, len(word) - MIN_PART_LENGTH + 1):
        head = word[cut:]
        if len(head) < MIN_PART_LENGTH or not _is_part(head):
            continue
        modifier = word[:cut]
        candidates = [modifier]
        if modifier[-1] in LINKING_LETTERS and len(modifier) > MIN_PART_LENGTH:
            candidates.insert(0, modifier[:-1])
        for candidate in candidates:
            if _is_part(candidate) or split_compound(candidate):
                return candidate, head
        if len(candidates[0]) >= MIN_PART_LENGTH + 1:
            return candidates[0], head
    # A domain word followed by a word the dictionary does not know (skol-bibliotekarie).
    for cut in range(len(word) - MIN_UNKNOWN_HEAD_LENGTH, MIN_PART_LENGTH - 1, -1):
        modifier, head = word[:cut], word[cut:]
        if len(term(head, "sv")) < MIN_UNKNOWN_HEAD_LENGTH or head.startswith(SUFFIXES):
            continue
        if modifier[-1] in LINKING_LETTERS and _is_part(modifier[:-1]):
            return modifier[:-1], head
        if _is_part(modifier):
            return modifier, head
    return None


def compound_parts(word):
    """Every word a Swedish compound is made of, and the compounds it contains, in order.

    skolchefsnätverket → skolchef, skol, chef, nätverket.
    """
    split = split_compound(word)
    if not split:
        return []
    modifier, head = split
    return [modifier, *compound_parts(modifier), head, *compound_parts(head)]


def _words(text):
    for match in WORD.finditer(text or ""):
        # No real word is this long; PostgreSQL refuses lexemes of more than 2047 bytes.
        yield match.start(), match.end(), match.group()[:MAX_WORD_LENGTH].lower()


@functools.lru_cache(maxsize=100_000)
def word_terms(word, language):
    """Every term one lower-case word is indexed by: its own, then its compound parts'."""
    terms = list(term_variants(word, language))
    if language == "sv":
        for part in compound_parts(word):
            terms.extend(term_variants(part, "sv"))
    return tuple(terms)


def analyse_words(text, language="sv"):
    """Yield (start, end, terms) for each word of ``text`` that is not a stop word."""
    language = normalise_language(language)
    stop_words = STOP_WORDS[language]
    for start, end, word in _words(text):
        if word not in stop_words:
            yield start, end, word_terms(word, language)


def analyse_with_spans(text, language="sv"):
    """Return (start, end, term) for each term of ``text``, compound parts included.

    Used to highlight stemmed, folded and decompounded matches in the original text.
    """
    return [
        (start, end, term) for start, end, terms in analyse_words(text, language) for term in terms
    ]


def analyse(text, language="sv"):
    """Return the terms a text is indexed by: its words' terms in order, then extra terms.

    The extra terms — compound parts and unaccented stems — come after the text, so that
    the words of a phrase stay next to each other.
    """
    language = normalise_language(language)
    stop_words = STOP_WORDS[language]
    main, extra = [], []
    for _start, _end, word in _words(text):
        if word in stop_words:
            continue
        first, *others = term_variants(word, language)
        main.append(first)
        extra.extend(others)
        if language == "sv":
            for part in compound_parts(word):
                extra.extend(term_variants(part, "sv"))
    return main + extra


def index_text(text, language="sv"):
    """The analysed text as the database backends store it: terms separated by spaces."""
    return " ".join(analyse(text, language))


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False


@dataclass
class Clause:
    """One part of a query, matched when any of its alternatives matches.

    An alternative is a list of terms that must all match; a phrase's terms must also
    follow each other.
    """

    alternatives: list = field(default_factory=list)
    phrase: bool = False

    @property
    def terms(self):
        return [t for alternative in self.alternatives for t in alternative]


def _query_term(text, *, prefix_ok=True):
    return Term(text, prefix=prefix_ok and len(text) >= MIN_PREFIX_LENGTH)


def _word_clause(word, language, synonyms):
    """The alternatives a query word stands for: itself, its compound parts, its synonyms."""
    main, *others = term_variants(word, language)
    alternatives = [[_query_term(main)], *([_query_term(other)] for other in others)]
    if language == "sv" and len(word) >= MIN_SPLIT_QUERY_LENGTH:
        split = split_compound(word)
        if split:
            alternatives.append([_query_term(term(part, "sv")) for part in split])
    for group in synonyms.get(main, ()):
        for member in group:
            if member != [main]:
                alternatives.append([_query_term(t) for t in member])
    return Clause(alternatives=_unique(alternatives))


def split_candidates(word, *, definite_heads=True):
    """``(modifier term, head term)`` for every cut of ``word`` into two parts of four letters
    or more, a linking letter left off the modifier as well as kept, and (``definite_heads``)
    a definite -n left off a head in -in as well as kept; longest head first."""
    pairs = []
    for cut in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1):
        modifier, head = word[:cut], word[cut:]
        modifiers = [modifier]
        if modifier[-1] in LINKING_LETTERS and len(modifier) > MIN_PART_LENGTH:
            modifiers.insert(0, modifier[:-1])
        heads = [term(head, "sv")]
        # Snowball keeps the -n of ekonomin, strategin, teorin. Only a split whose parts
        # are both words of the index is used, so maskin is not read as maski + n.
        if definite_heads and heads[0].endswith("in") and len(heads[0]) > MIN_PART_LENGTH:
            heads.append(heads[0][:-1])
        pairs.extend((term(each, "sv"), each_head) for each in modifiers for each_head in heads)
    return pairs


def join_candidates(first, second):
    """Terms of the compounds two adjacent words may be written as in the text.

    The first word is cut back to each of its beginnings, since its inflection is not the
    compound's (rektorernas möte → rektorsmötet), and joined with or without a linking s.
    """
    joined = []
    for end in range(len(first), MIN_PART_LENGTH - 1, -1):
        for link in ("", "s"):
            joined.append(term(first[:end] + link + second, "sv"))
    return list(dict.fromkeys(joined))


def _vocabulary_words(text, language):
    if normalise_language(language) != "sv":
        return []
    unquoted = PHRASE.sub(" ", (text or "").replace("\x00", " "))
    stop_words = STOP_WORDS["sv"]
    words = [word for _s, _e, word in _words(unquoted) if word not in stop_words]
    return words[:MAX_QUERY_CLAUSES]


def vocabulary_candidates(query, language="sv"):
    """Every term ``query_clauses`` may ask the index's vocabulary about, a bounded number.

    Swedish only: the parts a long word may be split into, and the compounds adjacent words
    may be joined into.
    """
    words = _vocabulary_words(query, language)
    candidates = []
    for word in _compound_words(words):
        candidates.append(term(word, "sv"))
        for pair in split_candidates(word, definite_heads=False):
            candidates.extend(pair)
    for first, second in list(zip(words, words[1:], strict=False))[:MAX_VOCABULARY_WORDS]:
        candidates.extend(join_candidates(first, second))
    # Heads without their definite -n last: mostly not words, they must not crowd another
    # word's parts out of the bounded look-up.
    for word in _compound_words(words):
        for pair in split_candidates(word):
            candidates.extend(pair)
    return list(dict.fromkeys(candidates))


def _compound_words(words):
    return [word for word in words if len(word) >= MIN_COMPOUND_LENGTH][:MAX_VOCABULARY_WORDS]


def _known_split(word, known):
    """The split of ``word`` whose parts are both words of the index, or None.

    A word shorter than ``MIN_SPLIT_QUERY_LENGTH`` is split only when the index does not
    hold it whole: skolchef would otherwise find every text about a school and a chef.
    """
    if len(word) < MIN_SPLIT_QUERY_LENGTH and term(word, "sv") in known:
        return None
    for modifier, head in split_candidates(word):
        if modifier in known and head in known:
            return modifier, head
    return None


def _with_vocabulary(clauses, words, known):
    """The word clauses with the splits and joins the index's vocabulary holds.

    A compound finds the text that writes its parts apart; two words find the text that
    writes them as one compound. The text that has the words as typed matches more of
    the alternatives, and so ranks first.
    """
    for index, word in enumerate(words):
        split = _known_split(word, known) if word in _compound_words(words) else None
        if split:
            clauses[index].alternatives = _unique(
                [*clauses[index].alternatives, [_query_term(part) for part in split]]
            )
    joined = []
    index = 0
    while index < len(clauses):
        compound = None
        if index + 1 < len(clauses) and index < MAX_VOCABULARY_WORDS:
            found = [t for t in join_candidates(words[index], words[index + 1]) if t in known]
            compound = found[0] if found else None
        if compound is None:
            joined.append(clauses[index])
            index += 1
            continue
        first, second = clauses[index], clauses[index + 1]
        both = [[*a, *b] for a in first.alternatives for b in second.alternatives]
        alternatives = [*both[:MAX_JOINED_ALTERNATIVES], [_query_term(compound)]]
        joined.append(Clause(alternatives=_unique(alternatives)))
        index += 2
    return joined


def _unique(alternatives):
    seen, unique = set(), []
    for alternative in alternatives:
        key = tuple(alternative)
        if key not in seen:
            seen.add(key)
            unique.append(alternative)
    return unique


def _apply_multiword_synonyms(clauses, words, language, groups):
    """Replace a run of query words that spells a multi-word synonym by one clause."""
    terms = [term(word, language) for word in words]
    for group in groups:
        for member in group:
            if len(member) < 2:
                continue
            length = len(member)
            for start in range(len(terms) - length + 1):
                if terms[start : start + length] == member and clauses[start] is not None:
                    alternatives = [[_query_term(t) for t in other] for other in group]
                    clauses[start] = Clause(alternatives=_unique(alternatives))
                    for index in range(start + 1, start + length):
                        clauses[index] = None
    return [clause for clause in clauses if clause is not None]


def query_clauses(query, language="sv", *, synonym_groups, autocomplete=False, known_terms=None):
    """Analyse a visitor's query into clauses the backends compile; never raises.

    Quoted text is a phrase; every other word is a clause of its own. Stop words are
    dropped, as they are from the index. ``synonym_groups`` are the groups of analysed
    alternatives a word or a run of words may stand for (``search.synonyms`` reads the
    editors'). With ``autocomplete`` the last word is matched as a prefix however short it
    is, since the visitor is still typing it. ``known_terms`` are those of
    ``vocabulary_candidates`` the index holds: Swedish compounds are then split and joined
    against them.
    """
    language = normalise_language(language)
    stop_words = STOP_WORDS[language]
    query = (query or "").replace("\x00", " ")
    synonyms = synonym_index(synonym_groups)
    clauses = []
    cursor = 0
    pieces = []
    for match in PHRASE.finditer(query):
        pieces.append((False, query[cursor : match.start()]))
        pieces.append((True, match.group(1)))
        cursor = match.end()
    pieces.append((False, query[cursor:]))

    for is_phrase, text in pieces:
        words = [word for _s, _e, word in _words(text) if word not in stop_words]
        if is_phrase and len(words) > 1:
            phrase = [Term(term(word, language)) for word in words[:MAX_QUERY_CLAUSES]]
            clauses.append(Clause(alternatives=[phrase], phrase=True))
        elif words:
            word_clauses = [_word_clause(word, language, synonyms) for word in words]
            word_clauses = _apply_multiword_synonyms(word_clauses, words, language, synonym_groups)
            if known_terms and language == "sv" and len(word_clauses) == len(words):
                word_clauses = _with_vocabulary(word_clauses, words, known_terms)
            clauses.extend(word_clauses)
        if len(clauses) >= MAX_QUERY_CLAUSES:
            break
    clauses = clauses[:MAX_QUERY_CLAUSES]

    if autocomplete and clauses and not clauses[-1].phrase:
        typed = clauses[-1].alternatives[0]
        clauses[-1].alternatives[0] = [Term(t.text, prefix=True) for t in typed]
    return clauses


def query_terms(query, language="sv", *, synonym_groups, known_terms=None):
    """Every term a query can match, with whether it is matched as a prefix."""
    clauses = query_clauses(query, language, synonym_groups=synonym_groups, known_terms=known_terms)
    return [t for clause in clauses for t in clause.terms]


def term_matches(indexed, wanted):
    """Whether an indexed term is matched by a query term."""
    return indexed.startswith(wanted.text) if wanted.prefix else indexed == wanted.text


def synonym_group(terms, language="sv"):
    """The analysed alternatives of one synonym group as editors write it: "a, b c, d"."""
    members = []
    for alternative in terms.split(","):
        analysed = [
            term(word, language)
            for _s, _e, word in _words(alternative)
            if word not in STOP_WORDS[language]
        ]
        if analysed and analysed not in members:
            members.append(analysed)
    return members


def synonym_index(groups):
    """Map each single-term synonym to the groups it belongs to."""
    index = {}
    for group in groups:
        for member in group:
            if len(member) == 1:
                index.setdefault(member[0], []).append(group)
    return index


def text_matches(text, clauses, language="sv"):
    """Whether ``text`` holds every clause of an analysed query, as the index would match it.

    For pieces of a page smaller than the index holds (one agenda item of the minutes);
    a phrase counts as its words.
    """
    indexed = set(analyse(text, language))
    return all(
        any(
            all(any(term_matches(have, wanted) for have in indexed) for wanted in alternative)
            for alternative in clause.alternatives
        )
        for clause in clauses
    )

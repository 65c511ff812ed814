"""The text of attached documents (PDF, DOCX, PPTX) for the search, and who may find it.

A document's text is read after it is saved, by the task worker (search/tasks.py), and kept
page by page in ``DocumentText``, which is indexed on its own; the minutes that attach a
document index its text too, so a word found only on a slide finds the meeting. A document
is found only while a live, public page attaches it and its collection is not private.
"""

import hashlib
import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail.search.index import insert_or_update_object

from core.access_policy import private_collection_ids
from search.models import MAX_INDEXED_CHARACTERS, DocumentText
from search.synonyms import analysed_query, analysed_terms
from search.text.analysis import STOP_WORDS, analyse_with_spans, term_matches
from search.text.document_reader import (
    MEGABYTE,
    ReadingLimits,
    UnreadableDocument,
    can_read,
    read_document,
)
from search.text.highlight import highlight

logger = logging.getLogger(__name__)

# Text beyond this many characters per page is not indexed: an appendix of tables must not
# make one document outweigh every page of minutes.
MAX_PAGE_CHARACTERS = 20_000
MAX_PAGES = 200
# An attachment is read for its words, not whole: a long one is indexed by its beginning. The
# file may be larger than an upload, as imported archives bring their own files.
ATTACHMENT_LIMITS = ReadingLimits(
    max_file_size=50 * MEGABYTE,
    max_unpacked_size=100 * MEGABYTE,
    max_pages=MAX_PAGES,
    max_characters=MAX_PAGES * MAX_PAGE_CHARACTERS,
    whole=False,
)


def extract_pages(data, filename):
    """Return ``[{"number": n or None, "text": …}]`` for a file's contents.

    Raises ``UnreadableDocument`` for a damaged or hostile file.
    """
    if not data or not can_read(filename):
        return []
    pages = []
    for page in read_document(filename, data, ATTACHMENT_LIMITS):
        words = " ".join(page.text.split())[:MAX_PAGE_CHARACTERS]
        if words:
            pages.append({"number": page.number, "text": words})
    return pages


def guess_language(text):
    """Swedish unless English stop words are clearly more common."""
    words = text.lower().split()[:2000]
    english = sum(word in STOP_WORDS["en"] for word in words)
    swedish = sum(word in STOP_WORDS["sv"] for word in words)
    return "en" if english > swedish * 2 else "sv"


def update_document_text(document, *, moved=False):
    """Read a document's file into its ``DocumentText`` when the file has changed.

    The pages that attach the document carry its text in their own index entry, so they are
    indexed again when the text changed, or when the document ``moved`` to another
    collection, which may be private where the last one was not (or the other way round).
    """
    text, text_changed = _read_document_text(document)
    if text_changed or moved:
        reindex_attaching_pages(document)
    return text


def _read_document_text(document):
    """``(DocumentText or None, whether it changed)``."""
    try:
        with document.open_file() as handle:
            # One byte past the limit is enough for the reader to refuse the file as too
            # large; a huge upload is never read into memory whole.
            data = handle.read(ATTACHMENT_LIMITS.max_file_size + 1)
    except OSError:
        logger.warning("Document %s has no readable file; its text is not searchable.", document.pk)
        return None, False
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    existing = DocumentText.objects.filter(document=document).first()
    if existing and existing.source_hash == digest:
        return existing, False
    try:
        pages = extract_pages(data, document.file.name)
    except UnreadableDocument as error:
        # A broken or hostile upload is kept, but nothing of it is searchable; the editor
        # who uploaded it is not shown an error for it.
        logger.warning(
            "Document %s (%s) could not be read; its text is not searchable: %s",
            document.pk,
            document.title,
            error.message,
        )
        pages = []
    text, _created = DocumentText.objects.update_or_create(
        document=document,
        defaults={
            "pages": pages,
            "language": guess_language(" ".join(page["text"] for page in pages)),
            "source_hash": digest,
        },
    )
    return text, True


def reindex_attaching_pages(document):
    for page in attaching_pages(document):
        insert_or_update_object(page)


def attaching_pages(document):
    """The pages that refer to a document, as their specific type."""
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
        to_object_id=str(document.pk),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    return Page.objects.filter(pk__in=[int(pk) for pk in references]).specific()


def _agenda_attachment_ids(agenda):
    """Document ids of a minutes agenda's attachments, read from its stored form.

    Read from the page itself rather than the reference index, which a bulk import (the demo
    loader) may fill only after the page has been indexed.
    """
    ids = []
    for item in agenda.raw_data:
        value = item.get("value") or {}
        for attachment in value.get("attachments") or []:
            pk = attachment.get("value") if isinstance(attachment, dict) else attachment
            if isinstance(pk, int):
                ids.append(pk)
    return ids


def attached_document_ids(page):
    """The ids of the documents a page refers to, public or not."""
    return _attached_ids_of([page]).get(page.pk, [])


def public_documents():
    """Documents attached to a live, public page and not in a private collection."""
    public_pages = Page.objects.live().public().annotate(key=Cast("pk", TextField())).values("key")
    attached = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=public_pages,
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
    ).values_list("to_object_id", flat=True)
    return (
        get_document_model()
        .objects.filter(pk__in=[int(pk) for pk in attached if pk.isdigit()])
        .exclude(collection_id__in=private_collection_ids())
    )


def public_document_texts():
    """The ``DocumentText`` rows anyone may search."""
    public_ids = list(public_documents().values_list("pk", flat=True))
    return DocumentText.objects.filter(document_id__in=public_ids)


def search_documents(query, language="sv"):
    """Public documents whose title or text matches a query, best first."""
    with translation.override(language):
        return get_search_backend().search(query, public_document_texts())


def attachment_text(page):
    """The text of the public documents a page attaches, for the page's own index entry.

    Only documents outside private collections count; the page itself is indexed whether or
    not it is live, and the search filters drafts and private pages out.
    """
    document_ids = attached_document_ids(page)
    if not document_ids:
        # Most minutes attach nothing; indexing them asks nothing more.
        return ""
    texts = DocumentText.objects.filter(document_id__in=document_ids).exclude(
        document__collection_id__in=private_collection_ids()
    )
    return "\n".join(text.text for text in texts)[:MAX_INDEXED_CHARACTERS]


def matched_attachments(page, query, language="sv"):
    """Which of a page's public attachments match a query, and on which page or slide.

    Returns ``[(document, page or slide number or None, excerpt HTML)]``, the best matching
    page of each document, documents that do not match left out.
    """
    return matched_attachments_of([page], query, language).get(page.pk, [])


def matched_attachments_of(pages, query, language="sv"):
    """``matched_attachments`` for each of ``pages`` at once: ``{page key: matches}``.

    A few queries for all the pages, however many of them attach documents.
    """
    attached = _attached_ids_of([page for page in pages if page.live])
    if not attached:
        return {}
    clauses = analysed_query(query, language)
    if not clauses:
        return {}
    public = set(Page.objects.filter(pk__in=attached).public().values_list("pk", flat=True))
    attached = {pk: ids for pk, ids in attached.items() if pk in public}
    texts = {
        text.document_id: text
        for text in DocumentText.objects.filter(
            document_id__in={pk for ids in attached.values() for pk in ids}
        )
        .exclude(document__collection_id__in=private_collection_ids())
        .select_related("document")
    }
    matches = {}
    # Analysed once per language of the documents, not once per document.
    terms_in = {}
    for page_pk, document_ids in attached.items():
        for document_id in sorted(set(document_ids)):
            text = texts.get(document_id)
            best = _best_text_page(text, clauses) if text else None
            if best is not None:
                if text.language not in terms_in:
                    terms_in[text.language] = analysed_terms(query, text.language)
                terms = terms_in[text.language]
                excerpt = highlight(best["text"], query, text.language, max_length=200, terms=terms)
                matches.setdefault(page_pk, []).append((text.document, best["number"], excerpt))
    return matches


def _attached_ids_of(pages):
    """``{page key: document ids}`` of the pages that attach something."""
    attached = {}
    by_reference = []
    for page in pages:
        agenda = getattr(page, "agenda", None)
        if agenda is None:
            by_reference.append(page.pk)
        elif ids := _agenda_attachment_ids(agenda):
            attached[page.pk] = ids
    if by_reference:
        references = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in by_reference],
            to_content_type=ContentType.objects.get_for_model(get_document_model()),
        ).values_list("object_id", "to_object_id")
        for object_id, document_id in references:
            attached.setdefault(int(object_id), []).append(int(document_id))
    return attached


def _best_text_page(text, clauses):
    """The page or slide of a document's text that matches most of the query, or None."""
    best, best_score = None, 0
    for text_page in text.pages:
        score = _matched_clauses(text_page["text"], clauses, text.language)
        if score > best_score:
            best, best_score = text_page, score
    return best


def _matched_clauses(text, clauses, language):
    terms = {indexed for _start, _end, indexed in analyse_with_spans(text, language)}
    return sum(
        any(
            all(any(term_matches(indexed, wanted) for indexed in terms) for wanted in alternative)
            for alternative in clause.alternatives
        )
        for clause in clauses
    )

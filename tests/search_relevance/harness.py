"""Load a relevance corpus into the site, run its judged queries, and score the results."""

import io
import math
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page
from wagtail.search.index import insert_or_update_object

from minutes.agenda import agenda_item_data
from minutes.models.minutes_page import MinutesAttendee, MinutesPage
from networks.models.directory import Organisation
from networks.models.network_page import NetworkIndexPage, NetworkPage
from search.service.find import find_pages

RESULTS_CONSIDERED = 100


# Documents ------------------------------------------------------------------------------


def pdf_bytes(pages):
    from pypdf import PdfReader, PdfWriter

    from demo.slides_pdf import slide_pdf

    writer = PdfWriter()
    for text in pages:
        single = PdfReader(io.BytesIO(slide_pdf(text, [], "", (40, 80, 120))))
        writer.add_page(single.pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(pages):
    import docx

    document = docx.Document()
    for text in pages:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pptx_bytes(pages):
    from pptx import Presentation

    presentation = Presentation()
    for text in pages:
        slide = presentation.slides.add_slide(presentation.slide_layouts[5])
        slide.shapes.title.text = text
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


WRITERS = {"pdf": pdf_bytes, "docx": docx_bytes, "pptx": pptx_bytes}


def make_document(attachment, slug, collection=None):
    data = WRITERS[attachment.kind](attachment.pages)
    document = get_document_model()(
        title=attachment.title, collection=collection or Collection.get_first_root_node()
    )
    document.file.save(f"{slug}.{attachment.kind}", ContentFile(data), save=False)
    document.save()
    return document


# Pages ----------------------------------------------------------------------------------


def _network(language):
    locale = Locale.objects.get(language_code=language)
    index = NetworkIndexPage.objects.filter(locale=locale).first()
    slug = "relevansnatverket" if language == "sv" else "relevance-network"
    existing = NetworkPage.objects.filter(locale=locale, slug=slug).first()
    if existing:
        return existing
    network = NetworkPage(
        title="Relevansnätverket" if language == "sv" else "Relevance network",
        slug=slug,
        locale=locale,
        organisation=Organisation.objects.filter(locale__language_code="sv").first(),
    )
    index.add_child(instance=network)
    return network


def _agenda(minutes):
    agenda = []
    for number, item in enumerate(minutes.items, start=1):
        attachments = []
        if item.attachment:
            attachments.append(make_document(item.attachment, f"{minutes.slug}-{number}").pk)
        agenda.append(
            agenda_item_data(
                number=number,
                heading=item.heading,
                presenters=item.presenters,
                body=f"<p>{item.body}</p>" if item.body else "",
                decisions=item.decisions,
                attachments=attachments,
            )
        )
    return agenda


def load_corpus(pages):
    """Create the corpus's minutes, published, and index them with their attachments."""
    created = []
    for minutes in pages:
        network = _network(minutes.language)
        page = MinutesPage(
            title=minutes.title,
            slug=minutes.slug,
            locale=network.locale,
            meeting_date=minutes.date,
            place=minutes.place,
            agenda=_agenda(minutes),
            attendees=[MinutesAttendee(name=name) for name in minutes.attendees],
        )
        network.add_child(instance=page)
        created.append(page)
    # The attachment text reaches a page's index entry once its references are recorded.
    for page in created:
        insert_or_update_object(MinutesPage.objects.get(pk=page.pk))
    return created


# Scoring --------------------------------------------------------------------------------


def search_slugs(query):
    """The slugs of the live, public pages a query finds in its language, best first."""
    locale = Locale.objects.get(language_code=query.language)
    with translation.override(query.language):
        results = Page.objects.live().public().filter(locale=locale).search(query.text)
        return [page.slug for page in results[:RESULTS_CONSIDERED]]


def ndcg_at_10(found, relevant):
    gains = [relevant.get(slug, 0) for slug in found[:10]]
    dcg = sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(gains))
    ideal = sorted(relevant.values(), reverse=True)[:10]
    idcg = sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


@dataclass
class QueryScore:
    query: object
    found: list
    recall: float
    ndcg: float


@dataclass
class Scores:
    per_query: list

    @property
    def recall(self):
        return sum(s.recall for s in self.per_query) / len(self.per_query)

    @property
    def ndcg(self):
        return sum(s.ndcg for s in self.per_query) / len(self.per_query)

    @property
    def zero_hits(self):
        return [s.query.text for s in self.per_query if not s.found]

    def weakest(self, count=5):
        return sorted(self.per_query, key=lambda s: s.recall + s.ndcg)[:count]


def slugs_through(door, query):
    """The slugs a query finds through one door: ``backend``, ``service`` or ``api``."""
    if door == "backend":
        return search_slugs(query)
    locale = Locale.objects.get(language_code=query.language)
    if door == "service":
        ids = find_pages(query.text, locale).ids[:RESULTS_CONSIDERED]
    else:
        params = {"search": query.text, "locale": query.language, "limit": RESULTS_CONSIDERED}
        # Outside the test runner the settings allow no test host of their own.
        with override_settings(ALLOWED_HOSTS=["testserver"]):
            response = Client().get("/api/v2/pages/", params)
        ids = [item["id"] for item in response.json().get("items", [])]
    slugs = dict(Page.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [slugs[pk] for pk in ids if pk in slugs]


def evaluate_through(door, queries):
    return evaluate(queries, lambda query: slugs_through(door, query))


def evaluate(queries, search=None):
    search = search or search_slugs
    scores = []
    for query in queries:
        found = search(query)
        hits = sum(1 for slug in query.relevant if slug in found)
        scores.append(
            QueryScore(
                query=query,
                found=found,
                recall=hits / len(query.relevant),
                ndcg=ndcg_at_10(found, query.relevant),
            )
        )
    return Scores(scores)

"""The private APIs of libraries that the project relies on still behave as it assumes.

One test per adaptation in core.wagtail_internals, comparing it with what the library
itself does, and one per private method that the project overrides or calls from a
subclass, checking that the library's class still has it with the signature assumed.
"""

import datetime
import hashlib
import inspect
import io
import re
from importlib import import_module

import pytest
from csp.middleware import CSPMiddleware
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.http import HttpResponse
from django.template import Context, Template
from django.urls import reverse
from PIL import Image as PillowImage
from treebeard.exceptions import PathOverflow
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.url_routing import RouteResult
from wagtail_localize.models import MissingTranslationError, StringTranslation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.strings import StringValue

from core.content_security import ContentSecurityPolicyMiddleware
from core.wagtail_internals.csp_nonce import nonce_used, use_nonce
from core.wagtail_internals.file_metadata import fill_file_metadata
from core.wagtail_internals.localize_segments import segments_for_translation
from core.wagtail_internals.multi_table_rows import insert_own_rows
from core.wagtail_internals.page_save_lookups import tell_not_site_root, tell_parent
from core.wagtail_internals.queryset_kinds import yields_values
from core.wagtail_internals.reference_index import content_path_hash, references_of
from core.wagtail_internals.request_lookups import (
    find_site,
    give_root_paths,
    give_route,
    give_site,
    is_routed,
)
from core.wagtail_internals.tree_paths import child_path, position_among_siblings
from minutes.models.minutes_page import MinutesPage
from tests.factories import (
    DocumentFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    PersonFactory,
    StandardPageFactory,
    agenda_item,
    build_site_tree,
    root_collection,
)


@pytest.fixture
def network(db):
    return NetworkPageFactory(parent=build_site_tree().network_index)


# Tree paths (treebeard)


def test_child_path_is_the_path_add_child_gives(network):
    first = MinutesPageFactory(parent=network)
    assert first.path == child_path(network, 1)

    expected = child_path(network, position_among_siblings(first) + 1)
    second = MinutesPageFactory(parent=network)
    assert second.path == expected
    assert position_among_siblings(second) == 2


def test_child_path_overflows_where_a_step_of_the_path_is_full(network):
    last = len(Page.alphabet) ** Page.steplen - 1
    assert child_path(network, last) == network.path + Page.alphabet[-1] * Page.steplen
    with pytest.raises(PathOverflow):
        child_path(network, last + 1)


# What Page.save would look up (treebeard, Wagtail)


def test_a_page_told_its_parent_asks_no_query_for_it(network, django_assert_num_queries):
    page = MinutesPage(title="Möte", slug="mote", path=child_path(network, 1), depth=4)
    tell_parent(page, network)
    with django_assert_num_queries(0):
        assert page.get_parent() is network


def test_a_page_told_it_is_no_site_root_answers_so_without_a_query(db, django_assert_num_queries):
    home = Page.objects.get(pk=build_site_tree().home.pk)
    assert home.is_site_root()

    tell_not_site_root(home)
    with django_assert_num_queries(0):
        assert not home.is_site_root()


# The reference index (Wagtail)


def test_references_are_those_wagtail_records_for_a_page(network):
    person, chair, document = PersonFactory(), PersonFactory(), DocumentFactory()
    page = MinutesPageFactory(
        parent=network,
        chair=chair,
        agenda=[agenda_item(1, "Skolval", attachments=[document])],
    )
    MinutesAttendeeFactory(page=page, person=person)
    page = MinutesPage.objects.get(pk=page.pk)
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(page)

    recorded = set(
        ReferenceIndex.get_references_for_object(page).values_list(
            "to_content_type", "to_object_id", "model_path", "content_path", "content_path_hash"
        )
    )
    found = {(*reference, content_path_hash(reference[3])) for reference in references_of(page)}
    assert found == recorded
    referenced = {to_object_id for _type, to_object_id, *_rest in found}
    assert {str(person.pk), str(chair.pk), str(document.pk)} <= referenced


# File metadata (Wagtail images and documents)


def png_bytes():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 3), (31, 78, 121)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_image_metadata_is_what_an_admin_upload_gives(db):
    data = png_bytes()
    Image = get_image_model()
    form = get_image_form(Image)(
        data={"title": "Uppladdad", "collection": root_collection().pk},
        files={"file": SimpleUploadedFile("bild.png", data, content_type="image/png")},
    )
    assert form.is_valid(), form.errors
    uploaded = form.save()

    image = Image(title="Genererad", collection=root_collection(), width=4, height=3)
    image.file.save("bild.png", ContentFile(data), save=False)
    fill_file_metadata(image)

    assert (image.file_size, image.file_hash) == (uploaded.file_size, uploaded.file_hash)
    assert (image.file_size, image.file_hash) == (len(data), hashlib.sha1(data).hexdigest())  # noqa: S324


def test_document_metadata_is_what_an_admin_upload_gives(client, db):
    data = b"%PDF-1.4\n% Minnesanteckningar\n"
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "x"))
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("protokoll.pdf", data, content_type="application/pdf")},
    )
    assert response.status_code == 200
    Document = get_document_model()
    uploaded = Document.objects.get()

    document = Document(title="Genererad", collection=root_collection())
    document.file.save("protokoll.pdf", ContentFile(data), save=False)
    fill_file_metadata(document)

    assert uploaded.file_size == len(data)
    assert (document.file_size, document.file_hash) == (uploaded.file_size, uploaded.file_hash)


# Translation segments (wagtail-localize)


def test_segments_are_the_page_translated_with_the_source_text_as_fallback(db):
    english = Locale.objects.create(language_code="en")
    tree = build_site_tree()
    page = StandardPageFactory(parent=tree.home, title="Om oss", slug="om-oss")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    title = source.stringsegment_set.get(string__data="Om oss")
    StringTranslation.objects.create(
        translation_of=title.string, locale=english, context=title.context, data="About us"
    )

    segments = segments_for_translation(source, english, fallback=True)

    strings = {
        segment.path: segment.string
        for segment in segments
        if isinstance(segment, StringSegmentValue)
    }
    assert strings["title"] == StringValue.from_plaintext("About us")
    assert strings["slug"] == StringValue.from_plaintext("om-oss")
    assert set(strings) == {
        segment.context.path for segment in source.stringsegment_set.select_related("context")
    }
    with pytest.raises(MissingTranslationError):
        segments_for_translation(source, english, fallback=False)


# The CSP nonce (django-csp)


def nonce_in_header(response):
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]


def test_the_nonce_used_is_the_one_in_the_header(rf):
    template = Template('<script nonce="{{ request.csp_nonce }}"></script>')
    request = rf.get("/")
    response = CSPMiddleware(
        lambda request: HttpResponse(template.render(Context({"request": request})))
    )(request)

    assert nonce_used(request) == nonce_in_header(response)
    assert f'nonce="{nonce_used(request)}"' in response.content.decode()


def test_no_nonce_is_used_where_no_template_asked_for_one(rf):
    request = rf.get("/")
    response = CSPMiddleware(lambda request: HttpResponse("ok"))(request)
    assert nonce_used(request) is None
    assert "'nonce-" not in response["Content-Security-Policy"]


def test_a_nonce_put_in_use_is_the_one_django_csp_sends(rf):
    request = rf.get("/")
    use_nonce(request, "Zm9yLXRoZS10ZXN0LW9ubHk=")
    response = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))(request)
    assert nonce_in_header(response) == "Zm9yLXRoZS10ZXN0LW9ubHk="
    assert str(request.csp_nonce) == "Zm9yLXRoZS10ZXN0LW9ubHk="


# Querysets (Django)


def test_a_queryset_of_values_is_told_from_one_of_objects():
    assert not yields_values(Page.objects.all())
    assert not yields_values(Page.objects.filter(depth=2).order_by("path"))
    assert yields_values(Page.objects.values())
    assert yields_values(Page.objects.values_list("pk", flat=True))


# Rows of a page model (Django)


def test_own_rows_make_pages_of_page_rows_already_written(network):
    content_type = MinutesPage().cached_content_type
    pages = [
        MinutesPage(
            title=f"Möte {day}",
            slug=f"mote-{day}",
            meeting_date=datetime.date(2024, 3, day),
            place="Borås",
            depth=network.depth + 1,
            path=child_path(network, day),
            url_path=f"{network.url_path}mote-{day}/",
            locale_id=network.locale_id,
            content_type=content_type,
        )
        for day in (1, 2)
    ]
    fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{name: getattr(page, name) for name in fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = row.pk

    insert_own_rows(MinutesPage, pages, below=Page)

    stored = MinutesPage.objects.filter(pk__in=[row.pk for row in rows]).order_by("path")
    assert [(page.title, page.meeting_date, page.place) for page in stored] == [
        ("Möte 1", datetime.date(2024, 3, 1), "Borås"),
        ("Möte 2", datetime.date(2024, 3, 2), "Borås"),
    ]
    assert {page.specific_class for page in Page.objects.filter(pk__in=[r.pk for r in rows])} == {
        MinutesPage
    }


# Private methods that the project's subclasses override or call. Each database backend's
# modules load modelsearch's models for that database only, so they are named here and
# imported by the test that runs on that database.

MODELSEARCH_SQLITE = "modelsearch.backends.database.sqlite.sqlite"
MODELSEARCH_POSTGRES = "modelsearch.backends.database.postgres.postgres"
OVERRIDDEN = [
    (
        "sqlite",
        MODELSEARCH_SQLITE,
        "SQLiteSearchResults",
        "search.backends.sqlite",
        "RankedSQLiteSearchResults",
        "_do_search",
    ),
    (
        "sqlite",
        MODELSEARCH_SQLITE,
        "SQLiteSearchResults",
        "search.backends.sqlite",
        "RankedSQLiteSearchResults",
        "_do_count",
    ),
    (
        "sqlite",
        MODELSEARCH_SQLITE,
        "SQLiteSearchQueryCompiler",
        "search.backends.sqlite",
        "AnalysedSearchQueryCompiler",
        "_build_rank_expression",
    ),
    (
        "postgresql",
        MODELSEARCH_POSTGRES,
        "PostgresSearchResults",
        "search.backends.postgres",
        "BoundedRankingSearchResults",
        "_do_search",
    ),
    (
        "postgresql",
        MODELSEARCH_POSTGRES,
        "PostgresSearchResults",
        "search.backends.postgres",
        "BoundedRankingSearchResults",
        "_do_count",
    ),
    (None, "django.contrib.sitemaps", "Sitemap", "core.sitemap", "PublishedPagesSitemap", "_urls"),
]


def imported(vendor, module, name):
    if vendor is not None and connection.vendor != vendor:
        pytest.skip(f"{module} loads on {vendor} only")
    return getattr(import_module(module), name)


@pytest.mark.parametrize(
    ("vendor", "base_module", "base_name", "module", "name", "method"), OVERRIDDEN
)
def test_an_overridden_private_method_is_still_the_librarys(
    vendor, base_module, base_name, module, name, method
):
    base = imported(vendor, base_module, base_name)
    subclass = imported(vendor, module, name)
    # Overridden by the project, in the class or a mixin of its own.
    assert getattr(subclass, method) is not getattr(base, method)
    assert issubclass(subclass, base)
    assert callable(getattr(base, method, None)), f"{base.__qualname__}.{method} is gone"
    assert inspect.signature(getattr(subclass, method)) == inspect.signature(getattr(base, method))


CALLED = [
    # AnalysedSQLiteIndex.add_items and AnalysedPostgresIndex.add_items end with it.
    (
        "sqlite",
        MODELSEARCH_SQLITE,
        "SQLiteIndex",
        "search.backends.sqlite",
        "AnalysedSQLiteIndex",
        "_refresh_title_norms",
        (),
    ),
    (
        "postgresql",
        MODELSEARCH_POSTGRES,
        "PostgresIndex",
        "search.backends.postgres",
        "AnalysedPostgresIndex",
        "_refresh_title_norms",
        (),
    ),
    # BoundedRankingMixin.ranking ranks the newest matches with modelsearch's expression.
    (
        "postgresql",
        MODELSEARCH_POSTGRES,
        "PostgresSearchQueryCompiler",
        "search.backends.postgres",
        "AnalysedSearchQueryCompiler",
        "_build_rank_expression",
        ("vectors", "config"),
    ),
    # ContentSecurityPolicyMiddleware.get_policy_parts asks for the request's nonce.
    (
        None,
        "csp.middleware",
        "CSPMiddleware",
        "core.content_security",
        "ContentSecurityPolicyMiddleware",
        "_make_nonce",
        ("request",),
    ),
]


@pytest.mark.parametrize(
    ("vendor", "base_module", "base_name", "module", "name", "method", "arguments"), CALLED
)
def test_a_private_method_called_from_a_subclass_takes_the_arguments_given(
    vendor, base_module, base_name, module, name, method, arguments
):
    base = imported(vendor, base_module, base_name)
    assert issubclass(imported(vendor, module, name), base)
    called = getattr(base, method, None)
    assert callable(called), f"{base.__qualname__}.{method} is gone"
    inspect.signature(called).bind("self", *arguments)


def test_the_ranked_search_gives_each_result_its_score(network):
    # RankedResultsMixin._do_search sets the score under the results' _score_field.
    MinutesPageFactory(parent=network, title="Skolval i Borås")
    results = Page.objects.live().search("Skolval").annotate_score("rank")
    assert results._score_field == "rank"
    [found] = list(results)
    assert found.title == "Skolval i Borås"
    assert found.rank is not None


def test_wagtail_answers_from_the_site_and_route_given_to_the_request(
    network, rf, django_assert_num_queries
):
    site = Site.objects.get(is_default_site=True)
    request = rf.get("/anything/")
    assert find_site(request) == site
    give_site(request, site)
    give_route(request, RouteResult(network))
    give_root_paths(request, Site.get_site_root_paths())
    assert is_routed(request)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site
        assert Page.route_for_request(request, "anything/")[0] is network
        assert network.get_url(request) == network.url

"""Documents are served by Wagtail's view with safe headers, and a private one is refused."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.models import CollectionViewRestriction

from tests.factories import DocumentFactory, root_collection


class DocumentServingTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.public = DocumentFactory(title="Verksamhetsplan")
        closed = root_collection().add_child(name="Personalärenden")
        CollectionViewRestriction.objects.create(
            collection=closed, restriction_type=CollectionViewRestriction.LOGIN
        )
        cls.private = DocumentFactory(title="Lönekartläggning", collection=closed)

    def test_public_document_is_served_with_safe_headers(self):
        response = self.client.get(self.public.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert response["Content-Disposition"].startswith(("inline", "attachment"))
        assert 'filename="bilder' in response["Content-Disposition"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"
        assert response["Content-Type"] == "application/pdf"

    def test_document_in_a_private_collection_is_refused_anonymously(self):
        response = self.client.get(self.private.url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]
        assert not getattr(response, "streaming_content", None)

    def test_document_in_a_private_collection_is_served_to_a_signed_in_user(self):
        self.client.force_login(get_user_model().objects.create_user("ledamot"))
        response = self.client.get(self.private.url)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]

    def test_the_file_is_not_reachable_past_the_view(self):
        # Documents are only ever linked through the view; MEDIA_URL is not served.
        assert self.private.url.startswith("/documents/")
        assert self.client.get(f"/media/{self.private.file.name}").status_code == 404

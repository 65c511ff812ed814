"""``/healthz`` answers for a load balancer: the database is checked, nothing is cached."""

from unittest import mock

from django.db import OperationalError
from django.test import TestCase, override_settings


class HealthzTestCase(TestCase):
    def test_healthy_worker_answers_ok(self):
        response = self.client.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "ok"}
        assert "no-cache" in response["Cache-Control"]

    def test_refuses_to_change_anything(self):
        assert self.client.post("/healthz").status_code == 405

    @override_settings(PAGE_CACHE_SECONDS=300)
    def test_is_never_served_from_the_page_cache(self):
        self.client.get("/healthz")
        broken = OperationalError("the server closed the connection")
        with mock.patch("core.health.connection.cursor", side_effect=broken):
            response = self.client.get("/healthz")
        assert response.status_code == 503

    def test_unreachable_database_gives_503(self):
        # A dead database cannot be produced inside a test's transaction; the cursor is.
        broken = OperationalError("could not connect to server")
        with (
            mock.patch("core.health.connection.cursor", side_effect=broken),
            self.assertLogs("core.health", "ERROR"),
        ):
            response = self.client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["database"] == "error"

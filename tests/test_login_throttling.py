"""Sign-in and password reset are throttled per user name and address, for a while only."""

import datetime

import time_machine
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import TestCase

SCHOOL = "192.0.2.10"
ELSEWHERE = "198.51.100.20"
PASSWORD = "rätt-lösenord-för-test"


class LoginThrottlingTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        User = get_user_model()
        cls.editor = User.objects.create_user("redaktor", "redaktor@example.org", PASSWORD)
        User.objects.create_user("kollega", "kollega@example.org", PASSWORD)
        for user in User.objects.all():
            user.is_staff = True
            user.save()

    def sign_in(self, username, password, address=SCHOOL):
        return self.client_class().post(
            "/admin/login/",
            {"username": username, "password": password},
            REMOTE_ADDR=address,
        )

    def fail_until_locked(self, username="redaktor", address=SCHOOL):
        """Fail AXES_FAILURE_LIMIT times: the last failure is answered with the lock."""
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            assert self.sign_in(username, "fel", address).status_code == 200
        assert self.sign_in(username, "fel", address).status_code == 429

    def test_correct_password_signs_in(self):
        assert self.sign_in("redaktor", PASSWORD).status_code == 302

    def test_repeated_failures_lock_the_user_at_that_address(self):
        self.fail_until_locked()
        response = self.sign_in("redaktor", PASSWORD)
        assert response.status_code == 429
        assert "sessionid" not in response.cookies

    def test_another_user_at_the_same_address_still_signs_in(self):
        self.fail_until_locked()
        assert self.sign_in("kollega", PASSWORD).status_code == 302

    def test_the_same_user_elsewhere_still_signs_in(self):
        self.fail_until_locked()
        assert self.sign_in("redaktor", PASSWORD, address=ELSEWHERE).status_code == 302

    def test_lock_releases_after_the_cool_off(self):
        with time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)) as t:
            self.fail_until_locked()
            assert self.sign_in("redaktor", PASSWORD).status_code == 429
            minute = datetime.timedelta(minutes=1)
            t.shift(settings.AXES_COOLOFF_TIME - minute)
            # Still locked; and an attempt while locked starts the cool-off again.
            assert self.sign_in("redaktor", PASSWORD).status_code == 429
            t.shift(settings.AXES_COOLOFF_TIME + minute)
            assert self.sign_in("redaktor", PASSWORD).status_code == 302

    def test_forwarded_address_is_believed_only_from_a_trusted_proxy(self):
        # Without a trusted proxy, a forged X-Forwarded-For cannot dodge the lock.
        for number in range(settings.AXES_FAILURE_LIMIT):
            self.client_class().post(
                "/admin/login/",
                {"username": "redaktor", "password": "fel"},
                REMOTE_ADDR=SCHOOL,
                HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
            )
        assert self.sign_in("redaktor", PASSWORD).status_code == 429
        with self.settings(TRUSTED_PROXY_COUNT=1):
            response = self.client_class().post(
                "/admin/login/",
                {"username": "redaktor", "password": PASSWORD},
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR=ELSEWHERE,
            )
        assert response.status_code == 302


class PasswordResetThrottlingTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_user_model().objects.create_user("redaktor", "redaktor@example.org", PASSWORD)

    def request_reset(self, email="redaktor@example.org", address=SCHOOL):
        return self.client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)

    def test_repeated_requests_are_refused_for_a_while(self):
        for _ in range(settings.PASSWORD_RESET_LIMIT):
            assert self.request_reset().status_code == 302
        refused = self.request_reset()
        assert refused.status_code == 429
        assert self.request_reset(email="kollega@example.org").status_code == 302
        assert self.request_reset(address=ELSEWHERE).status_code == 302

    def test_one_address_cannot_reset_many_accounts(self):
        accounts = settings.PASSWORD_RESET_ADDRESS_LIMIT
        for number in range(accounts):
            assert self.request_reset(email=f"person{number}@example.org").status_code == 302
        assert self.request_reset(email="ytterligare@example.org").status_code == 429
        assert self.request_reset().status_code == 429
        assert self.request_reset(address=ELSEWHERE).status_code == 302

"""ministack's mailbox as a code source: the newest email to the person, its six-digit code."""

from __future__ import annotations

import pytest

from cognito_conformance.codes import CodeUnavailable, MinistackMailbox


def _mail(to: str, body: str, at: float) -> dict:
    return {"To": [to], "BodyText": body, "Timestamp": at, "Type": "CognitoVerificationMessage"}


@pytest.fixture
def mailbox(monkeypatch):
    box = MinistackMailbox("http://127.0.0.1:1")
    listed = [_mail("cc-run-alice-1@example.com", "Your verification code is 123456.", 1.0),
              _mail("cc-run-bob-2@example.com", "Your verification code is 222222.", 2.0),
              _mail("cc-run-alice-1@example.com", "Your verification code is 654321.", 3.0)]
    monkeypatch.setattr(box, "messages", lambda: listed)
    return box


def test_the_newest_code_sent_to_the_person_is_handed_out(mailbox):
    assert mailbox.code_for("cc-run-alice-1", "forgot_password") == "654321"
    assert mailbox.code_for("cc-run-bob-2", "sign_up") == "222222"


def test_the_destination_of_the_call_that_sent_it_is_read_too(mailbox):
    sent = {"CodeDeliveryDetails": {"Destination": "cc-run-bob-2@example.com", "DeliveryMedium": "EMAIL"}}
    assert mailbox.code_for("someone-else", "verify_email", sent) == "222222"


def test_no_email_to_the_person_is_unavailable_not_a_guess(mailbox):
    with pytest.raises(CodeUnavailable, match="lists no email with a code to cc-run-carol"):
        mailbox.code_for("cc-run-carol", "sign_up")


def test_sms_codes_are_not_in_the_mailbox(mailbox):
    assert not mailbox.can_deliver("mfa_sms") and mailbox.can_deliver("sign_up")
    with pytest.raises(CodeUnavailable, match="emails only"):
        mailbox.code_for("cc-run-alice-1", "mfa_sms")


def test_a_mailbox_that_does_not_answer_says_so_in_one_line():
    with pytest.raises(CodeUnavailable, match="did not answer") as why:
        MinistackMailbox("http://127.0.0.1:1", timeout=1).code_for("cc-run-alice-1", "sign_up")
    assert "\n" not in str(why.value)

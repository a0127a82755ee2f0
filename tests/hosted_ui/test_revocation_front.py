"""/oauth2/revoke in front of an implementation that serves the rest (hosted_ui/revocation_front.py):
the request becomes the implementation's own RevokeToken, and RevokeToken's outcome the endpoint's answer.

The implementation here is a recording fake (moto has no RevokeToken); the whole path runs on ministack in
tests/integration/test_ministack.py, where ministack decides what is revoked."""

from __future__ import annotations

import boto3
import pytest
import requests
from botocore.exceptions import ClientError

from cognito_conformance.hosted_ui.revocation_front import ANSWERS, RevocationFront


class FakeCognito:
    """A cognito-idp client whose RevokeToken records its calls and fails with ``error`` if set."""

    exceptions = boto3.client("cognito-idp", region_name="us-east-1",
                              aws_access_key_id="x", aws_secret_access_key="x").exceptions

    def __init__(self) -> None:
        self.calls: list[dict] = []
        self.error: str | None = None

    def revoke_token(self, **request):
        self.calls.append(request)
        if self.error:
            raise ClientError({"Error": {"Code": self.error, "Message": "no"}}, "RevokeToken")
        return {}


@pytest.fixture
def cognito():
    return FakeCognito()


@pytest.fixture
def front(cognito):
    with_front = RevocationFront(cognito).start()
    yield with_front
    with_front.stop()


def revoke(front, data, auth=None):
    return requests.post(front.url("/oauth2/revoke"), data=data, auth=auth, timeout=10)


def test_a_public_client_s_revocation_is_the_implementation_s_revoke_token(front, cognito):
    answer = revoke(front, {"token": "refresh-1", "client_id": "public"})
    assert answer.status_code == 200 and answer.text == ""
    assert cognito.calls == [{"Token": "refresh-1", "ClientId": "public"}]


def test_a_confidential_client_s_secret_goes_to_revoke_token_from_basic_or_the_body(front, cognito):
    assert revoke(front, {"token": "t"}, auth=("app", "s3cret/+")).status_code == 200
    assert revoke(front, {"token": "t", "client_id": "app", "client_secret": "body"}).status_code == 200
    assert cognito.calls == [{"Token": "t", "ClientId": "app", "ClientSecret": "s3cret/+"},
                             {"Token": "t", "ClientId": "app", "ClientSecret": "body"}]


@pytest.mark.parametrize("code", sorted(ANSWERS))
def test_each_revoke_token_error_becomes_the_documented_answer(front, cognito, code):
    cognito.error = code
    status, error = ANSWERS[code]
    answer = revoke(front, {"token": "t", "client_id": "app"})
    assert answer.status_code == status
    assert (answer.json() if error else answer.text) == ({"error": error} if error else "")


def test_an_unknown_error_is_not_called_a_success(front, cognito):
    cognito.error = "InternalErrorException"
    assert revoke(front, {"token": "t", "client_id": "app"}).status_code == 500


def test_without_a_token_or_a_client_nothing_is_asked(front, cognito):
    assert revoke(front, {"client_id": "app"}).json() == {"error": "invalid_request"}
    assert revoke(front, {"token": "t"}).status_code == 400
    assert cognito.calls == []

"""Outcomes, the secret hash, code sources, masking and people."""

import sys

import pytest
from botocore.exceptions import ClientError

from cognito_conformance.codes import CodeCommandFailed, CodeUnavailable, CommandCodes, MotoCodes, NoCodes
from cognito_conformance.masking import mask
from cognito_conformance.outcome import NOT_IMPLEMENTED, SERVER_ERROR, attempt
from cognito_conformance.people import People, strong_password
from cognito_conformance.secret_hash import secret_hash


def _raise(error):
    def call(**_):
        raise error
    return call


def test_an_outcome_keeps_the_error_code_and_shows_no_message():
    error = ClientError({"Error": {"Code": "NotAuthorizedException", "Message": "eyJsecret"}}, "GetUser")
    outcome = attempt("GetUser", _raise(error), AccessToken="x")
    assert (outcome.ok, outcome.error_code) == (False, "NotAuthorizedException")
    assert repr(outcome) == "<GetUser failed with NotAuthorizedException>"


def test_an_outcome_shows_response_keys_not_values():
    outcome = attempt("InitiateAuth", lambda **_: {"AuthenticationResult": {"IdToken": "eyJ.x.y"},
                                                  "ResponseMetadata": {}})
    assert repr(outcome) == "<InitiateAuth succeeded with ['AuthenticationResult']>"
    assert outcome.result == {"IdToken": "eyJ.x.y"}


def test_unimplemented_operations_become_outcomes():
    assert attempt("X", _raise(NotImplementedError())).error_code == NOT_IMPLEMENTED
    server_error = ClientError({"Error": {"Code": "500", "Message": "<html>"}}, "X")
    assert attempt("X", _raise(server_error)).error_code == SERVER_ERROR


def test_the_secret_hash_is_base64_hmac_sha256_of_username_and_client_id():
    # Computed independently: printf aliceclient1 | openssl dgst -sha256 -hmac secret -binary | base64
    assert secret_hash("alice", "client1", "secret") == "1f+jIZ5jrvd9T9LKNEBwDVXuGhIxTem62DTEPkKb29k="


def test_moto_codes_read_the_forgot_password_header():
    response = {"ResponseMetadata": {"HTTPHeaders": {
        "x-moto-forgot-password-confirmation-code": "moto-confirmation-code:123456"}}}
    assert MotoCodes().code_for("alice", "forgot_password", response) == "moto-confirmation-code:123456"
    with pytest.raises(CodeUnavailable):
        MotoCodes().code_for("alice", "forgot_password", {})


def test_only_moto_placeholders_are_placeholders():
    """A placeholder code marks its scenario "not proven here"; a code moto or a command delivered does not."""
    assert MotoCodes().placeholder_reason("forgot_password") is None
    for purpose in MotoCodes.UNCHECKED:
        assert "placeholder" in MotoCodes().placeholder_reason(purpose)
    assert CommandCodes("true").placeholder_reason("sign_up") is None


def test_a_code_command_gets_the_username_and_purpose():
    source = CommandCodes(f"{sys.executable} -c 'import sys; print(len(sys.argv[1]), sys.argv[2])' "
                          "{username} {purpose}")
    with pytest.raises(CodeCommandFailed, match="printed '5 sign_up'.*must print the code alone"):
        source.code_for("alice", "sign_up")  # prints two words
    assert CommandCodes(f"{sys.executable} -c 'print(654321)'").code_for("alice", "sign_up") == "654321"


def test_a_failing_code_command_says_so():
    with pytest.raises(CodeCommandFailed, match="exited 3"):
        CommandCodes(f"{sys.executable} -c 'raise SystemExit(3)'").code_for("alice", "sign_up")
    with pytest.raises(CodeCommandFailed, match="could not run"):
        CommandCodes("/nonexistent/read-code").code_for("alice", "sign_up")


def test_without_a_source_the_reason_says_how_to_configure_one():
    assert not NoCodes().can_deliver("sign_up")
    with pytest.raises(CodeUnavailable, match="--code-command"):
        NoCodes().code_for("alice", "sign_up")


def test_masking_hides_tokens_passwords_and_secret_fields():
    password = strong_password()
    text = (f'{{"Password": "hunter2", "AuthParameters": {{"USERNAME": "alice", "SECRET_HASH": "abc="}}}} '
            f"token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln and {password} code=123456&state=s")
    masked = mask(text)
    for secret in ("hunter2", "abc=", "eyJhbGci", password, "123456"):
        assert secret not in masked
    assert '"USERNAME": "alice"' in masked and "state=s" in masked


def test_people_are_run_unique_and_hide_their_password():
    cast = People("cc-run-gw0")
    alice = cast["Alice"]
    assert cast["Alice"] is alice and alice.username.startswith("cc-run-gw0-alice-")
    assert alice.email == f"{alice.username}@example.com"
    assert alice.password not in repr(alice)
    assert People("cc-run-gw0")["Alice"].username != alice.username

"""Masking keeps prose and source lines readable and every secret the run handled hidden (issues 10, 14)."""

import sys

import boto3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from moto import mock_aws

from cognito_conformance import masking
from cognito_conformance.codes import CodeCommandFailed, CommandCodes
from cognito_conformance.masking import mask


@pytest.fixture(autouse=True)
def fresh_memory(monkeypatch):
    """Each test starts with no remembered secrets: a scenario run earlier in the same process (a
    password such as "abcdefgh") would otherwise be masked by value in these texts."""
    monkeypatch.setattr(masking, "_REMEMBERED", set())


@pytest.mark.parametrize("prose", [
    "GetUserAttributeVerificationCode: CodeMismatchException failed with NotImplemented>",
    'then(phrase("it fails with {code:ErrorCode}"))',
    "params = {'ClientId': app_client.id, 'ConfirmationCode': code}",
    "cognito.confirm_sign_up(ClientId=c, Username=u, ConfirmationCode=code)",
    "NextToken: abcdefgh and RefreshTokenValidity: 30",
    "error=invalid_grant&error_description=x",
    '{"code": "NotAuthorizedException"}',
])
def test_prose_and_source_lines_stay_readable(prose):
    assert mask(prose) == prose


@pytest.mark.parametrize("text, secret", [
    ('{"SecretCode": "JBSWY3DPEHPK3PXPJBSWY3DP"}', "JBSWY3DPEHPK3PXPJBSWY3DP"),
    ("{'SECRET_BLOCK': 'c2VjcmV0YmxvY2s='}", "c2VjcmV0YmxvY2s="),
    ('"PASSWORD_CLAIM_SECRET_BLOCK": "c2VjcmV0YmxvY2s="', "c2VjcmV0YmxvY2s="),
    ("{'Session': 'AYABeHVzZXNzaW9u'}", "AYABeHVzZXNzaW9u"),
    ("https://app.example.com/callback?code=6f1c-2b&state=s", "6f1c-2b"),
    ("#access_token=abc1.def2&id_token=x", "abc1.def2"),
    ("ConfirmationCode='654321'", "654321"),
])
def test_secret_fields_are_masked_in_every_notation(text, secret):
    assert secret not in mask(text)


def test_a_secret_the_client_received_is_masked_wherever_it_shows_later(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        cognito = boto3.client("cognito-idp", region_name="us-east-1")
        masking.remember_secrets(cognito)
        pool = cognito.create_user_pool(PoolName="p")["UserPool"]["Id"]
        client = cognito.create_user_pool_client(UserPoolId=pool, ClientName="c",
                                                 ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH"])["UserPoolClient"]
        cognito.admin_create_user(UserPoolId=pool, Username="u", TemporaryPassword="Tmp-Password-1",
                                  MessageAction="SUPPRESS")
        session = cognito.initiate_auth(ClientId=client["ClientId"], AuthFlow="USER_PASSWORD_AUTH",
                                        AuthParameters={"USERNAME": "u", "PASSWORD": "Tmp-Password-1"})["Session"]
        secret = cognito.associate_software_token(Session=session)["SecretCode"]
    shown = f"secret = {secret!r}\nsession = {session}\nassert totp(secret) == x, 'Tmp-Password-1'"
    masked = mask(shown)
    for value in (secret, session, "Tmp-Password-1"):
        assert value not in masked
    assert "secret = '***'" in masked


def test_the_header_does_not_show_a_code_commands_arguments():
    source = CommandCodes("read-code --api-key sk_live_123456 {username} {purpose}")
    assert "sk_live" not in source.description and "read-code" in source.description
    assert "4 arguments (not shown)" in source.description


@pytest.mark.parametrize("script, expected", [
    ("import sys; sys.stderr.write('mailbox refused Password=hunter22'); raise SystemExit(2)",
     r"exited 2 for sign_up; its standard error: mailbox refused Password=\*\*\*"),
    ("pass", "printed nothing for sign_up, which is not a code"),
    ("print('12 34')", "printed '12 34' for sign_up, which is not a code"),
])
def test_finding_6_a_failing_code_command_fails_loudly(script, expected):
    with pytest.raises(CodeCommandFailed, match=expected):
        CommandCodes(f"{sys.executable} -c \"{script}\"").code_for("alice", "sign_up")


def test_aws_credentials_and_secret_settings_are_masked_by_shape():
    """Issue 18, finding 7: botocore's logged headers, an access key id, -o values of secret settings."""
    from cognito_conformance.masking import mask

    headers = ("headers={'X-Amz-Security-Token': b'IQoJb3JpZ2luX2VjEJr//wEaCXVz', "
               "'Authorization': b'AWS4-HMAC-SHA256 Credential=ASIAZ7Q3EXAMPLE4KEY2/20261207/us-east-1'}")
    assert mask(headers) == ("headers={'X-Amz-Security-Token': b'***', "
                             "'Authorization': b'AWS4-HMAC-SHA256 Credential=***/20261207/us-east-1'}")
    assert mask("python -m pytest -o 'cognito_code_command=read-code sk-key {username}' features") == \
        "python -m pytest -o 'cognito_code_command=read-code ***' features"
    assert mask("args=('-o', 'cognito_code_command=read-code sk-key', '--code-command', 'read sk-key2')") == \
        "args=('-o', 'cognito_code_command=read-code ***', '--code-command', 'read ***')"
    assert mask("'--code-command=fetch-code ***'") == "'--code-command=fetch-code ***'"
    assert mask("ini cognito_code_command (unset); 'Session': session)") == \
        "ini cognito_code_command (unset); 'Session': session)"


def test_the_credentials_a_session_signs_with_are_remembered():
    import boto3

    from cognito_conformance.masking import mask, remember_credentials

    remember_credentials(boto3.Session(aws_access_key_id="AKIDEXAMPLEKEYID0001", region_name="us-east-1",
                                       aws_secret_access_key="a-secret-of-forty-characters-or-so-123456",
                                       aws_session_token="a-session-token-of-some-length"))
    assert mask("AKIDEXAMPLEKEYID0001 a-secret-of-forty-characters-or-so-123456 a-session-token-of-some-length") \
        == "*** *** ***"


def _mask_by_every_secret(text: str, secrets: set[str]) -> str:
    """What masking by value did before it indexed the secrets: each, longest first, looked for in turn."""
    for secret in sorted(secrets, key=lambda s: (-len(s), s)):
        if secret in text:
            text = text.replace(secret, masking.MASK)
    return text


_ALPHABET = "ab*cd-9"


@settings(max_examples=300, deadline=None)
@given(secrets=st.sets(st.text(_ALPHABET, min_size=8, max_size=14), max_size=12),
       pieces=st.lists(st.text(_ALPHABET, max_size=20), max_size=8))
def test_masking_by_value_finds_what_looking_for_every_secret_finds(secrets, pieces):
    """Only the secrets whose first characters a text holds are looked for in it (and those holding a
    mask's characters, which masking can make appear): the text comes out as if every secret had been."""
    known = sorted(secrets)
    text = "".join(piece + (known[index % len(known)] if known and index % 2 else "")
                   for index, piece in enumerate(pieces))
    for secret in secrets:
        masking.remember(secret)
    by_value = masking._known().candidates(text)
    assert _mask_by_every_secret(text, secrets) == _mask_by_every_secret(text, set(by_value))


def test_a_secret_remembered_after_a_text_was_masked_is_masked_in_the_next():
    assert mask("see q7Zx81-Lk") == "see q7Zx81-Lk"
    masking.remember("q7Zx81-Lk")
    assert mask("see q7Zx81-Lk") == "see ***"

"""Issue 9, finding 8: every way of naming the endpoint gives the one endpoint that boto3 calls and the
JWKS fetch both use."""

import pytest

from cognito_conformance import implementations
from cognito_conformance.backends import AwsBackend

EMULATOR = "http://127.0.0.1:4566"
POOL = "eu-west-1_AbC123"


@pytest.fixture
def clean_aws(monkeypatch, tmp_path):
    for name in ("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    (tmp_path / "config").write_text(f"[profile team]\nregion = eu-west-1\nendpoint_url = {EMULATOR}\n")
    return monkeypatch


@pytest.mark.parametrize("how", ["--endpoint-url", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL",
                                 "profile endpoint_url"])
def test_each_way_reaches_boto3_and_the_jwks_fetch_alike(clean_aws, how):
    explicit, profile = None, None
    if how == "--endpoint-url":
        explicit = EMULATOR
    elif how == "profile endpoint_url":
        profile = "team"
    else:
        clean_aws.setenv(how, EMULATOR)
    backend = AwsBackend("eu-west-1", profile=profile, endpoint_url=explicit,
                         traits=implementations.MOTO_SERVER)
    assert backend.client.meta.endpoint_url == EMULATOR
    assert backend.endpoint_url == EMULATOR
    assert backend.jwks_url(POOL) == f"{EMULATOR}/{POOL}/.well-known/jwks.json"


def test_without_one_it_is_cognitos_own(clean_aws):
    backend = AwsBackend("eu-west-1")
    assert backend.endpoint_url is None
    assert backend.jwks_url(POOL) == f"https://cognito-idp.eu-west-1.amazonaws.com/{POOL}/.well-known/jwks.json"

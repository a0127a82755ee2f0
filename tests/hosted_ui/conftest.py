"""Fixtures for the hosted-UI stand-in tests: one moto (mock_aws) world for the folder."""

from __future__ import annotations

from types import SimpleNamespace

import boto3
import pytest
import requests
from moto import mock_aws

from cognito_conformance.hosted_ui import Browser, HostedUI

REGION = "us-east-1"
CALLBACK = "https://app.example.com/callback"
LOGOUT = "https://app.example.com/signed-out"
PASSWORD = "Passw0rd!Passw0rd"
FAKE_AWS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": REGION}


def make_world(idp) -> SimpleNamespace:
    """A pool with a public code client, a confidential code client, an M2M client and a
    confirmed user; works against any boto3 cognito-idp client."""
    pool_id = idp.create_user_pool(PoolName="hosted-ui")["UserPool"]["Id"]
    idp.create_user_pool_domain(UserPoolId=pool_id, Domain="hosted-ui-tests")
    idp.create_resource_server(UserPoolId=pool_id, Identifier="https://api.example.com",
                               Name="api", Scopes=[{"ScopeName": "read", "ScopeDescription": "r"},
                                                   {"ScopeName": "write", "ScopeDescription": "w"}])
    oauth = dict(AllowedOAuthFlowsUserPoolClient=True, AllowedOAuthFlows=["code"],
                 AllowedOAuthScopes=["openid", "email", "profile"], CallbackURLs=[CALLBACK],
                 LogoutURLs=[LOGOUT], SupportedIdentityProviders=["COGNITO"])
    public = idp.create_user_pool_client(UserPoolId=pool_id, ClientName="public",
                                         **oauth)["UserPoolClient"]
    confidential = idp.create_user_pool_client(UserPoolId=pool_id, ClientName="confidential",
                                               GenerateSecret=True, **oauth)["UserPoolClient"]
    m2m = idp.create_user_pool_client(
        UserPoolId=pool_id, ClientName="m2m", GenerateSecret=True,
        AllowedOAuthFlowsUserPoolClient=True, AllowedOAuthFlows=["client_credentials"],
        AllowedOAuthScopes=["https://api.example.com/read", "https://api.example.com/write"],
    )["UserPoolClient"]
    idp.admin_create_user(UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS",
                          UserAttributes=[{"Name": "email", "Value": "alice@example.com"},
                                          {"Name": "email_verified", "Value": "true"},
                                          {"Name": "name", "Value": "Alice Liddell"}])
    idp.admin_set_user_password(UserPoolId=pool_id, Username="alice", Password=PASSWORD,
                                Permanent=True)
    return SimpleNamespace(idp=idp, pool_id=pool_id, public=public, confidential=confidential,
                           m2m=m2m, username="alice", password=PASSWORD, callback=CALLBACK,
                           logout=LOGOUT)


@pytest.fixture(scope="package")
def world():
    """One moto world for this folder (CreateUserPool and friends cost ~0.3 s); the mock
    and the fake credentials end with the folder's last test."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in FAKE_AWS.items():
            mp.setenv(key, value)
        with mock_aws():
            idp = boto3.client("cognito-idp", region_name=REGION)
            w = make_world(idp)
            with HostedUI(cognito_client=idp, region=REGION) as ui:
                w.ui = ui
                w.base = ui.base_url(w.pool_id)
                yield w


@pytest.fixture
def browser(world) -> Browser:
    with requests.Session() as http:
        yield Browser(world.base, http)


@pytest.fixture
def sign_in(world, browser):
    """code = sign_in(client=world.public, **extra authorize params)."""
    def _sign_in(client=None, **params):
        client = client or world.public
        params = {"client_id": client["ClientId"], "redirect_uri": world.callback,
                  "scope": "openid email profile", "state": "st", **params}
        return browser.code_for(world.username, world.password, **params)
    return _sign_in


@pytest.fixture
def token_request(world):
    """POST /oauth2/token as the public client (client_id in the body) unless auth= given."""
    def _post(data, *, auth=None, client=None):
        client = client or world.public
        body = dict(data)
        if auth is None and "client_secret" not in body:
            body.setdefault("client_id", client["ClientId"])
        return requests.post(f"{world.base}/oauth2/token", data=body, auth=auth,
                             allow_redirects=False, timeout=10)
    return _post


@pytest.fixture
def tokens_for(sign_in, token_request, world):
    """Full code flow as the public client → token response JSON."""
    def _tokens(**params):
        code = sign_in(**params)
        resp = token_request({"grant_type": "authorization_code", "code": code,
                              "redirect_uri": world.callback})
        assert resp.status_code == 200, resp.text
        return resp.json()
    return _tokens

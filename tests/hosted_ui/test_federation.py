"""Federation through an OIDC IdP the suite runs itself (docs/cognito-spec.md 10)."""

import pytest
import requests
from jose import jwt

from cognito_conformance.hosted_ui import OidcProvider
from cognito_conformance.hosted_ui.browser import query_of


@pytest.fixture(scope="module")
def fed(world):
    with OidcProvider(user={"sub": "u-42", "email": "fed@example.com",
                            "email_verified": True, "name": "Fed Erated"}) as op:
        idp = world.idp
        idp.create_identity_provider(
            UserPoolId=world.pool_id, ProviderName="TestOIDC", ProviderType="OIDC",
            ProviderDetails=op.provider_details(),
            AttributeMapping={"email": "email", "email_verified": "email_verified",
                              "name": "name"})
        idp.create_identity_provider(
            UserPoolId=world.pool_id, ProviderName="Google", ProviderType="Google",
            ProviderDetails={"client_id": "g-client", "client_secret": "g-secret",
                             "authorize_scopes": "openid email"})
        client = idp.create_user_pool_client(
            UserPoolId=world.pool_id, ClientName="federated", AllowedOAuthFlowsUserPoolClient=True,
            AllowedOAuthFlows=["code"], AllowedOAuthScopes=["openid", "email", "profile"],
            CallbackURLs=[world.callback], LogoutURLs=[world.logout],
            SupportedIdentityProviders=["COGNITO", "TestOIDC", "Google"])["UserPoolClient"]
        yield op, client


def authorize(world, browser, client, provider, **extra):
    return browser.authorize(response_type="code", client_id=client["ClientId"],
                             redirect_uri=world.callback, scope="openid email", state="fs",
                             identity_provider=provider, **extra)


def test_oidc_round_trip_creates_the_federated_user_and_tokens(world, browser, fed):
    op, client = fed
    to_idp = authorize(world, browser, client, "TestOIDC", nonce="app-nonce")
    assert to_idp.status_code == 302
    assert to_idp.headers["Location"].startswith(op.issuer + "/authorize?")
    idp_params = query_of(to_idp.headers["Location"])
    assert idp_params["redirect_uri"] == f"{world.base}/oauth2/idpresponse"
    back = requests.get(to_idp.headers["Location"], allow_redirects=False, timeout=10)
    to_app = browser.http.get(back.headers["Location"], allow_redirects=False, timeout=10)
    assert to_app.status_code == 302
    q = query_of(to_app.headers["Location"])
    assert q["state"] == "fs"
    # the IdP saw client_secret_post
    assert op.token_requests[-1]["client_secret"] == op.client_secret
    tokens = requests.post(f"{world.base}/oauth2/token", timeout=10, data={
        "grant_type": "authorization_code", "code": q["code"], "redirect_uri": world.callback,
        "client_id": client["ClientId"]}).json()
    claims = jwt.get_unverified_claims(tokens["id_token"])
    assert claims["cognito:username"] == "TestOIDC_u-42"
    assert claims["email"] == "fed@example.com" and claims["nonce"] == "app-nonce"
    (identity,) = claims["identities"]
    assert identity["providerName"] == "TestOIDC" and identity["userId"] == "u-42"
    assert identity["providerType"] == "OIDC" and identity["primary"] == "true"
    user = world.idp.admin_get_user(UserPoolId=world.pool_id, Username="TestOIDC_u-42")
    assert {a["Name"]: a["Value"] for a in user["UserAttributes"]}["name"] == "Fed Erated"
    assert world.ui.federated_status(world.pool_id, "TestOIDC_u-42") == "EXTERNAL_PROVIDER"
    assert world.ui.federated_status(world.pool_id, "alice") is None


def test_social_provider_gets_its_well_known_authorize_url(world, browser, fed):
    resp = authorize(world, browser, fed[1], "Google")
    assert resp.headers["Location"].startswith("https://accounts.google.com/o/oauth2/v2/auth?")
    assert query_of(resp.headers["Location"])["client_id"] == "g-client"


def test_provider_not_enabled_for_the_client_is_invalid_request(world, browser, fed):
    resp = authorize(world, browser, world.public, "TestOIDC")
    assert query_of(resp.headers["Location"])["error"] == "invalid_request"


def test_idpresponse_with_an_unknown_state_is_an_error_page(world, browser):
    resp = browser.get("/oauth2/idpresponse", code="x", state="nope")
    assert resp.status_code == 400 and "Location" not in resp.headers


def test_idp_error_is_passed_to_the_app(world, browser, fed):
    to_idp = authorize(world, browser, fed[1], "TestOIDC")
    key = query_of(to_idp.headers["Location"])["state"]
    resp = browser.get("/oauth2/idpresponse", error="access_denied", state=key)
    q = query_of(resp.headers["Location"])
    assert q["error"] == "invalid_request" and q["state"] == "fs"

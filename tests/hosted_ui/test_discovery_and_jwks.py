"""Discovery document, and tokens that verify against moto's JWKS (docs/cognito-spec.md 3, §9.6)."""

import requests
from jose import jwt

REGION = "us-east-1"


def jwks(world):
    url = f"https://cognito-idp.{REGION}.amazonaws.com/{world.pool_id}/.well-known/jwks.json"
    return requests.get(url, timeout=10).json()  # served by moto under mock_aws


def test_discovery_document(world):
    resp = requests.get(f"{world.base}/.well-known/openid-configuration", timeout=10)
    assert resp.status_code == 200
    doc = resp.json()
    assert doc["issuer"] == f"https://cognito-idp.{REGION}.amazonaws.com/{world.pool_id}"
    assert doc["jwks_uri"] == f"{doc['issuer']}/.well-known/jwks.json"
    for name, path in [("authorization_endpoint", "/oauth2/authorize"),
                       ("token_endpoint", "/oauth2/token"),
                       ("userinfo_endpoint", "/oauth2/userInfo"),
                       ("revocation_endpoint", "/oauth2/revoke")]:
        assert doc[name] == world.base + path
    assert "code" in doc["response_types_supported"]
    assert {"openid", "email", "profile"} <= set(doc["scopes_supported"])
    assert doc["token_endpoint_auth_methods_supported"] == ["client_secret_basic",
                                                            "client_secret_post"]
    assert doc["id_token_signing_alg_values_supported"] == ["RS256"]


def test_unknown_pool_discovery_is_404(world):
    assert requests.get(f"{world.ui.url}/us-east-1_nope/.well-known/openid-configuration",
                        timeout=10).status_code == 404


def test_id_token_verifies_and_has_cognito_claims(world, tokens_for):
    token = tokens_for(scope="openid email profile", nonce="n-0S6")["id_token"]
    assert jwt.get_unverified_header(token)["kid"] == "dummy"
    claims = jwt.decode(token, jwks(world), algorithms=["RS256"],
                        audience=world.public["ClientId"],
                        issuer=f"https://cognito-idp.{REGION}.amazonaws.com/{world.pool_id}",
                        options={"verify_at_hash": False})
    assert claims["token_use"] == "id"
    assert claims["cognito:username"] == "alice"
    assert claims["email"] == "alice@example.com"
    assert claims["email_verified"] is True  # a boolean in the ID token
    assert claims["nonce"] == "n-0S6"
    assert claims["exp"] - claims["iat"] == 3600
    assert {"sub", "auth_time", "jti", "origin_jti"} <= set(claims)
    assert "identities" not in claims


def test_access_token_verifies_and_has_cognito_claims(world, tokens_for):
    body = tokens_for(scope="openid email")
    claims = jwt.decode(body["access_token"], jwks(world), algorithms=["RS256"],
                        issuer=f"https://cognito-idp.{REGION}.amazonaws.com/{world.pool_id}")
    assert "aud" not in claims
    assert claims["client_id"] == world.public["ClientId"]
    assert claims["token_use"] == "access"
    assert claims["scope"] == "openid email"
    assert claims["username"] == "alice"
    assert {"sub", "auth_time", "iat", "exp", "jti", "origin_jti"} <= set(claims)
    id_claims = jwt.get_unverified_claims(body["id_token"])
    assert id_claims["sub"] == claims["sub"] and id_claims["origin_jti"] == claims["origin_jti"]


def test_same_sub_as_moto_issues(world, tokens_for):
    result = world.idp.admin_initiate_auth(
        UserPoolId=world.pool_id, ClientId=world.public["ClientId"],
        AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": world.password})["AuthenticationResult"]
    moto_claims = jwt.get_unverified_claims(result["IdToken"])
    ours = jwt.get_unverified_claims(tokens_for()["id_token"])
    assert ours["sub"] == moto_claims["sub"] and ours["iss"] == moto_claims["iss"]
    assert jwt.get_unverified_header(result["IdToken"]) == jwt.get_unverified_header(
        tokens_for()["id_token"])

"""GET /oauth2/userInfo (docs/cognito-spec.md 9.5)."""

import pytest
import requests



def userinfo(world, token, method="get"):
    return requests.request(method, f"{world.base}/oauth2/userInfo",
                            headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_returns_sub_username_and_email_as_strings(world, tokens_for):
    resp = userinfo(world, tokens_for(scope="openid email")["access_token"])
    assert resp.status_code == 200
    body = resp.json()
    sub = world.idp.admin_get_user(UserPoolId=world.pool_id, Username="alice")
    assert body["username"] == "alice"
    assert body["sub"] == {a["Name"]: a["Value"] for a in sub["UserAttributes"]}["sub"]
    assert body["email"] == "alice@example.com"
    assert body["email_verified"] == "true"  # a string here, a boolean in the ID token
    assert "name" not in body  # `name` needs the profile scope


def test_profile_scope_adds_profile_attributes(world, tokens_for):
    body = userinfo(world, tokens_for(scope="openid profile")["access_token"]).json()
    assert body["name"] == "Alice Liddell" and "email" not in body


def test_post_works_too(world, tokens_for):
    assert userinfo(world, tokens_for()["access_token"], "post").status_code == 200


def test_api_sign_in_token_without_openid_is_rejected(world):
    result = world.idp.admin_initiate_auth(
        UserPoolId=world.pool_id, ClientId=world.public["ClientId"],
        AuthFlow="ADMIN_USER_PASSWORD_AUTH",
        AuthParameters={"USERNAME": "alice", "PASSWORD": world.password})
    resp = userinfo(world, result["AuthenticationResult"]["AccessToken"])
    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"].startswith('Bearer error="invalid_token"')


@pytest.mark.parametrize("token", ["garbage", "a.b.c"])
def test_invalid_token_is_401(world, token):
    resp = userinfo(world, token)
    assert resp.status_code == 401 and 'error="invalid_token"' in resp.headers["WWW-Authenticate"]


def test_id_token_is_not_an_access_token(world, tokens_for):
    assert userinfo(world, tokens_for()["id_token"]).status_code == 401


def test_missing_bearer_is_400_invalid_request(world):
    resp = requests.get(f"{world.base}/oauth2/userInfo", timeout=10)
    assert resp.status_code == 400
    assert 'error="invalid_request"' in resp.headers["WWW-Authenticate"]

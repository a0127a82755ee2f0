"""POST /oauth2/revoke (docs/cognito-spec.md 5.2)."""

import requests


def revoke(world, data, auth=None):
    return requests.post(f"{world.base}/oauth2/revoke", data=data, auth=auth, timeout=10)


def userinfo_status(world, access_token):
    return requests.get(f"{world.base}/oauth2/userInfo",
                        headers={"Authorization": f"Bearer {access_token}"}).status_code


def test_revoke_kills_the_refresh_token_and_its_access_tokens(world, tokens_for, token_request):
    first, other = tokens_for(), tokens_for()
    refreshed = token_request({"grant_type": "refresh_token",
                               "refresh_token": first["refresh_token"]}).json()
    resp = revoke(world, {"token": first["refresh_token"], "client_id": world.public["ClientId"]})
    assert resp.status_code == 200 and resp.text == ""
    assert userinfo_status(world, first["access_token"]) == 401
    assert userinfo_status(world, refreshed["access_token"]) == 401
    again = token_request({"grant_type": "refresh_token", "refresh_token": first["refresh_token"]})
    assert again.json() == {"error": "invalid_grant"}
    # another sign-in's tokens are unaffected
    assert userinfo_status(world, other["access_token"]) == 200


def test_unknown_or_already_revoked_token_still_200(world, tokens_for):
    cid = world.public["ClientId"]
    assert revoke(world, {"token": "not-a-token", "client_id": cid}).status_code == 200
    refresh = tokens_for()["refresh_token"]
    assert revoke(world, {"token": refresh, "client_id": cid}).status_code == 200
    assert revoke(world, {"token": refresh, "client_id": cid}).status_code == 200


def test_confidential_client_must_authenticate(world, sign_in, token_request):
    c = world.confidential
    auth = (c["ClientId"], c["ClientSecret"])
    code = sign_in(client=c)
    tokens = token_request({"grant_type": "authorization_code", "code": code,
                            "redirect_uri": world.callback}, auth=auth).json()
    bad = revoke(world, {"token": tokens["refresh_token"]}, auth=(c["ClientId"], "wrong"))
    assert bad.status_code == 401 and bad.json() == {"error": "invalid_client"}
    assert revoke(world, {"token": tokens["refresh_token"]}, auth=auth).status_code == 200


def test_missing_token_and_access_token(world, tokens_for):
    cid = world.public["ClientId"]
    missing = revoke(world, {"client_id": cid})
    assert missing.status_code == 400 and missing.json() == {"error": "invalid_request"}
    access = revoke(world, {"token": tokens_for()["access_token"], "client_id": cid})
    assert access.status_code == 400 and access.json() == {"error": "unsupported_token_type"}

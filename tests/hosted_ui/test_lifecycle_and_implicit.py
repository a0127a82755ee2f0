"""HostedUI start/stop leaves nothing running; response_type=token (implicit) for a client
that allows it."""

import threading

import pytest
import requests
from jose import jwt

from cognito_conformance.hosted_ui import Browser, HostedUI


def test_stop_closes_the_port_and_ends_the_thread(world):
    ui = HostedUI(world.idp).start()
    url = ui.base_url(world.pool_id) + "/.well-known/openid-configuration"
    assert requests.get(url, timeout=5).status_code == 200
    assert ui.running
    before = set(threading.enumerate())
    ui.stop()
    assert not ui.running
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=5)
    assert not [t for t in before - set(threading.enumerate()) if t.is_alive()]


def test_implicit_flow_puts_tokens_in_the_fragment(world):
    client = world.idp.create_user_pool_client(
        UserPoolId=world.pool_id, ClientName="spa", AllowedOAuthFlowsUserPoolClient=True,
        AllowedOAuthFlows=["implicit"], AllowedOAuthScopes=["openid", "email"],
        CallbackURLs=[world.callback], SupportedIdentityProviders=["COGNITO"])["UserPoolClient"]
    landing = Browser(world.base).sign_in(world.username, world.password, response_type="token",
                                          client_id=client["ClientId"], redirect_uri=world.callback,
                                          scope="openid", state="imp", nonce="n1")
    assert landing.is_at(world.callback)
    frag = landing.fragment
    assert frag["state"] == "imp" and frag["token_type"] == "bearer"
    assert "refresh_token" not in frag
    assert jwt.get_unverified_claims(frag["id_token"])["nonce"] == "n1"

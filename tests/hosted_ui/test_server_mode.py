"""The stand-in against moto's standalone server (ThreadedMotoServer): out of process,
reached only through boto3 with endpoint_url."""

import boto3
import pytest
import requests
from jose import jwt
from moto.server import ThreadedMotoServer

from cognito_conformance.hosted_ui import Browser, HostedUI

from .conftest import FAKE_AWS, REGION, make_world


@pytest.fixture(scope="module")
def server_world():
    with pytest.MonkeyPatch.context() as mp:
        for key, value in FAKE_AWS.items():
            mp.setenv(key, value)
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        try:
            host, port = server.get_host_and_port()
            endpoint = f"http://{host}:{port}"
            idp = boto3.client("cognito-idp", region_name=REGION, endpoint_url=endpoint)
            world = make_world(idp)
            with HostedUI(cognito_client=idp) as ui:
                world.ui, world.endpoint = ui, endpoint
                yield world
        finally:
            server.stop()


def test_full_code_flow_against_the_moto_server(server_world):
    w = server_world
    base = w.ui.base_url(w.pool_id)
    code = Browser(base).code_for(w.username, w.password, client_id=w.public["ClientId"],
                                  redirect_uri=w.callback, scope="openid email")
    tokens = requests.post(f"{base}/oauth2/token", timeout=10, data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": w.callback,
        "client_id": w.public["ClientId"]}).json()
    doc = requests.get(f"{base}/.well-known/openid-configuration", timeout=10).json()
    assert doc["jwks_uri"] == f"{w.endpoint}/{w.pool_id}/.well-known/jwks.json"
    keys = requests.get(doc["jwks_uri"], timeout=10).json()
    claims = jwt.decode(tokens["id_token"], keys, algorithms=["RS256"],
                        audience=w.public["ClientId"], issuer=doc["issuer"])
    assert claims["cognito:username"] == "alice"
    info = requests.get(f"{base}/oauth2/userInfo", timeout=10,
                        headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert info.status_code == 200 and info.json()["email"] == "alice@example.com"

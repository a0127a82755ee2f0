"""The stand-in's sign-in page in a real browser: headless Chromium types, submits and follows the redirect.

Proves that the page the OAuth scenarios post to with ``requests`` is a working HTML form (cookies,
CSRF field, form action, the 302 back to the app), driven by Selenium through Debian's
``chromium`` and ``chromium-driver`` packages. Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import shutil
from urllib.parse import parse_qs, urlencode, urlsplit

import boto3
import pytest
from flask import Flask
from moto import mock_aws
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from cognito_conformance.hosted_ui import HostedUI
from cognito_conformance.hosted_ui.threaded_wsgi import ThreadedWSGI

REGION = "us-east-1"
PASSWORD = "Aa1!browser-Passw0rd"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary: apt-get install -y chromium "
                                                          "chromium-driver (CI installs both)")


def callback_app() -> Flask:
    """The app the browser returns to: a tiny page on 127.0.0.1."""
    app = Flask("callback")

    @app.get("/callback")
    def callback():
        return "<!DOCTYPE html><title>Signed in</title><p id='done'>signed in</p>"

    return app


@pytest.fixture
def world(monkeypatch):
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(key, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    app_server = ThreadedWSGI(callback_app())
    with mock_aws():
        idp = boto3.client("cognito-idp", region_name=REGION)
        pool_id = idp.create_user_pool(PoolName="browser")["UserPool"]["Id"]
        idp.admin_create_user(UserPoolId=pool_id, Username="alice", MessageAction="SUPPRESS")
        idp.admin_set_user_password(UserPoolId=pool_id, Username="alice", Password=PASSWORD, Permanent=True)
        app_server.start()
        callback = f"{app_server.url}/callback"
        client_id = idp.create_user_pool_client(
            UserPoolId=pool_id, ClientName="browser", AllowedOAuthFlowsUserPoolClient=True,
            AllowedOAuthFlows=["code"], AllowedOAuthScopes=["openid"], CallbackURLs=[callback],
            SupportedIdentityProviders=["COGNITO"],
            ExplicitAuthFlows=["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        )["UserPoolClient"]["ClientId"]
        try:
            with HostedUI(cognito_client=idp, region=REGION) as ui:
                yield ui.base_url(pool_id), client_id, callback
        finally:
            app_server.stop()


@pytest.fixture
def chromium(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def test_signing_in_on_the_login_page_lands_on_the_callback_with_a_code(world, chromium):
    base_url, client_id, callback = world
    query = urlencode({"response_type": "code", "client_id": client_id, "redirect_uri": callback,
                       "scope": "openid", "state": "browser-state"})
    chromium.get(f"{base_url}/oauth2/authorize?{query}")
    chromium.find_element(By.ID, "signInFormUsername").send_keys("alice")
    chromium.find_element(By.ID, "signInFormPassword").send_keys(PASSWORD)
    chromium.find_element(By.NAME, "signInSubmitButton").click()
    WebDriverWait(chromium, 20).until(lambda driver: driver.current_url.startswith(callback + "?"))
    landed = {key: values[0] for key, values in parse_qs(urlsplit(chromium.current_url).query).items()}
    assert landed.get("code"), chromium.current_url
    assert landed.get("state") == "browser-state"
    assert chromium.find_element(By.ID, "done").text == "signed in"

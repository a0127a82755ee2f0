"""The browser takes an aliased address (the pool's domain) to the endpoint that answers for it, as a
name server and a proxy in front of the domain would; the landing and the hops say where it really went."""

from __future__ import annotations

from flask import Flask, redirect, request

from cognito_conformance.hosted_ui import Browser
from cognito_conformance.hosted_ui.threaded_wsgi import ThreadedWSGI

DOMAIN = "https://pool-prefix.auth.us-east-1.amazoncognito.com"


def _endpoint() -> ThreadedWSGI:
    app = Flask("aliased_endpoint")

    @app.get("/start")
    def start():  # names the domain as its own address, as ministack does for an identity provider's return
        return redirect(f"{DOMAIN}/oauth2/idpresponse?code=c1", 302)

    @app.get("/oauth2/idpresponse")
    def idpresponse():
        return redirect(f"https://app.example.com/callback?code=app-{request.args['code']}", 302)

    return ThreadedWSGI(app)


def test_a_redirect_to_the_domain_is_fetched_at_the_endpoint_and_the_app_is_not_fetched():
    server = _endpoint()
    server.start()
    try:
        browser = Browser(server.url, aliases={DOMAIN: server.url})
        landing = browser.open("/start")
        assert landing.url == "https://app.example.com/callback?code=app-c1" and not landing.fetched
        assert landing.hops == [f"{server.url}/start", f"{server.url}/oauth2/idpresponse?code=c1"]
    finally:
        server.stop()


def test_without_an_alias_the_domain_is_where_the_browser_lands():
    server = _endpoint()
    server.start()
    try:
        landing = Browser(server.url).open("/start")
        assert landing.url == f"{DOMAIN}/oauth2/idpresponse?code=c1" and not landing.fetched
    finally:
        server.stop()


def test_only_addresses_under_the_alias_are_routed():
    browser = Browser("http://127.0.0.1:1", aliases={DOMAIN + "/": "http://127.0.0.1:2/"})
    assert browser.routed(f"{DOMAIN}/login?x=1") == "http://127.0.0.1:2/login?x=1"
    assert browser.routed(f"{DOMAIN}.evil.example/login") == f"{DOMAIN}.evil.example/login"
    assert browser.routed("https://app.example.com/callback") == "https://app.example.com/callback"

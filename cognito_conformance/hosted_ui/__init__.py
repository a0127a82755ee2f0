"""A stand-in for the Cognito hosted UI (managed login) endpoints, for offline tests.

    from cognito_conformance.hosted_ui import HostedUI
    ui = HostedUI(cognito_client=boto3.client("cognito-idp", region_name="us-east-1")).start()
    ui.base_url(pool_id)   # http://127.0.0.1:PORT/<pool_id>
    ui.stop()

See README.md in this folder for the endpoints and how they differ from the real hosted UI.

Importing the package costs nothing: Flask, Authlib and moto are imported when ``HostedUI`` or
``OidcProvider`` is first used; the browser driver (``browser.py``) needs only ``requests``.
"""

from __future__ import annotations

from importlib import import_module

from .browser import Browser, pkce_pair

_LAZY = {"HostedUI": ".server", "OidcProvider": ".oidc_provider"}

__all__ = ["HostedUI", "OidcProvider", "Browser", "pkce_pair"]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""HostedUI: the stand-in's public face. Its Flask app in a werkzeug server in a daemon thread."""

from __future__ import annotations

import time
from typing import Callable

from .app import create_app
from .core import Core
from .threaded_wsgi import ThreadedWSGI


class HostedUI:
    """A stand-in for the Cognito hosted UI / managed login endpoints.

    One server serves every pool: ``base_url(pool_id)`` is
    ``http://127.0.0.1:PORT/<pool_id>``, and the endpoints hang below it exactly as below a
    pool's domain (``/oauth2/authorize``, ``/login``, ``/logout``, ``/oauth2/token``,
    ``/oauth2/userInfo``, ``/oauth2/revoke``, ``/.well-known/openid-configuration``,
    ``/oauth2/idpresponse``).

    Pools, app clients, users and identity providers are read through ``cognito_client``
    (a boto3 ``cognito-idp`` client), so it works against moto under ``mock_aws`` (the
    server thread is patched too) and against moto's standalone server alike. ``clock``
    (seconds since the epoch) drives code, session and token lifetimes.
    """

    def __init__(self, cognito_client, region: str | None = None,
                 clock: Callable[[], float] = time.time, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.core = Core(cognito_client, region or cognito_client.meta.region_name, clock)
        self.app = create_app(self.core)
        self._http = ThreadedWSGI(self.app, host, port)

    # --- lifecycle ------------------------------------------------------------------------
    def start(self) -> "HostedUI":
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    def __enter__(self) -> "HostedUI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- addresses ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self._http.url

    @property
    def running(self) -> bool:
        return self._http.running

    def base_url(self, pool_id: str) -> str:
        return f"{self.url}/{pool_id}"

    def issuer(self, pool_id: str) -> str:
        return self.core.issuer(pool_id)

    def federated_status(self, pool_id: str, username: str) -> str | None:
        """"EXTERNAL_PROVIDER" for users the stand-in created by federation, else None.

        moto cannot set that status (AdminCreateUser makes FORCE_CHANGE_PASSWORD/CONFIRMED
        users), so the stand-in reports it from its own bookkeeping."""
        return self.core.federated_status(pool_id, username)

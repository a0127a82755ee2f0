"""HostedUI: the stand-in's public face. A werkzeug server in a daemon thread."""

from __future__ import annotations

import threading
import time
from typing import Callable

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .app import Core, create_app


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):  # no access log on stderr during tests
        pass


class ThreadedWSGI:
    """A werkzeug server for ``app`` in a daemon thread; port 0 picks a free port."""

    def __init__(self, app, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app, self._host, self._port = app, host, port
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._server is not None:
            return
        self._server = make_server(self._host, self._port, self.app, threaded=True,
                                   request_handler=_QuietHandler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name=f"wsgi-{self.app.name}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)
            if thread.is_alive():
                raise RuntimeError("hosted-UI server thread did not stop")

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("server is not started")
        return f"http://{self._host}:{self._server.server_port}"


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

    def endpoints(self, pool_id: str) -> dict[str, str]:
        base = self.base_url(pool_id)
        return {
            "authorize": f"{base}/oauth2/authorize", "login": f"{base}/login",
            "logout": f"{base}/logout", "token": f"{base}/oauth2/token",
            "userinfo": f"{base}/oauth2/userInfo", "revoke": f"{base}/oauth2/revoke",
            "discovery": f"{base}/.well-known/openid-configuration",
            "idpresponse": f"{base}/oauth2/idpresponse",
            "jwks": self.core.jwks_uri(pool_id),
        }

    def issuer(self, pool_id: str) -> str:
        return self.core.issuer(pool_id)

    def federated_status(self, pool_id: str, username: str) -> str | None:
        """"EXTERNAL_PROVIDER" for users the stand-in created by federation, else None.

        moto cannot set that status (AdminCreateUser makes FORCE_CHANGE_PASSWORD/CONFIRMED
        users), so the stand-in reports it from its own bookkeeping."""
        return ("EXTERNAL_PROVIDER"
                if self.core.state.federated_identity(pool_id, username) else None)

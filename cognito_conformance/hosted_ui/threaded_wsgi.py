"""A werkzeug server for a WSGI app in a daemon thread, on 127.0.0.1 and a free port."""

from __future__ import annotations

import threading

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server


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

"""The suite's local Lambda Invoke API: the trigger functions served to an implementation whose triggers are
configured globally (cognito-local; shared/TRIGGERS.md §3.2).

cognito-local names one function per trigger for every pool (``TriggerFunctions`` in its config) and
calls them through the AWS SDK at ``LambdaClient.endpoint``. This server is that endpoint. It speaks
Lambda's published Invoke API (the botocore ``lambda`` model, operation Invoke):

| request / outcome | answer |
|---|---|
| ``POST /2015-03-31/functions/{FunctionName}/invocations`` | ``FunctionName`` is URL-decoded; an ARN names the function by its 7th ``:`` field |
| the handler returns | 200, the returned object as JSON |
| the handler raises | 200, ``X-Amz-Function-Error: Unhandled``, ``{"errorMessage", "errorType"}`` |
| a function that is not a trigger's | 404, ``x-amzn-ErrorType: ResourceNotFoundException`` |

The functions are named after the triggers (``PreSignUp``): cognito-local words a failure
"<function name> failed with error <text>.", which is then Cognito's documented form.

**Routing.** Every event carries ``userPoolId``. A pool the suite registered with a trigger set gets the
suite's own handler module for each of those triggers (``handlers/``, the same files that are zipped for
Lambda); every other pool, and every trigger a registered pool does not carry, gets a neutral handler that
leaves the implementation's default behaviour in place, so one server (and one cognito-local) serves the
whole catalogue (``NEUTRAL``).

**The record.** For a registered pool's trigger, the server keeps the read-back line the handler printed
(``{"run", "fn", "event"}``, handlers/common.py) per pool, in memory, oldest first. The handler modules are
loaded under a name of their own (``PRIVATE_PACKAGE``), whose ``print`` writes into the invocation's
buffer: their output never reaches the terminal.

**Control paths** (the suite's, not Lambda's), under ``/_cognito_conformance``:
``PUT /pools/{pool id}`` with ``{"triggers": [...]}`` registers a pool; ``GET /pools/{pool id}/events``
answers ``{"events": [{"fn", "event"}, ...]}``; ``DELETE /pools/{pool id}`` forgets the pool and its
record; ``GET /health`` answers the invocation counts and the KMS key the implementation encrypts the custom
senders' codes with (``kms_key_arn``, null without one).

Plain Python, stdlib only; no pytest.
"""

from __future__ import annotations

import builtins
import importlib
import importlib.util
import io
import json
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import CUSTOM_MESSAGE, MODULES, TRIGGERS, USER_MIGRATION
from .packaging import HANDLERS

INVOKE_PREFIX = "/2015-03-31/functions/"
INVOKE_SUFFIX = "/invocations"
CONTROL = "/_cognito_conformance"
#: What a neutral UserMigration raises: the sign-in then fails as it does for an unknown user without the
#: trigger (cognito-local answers NotAuthorizedException either way: lib/targets/initiateAuth.js).
NO_MIGRATION = "no trigger for this pool: the user is unknown"


class NoUser(Exception):
    """The neutral UserMigration's refusal."""


def _pass_through(event, context):
    return event


def _no_migration(event, context):
    raise NoUser(NO_MIGRATION)


def _default_message(event, context):
    # cognito-local reads response.emailMessage of the answer; a null response makes it fall back to its
    # own message (lib/services/triggers/customMessage.js catches the TypeError).
    return {"response": None}


#: The handler of a trigger for a pool that did not register it: the implementation's default outcome.
NEUTRAL: dict[str, Callable] = {trigger: _pass_through for trigger in TRIGGERS}
NEUTRAL[USER_MIGRATION] = _no_migration
NEUTRAL[CUSTOM_MESSAGE] = _default_message


def function_name(path_name: str) -> str:
    """The function a request's path names: URL-decoded, an ARN reduced to its 7th ``:`` field
    (``arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]``)."""
    name = urllib.parse.unquote(path_name)
    if name.startswith("arn:"):
        parts = name.split(":")
        return parts[6] if len(parts) > 6 else ""
    return name.split(":", 1)[0]  # "<name>:<qualifier>"


#: The handler modules as the Invoke API loads them: the same files, under a top-level name of their own
#: (as the Lambda zip holds them under packaging.PACKAGE), so that their read-back line can be captured per
#: invocation thread without touching the package's own modules or sys.stdout.
PRIVATE_PACKAGE = "cc_invoke_api_handlers"
_capture = threading.local()
_load_lock = threading.Lock()


def _routed_print(*args, **kwargs) -> None:
    """``print`` for the private handler modules: into the invocation's buffer on an invocation thread."""
    buffer = getattr(_capture, "buffer", None)
    if buffer is None or kwargs.get("file") is not None:
        builtins.print(*args, **kwargs)
        return
    text = io.StringIO()
    builtins.print(*args, **{**kwargs, "file": text, "flush": False})
    buffer.append(text.getvalue())


def suite_handler(trigger: str) -> Callable:
    """The suite's own handler of a trigger (handlers/<module>.py), as the Invoke API runs it."""
    with _load_lock:
        if PRIVATE_PACKAGE not in sys.modules:
            spec = importlib.util.spec_from_file_location(PRIVATE_PACKAGE, HANDLERS / "__init__.py",
                                                          submodule_search_locations=[str(HANDLERS)])
            package = importlib.util.module_from_spec(spec)
            sys.modules[PRIVATE_PACKAGE] = package
            spec.loader.exec_module(package)
            importlib.import_module(f"{PRIVATE_PACKAGE}.common").print = _routed_print
        return importlib.import_module(f"{PRIVATE_PACKAGE}.{MODULES[trigger]}").handler


class InvokeApi:
    """The server: ``start()``/``stop()`` or a context manager; ``endpoint_url`` once started."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, kms_key_arn: str | None = None) -> None:
        self.host = host
        self.port = port
        #: The KMS key the implementation encrypts the custom senders' codes with (its KMSConfig), if any.
        self.kms_key_arn = kms_key_arn
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        #: pool id -> the triggers it registered.
        self._routes: dict[str, frozenset[str]] = {}
        #: pool id -> the read-back lines of its registered triggers' invocations ({"fn", "event"}).
        self._record: dict[str, list[dict]] = {}
        self._handlers = {trigger: suite_handler(trigger) for trigger in TRIGGERS}
        #: Invocations answered: by the suite's handlers, by the neutral ones.
        self.served = {"suite": 0, "neutral": 0}

    # -- the registry ----------------------------------------------------------------------------

    def register(self, pool_id: str, triggers: Iterable[str]) -> None:
        chosen = frozenset(triggers)
        unknown = sorted(chosen - set(TRIGGERS))
        if unknown:
            raise ValueError(f"unknown trigger(s) {unknown}: the suite has handlers for {', '.join(TRIGGERS)}")
        with self._lock:
            self._routes[pool_id] = chosen
            self._record.setdefault(pool_id, [])

    def forget(self, pool_id: str) -> None:
        with self._lock:
            self._routes.pop(pool_id, None)
            self._record.pop(pool_id, None)

    def events(self, pool_id: str) -> list[dict]:
        with self._lock:
            return [dict(line) for line in self._record.get(pool_id, [])]

    def handler_for(self, trigger: str, pool_id: object) -> tuple[Callable, bool]:
        """The handler an invocation of ``trigger`` for ``pool_id`` runs, and whether it is the suite's."""
        with self._lock:
            routed = isinstance(pool_id, str) and trigger in self._routes.get(pool_id, ())
        return (self._handlers[trigger], True) if routed else (NEUTRAL[trigger], False)

    # -- invoking --------------------------------------------------------------------------------

    def invoke(self, name: str, payload: bytes) -> tuple[int, dict[str, str], bytes]:
        """One Invoke: (status, headers, body)."""
        trigger = function_name(name)
        if trigger not in TRIGGERS:
            return _error(HTTPStatus.NOT_FOUND, "ResourceNotFoundException",
                          f"Function not found: {urllib.parse.unquote(name)} (the suite serves "
                          f"{', '.join(TRIGGERS)})")
        try:
            event = json.loads(payload or b"{}")
        except ValueError:
            return _error(HTTPStatus.BAD_REQUEST, "InvalidRequestContentException",
                          "Could not parse request body into json")
        pool_id = event.get("userPoolId") if isinstance(event, dict) else None
        handler, ours = self.handler_for(trigger, pool_id)
        captured: list[str] = []
        _capture.buffer = captured
        try:
            answer = handler(event, None)
        except Exception as error:  # noqa: BLE001 - what Lambda reports as an Unhandled function error
            status, headers, body = 200, {"X-Amz-Function-Error": "Unhandled"}, json.dumps(
                {"errorMessage": str(error), "errorType": type(error).__name__}).encode()
        else:
            status, headers, body = 200, {}, json.dumps(answer, default=str).encode()
        finally:
            _capture.buffer = None
        with self._lock:
            self.served["suite" if ours else "neutral"] += 1
            if ours and isinstance(pool_id, str) and pool_id in self._record:
                self._record[pool_id].extend(_lines("".join(captured), trigger, event))
        return status, {"Content-Type": "application/json", **headers}, body

    # -- running ---------------------------------------------------------------------------------

    @property
    def endpoint_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the Invoke API has not been started")
        return f"http://{self.host}:{self._server.server_address[1]}"

    def start(self) -> "InvokeApi":
        if self._server is not None:
            raise RuntimeError("the Invoke API is already running")
        api = self

        class Handler(_RequestHandler):
            invoke_api = api

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="invoke-api", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        self._thread.join(timeout=5)
        self._thread = None

    def __enter__(self) -> "InvokeApi":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


def _lines(printed: str, trigger: str, event: dict) -> list[dict]:
    """The read-back lines a handler printed (handlers/common.record), or the event as received if it
    printed none."""
    found = []
    for text in printed.splitlines():
        try:
            line = json.loads(text)
        except ValueError:
            continue
        if isinstance(line, dict) and isinstance(line.get("event"), dict):
            found.append({"fn": str(line.get("fn")), "event": line["event"]})
    return found or [{"fn": trigger, "event": event}]


def _error(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json", "x-amzn-ErrorType": code}, \
        json.dumps({"Type": "User", "message": message}).encode()


class _RequestHandler(BaseHTTPRequestHandler):
    invoke_api: InvokeApi
    protocol_version = "HTTP/1.1"
    # Headers and body leave in one write (flushed after each request), with Nagle's algorithm off: written
    # apart on a keep-alive connection, they met the client's delayed ACK and took 44 ms per invocation.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass  # no access log on the terminal

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, value) -> None:
        self._answer(status, {"Content-Type": "application/json"}, json.dumps(value).encode())

    def _pool(self) -> tuple[str | None, str]:
        rest = urllib.parse.urlsplit(self.path).path[len(CONTROL + "/pools/"):]
        pool_id, _, tail = rest.partition("/")
        return (urllib.parse.unquote(pool_id) or None), tail

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        path = urllib.parse.urlsplit(self.path).path
        body = self._body()
        if path.startswith(INVOKE_PREFIX) and path.endswith(INVOKE_SUFFIX):
            self._answer(*self.invoke_api.invoke(path[len(INVOKE_PREFIX):-len(INVOKE_SUFFIX)], body))
            return
        self._answer(*_error(HTTPStatus.NOT_FOUND, "UnknownOperationException", f"no operation at {path}"))

    def do_PUT(self) -> None:  # noqa: N802
        body = self._body()
        pool_id, tail = self._pool()
        if not self.path.startswith(CONTROL + "/pools/") or not pool_id or tail:
            self._json(404, {"message": f"no such path {self.path}"})
            return
        try:
            self.invoke_api.register(pool_id, json.loads(body or b"{}").get("triggers") or [])
        except (ValueError, AttributeError) as error:
            self._json(400, {"message": str(error)})
            return
        self._json(200, {"pool": pool_id})

    def do_GET(self) -> None:  # noqa: N802
        self._body()
        if urllib.parse.urlsplit(self.path).path == CONTROL + "/health":
            self._json(200, {"served": dict(self.invoke_api.served), "kms_key_arn": self.invoke_api.kms_key_arn})
            return
        pool_id, tail = self._pool()
        if not self.path.startswith(CONTROL + "/pools/") or not pool_id or tail != "events":
            self._json(404, {"message": f"no such path {self.path}"})
            return
        self._json(200, {"events": self.invoke_api.events(pool_id)})

    def do_DELETE(self) -> None:  # noqa: N802
        self._body()
        pool_id, tail = self._pool()
        if not self.path.startswith(CONTROL + "/pools/") or not pool_id or tail:
            self._json(404, {"message": f"no such path {self.path}"})
            return
        self.invoke_api.forget(pool_id)
        self._json(200, {"pool": pool_id})

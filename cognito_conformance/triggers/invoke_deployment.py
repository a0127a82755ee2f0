"""The trigger functions behind the suite's local Invoke API: the ``Deployment`` of cognito-local.

cognito-local configures its triggers globally (``TriggerFunctions``; its README: "Triggers can only be
configured globally and not per-pool"). The runner (``scripts/cognito_local.py``, through
``emulators.cognito_local.CognitoLocal``) starts the Invoke API (``invoke_api.InvokeApi``) next to
cognito-local, names one function per trigger there, and tells the suite where the API's control paths
are (``COGNITO_INVOKE_API_URL``). This deployment:

* answers a ``LambdaConfig`` naming ``arn:aws:lambda:<region>:<account>:function:<Trigger>`` (cognito-local
  stores and echoes it, and invokes by its own global names, which are the same trigger names);
* registers each pool's trigger set with the Invoke API after CreateUserPool (``pool_created``), so that the
  pool's invocations reach the suite's handlers and every other pool's reach neutral ones;
* reads events back from the Invoke API's record: cognito-local invokes synchronously, so what a call
  caused is recorded before the call returns (no deadline, no settle time);
* forgets the pools it registered at clean-up (the functions are the server's; nothing else to remove).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

from ..pools import MissingSetting
from . import TriggerSet
from .deployment import TriggerEvent, select

#: The environment variable the runner sets to the Invoke API's address (its control paths).
URL_VARIABLE = "COGNITO_INVOKE_API_URL"
CONTROL = "/_cognito_conformance"
#: The account and region in the function ARNs (cognito-local checks neither).
ACCOUNT, REGION = "123456789012", "us-east-1"
MISSING_API = (f"cognito-local calls the suite's local Invoke API for its triggers, and {URL_VARIABLE} names "
               "none: run the suite with `python scripts/cognito_local.py run`, which starts both")

#: Why the custom sender scenarios do not run on the suite's cognito-local (README.md#emulators).
CUSTOM_SENDERS_NOT_SERVED = (
    "cognito-local invokes CustomEmailSender only when it is configured globally with a KMS key (KMSConfig), "
    "and then never invokes CustomMessage for any pool (lib/services/messages.js:31-40 of 5.3.0); the suite's "
    "cognito-local serves CustomMessage, so it names no custom sender and these scenarios do not run there")


class InvokeApiError(Exception):
    """The Invoke API did not answer as expected."""


def function_arn(trigger: str) -> str:
    return f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{trigger}"


class InvokeApiDeployment:
    """``Deployment`` through the suite's local Invoke API (see the module's docstring)."""

    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self._timeout = timeout
        self._pools: list[str] = []
        self.description = (f"the suite's local Invoke API at {self.url} (cognito-local's global trigger "
                            "functions, routed by pool); events read back from its record")

    def _call(self, method: str, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.url}{CONTROL}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as answer:
                return json.loads(answer.read() or b"{}")
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise InvokeApiError(f"the suite's Invoke API at {self.url} did not answer {method} {path}: {error}. "
                                 "Was it stopped? It runs as long as `scripts/cognito_local.py run`.") from error

    @staticmethod
    def _pool_path(pool_id: str) -> str:
        return "/pools/" + urllib.parse.quote(pool_id, safe="")

    def lambda_config(self, triggers: TriggerSet) -> dict:
        kms = None
        if triggers.needs_kms_key:
            kms = self._call("GET", "/health").get("kms_key_arn")
            if not kms:
                raise MissingSetting(CUSTOM_SENDERS_NOT_SERVED)
        arns = {name: function_arn(name) for name in triggers.triggers}
        return {"LambdaConfig": triggers.lambda_config(arns, kms)}

    def pool_created(self, pool_id: str, pool_arn: str, triggers: TriggerSet) -> None:
        self._call("PUT", self._pool_path(pool_id), {"triggers": list(triggers.triggers)})
        self._pools.append(pool_id)

    def events(self, pool_id: str, trigger: str | None = None, *,
               until: Callable[[list[TriggerEvent]], bool] | None = None) -> list[TriggerEvent]:
        lines = self._call("GET", self._pool_path(pool_id) + "/events").get("events", [])
        found = [TriggerEvent(str(line.get("fn")), line["event"]) for line in lines
                 if isinstance(line, dict) and isinstance(line.get("event"), dict)]
        return select(found, pool_id, trigger)

    def cleanup(self) -> list[str]:
        problems = []
        for pool_id in self._pools:
            try:
                self._call("DELETE", self._pool_path(pool_id))
            except InvokeApiError as error:
                problems.append(f"pool {pool_id} on the Invoke API: {error}")
                break
        self._pools.clear()
        return problems


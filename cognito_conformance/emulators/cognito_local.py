"""cognito-local (https://github.com/jagregory/cognito-local), installed on demand and run as a child.

    with CognitoLocal() as emulator:          # installs it into .tools/cognito-local if needed
        run the suite with --backend aws --endpoint-url emulator.endpoint_url --emulator cognito-local

Each instance listens on 127.0.0.1 on a free port and keeps its pools in a temporary directory of
its own (cognito-local reads ``.cognito/config.json`` and writes ``.cognito/db/`` relative to its
working directory, so that directory is its working directory). Stopping it terminates the whole
process group, then kills it, and removes the directory: nothing is left running or on disk.

The configuration written there undoes one cognito-local default that real Cognito does not have:
cognito-local makes every new pool use the email address as the username
(``UserPoolDefaults.UsernameAttributes = ["email"]``, lib/server/config.js) unless the request says
otherwise, and then refuses any username without an "@". Real Cognito's default is no username
attributes, so the configuration sets ``UsernameAttributes`` to ``[]``; a pool that asks for email
usernames still gets them.

**Triggers.** cognito-local configures Lambda triggers globally (README: "Triggers can only be configured
globally and not per-pool"). Every instance is started with the suite's local Invoke API
(``cognito_conformance.triggers.invoke_api``) in this process: the configuration points
``LambdaClient.endpoint`` at it and names one function per trigger it supports (``TriggerFunctions``,
each function named after its trigger, so that a failure reads "PreSignUp failed with error ...", as
Cognito words it). The API routes each invocation by the event's ``userPoolId``: pools the run registered
with triggers reach the suite's handlers, every other pool neutral ones that keep cognito-local's default
behaviour, so the same instance serves the whole catalogue. ``suite_environment()`` tells the suite where
the API is (``COGNITO_INVOKE_API_URL``). CustomEmailSender is not named: cognito-local invokes it only
with a KMS key (``KMSConfig``), and while it is named it never invokes CustomMessage for any pool
(lib/services/messages.js:31-40), so the custom sender scenarios do not run here
(triggers/invoke_deployment.CUSTOM_SENDERS_NOT_SERVED).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

from ..triggers import (CUSTOM_MESSAGE, POST_AUTHENTICATION, POST_CONFIRMATION, PRE_SIGN_UP, PRE_TOKEN_GENERATION,
                        USER_MIGRATION)
from ..triggers.invoke_api import InvokeApi
from ..triggers.invoke_deployment import URL_VARIABLE
from .local_server import EmulatorError, EmulatorUnavailable, LocalServer

__all__ = ["COGNITO_LOCAL_VERSION", "CognitoLocal", "EmulatorError", "EmulatorUnavailable", "install_command",
           "token_issuer"]

#: Pinned: the divergence registry's cognito-local entries were measured on this version.
COGNITO_LOCAL_VERSION = "5.3.0"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TOOLS_DIR = PROJECT_ROOT / ".tools" / "cognito-local"
#: cognito-local's configuration (README "Configuration"): real Cognito's username default.
CONFIG = {"UserPoolDefaults": {"UsernameAttributes": []}}
#: The triggers cognito-local 5.3.0 invokes through TriggerFunctions (lib/services/triggers/triggers.js),
#: but CustomEmailSender (see the module's docstring).
TRIGGER_FUNCTIONS = (PRE_SIGN_UP, POST_CONFIRMATION, POST_AUTHENTICATION, PRE_TOKEN_GENERATION, USER_MIGRATION,
                     CUSTOM_MESSAGE)


def configuration(invoke_api_url: str) -> dict:
    """cognito-local's ``.cognito/config.json``: the username default, and its triggers at the Invoke API
    (aws-sdk v2 signs with the region and credentials; the Invoke API checks no signature)."""
    return {**CONFIG,
            "LambdaClient": {"endpoint": invoke_api_url, "region": "us-east-1",
                             "credentials": {"accessKeyId": "local", "secretAccessKey": "local"}},
            "TriggerFunctions": {trigger: trigger for trigger in TRIGGER_FUNCTIONS}}


def token_issuer(endpoint_url: str, pool_id: str) -> str:
    """The ``iss`` cognito-local puts in a pool's tokens, reached at ``endpoint_url``.

    cognito-local signs with ``issuer: `${TokenConfig.IssuerDomain}/${UserPoolId}` ``
    (src/services/tokenGenerator.ts:211 at v5.2.0; lib/services/tokenGenerator.js:139 of 5.3.0),
    and ``IssuerDomain`` defaults to ``http://${HOST}:${PORT}`` (src/server/config.ts:40;
    lib/server/config.js:51), the address it listens on. :class:`CognitoLocal` sets HOST and PORT,
    so the issuer is the endpoint the suite talks to. A server started by hand on another host
    name than the one the suite uses (``localhost`` against ``127.0.0.1``) issues another ``iss``,
    and its tokens are then refused at step 6, as they should be.
    """
    return f"{endpoint_url.rstrip('/')}/{pool_id}"


def install_command(tools_dir: Path = DEFAULT_TOOLS_DIR, version: str = COGNITO_LOCAL_VERSION) -> list[str]:
    return ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(tools_dir), f"cognito-local@{version}"]


class CognitoLocal(LocalServer):
    """One cognito-local server: ``start()``/``stop()`` or a context manager."""

    NAME = "cognito-local"

    def __init__(self, tools_dir: Path | str = DEFAULT_TOOLS_DIR, host: str = "127.0.0.1",
                 port: int | None = None, version: str = COGNITO_LOCAL_VERSION,
                 startup_timeout: float = 30.0, extra_env: dict[str, str] | None = None) -> None:
        super().__init__(tools_dir, host, port, version, startup_timeout, extra_env)
        #: The suite's local Invoke API that cognito-local's trigger functions are served by.
        self.invoke_api: InvokeApi | None = None

    # -- installation --------------------------------------------------------------------------

    @property
    def package_dir(self) -> Path:
        return self.tools_dir / "node_modules" / "cognito-local"

    @property
    def entry_point(self) -> Path:
        return self.package_dir / "lib" / "bin" / "start.js"

    def installed_version(self) -> str | None:
        try:
            return json.loads((self.package_dir / "package.json").read_text())["version"]
        except (OSError, ValueError, KeyError):
            return None

    def install(self) -> None:
        """``npm install`` the pinned version into the tools directory, unless it is there already."""
        if self.installed_version() == self.version and self.entry_point.is_file():
            return
        if shutil.which("npm") is None:
            raise EmulatorUnavailable("cognito-local needs npm (Node.js 20 or newer) on PATH; npm was not found")
        self.tools_dir.mkdir(parents=True, exist_ok=True)
        command = install_command(self.tools_dir, self.version)
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
        if result.returncode != 0 or self.installed_version() != self.version:
            raise EmulatorError(f"{' '.join(command)} failed (exit {result.returncode}):\n"
                                f"{result.stdout[-2000:]}{result.stderr[-2000:]}")

    # -- running -------------------------------------------------------------------------------

    def start(self) -> "CognitoLocal":
        if self.process is None and shutil.which("node") is None:
            raise EmulatorUnavailable("cognito-local needs node (Node.js 20 or newer) on PATH; node was not found")
        return super().start()

    def _prepare(self) -> tuple[list[str], dict[str, str]]:
        (self.data_dir / ".cognito" / "db").mkdir(parents=True)
        self.invoke_api = InvokeApi(self.host).start()
        (self.data_dir / ".cognito" / "config.json").write_text(json.dumps(configuration(self.invoke_api.endpoint_url)))
        env = {**os.environ, "PORT": str(self.port), "HOST": self.host, **self.extra_env}
        env.pop("COGNITO_LOCAL_DEVMODE", None)
        return [shutil.which("node"), str(self.entry_point)], env

    def stop(self, grace: float = 5.0) -> None:
        try:
            super().stop(grace)
        finally:
            if self.invoke_api is not None:
                self.invoke_api.stop()
                self.invoke_api = None

    def suite_environment(self) -> dict[str, str]:
        """What a suite run against this instance needs in its environment: where the Invoke API is."""
        return {URL_VARIABLE: self.invoke_api.endpoint_url} if self.invoke_api is not None else {}

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.endpoint_url}/health", timeout=1) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

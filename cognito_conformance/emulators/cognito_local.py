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
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

#: Pinned: the divergence registry's cognito-local entries were measured on this version.
COGNITO_LOCAL_VERSION = "5.3.0"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TOOLS_DIR = PROJECT_ROOT / ".tools" / "cognito-local"
#: cognito-local's configuration (README "Configuration"): real Cognito's username default.
CONFIG = {"UserPoolDefaults": {"UsernameAttributes": []}}


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


class EmulatorError(RuntimeError):
    """The emulator could not be installed or started; the message says why."""


class EmulatorUnavailable(EmulatorError):
    """A prerequisite (node, npm) is missing from this machine."""


def install_command(tools_dir: Path = DEFAULT_TOOLS_DIR, version: str = COGNITO_LOCAL_VERSION) -> list[str]:
    return ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(tools_dir), f"cognito-local@{version}"]


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class CognitoLocal:
    """One cognito-local server: ``start()``/``stop()`` or a context manager."""

    def __init__(self, tools_dir: Path | str = DEFAULT_TOOLS_DIR, host: str = "127.0.0.1",
                 port: int | None = None, version: str = COGNITO_LOCAL_VERSION,
                 startup_timeout: float = 30.0, extra_env: dict[str, str] | None = None) -> None:
        self.tools_dir = Path(tools_dir)
        self.host = host
        self.port = port
        self.version = version
        self.startup_timeout = startup_timeout
        self.extra_env = dict(extra_env or {})
        self.process: subprocess.Popen | None = None
        self.data_dir: Path | None = None
        self._log = None

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

    @property
    def endpoint_url(self) -> str:
        if self.port is None:
            raise EmulatorError("cognito-local has not been started")
        return f"http://{self.host}:{self.port}"

    @property
    def log_path(self) -> Path | None:
        return self.data_dir / "cognito-local.log" if self.data_dir else None

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace") if self.log_path else ""
        except OSError:
            return ""

    def start(self) -> "CognitoLocal":
        if self.process is not None:
            raise EmulatorError("cognito-local is already running")
        node = shutil.which("node")
        if node is None:
            raise EmulatorUnavailable("cognito-local needs node (Node.js 20 or newer) on PATH; node was not found")
        self.install()
        self.data_dir = Path(tempfile.mkdtemp(prefix="cognito-local-"))
        (self.data_dir / ".cognito" / "db").mkdir(parents=True)
        (self.data_dir / ".cognito" / "config.json").write_text(json.dumps(CONFIG))
        chosen_port = self.port
        self.port = chosen_port or _free_port(self.host)
        env = {**os.environ, "PORT": str(self.port), "HOST": self.host, **self.extra_env}
        env.pop("COGNITO_LOCAL_DEVMODE", None)
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen([node, str(self.entry_point)], cwd=self.data_dir, env=env,
                                        stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        try:
            self._wait_until_answering()
        except BaseException:
            self.stop()
            if chosen_port is None:
                self.port = None
            raise
        return self

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise EmulatorError(f"cognito-local exited with {self.process.returncode} while starting:\n"
                                    f"{self.log_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.endpoint_url}/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise EmulatorError(f"cognito-local did not answer on {self.endpoint_url}/health within "
                            f"{self.startup_timeout:.0f} s:\n{self.log_text()[-3000:]}")

    def stop(self, grace: float = 5.0) -> None:
        """Terminate the server's process group, kill it if it lingers, and remove its data."""
        process, self.process = self.process, None
        if process is not None:
            self._signal_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self._signal_group(process, signal.SIGKILL)
                process.wait(timeout=grace)
            # node may have left children in its group (it does not today): end them too.
            self._signal_group(process, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            self.data_dir = None

    @staticmethod
    def _signal_group(process: subprocess.Popen, sig: int) -> None:
        try:
            os.killpg(process.pid, sig)  # start_new_session=True: the group id is the child's pid
        except (ProcessLookupError, PermissionError):
            pass

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def __enter__(self) -> "CognitoLocal":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

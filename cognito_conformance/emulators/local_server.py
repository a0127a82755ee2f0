"""What every emulator the suite starts shares: a server process in its own process group, on a free
loopback port, with its own data directory and log, started until it answers and stopped with all its
children whatever happens. Each emulator's class says how to install it, what to run, and how to tell
that it answers (cognito_local.py, ministack.py).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class EmulatorError(RuntimeError):
    """An emulator could not be installed, started or reached."""


class EmulatorUnavailable(EmulatorError):
    """A prerequisite (node, npm) is missing from this machine."""


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class LocalServer:
    """One emulator server: ``start()``/``stop()`` or a context manager."""

    #: The emulator's name, in messages and in its data directory's and log's names.
    NAME = "emulator"
    #: What ``_answers`` asks, for the message when it never answers.
    HEALTH_PATH = "/health"
    #: Seconds between two asks while it starts.
    POLL = 0.1

    def __init__(self, tools_dir: Path | str, host: str = "127.0.0.1", port: int | None = None,
                 version: str = "", startup_timeout: float = 30.0, extra_env: dict[str, str] | None = None) -> None:
        self.tools_dir = Path(tools_dir)
        self.host = host
        self.port = port
        self.version = version
        self.startup_timeout = startup_timeout
        self.extra_env = dict(extra_env or {})
        self.process: subprocess.Popen | None = None
        self.data_dir: Path | None = None
        self._log = None

    # -- what each emulator says -----------------------------------------------------------------

    def install(self) -> None:
        raise NotImplementedError

    def _prepare(self) -> tuple[list[str], dict[str, str]]:
        """Fill the new data directory; the command to run and its environment."""
        raise NotImplementedError

    def _answers(self) -> bool:
        """Whether the server answers its health check now."""
        raise NotImplementedError

    def _ready(self) -> None:
        """Checks and set-up once it answers (none by default)."""

    def suite_environment(self) -> dict[str, str]:
        """What a suite run against it needs in its environment besides the endpoint (none by default)."""
        return {}

    # -- running ---------------------------------------------------------------------------------

    @property
    def endpoint_url(self) -> str:
        if self.port is None:
            raise EmulatorError(f"{self.NAME} has not been started")
        return f"http://{self.host}:{self.port}"

    @property
    def log_path(self) -> Path | None:
        return self.data_dir / f"{self.NAME}.log" if self.data_dir else None

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace") if self.log_path else ""
        except OSError:
            return ""

    def start(self):
        if self.process is not None:
            raise EmulatorError(f"{self.NAME} is already running")
        self.install()
        self.data_dir = Path(tempfile.mkdtemp(prefix=f"{self.NAME}-"))
        chosen_port = self.port
        self.port = chosen_port or free_port(self.host)
        command, env = self._prepare()
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(command, cwd=self.data_dir, env=env, stdin=subprocess.DEVNULL,
                                        stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait_until_answering()
            self._ready()
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
                raise EmulatorError(f"{self.NAME} exited with {self.process.returncode} while starting:\n"
                                    f"{self.log_text()[-3000:]}")
            if self._answers():
                return
            time.sleep(self.POLL)
        raise EmulatorError(f"{self.NAME} did not answer on {self.endpoint_url}{self.HEALTH_PATH} within "
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
            # children left in its group (ministack's Lambda workers): end them too.
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

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

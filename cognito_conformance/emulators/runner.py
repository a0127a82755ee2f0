"""The command line of an emulator's runner script (``scripts/cognito_local.py``, ``scripts/ministack.py``):
``install``, ``start`` (wait until Ctrl-C) and ``run`` (start it, run the suite against it with
``--emulator``, stop it whatever happens). The script says which emulator; the rest is the same.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .local_server import EmulatorError, LocalServer

REGION = "us-east-1"


@dataclass(frozen=True)
class Runner:
    """One emulator as its runner script starts it."""

    #: The value of ``--emulator`` (and the emulator's name in messages).
    name: str
    version: str
    server: Callable[[], LocalServer]
    #: The credentials the suite signs with against it.
    credentials: dict[str, str]
    #: What ``run`` and ``start`` add after the endpoint ("(AUTH=true, ...)"), given the started server.
    detail: Callable[[LocalServer], str] = field(default=lambda server: "")

    def suite_command(self, endpoint_url: str, pytest_args: list[str], env_file: Path | None) -> list[str]:
        args = pytest_args or ["features"]
        command = [sys.executable, "-m", "pytest", *args, "--backend", "aws", "--region", REGION,
                   "--endpoint-url", endpoint_url, "--emulator", self.name]
        if env_file is not None and "--env-file" not in args:
            command += ["--env-file", str(env_file)]
        return command

    def suite_environment(self) -> dict[str, str]:
        """The caller's environment without its AWS or Cognito settings, plus the emulator's credentials."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "COGNITO_"))}
        env.update(self.credentials)
        env["AWS_DEFAULT_REGION"] = REGION
        return env

    def run(self, pytest_args: list[str], root: Path) -> int:
        with tempfile.TemporaryDirectory(prefix=f"{self.name}-env-") as tmp, self.server() as emulator:
            env_file = Path(tmp) / "env.py"
            env_file.write_text(f'region = "{REGION}"\n')
            command = self.suite_command(emulator.endpoint_url, pytest_args, env_file)
            print(f"{self.name} {self.version} on {emulator.endpoint_url}{self.detail(emulator)}", flush=True)
            print("$ " + " ".join(command), flush=True)
            env = {**self.suite_environment(), **emulator.suite_environment()}
            return subprocess.run(command, cwd=root, env=env, check=False).returncode

    def start(self) -> int:
        with self.server() as emulator:
            print(f"{self.name} {self.version} listening on {emulator.endpoint_url}{self.detail(emulator)} "
                  f"(log: {emulator.log_path}); Ctrl-C stops it. Run the suite with:\n"
                  f"  {''.join(f'{k}={v} ' for k, v in emulator.suite_environment().items())}"
                  f"AWS_ACCESS_KEY_ID={self.credentials['AWS_ACCESS_KEY_ID']} AWS_SECRET_ACCESS_KEY=x python -m "
                  f"pytest features --backend aws --region {REGION} --endpoint-url {emulator.endpoint_url} "
                  f"--emulator {self.name}", flush=True)
            try:
                while emulator.running:
                    time.sleep(0.5)
            except KeyboardInterrupt:
                pass
            return 0 if not emulator.process or emulator.running else 1

    def main(self, doc: str, root: Path, argv: list[str] | None = None) -> int:
        argv = list(sys.argv[1:] if argv is None else argv)
        pytest_args: list[str] = []
        if "--" in argv:
            split = argv.index("--")
            argv, pytest_args = argv[:split], argv[split + 1:]
        parser = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                         formatter_class=argparse.RawDescriptionHelpFormatter, epilog=doc)
        parser.add_argument("command", choices=("install", "start", "run"))
        options = parser.parse_args(argv)
        _stop_on_signals()
        try:
            if options.command == "install":
                server = self.server()
                server.install()
                print(f"{self.name} {self.version} is installed in {server.tools_dir}")
                return 0
            return self.start() if options.command == "start" else self.run(pytest_args, root)
        except EmulatorError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            return 130


def _stop_on_signals() -> None:
    """Ctrl-C or SIGTERM unwinds through the context manager, so the emulator is always stopped.

    SIGINT is set explicitly: a shell starts background jobs with it ignored."""
    def interrupt(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)

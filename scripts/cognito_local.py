#!/usr/bin/env python
"""Run the conformance suite against cognito-local (https://github.com/jagregory/cognito-local).

    python scripts/cognito_local.py install          # npm-install the pinned cognito-local into .tools/
    python scripts/cognito_local.py start            # start it and wait; prints the endpoint; Ctrl-C stops it
    python scripts/cognito_local.py run              # start it, run the whole suite against it, stop it
    python scripts/cognito_local.py run -- features/signin -x -n 4   # pytest arguments after --

`run` executes

    python -m pytest features --backend aws --region us-east-1 \\
        --endpoint-url http://127.0.0.1:PORT --emulator cognito-local

with fake AWS credentials in the environment (and an env.py holding only the region, unless you pass
--env-file), so that cognito-local's registered divergences are expected. Arguments after `--`
replace the default `features`. Needs node and npm (Node.js 20 or newer); the exit status is pytest's.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cognito_conformance.emulators import COGNITO_LOCAL_VERSION, CognitoLocal, EmulatorError  # noqa: E402

REGION = "us-east-1"
FAKE_AWS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing"}


def suite_command(endpoint_url: str, pytest_args: list[str], env_file: Path | None) -> list[str]:
    args = pytest_args or ["features"]
    command = [sys.executable, "-m", "pytest", *args, "--backend", "aws", "--region", REGION,
               "--endpoint-url", endpoint_url, "--emulator", "cognito-local"]
    if env_file is not None and "--env-file" not in args:
        command += ["--env-file", str(env_file)]
    return command


def suite_environment() -> dict[str, str]:
    """The caller's environment without its AWS or Cognito settings, plus fake credentials."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "COGNITO_"))}
    env.update(FAKE_AWS)
    env["AWS_DEFAULT_REGION"] = REGION
    return env


def run(pytest_args: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="cognito-local-env-") as tmp, CognitoLocal() as emulator:
        env_file = Path(tmp) / "env.py"
        env_file.write_text(f'region = "{REGION}"\n')
        command = suite_command(emulator.endpoint_url, pytest_args, env_file)
        print(f"cognito-local {COGNITO_LOCAL_VERSION} on {emulator.endpoint_url}", flush=True)
        print("$ " + " ".join(command), flush=True)
        return subprocess.run(command, cwd=ROOT, env=suite_environment(), check=False).returncode


def start() -> int:
    with CognitoLocal() as emulator:
        print(f"cognito-local {COGNITO_LOCAL_VERSION} listening on {emulator.endpoint_url} "
              f"(log: {emulator.log_path}); Ctrl-C stops it. Run the suite with:\n"
              f"  AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x python -m pytest features --backend aws "
              f"--region {REGION} --endpoint-url {emulator.endpoint_url} --emulator cognito-local", flush=True)
        try:
            while emulator.running:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        return 0 if not emulator.process or emulator.running else 1


def _stop_on_signals() -> None:
    """Ctrl-C or SIGTERM unwinds through the context manager, so cognito-local is always stopped.

    SIGINT is set explicitly: a shell starts background jobs with it ignored."""
    def interrupt(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pytest_args: list[str] = []
    if "--" in argv:
        split = argv.index("--")
        argv, pytest_args = argv[:split], argv[split + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("command", choices=("install", "start", "run"))
    options = parser.parse_args(argv)
    _stop_on_signals()
    try:
        if options.command == "install":
            CognitoLocal().install()
            print(f"cognito-local {COGNITO_LOCAL_VERSION} is installed in {CognitoLocal().tools_dir}")
            return 0
        return start() if options.command == "start" else run(pytest_args)
    except EmulatorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

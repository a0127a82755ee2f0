#!/usr/bin/env python
"""Run the conformance suite against ministack (PyPI ``ministack``, a local AWS emulator).

    python scripts/ministack.py install          # pip-install the pinned ministack[full] into .tools/ministack (a venv)
    python scripts/ministack.py start            # start it and wait; prints the endpoint; Ctrl-C stops it
    python scripts/ministack.py run              # start it, run the whole suite against it, stop it
    python scripts/ministack.py run -- features/oauth -x -n 2    # pytest arguments after --

`run` starts ministack on a free loopback port with its own state directory, AUTH=true and the
account of the suite's role ARNs (123456789012, whose roles it creates there), checks
/_ministack/health (the pinned version, auth on) and a pool's key set before the first scenario,
then executes

    python -m pytest features --backend aws --region us-east-1 \\
        --endpoint-url http://127.0.0.1:PORT --emulator ministack

with the suite account's credentials in the environment (and an env.py holding only the region,
unless you pass --env-file), so that ministack's registered divergences are expected, and stops
ministack whatever happens. Arguments after `--` replace the default `features`. The exit status is pytest's.
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

from cognito_conformance.emulators import MINISTACK_VERSION, EmulatorError, Ministack  # noqa: E402
from cognito_conformance.emulators.ministack import CREDENTIALS  # noqa: E402

REGION = "us-east-1"


def suite_command(endpoint_url: str, pytest_args: list[str], env_file: Path | None) -> list[str]:
    args = pytest_args or ["features"]
    command = [sys.executable, "-m", "pytest", *args, "--backend", "aws", "--region", REGION,
               "--endpoint-url", endpoint_url, "--emulator", "ministack"]
    if env_file is not None and "--env-file" not in args:
        command += ["--env-file", str(env_file)]
    return command


def suite_environment() -> dict[str, str]:
    """The caller's environment without its AWS or Cognito settings, plus the suite account's credentials."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "COGNITO_"))}
    env.update(CREDENTIALS)
    env["AWS_DEFAULT_REGION"] = REGION
    return env


def run(pytest_args: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="ministack-env-") as tmp, Ministack() as emulator:
        env_file = Path(tmp) / "env.py"
        env_file.write_text(f'region = "{REGION}"\n')
        command = suite_command(emulator.endpoint_url, pytest_args, env_file)
        print(f"ministack {MINISTACK_VERSION} on {emulator.endpoint_url} (AUTH=true, state in {emulator.data_dir})",
              flush=True)
        print("$ " + " ".join(command), flush=True)
        return subprocess.run(command, cwd=ROOT, env=suite_environment(), check=False).returncode


def start() -> int:
    with Ministack() as emulator:
        print(f"ministack {MINISTACK_VERSION} listening on {emulator.endpoint_url} (AUTH=true; log: "
              f"{emulator.log_path}); Ctrl-C stops it. Run the suite with:\n"
              f"  AWS_ACCESS_KEY_ID={CREDENTIALS['AWS_ACCESS_KEY_ID']} AWS_SECRET_ACCESS_KEY=x python -m pytest "
              f"features --backend aws --region {REGION} --endpoint-url {emulator.endpoint_url} --emulator ministack",
              flush=True)
        try:
            while emulator.running:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        return 0 if not emulator.process or emulator.running else 1


def _stop_on_signals() -> None:
    """Ctrl-C or SIGTERM unwinds through the context manager, so ministack is always stopped.

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
            Ministack().install()
            print(f"ministack {MINISTACK_VERSION} is installed in {Ministack().tools_dir}")
            return 0
        return start() if options.command == "start" else run(pytest_args)
    except EmulatorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

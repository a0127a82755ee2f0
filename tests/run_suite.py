"""Run the conformance suite in a child pytest, as a user would from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAKE_AWS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
}


def run_suite(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m pytest ARGS`` in the project root, without the caller's Cognito settings. Its run
    record and reports go to a temporary directory unless ARGS name one (never to the project's reports/)."""
    child_env = {k: v for k, v in os.environ.items()
                 if not k.startswith(("COGNITO_", "AWS_", "PYTEST_XDIST", "PYTEST_CURRENT"))}
    child_env.update(env or {})
    with tempfile.TemporaryDirectory(prefix="cc-child-reports-") as reports:
        where = [] if {"--report-dir", "--no-report"} & set(args) else ["--report-dir", reports]
        return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:randomly", *args, *where], cwd=ROOT,
                              env=child_env, capture_output=True, text=True, timeout=timeout, check=False)

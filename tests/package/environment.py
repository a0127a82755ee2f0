"""The environment of a child process in the package tests: none of the caller's Cognito, AWS or pytest
settings, nor its virtualenv."""

from __future__ import annotations

import os


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("COGNITO_", "AWS_", "PYTEST_", "PYTHONPATH", "VIRTUAL_ENV"))}
    env.update(extra)
    return env

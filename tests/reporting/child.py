"""Run the suite in a child pytest with the reporting plugin, whether or not the suite already loads it."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import importlib.util
import json
import re
from pathlib import Path

from ..run_suite import ROOT, run_suite

PLUGIN = "reporting"


def _listed_plugins(module: str, seen: set[str]) -> set[str]:
    """The plugins ``module`` lists in ``pytest_plugins``, and theirs, recursively."""
    if module in seen:
        return set()
    seen.add(module)
    try:
        listed = getattr(importlib.import_module(module), "pytest_plugins", [])
    except ImportError:
        return set()
    listed = [listed] if isinstance(listed, str) else list(listed)
    return set(listed).union(*(_listed_plugins(name, seen) for name in listed))


def plugin_args() -> list[str]:
    """``-p <reporting plugin>``, or nothing once conftest.py (or the installed entry point) loads it:
    passing ``-p`` for a plugin already listed would register it twice."""
    tree = ast.parse((ROOT / "conftest.py").read_text())
    roots = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "pytest_plugins" for t in node.targets):
            value = ast.literal_eval(node.value)
            roots += [value] if isinstance(value, str) else list(value)
    roots += [ep.value for ep in importlib.metadata.entry_points(group="pytest11")
              if ep.value.startswith("cognito_conformance")]
    seen: set[str] = set()
    listed = set(roots).union(*(_listed_plugins(name, seen) for name in roots))
    if any(name.rsplit(".", 1)[-1] == PLUGIN and "fixtures" in name for name in listed):
        return []
    packaged = importlib.util.find_spec("cognito_conformance.fixtures") is not None
    return ["-p", "cognito_conformance.fixtures.reporting" if packaged else "fixtures.reporting"]


def run_with_report(report_dir: Path, *args: str, env: dict | None = None):
    return run_suite(*args, *plugin_args(), "--report-dir", str(report_dir), env=env)


def only(directory: Path, pattern: str) -> Path:
    found = sorted(directory.glob(pattern))
    assert len(found) == 1, f"{pattern} in {directory}: {found}"
    return found[0]


def terminal_counts(stdout: str) -> dict[str, int]:
    """pytest's final line as counts: {"passed": 16, "xfailed": 11, ...}."""
    last = [line for line in stdout.splitlines() if line.strip()][-1]
    return {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", last)}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))

"""What changed since the previous run of the same backend: new failures, fixed and new divergences.

The previous run is a record given with ``--compare PATH``, else the newest record in the report
directory whose backend and implementation are this run's. Behaviours are matched by their row key
(feature file, scenario, Outline example).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from .record import READABLE

#: The changes a nightly run reports, in the order shown.
KINDS = {
    "new_failures": "new failures",
    "fixed_divergences": "fixed divergences (registered divergences that now hold)",
    "new_divergences": "new divergences",
    "fixed_failures": "failures that now hold",
}
#: A registered divergence that no longer diverges held too ("failed" with no_longer_diverges; older
#: records: "xpassed-strict").
_HOLDS = ("passed", "no longer diverges", "xpassed-strict")


def _result(scenario: Mapping | None) -> str | None:
    if scenario is None:
        return None
    if scenario.get("no_longer_diverges"):
        return "no longer diverges"
    return scenario.get("result")


def previous_record(directory: Path, run: Mapping) -> Path | None:
    """The newest record in ``directory`` of this run's backend and implementation, other than this run."""
    newest, newest_key = None, None
    for path in directory.glob("cognito-*.json"):
        try:
            other = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(other, dict) or other.get("schema") not in READABLE:
            continue
        meta = other.get("run") or {}
        if meta.get("run_id") == run.get("run_id"):
            continue
        if (meta.get("backend"), meta.get("implementation")) != (run.get("backend"), run.get("implementation")):
            continue
        key = (meta.get("finished") or meta.get("started") or "", path.stat().st_mtime)
        if newest_key is None or key > newest_key:
            newest, newest_key = path, key
    return newest


def compare(previous: Mapping, current: Mapping, previous_path: str | None = None) -> dict:
    before = {s["key"]: s for s in previous["scenarios"]}
    changes: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for scenario in current["scenarios"]:
        old = before.get(scenario["key"])
        was, now = _result(old), _result(scenario)
        item = {"key": scenario["key"], "name": scenario["name"], "id": scenario.get("id"),
                "example": scenario.get("example") or {}, "before": was or "not run", "after": now}
        if now == "failed" and was != "failed":
            changes["new_failures"].append(item)
        elif was == "failed" and now in _HOLDS:
            changes["fixed_failures"].append(item)
        if was == "diverged" and now in _HOLDS:
            changes["fixed_divergences"].append(item)
        elif now == "diverged" and was != "diverged":
            changes["new_divergences"].append(item)
    meta = previous.get("run") or {}
    return {"previous": {"run_id": meta.get("run_id"), "started": meta.get("started"), "path": previous_path,
                         "counts": previous.get("counts")}, **changes}


def lines(trend: Mapping) -> list[str]:
    """The trend as terminal lines."""
    previous = trend["previous"]
    head = f"since run {previous.get('run_id')} ({previous.get('started') or 'time unknown'})"
    counts = ", ".join(f"{len(trend[kind])} {label.split(' (')[0]}" for kind, label in KINDS.items())
    out = [f"{head}: {counts}"]
    for kind, label in KINDS.items():
        for item in trend[kind]:
            out.append(f"  {label.split(' (')[0]}: {item['key']} ({item['before']} -> {item['after']})")
    return out

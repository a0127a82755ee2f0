"""What changed since the previous run of the same backend: new failures, fixed and new divergences.

The previous run is a record given with ``--compare PATH``, else the newest record in the report
directory whose backend and implementation are this run's (found by file name, reading one record
however many are kept: ``previous_record``). Behaviours are matched by their row key
(feature file, scenario, Outline example).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from .record import READABLE, file_stem

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
    """The newest record in ``directory`` of this run's backend and implementation, other than this run.

    Read by name first, not by content: a record's file is named ``cognito-<implementation>-<run id>.json``
    (record.file_stem) and run ids sort by their start, so the files named for this implementation are
    opened newest first and the first of this backend is the answer; files named for another
    implementation are not opened; any other ``cognito-*.json`` (renamed) is opened after, newest first.
    A run therefore reads one earlier record, not the whole history kept in the directory.
    """
    own_prefix = file_stem({"run": {"implementation": run.get("implementation", "unknown"), "run_id": ""}})
    own, renamed = [], []
    for path in directory.glob("cognito-*.json"):
        named = _NAMED.match(path.name)
        try:
            modified = path.stat().st_mtime
        except OSError:
            continue
        if named is None:
            renamed.append((modified, path))
        elif path.name.startswith(own_prefix) and "-" not in path.name[len(own_prefix):]:
            own.append((named["run_id"], modified, path))
    for path in [p for *_, p in sorted(own, reverse=True)] + [p for _, p in sorted(renamed, reverse=True)]:
        if _is_previous(path, run):
            return path
    return None


#: A record's file name as record.file_stem makes it: the implementation, then a generated run id.
_NAMED = re.compile(r"^cognito-(?P<implementation>.+)-(?P<run_id>\d{14}[0-9a-f]{4})\.json$")


def _is_previous(path: Path, run: Mapping) -> bool:
    """Whether the record at ``path`` is an earlier run of this backend and implementation."""
    try:
        other = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(other, dict) or other.get("schema") not in READABLE:
        return False
    meta = other.get("run") or {}
    if meta.get("run_id") == run.get("run_id"):
        return False
    return (meta.get("backend"), meta.get("implementation")) == (run.get("backend"), run.get("implementation"))


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

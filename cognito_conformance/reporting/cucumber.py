"""Cucumber JSON from a run record, for CI tools that read it.

pytest-bdd's own ``--cucumberjson`` writes nothing under pytest-xdist (its scenario data stays on
the workers), so the plugin writes this file from the record instead, which works in both modes.
Cucumber has no "expected failure": a divergence shows as skipped from the step where it showed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path

from .record import one_a_line

#: The status of the step that showed each result (the steps before passed, the steps after were skipped).
_SHOWN_AS = {"diverged": "skipped", "failed": "failed"}
#: A step's own status in the record, as cucumber names it.
_STEP_STATUS = {"passed": "passed", "failed": "failed", "diverged": "skipped", "not run": "skipped",
                "skipped": "skipped"}


def _tags(tags, line: int) -> list[dict]:
    return [{"name": f"@{tag}", "line": max(line - 1, 1)} for tag in tags]


def _statuses(scenario: Mapping) -> list[str]:
    result, count = scenario["result"], len(scenario["steps"])
    if result == "failed" and scenario.get("no_longer_diverges"):  # every step passed; the divergence is gone
        return ["passed"] * (count - 1) + ["failed"] if count else []
    if count and all(step.get("status") in _STEP_STATUS for step in scenario["steps"]):
        return [_STEP_STATUS[step["status"]] for step in scenario["steps"]]
    if result in ("passed", "skipped"):
        return [result] * count
    texts = [step["text"] for step in scenario["steps"]]
    showing = (scenario.get("failed_step") or {}).get("text")
    at = texts.index(showing) if showing in texts else count - 1
    return ["passed"] * at + [_SHOWN_AS[result]] + ["skipped"] * (count - at - 1)


def _steps(scenario: Mapping) -> list[dict]:
    statuses = _statuses(scenario)
    message = scenario.get("error") or scenario.get("reason")
    steps = []
    for step, status in zip(scenario["steps"], statuses, strict=True):
        duration = step.get("duration")
        result = {"status": status, "duration": math.floor(float(duration) * 10**9) if duration else 0}
        if message and status != "passed" and not any("error_message" in s["result"] for s in steps):
            result["error_message"] = message
        definition = step.get("definition") or {}
        location = f'{definition["path"]}:{definition.get("line")}' if definition.get("path") else ""
        steps.append({"keyword": step["keyword"], "name": step["text"], "line": step.get("line", 0),
                      "match": {"location": location}, "result": result})
    if steps and not any(step.get("duration") for step in scenario["steps"]):
        steps[-1]["result"]["duration"] = math.floor(float(scenario.get("duration") or 0) * 10**9)
    return steps


def build(record: Mapping) -> list[dict]:
    features: dict[str, dict] = {}
    for scenario in record["scenarios"]:
        feature = scenario["feature"]
        entry = features.setdefault(feature["path"], {
            "keyword": "Feature", "uri": feature["path"], "name": feature["name"],
            "id": feature["path"].lower().replace(" ", "-"), "line": 1, "description": feature["description"],
            "language": "en", "tags": _tags(feature["tags"], 1), "elements": []})
        entry["elements"].append({
            "keyword": scenario["keyword"], "id": scenario["id"], "name": scenario["name"],
            "line": scenario["line"], "description": "", "tags": _tags(scenario["tags"], scenario["line"]),
            "type": "scenario", "steps": _steps(scenario)})
    return list(features.values())


def write(record: Mapping, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[\n{one_a_line(build(record))}\n]\n", encoding="utf-8")  # a feature a line
    return path

"""The run record: what one run of the suite proved, scenario by scenario, as plain JSON-ready data.

Plain Python (no pytest import): the pytest plugin in ``fixtures/reporting.py`` hands in pytest-bdd's
feature and scenario objects and each test phase's outcome as dicts. Every free text that could
carry a secret (step text, data tables, reasons, errors) passes through ``mask()`` on the way in.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from .. import evidence as evidence_
from .. import implementations
from ..divergences import NOW_DOCUMENTED
from .. import result_classes
from ..masking import mask
from .masked_texts import mask_many

SCHEMA = "cognito-conformance/run/2"
#: Records this version reads: the first schema lacks result classes, evidence and step statuses.
READABLE = ("cognito-conformance/run/1", SCHEMA)
#: Every result a scenario can have, in the order reports show them. A registered divergence that
#: no longer diverges is "failed" (as pytest, JUnit and cucumber count it) with ``no_longer_diverges``;
#: records written before that named it "xpassed-strict", which readers still take as failed.
RESULTS = ("passed", "diverged", "skipped", "failed")
XPASS_STRICT_PREFIX = "[XPASS(strict)]"
#: The user property that marks one that held on a version the registry has not measured.
NOW_DOCUMENTED_PROPERTY = "cognito-now-documented"
SKIPPED_PREFIX = "Skipped: "
#: Longest error text kept for a failure; the JUnit XML keeps the whole traceback.
ERROR_LIMIT = 3000


def _masked(text: object) -> str:
    return mask(str(text)) if text is not None else ""


class _ToMask(str):
    """A text of a description, masked with the description's other texts when it is complete."""


def _deferred(text: object) -> str:
    return _ToMask(str(text)) if text is not None else ""


def _mask_deferred(value):
    """``value`` with its deferred texts masked, all in one batch (``masked_texts.mask_many``)."""
    found: list[str] = []

    def collect(item) -> None:
        if isinstance(item, _ToMask):
            found.append(str(item))
        elif isinstance(item, dict):
            for inner in item.values():
                collect(inner)
        elif isinstance(item, list):
            for inner in item:
                collect(inner)

    collect(value)
    masked = iter(mask_many(found))

    def replace(item):
        if isinstance(item, _ToMask):
            return next(masked)
        if isinstance(item, dict):
            return {key: replace(inner) for key, inner in item.items()}
        if isinstance(item, list):
            return [replace(inner) for inner in item]
        return item

    return replace(value)


def describe_feature(feature, root: str | Path | None = None) -> dict:
    """A pytest-bdd Feature as data: path (from ``root``, the rootdir, when given), name, description,
    tags and its domain (the folder it is in: features/<domain>/)."""
    return _mask_deferred(_feature(feature, root))


def _feature(feature, root: str | Path | None = None) -> dict:
    path = os.path.relpath(feature.filename, root) if root is not None else feature.rel_filename
    path = str(path).replace("\\", "/")
    parts = path.split("/")
    return {
        "path": path,
        "name": _deferred(feature.name) or path,
        "description": _deferred(feature.description),
        "tags": sorted(feature.tags),
        "domain": parts[-2] if len(parts) > 1 else "",
    }


def describe_step(step) -> dict:
    return _mask_deferred(_step(step))


def _step(step) -> dict:
    table = step.datatable.raw() if step.datatable is not None else None
    return {
        "keyword": step.keyword,
        "text": _deferred(step.name),
        "line": step.line_number,
        "table": [[_deferred(cell) for cell in row] for row in table] if table else None,
        "docstring": _deferred(step.docstring) if step.docstring is not None else None,
    }


def describe_evidence(scenario) -> dict:
    """The scenario's sources (cognito_conformance.evidence): its class, each source with its link."""
    return _mask_deferred(_evidence(scenario))


def _evidence(scenario) -> dict:
    if not hasattr(scenario, "description"):
        return {"class": evidence_.NONE, "sources": [], "choice": None, "problems": []}
    found = evidence_.of_scenario(scenario)
    return {
        "class": found.evidence_class,
        "sources": [{"kind": s.kind, "title": _deferred(s.title), "url": s.url, "where": s.where,
                     "quote": _deferred(s.quote)} for s in found.sources],
        "choice": _deferred(found.choice) if found.choice else None,
        "reasoning": _deferred(found.reasoning) if found.reasoning else None,
        "problems": [_deferred(p) for p in found.problems],
    }


def describe_scenario(feature, scenario, example: Mapping[str, object] | None = None,
                      divergence=None, root: str | Path | None = None, example_index: int | None = None) -> dict:
    """A rendered pytest-bdd Scenario (one Outline example) as data.

    ``divergence`` is the registry entry that applies on this run's implementation, if any;
    ``example_index`` the example's place in the Outline's Examples (file order). Its texts are
    masked together, in one call of ``mask``.
    """
    rule = scenario.rule
    example = {str(k): _deferred(v) for k, v in (example or {}).items()}
    return _mask_deferred({
        "feature": _feature(feature, root),
        "rule": None if rule is None else {"name": _deferred(rule.name), "description": _deferred(rule.description),
                                           "tags": sorted(rule.tags)},
        "keyword": scenario.keyword,
        "name": _deferred(scenario.name),
        "line": scenario.line_number,
        "example": example,
        "example_index": example_index,
        "tags": sorted(scenario.tags),
        "steps": [_step(step) for step in scenario.steps],
        "evidence": _evidence(scenario),
        "divergence": None if divergence is None else {
            "reason": _deferred(divergence.reason), "reference": _deferred(divergence.reference),
            "upstream": divergence.upstream, "risk": getattr(divergence, "risk", None)},
    })


def fallback_scenario(nodeid: str) -> dict:
    """For a scenario that stopped before pytest-bdd rendered it (a fixture failed in setup)."""
    path, _, name = nodeid.partition("::")
    parts = path.split("/")
    return {
        "feature": {"path": path, "name": path, "description": "", "tags": [],
                    "domain": parts[-2] if len(parts) > 1 else ""},
        "rule": None, "keyword": "Scenario", "name": _masked(name), "line": 0, "example": {}, "tags": [],
        "steps": [], "evidence": {"class": evidence_.NONE, "sources": [], "choice": None, "problems": []},
        "divergence": None,
    }


def row_key(scenario: Mapping) -> str:
    """The behaviour's identity across runs: feature file, scenario name and Outline example."""
    example = ", ".join(f"{k}={v}" for k, v in sorted(scenario["example"].items()))
    return f"{scenario['feature']['path']} › {scenario['name']}" + (f" [{example}]" if example else "")


def _skip_reason(text: str) -> str:
    # A skip's longrepr is (path, line, "Skipped: why"); as text it is that tuple's last item.
    return text[len(SKIPPED_PREFIX):] if text.startswith(SKIPPED_PREFIX) else text


def clean_error(text: str | None) -> str:
    """A failure's message without pytest's assertion-rewrite explanation (``+  where None = <...>``):
    the assertion's own message when it has one, else its first line."""
    lines = [line for line in str(text or "").splitlines()]
    kept = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(("+", "where ", "Full diff", "Use -v")):
            continue
        if kept and stripped.startswith("assert "):
            break  # the message came first; the rewritten expression adds nothing a reader needs
        kept.append(line.rstrip())
    return "\n".join(kept).strip()


def classify(phases: Iterable[Mapping], failed_step: Mapping | None = None,
             divergence: Mapping | None = None) -> dict:
    """One scenario's result from its test phases.

    Each phase is ``{"when", "outcome", "duration", "wasxfail", "text"}``: pytest's report for setup,
    call and teardown, ``text`` being the skip reason or the failure's message; a phase may carry its
    report's ``user_properties``, where the result-class marks travel.
    """
    phases = list(phases)
    call = (failed_step or {}).get("call")
    failed_step = {k: _masked(v) for k, v in failed_step.items() if k != "call"} if failed_step else None
    if failed_step is not None and call:
        failed_step["call"] = call  # masked field by field when it was recorded (reporting.calls)
    duration = round(sum(float(p.get("duration") or 0) for p in phases), 3)
    result: dict = {"result": "passed", "reason": None, "divergence": divergence, "failed_step": None,
                    "error": None, "phase": None, "duration": duration}
    failed = [p for p in phases if p["outcome"] == "failed"]
    skipped = [p for p in phases if p["outcome"] == "skipped"]
    no_longer = [p for p in failed if NOW_DOCUMENTED in str(p.get("text") or "")
                 or str(p.get("text") or "").startswith(XPASS_STRICT_PREFIX)]
    marks = [prop for phase in phases for prop in phase.get("user_properties") or []]
    if no_longer:
        reason = str(no_longer[0]["text"]).removeprefix(XPASS_STRICT_PREFIX).removeprefix("Failed: ").strip()
        result.update(result="failed", reason=_masked(reason), phase=no_longer[0]["when"], no_longer_diverges=True,
                      error=_masked(reason))
    elif failed:
        first = failed[0]
        error = _masked(first.get("text"))
        step = dict(failed_step) if failed_step and first["when"] == "call" else None
        if step and step.get("error"):
            error = step.pop("error")
        if first["when"] == "call":
            error = clean_error(error) or error
        result.update(result="failed", phase=first["when"], failed_step=step, error=error[-ERROR_LIMIT:])
    elif skipped and skipped[0].get("wasxfail"):
        step = dict(failed_step) if failed_step else None
        if step and step.get("error"):
            step["error"] = clean_error(step["error"]) or step["error"]
        result.update(result="diverged", reason=_masked(skipped[0]["wasxfail"]), failed_step=step)
    elif skipped:
        result.update(result="skipped", reason=_masked(_skip_reason(str(skipped[0].get("text") or ""))),
                      phase=skipped[0]["when"])
    now_documented = [value for name, value in marks if name == NOW_DOCUMENTED_PROPERTY]
    if result["result"] == "passed" and now_documented:  # held on a version the registry has not measured
        result.update(reason=_masked(now_documented[0]), no_longer_diverges=True)
    result["result_class"], result["class_reason"] = result_class(result["result"], marks)
    return result


def result_class(result: str, user_properties: Iterable, stand_in: bool = False) -> tuple[str | None, str | None]:
    """What decided a passed scenario: result_classes' marks (the weakest wins) and the hosted-UI
    stand-in. Only a passed scenario has a class."""
    if result != "passed":
        return None, None
    marks = [tuple(prop) for prop in user_properties]
    if stand_in:
        marks.append((result_classes.PROPERTY, {"class": result_classes.STAND_IN, "reason": STAND_IN_REASON}))
    found, reason = result_classes.of(marks)
    return found, (_masked(reason) if reason else None)


#: Why a hosted-UI result holds only on the stand-in (moto serves no hosted UI).
STAND_IN_REASON = ("the hosted-UI endpoints answered by the suite's stand-in "
                   "(cognito_conformance/hosted_ui), not by the implementation under test")


def step_results(steps: list[Mapping], result: str, executed: list[Mapping] | None,
                 failed_step: Mapping | None) -> list[dict]:
    """Each step with its status (passed, failed, diverged, skipped, not run), duration and definition.

    ``executed`` lists the steps pytest-bdd ran, in order: ``{"line", "text", "status", "duration",
    "definition"}``. Steps it did not reach are "not run". Without it (an older record, a scenario
    stopped before its steps), statuses follow from the result and the step that showed it.
    """
    ran = {(e.get("line"), e.get("text")): e for e in executed or []}
    showing = (failed_step or {}).get("text")
    out, reached_failure = [], False
    for step in steps:
        entry = dict(step)
        done = ran.get((step.get("line"), step.get("text")))
        if done is not None:
            entry.update(status=done.get("status"), duration=done.get("duration"),
                         definition=done.get("definition"))
            if entry["status"] == "failed" and result == "diverged":
                entry["status"] = "diverged"
        elif executed is not None or result in ("skipped",):
            entry.update(status="not run", duration=None, definition=None)
        elif result == "passed":
            entry.update(status="passed", duration=None, definition=None)
        elif reached_failure:
            entry.update(status="not run", duration=None, definition=None)
        elif showing is not None and step.get("text") == showing:
            entry.update(status="diverged" if result == "diverged" else "failed", duration=None, definition=None)
            reached_failure = True
        else:
            entry.update(status="passed" if showing is not None else "not run", duration=None, definition=None)
        if entry["status"] in ("failed", "diverged"):
            reached_failure = True
        out.append(entry)
    return out


def scenario_entry(nodeid: str, scenario: Mapping, outcome: Mapping, hosted_ui: str | None = None,
                   executed: list[Mapping] | None = None) -> dict:
    """One scenario's entry in the record: its description, its result and where the result came from.

    ``hosted_ui`` is "stand-in" when the OAuth steps ran against the suite's hosted-UI stand-in;
    ``executed`` is what pytest-bdd ran of its steps (``step_results``).
    """
    entry = {"id": nodeid, "key": row_key(scenario), **scenario, **outcome,
             "hosted_ui": hosted_ui, "stand_in": hosted_ui == "stand-in"}
    entry["steps"] = step_results(list(scenario["steps"]), outcome["result"], executed, outcome.get("failed_step"))
    if outcome["result"] == "passed":
        marks = [(result_classes.PROPERTY, {"class": outcome["result_class"], "reason": outcome["class_reason"]})] \
            if outcome.get("result_class") not in (None, result_classes.HOLDS) else []
        # The stand-in's own fixture marks what it decided (not every @oauth scenario: moto decides some).
        entry["result_class"], entry["class_reason"] = result_class("passed", marks)
    else:
        entry["result_class"], entry["class_reason"] = None, None
    return entry


def count(results: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(RESULTS, 0)
    for result in results:
        counts[result] = counts.get(result, 0) + 1
    return counts


def count_classes(scenarios: Iterable[Mapping]) -> dict[str, int]:
    """Passed scenarios by what decided them: holds, holds on the stand-in, not proven here."""
    counts = dict.fromkeys(result_classes.CLASSES, 0)
    for scenario in scenarios:
        if scenario["result"] == "passed":
            counts[scenario.get("result_class") or result_classes.HOLDS] += 1
    return counts


def count_evidence(scenarios: Iterable[Mapping]) -> dict[str, int]:
    counts = dict.fromkeys(evidence_.CLASSES, 0)
    for scenario in scenarios:
        counts[(scenario.get("evidence") or {}).get("class") or evidence_.NONE] += 1
    return counts


def order(scenario: Mapping) -> tuple:
    """File order: feature, line, the Outline example's place in its table."""
    index = scenario.get("example_index")
    return (scenario["feature"]["path"], scenario["line"] or 0, index if index is not None else -1, row_key(scenario))


def build_run(run: Mapping, scenarios: Iterable[Mapping]) -> dict:
    """The whole record: ``run`` is the run's metadata, ``scenarios`` each scenario's entry."""
    entries = sorted(scenarios, key=order)
    meta = dict(run)
    meta.setdefault("label", implementations.label_of(meta.get("backend", ""), meta.get("implementation", "")))
    return {"schema": SCHEMA, "run": meta, "counts": count(s["result"] for s in entries),
            "classes": count_classes(entries), "evidence": count_evidence(entries), "scenarios": entries}


def file_stem(record: Mapping) -> str:
    """``cognito-<implementation>-<run id>``, safe as a file name."""
    run = record["run"]
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{run.get('implementation', 'unknown')}-{run.get('run_id', 'run')}")
    return f"cognito-{safe}"


def one_a_line(items: Iterable) -> str:
    """JSON array members, one a line (no brackets): readable diffs, and json's C encoder does the work
    (an ``indent`` makes json encode in pure Python, several times slower on a whole catalogue)."""
    return ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)


def to_text(record: Mapping) -> str:
    """The record as JSON with one scenario a line."""
    head = {key: value for key, value in record.items() if key != "scenarios"}
    lines = one_a_line(record.get("scenarios", []))
    return f'{json.dumps(head, indent=1, ensure_ascii=False)[:-2]},\n "scenarios": [\n{lines}\n ]\n}}\n'


def write_json(record: Mapping, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_text(record), encoding="utf-8")
    return path


def read_json(path: Path) -> dict:
    record = json.loads(Path(path).read_text(encoding="utf-8"))
    schema = record.get("schema") if isinstance(record, dict) else None
    if schema not in READABLE:
        raise ValueError(f"{path} is not a cognito-conformance run record (cognito-<implementation>-<run id>.json); "
                         f"its schema is {schema!r}")
    return upgrade(record)


def upgrade(record: dict) -> dict:
    """An older record with the fields this version reads (no class, no evidence, statuses inferred)."""
    for scenario in record.get("scenarios", []):
        scenario.setdefault("evidence", {"class": evidence_.NONE, "sources": [], "choice": None, "problems": []})
        if "result_class" not in scenario:
            scenario["result_class"], scenario["class_reason"] = result_class(
                scenario["result"], [], bool(scenario.get("stand_in")))
        if scenario.get("steps") and "status" not in scenario["steps"][0]:
            scenario["steps"] = step_results(scenario["steps"], scenario["result"], None, scenario.get("failed_step"))
    record.setdefault("classes", count_classes(record.get("scenarios", [])))
    record.setdefault("evidence", count_evidence(record.get("scenarios", [])))
    return record

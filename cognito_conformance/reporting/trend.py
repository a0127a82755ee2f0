"""What changed since the previous run of the same backend and selection: new failures, fixed and new
divergences, and the history of that selection.

Like is compared with like. Each run's record names its **selection** (the paths, ``-k``, ``-m`` and
``--deselect`` that chose its scenarios, relative to the rootdir: ``selection``), and each record written
is added to the report directory's **index** (``cognito-runs.jsonl``, one line per run: file, run id,
backend, implementation, selection, counts). The previous run is a record given with ``--compare PATH``,
else the newest record of this run's backend, implementation and selection, else (none with this
selection) the newest of its backend and implementation, the trend then saying that the selection
differs. Only the index's last lines are read (``INDEX_TAIL`` bytes), and one record: a run's time does
not grow with the records the directory keeps. Without an index (records written before it), the newest
record of the backend and implementation is found by file name (``previous_record``).

Behaviours are matched by their row key (feature file, scenario, Outline example); only behaviours run in
both runs are compared, and the trend counts those run in one of them only ("not run then", "not run
now"), so that a one-scenario rerun between two full runs changes nothing in the second's trend. The
history strip is the index's last ``HISTORY`` runs of this backend, implementation and selection.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
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
#: The index of the records in a report directory, one JSON line per run.
INDEX = "cognito-runs.jsonl"
#: How much of the index's end is read (about 4,000 runs): the cost of a run stays bounded.
INDEX_TAIL = 1 << 20
#: How many runs of the same selection the history strip shows (this one included).
HISTORY = 10
WHOLE_CATALOGUE = "the whole catalogue"


# -- the selection ---------------------------------------------------------------------------------


def selection(args: Sequence[str], rootdir: Path, invocation_dir: Path, keyword: str = "", markexpr: str = "",
              deselect: Sequence[str] = ()) -> dict:
    """What chose a run's scenarios, the same however it was typed: pytest's resolved arguments (testpaths
    when none were given) as paths relative to the rootdir, and its ``-k``, ``-m`` and ``--deselect``."""
    def relative(arg: str) -> str:
        path, separator, rest = str(arg).partition("::")
        absolute = Path(os.path.normpath(invocation_dir / path))
        try:
            shown = absolute.relative_to(Path(os.path.normpath(rootdir))).as_posix()
        except ValueError:
            shown = absolute.as_posix()
        return f"{shown}{separator}{rest}"

    return {"paths": sorted({relative(arg) for arg in args}), "keyword": keyword or "", "markexpr": markexpr or "",
            "deselect": sorted(relative(arg) for arg in deselect or ())}


def selection_key(chosen: Mapping | None) -> str | None:
    return json.dumps(dict(chosen), sort_keys=True) if chosen else None


def selection_label(chosen: Mapping | None) -> str:
    """The selection in a reader's words: "the whole catalogue", or its paths and options."""
    if not chosen:
        return "a selection this record does not name (an older record)"
    words = [] if chosen.get("paths") == ["features"] else [" ".join(chosen.get("paths") or [])]
    if chosen.get("keyword"):
        words.append(f"-k {chosen['keyword']!r}")
    if chosen.get("markexpr"):
        words.append(f"-m {chosen['markexpr']!r}")
    for deselected in chosen.get("deselect") or ():
        words.append(f"--deselect {deselected}")
    return " ".join(w for w in words if w) or WHOLE_CATALOGUE


# -- the index -------------------------------------------------------------------------------------


def index_entry(record: Mapping, path: Path) -> dict:
    run = record.get("run") or {}
    return {"file": path.name, "run_id": run.get("run_id"), "backend": run.get("backend"),
            "implementation": run.get("implementation"), "selection": selection_key(run.get("selection")),
            "started": run.get("started"), "counts": record.get("counts"),
            "no_longer_diverges": sum(1 for s in record.get("scenarios") or () if s.get("no_longer_diverges"))}


def add_to_index(directory: Path, record: Mapping, path: Path) -> None:
    """Append the record written at ``path`` to the directory's index (one line, appended at once)."""
    line = json.dumps(index_entry(record, path), ensure_ascii=False) + "\n"
    with open(directory / INDEX, "a", encoding="utf-8") as index:
        index.write(line)


def read_index(directory: Path) -> list[dict]:
    """The index's entries, oldest first: only its last ``INDEX_TAIL`` bytes are read."""
    try:
        with open(directory / INDEX, "rb") as index:
            size = index.seek(0, os.SEEK_END)
            index.seek(max(0, size - INDEX_TAIL))
            data = index.read()
    except OSError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    if size > INDEX_TAIL:
        lines = lines[1:]  # the first line read may be cut
    entries = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and entry.get("file"):
            entries.append(entry)
    return entries


def _same_run_kind(entry: Mapping, run: Mapping) -> bool:
    return (entry.get("backend"), entry.get("implementation")) == (run.get("backend"), run.get("implementation"))


def history(directory: Path, run: Mapping, limit: int = HISTORY, entries: list[dict] | None = None) -> list[dict]:
    """The last ``limit`` runs of this backend, implementation and selection in the index, oldest first."""
    key = selection_key(run.get("selection"))
    entries = read_index(directory) if entries is None else entries
    same = [e for e in entries if _same_run_kind(e, run) and key is not None and e.get("selection") == key]
    return same[-limit:]


def previous_from_index(directory: Path, run: Mapping, entries: list[dict] | None = None) -> Path | None:
    """The newest record in the index of this backend, implementation and selection, else of this backend
    and implementation; None when the index names none (or none that still exists)."""
    entries = read_index(directory) if entries is None else entries
    key = selection_key(run.get("selection"))
    candidates = [e for e in reversed(entries) if _same_run_kind(e, run) and e.get("run_id") != run.get("run_id")]
    for wanted in ([e for e in candidates if key is not None and e.get("selection") == key], candidates):
        for entry in wanted:
            path = directory / Path(str(entry["file"])).name
            if path.is_file() and _is_previous(path, run):
                return path
    return None


def _result(scenario: Mapping | None) -> str | None:
    if scenario is None:
        return None
    if scenario.get("no_longer_diverges"):
        return "no longer diverges"
    return scenario.get("result")


def previous_record(directory: Path, run: Mapping) -> Path | None:
    """The record this run is compared with: from the index (``previous_from_index``), else the newest
    record in ``directory`` of this run's backend and implementation, other than this run."""
    return previous_from_index(directory, run) or newest_by_name(directory, run)


def newest_by_name(directory: Path, run: Mapping) -> Path | None:
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
    """What changed, over the behaviours run in both; those run in one of the two only are counted apart."""
    before = {s["key"]: s for s in previous["scenarios"]}
    now_keys = {s["key"] for s in current["scenarios"]}
    changes: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    not_run_then = [s["key"] for s in current["scenarios"] if s["key"] not in before]
    not_run_now = [key for key in before if key not in now_keys]
    for scenario in current["scenarios"]:
        old = before.get(scenario["key"])
        if old is None:
            continue
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
    then_key, now_key = selection_key(meta.get("selection")), selection_key((current.get("run") or {}).get("selection"))
    return {"previous": {"run_id": meta.get("run_id"), "started": meta.get("started"), "path": previous_path,
                         "counts": previous.get("counts"), "selection": selection_label(meta.get("selection"))},
            "selection": selection_label((current.get("run") or {}).get("selection")),
            "same_selection": then_key is not None and then_key == now_key,
            "compared": len(now_keys) - len(not_run_then), "not_run_then": not_run_then, "not_run_now": not_run_now,
            **changes}


def nothing_to_compare(current: Mapping, directory: Path | None = None) -> dict:
    """The trend of a first run: nothing to compare with yet."""
    where = f" in {directory}" if directory is not None else ""
    return {"previous": None, "selection": selection_label((current.get("run") or {}).get("selection")),
            "why": f"no earlier record of this backend and implementation{where}"}


def lines(trend: Mapping) -> list[str]:
    """The trend as terminal lines."""
    previous = trend.get("previous")
    if not previous:
        return [f"nothing to compare yet: {trend.get('why') or 'no earlier record'} "
                f"(selection: {trend.get('selection') or WHOLE_CATALOGUE})"]
    head = f"since run {previous.get('run_id')} ({previous.get('started') or 'time unknown'})"
    counts = ", ".join(f"{len(trend[kind])} {label.split(' (')[0]}" for kind, label in KINDS.items())
    out = [f"{head}: {counts}"]
    if "same_selection" in trend and (not trend["same_selection"] or trend.get("not_run_then")
                                      or trend.get("not_run_now")):
        out.append("  " + scope(trend))
    for kind, label in KINDS.items():
        for item in trend[kind]:
            out.append(f"  {label.split(' (')[0]}: {item['key']} ({item['before']} -> {item['after']})")
    return out


def scope(trend: Mapping) -> str:
    """What the comparison covered: the selections, and what was run in one of the two runs only."""
    previous = trend.get("previous") or {}
    if trend.get("same_selection"):
        chosen = f"the same selection ({trend.get('selection')})"
    else:
        chosen = (f"a different selection: that run's was {previous.get('selection')}, this run's is "
                  f"{trend.get('selection')}")
    return (f"compared {trend.get('compared', 0)} scenarios run in both, {chosen}; "
            f"{len(trend.get('not_run_then') or ())} run now were not run then, "
            f"{len(trend.get('not_run_now') or ())} run then were not run now")

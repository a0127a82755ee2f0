"""The trend's previous run is found by reading one earlier record, however many the directory keeps."""

from __future__ import annotations

import json
import os

from cognito_conformance.reporting import record, trend

RUN = {"run_id": "20261201000000aaaa", "backend": "moto", "implementation": "moto"}


def _write(directory, name, run_id, backend="moto", implementation="moto", age=0):
    path = directory / name
    path.write_text(json.dumps({"schema": record.SCHEMA, "scenarios": [],
                                "run": {"run_id": run_id, "backend": backend, "implementation": implementation}}))
    os.utime(path, (1_000_000 - age, 1_000_000 - age))
    return path


def _opened(monkeypatch):
    seen = []
    original = trend._is_previous

    def counting(path, run):
        seen.append(path.name)
        return original(path, run)

    monkeypatch.setattr(trend, "_is_previous", counting)
    return seen


def test_the_newest_record_of_the_implementation_is_the_only_one_read(tmp_path, monkeypatch):
    for day in range(1, 30):
        _write(tmp_path, f"cognito-moto-202611{day:02d}000000abcd.json", f"202611{day:02d}000000abcd", age=day)
    for day in range(1, 10):
        _write(tmp_path, f"cognito-moto-server-202612{day:02d}000000abcd.json", f"202612{day:02d}000000abcd",
               backend="aws", implementation="moto-server")
    _write(tmp_path, "cognito-moto-20261201000000aaaa.json", RUN["run_id"])  # this run's own record
    opened = _opened(monkeypatch)
    assert trend.previous_record(tmp_path, RUN).name == "cognito-moto-20261129000000abcd.json"
    assert opened == ["cognito-moto-20261201000000aaaa.json", "cognito-moto-20261129000000abcd.json"]


def test_records_of_another_backend_or_renamed_are_still_found(tmp_path, monkeypatch):
    _write(tmp_path, "cognito-moto-20261102000000abcd.json", "20261102000000abcd", backend="aws")
    _write(tmp_path, "cognito-moto-server-20261103000000abcd.json", "20261103000000abcd", backend="aws",
           implementation="moto-server")
    renamed = _write(tmp_path, "cognito-last-night.json", "20261101000000abcd")
    opened = _opened(monkeypatch)
    assert trend.previous_record(tmp_path, RUN) == renamed
    assert "cognito-moto-server-20261103000000abcd.json" not in opened  # named for another implementation
    assert trend.previous_record(tmp_path, {**RUN, "implementation": "cognito-local"}) is None


def test_an_unreadable_or_foreign_file_is_passed_over(tmp_path):
    older = _write(tmp_path, "cognito-moto-20261101000000abcd.json", "20261101000000abcd")
    (tmp_path / "cognito-moto-20261102000000abcd.json").write_text("{not json")
    (tmp_path / "cognito-moto-20261103000000abcd.json").write_text(json.dumps({"schema": "other"}))
    assert trend.previous_record(tmp_path, RUN) == older


def _indexed(directory, run_id, selection, started="2026-12-01T00:00:00+00:00"):
    """A record with a selection, written and added to the directory's index."""
    data = {"schema": record.SCHEMA, "scenarios": [], "counts": {"passed": 1},
            "run": {**RUN, "run_id": run_id, "selection": selection, "started": started}}
    path = directory / f"cognito-moto-{run_id}.json"
    path.write_text(json.dumps(data))
    trend.add_to_index(directory, data, path)
    return path


WHOLE = {"paths": ["features"], "keyword": "", "markexpr": "", "deselect": []}
ONE = {**WHOLE, "paths": ["features/signup/test_signup.py::test_x"]}


def test_the_index_finds_the_newest_run_of_the_same_selection_reading_one_record(tmp_path, monkeypatch):
    whole = _indexed(tmp_path, "20261101000000abcd", WHOLE)
    for day in range(2, 28):  # reruns of one scenario since
        _indexed(tmp_path, f"202611{day:02d}000000abcd", ONE)
    opened = _opened(monkeypatch)
    run = {**RUN, "selection": WHOLE}
    assert trend.previous_record(tmp_path, run) == whole
    assert opened == [whole.name]
    assert [e["run_id"] for e in trend.history(tmp_path, run)] == ["20261101000000abcd"]
    # Another selection with no run of its own: the newest run of the implementation, the trend saying so.
    other = {**RUN, "selection": {**WHOLE, "keyword": "srp"}}
    assert trend.previous_record(tmp_path, other).name == "cognito-moto-20261127000000abcd.json"


def test_only_the_end_of_a_long_index_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(trend, "INDEX_TAIL", 4096)
    for number in range(200):
        _indexed(tmp_path, f"20261101{number:06d}abcd", ONE)
    entries = trend.read_index(tmp_path)
    assert 0 < len(entries) < 200 and entries[-1]["run_id"] == "20261101000199abcd"
    assert (tmp_path / trend.INDEX).stat().st_size > 4096 * 4


def test_the_selection_is_the_same_however_it_was_typed(tmp_path):
    root = tmp_path / "root"
    assert trend.selection(["features/"], root, root) == trend.selection([str(root / "features")], root, tmp_path)
    assert trend.selection_label(trend.selection(["features"], root, root)) == trend.WHOLE_CATALOGUE
    assert trend.selection_label(trend.selection(["features"], root, root, keyword="srp")) == "-k 'srp'"

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

"""The implementation records: one per implementation, agreeing with the divergence registry, and
the only place in the suite that tells implementations apart by name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cognito_conformance import divergences, implementations
from cognito_conformance.implementations import RECORDS
from cognito_conformance.settings import ConfigError, Resolved

ROOT = Path(__file__).resolve().parents[2]
#: Where the suite's own code is (the project's tests may name implementations freely).
CODE = ("cognito_conformance", "fixtures", "steps", "scripts", "conftest.py")
NAMES = sorted({record.name for record in RECORDS} | {record.backend for record in RECORDS})
QUOTED = "[\"'](?:" + "|".join(re.escape(name) for name in NAMES) + ")[\"']"
#: A name compared, looked up in a tuple, or used as a key: `== "moto"`, `"aws" !=`, `in ("moto", ...)`,
#: `{"cognito-local": ...}`, `.get("moto")`.
COMPARISON = re.compile(rf"(==|!=)\s*{QUOTED}|{QUOTED}\s*(==|!=)|\bin\s*[(\[{{][^)\]}}]*{QUOTED}"
                        rf"|{{\s*{QUOTED}\s*:|\.get\(\s*{QUOTED}")


def _code_files():
    for top in CODE:
        path = ROOT / top
        yield from ([path] if path.is_file() else sorted(path.rglob("*.py")))


def test_each_implementation_has_one_record():
    assert len({(record.backend, record.name) for record in RECORDS}) == len(RECORDS)
    assert len({record.label for record in RECORDS}) == len(RECORDS)
    assert {record.label for record in RECORDS} == {"moto", "moto (server)", "cognito-local", "ministack",
                                                  "cognito"}


def test_the_records_and_the_divergence_modules_agree():
    modules = {record.divergence_module for record in RECORDS if record.divergence_module}
    package = ROOT / "cognito_conformance" / "divergences"
    on_disk = {path.stem for path in package.glob("*.py")} - {"__init__", "__main__", "model"}
    assert modules == on_disk, "every divergence module belongs to a record, and every record's module exists"
    assert set(divergences.MODULES) == modules
    for record in RECORDS:
        if record.divergence_module is None:
            continue
        entries = divergences.MODULES[record.divergence_module].ENTRIES
        assert entries, f"{record.divergence_module} lists no divergence"
        owners = {r.name for r in RECORDS if r.divergence_module == record.divergence_module}
        strays = [entry.scenario for entry in entries if entry.implementation not in owners]
        assert not strays, f"divergences/{record.divergence_module}.py lists entries of another implementation"
    assert all(entry.implementation in {r.name for r in RECORDS} for entry in divergences.TWINS)


def test_no_module_outside_the_records_compares_implementation_names():
    found = []
    for path in _code_files():
        if path == ROOT / "cognito_conformance" / "implementations.py":
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if COMPARISON.search(line.split("#", 1)[0]):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "ask the implementation's record (cognito_conformance/implementations.py):\n" + "\n".join(found)


def test_the_check_finds_a_comparison():
    assert COMPARISON.search('if backend.name == "moto":')
    assert COMPARISON.search('ISSUERS = {"cognito-local": issuer}')
    assert COMPARISON.search('if implementation not in ("moto", "cognito"):')
    assert not COMPARISON.search('VERSIONS = ("moto", "boto3")')


@pytest.mark.parametrize(("backend", "emulator", "label"), [
    ("moto", None, "moto"), ("aws", "moto", "moto (server)"), ("aws", "cognito-local", "cognito-local"),
    ("aws", "ministack", "ministack"), ("aws", None, "cognito")])
def test_the_settings_name_one_record(backend, emulator, label):
    record, named = implementations.resolve(Resolved(backend, "--backend"), Resolved(emulator, "--emulator"))
    assert record.label == label
    assert named.value == record.name


def test_an_emulator_on_the_in_process_backend_is_refused():
    with pytest.raises(ConfigError, match="--emulator cognito-local .* names the emulator behind"):
        implementations.resolve(Resolved("moto", "--backend"), Resolved("cognito-local", "--emulator"))


def test_an_unknown_emulator_lists_the_choices():
    with pytest.raises(ConfigError, match="Choose one of: moto, cognito-local, ministack, cognito"):
        implementations.resolve(Resolved("aws", "--backend"), Resolved("localstack", "COGNITO_EMULATOR"))


def test_only_the_in_process_mock_moves_its_clock_and_only_cognito_is_paced():
    assert [r.label for r in RECORDS if r.clock_moves] == ["moto"]
    assert [r.label for r in RECORDS if r.paced] == ["cognito"]
    assert [r.label for r in RECORDS if r.uses_stand_in] == ["moto", "moto (server)"]
    assert [r.label for r in RECORDS if r.serves_hosted_ui] == ["ministack"]


def test_an_implementation_serving_its_hosted_ui_says_what_it_serves_and_what_not():
    for record in RECORDS:
        assert bool(record.served_endpoints) == record.serves_hosted_ui
        assert bool(record.unserved_endpoints) <= record.serves_hosted_ui
        # The stand-in answers in front of an implementation only what the implementation does not serve.
        assert bool(record.stand_in_endpoints) <= record.serves_hosted_ui
        assert not set(record.stand_in_endpoints) & set(record.served_endpoints)
        assert record.domain_at_endpoint <= record.serves_hosted_ui
    assert "/oauth2/token" in implementations.MINISTACK.served_endpoints
    assert implementations.MINISTACK.stand_in_endpoints == ("/oauth2/revoke",)
    assert any("SSO" in what for what in implementations.MINISTACK.unserved_endpoints)
    assert [r.label for r in RECORDS if not r.keeps_sign_in_session] == ["ministack"]
    assert implementations.COGNITO_LOCAL.token_issuer("http://127.0.0.1:9229/", "local_a") == \
        "http://127.0.0.1:9229/local_a"

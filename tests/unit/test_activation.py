"""When the plugin turns the suite on: the catalogue or a @profile feature among the collected paths,
or a cognito option, ini setting or environment variable given; nothing else."""

from __future__ import annotations

from pathlib import Path

from cognito_conformance import activation
from cognito_conformance.fixtures.command_line import ENVIRONMENT_PREFIX, INI_DEFAULTS, OPTION_DEFAULTS

ROOT = Path(__file__).resolve().parents[2]


def _settings_reason(options=None, ini=None, environment=None):
    return activation.reason_from_settings(options or {}, OPTION_DEFAULTS, ini or {}, INI_DEFAULTS,
                                           environment or {}, ENVIRONMENT_PREFIX)


def test_defaults_everywhere_are_not_asking():
    assert _settings_reason(dict(OPTION_DEFAULTS), dict(INI_DEFAULTS), {"HOME": "/root", "AWS_REGION": "x"}) is None


def test_an_option_an_ini_setting_or_an_environment_variable_is_asking():
    assert _settings_reason({"cognito_backend": "moto"}) == "the option --backend is given"
    assert _settings_reason({"cognito_sweep_min_age": 5.0}) == "the option --sweep-min-age is given"
    assert _settings_reason(ini={"cognito_run_slow": True}) == "the ini setting cognito_run_slow is given"
    assert _settings_reason(environment={"COGNITO_CODE_PROMPT": "1"}) == \
        "the environment variable COGNITO_CODE_PROMPT is set"


def test_the_catalogue_a_part_of_it_or_a_folder_holding_it_is_asking():
    catalogue = ROOT / "features"
    for path in (catalogue, catalogue / "signup", ROOT):
        assert activation.reason_from_paths([path], [catalogue]) is not None, path
    assert activation.reason_from_paths([ROOT / "tests" / "unit"], [catalogue]) is None


def test_a_catalogue_inside_a_virtualenv_of_the_folder_is_not_collected(tmp_path):
    catalogue = tmp_path / ".venv" / "lib" / "site-packages" / "cognito_conformance" / "features"
    catalogue.mkdir(parents=True)
    assert activation.reason_from_paths([tmp_path], [catalogue]) is None


def test_a_team_feature_tagged_profile_is_asking_and_one_without_is_not(tmp_path):
    (tmp_path / "features").mkdir()
    plain = tmp_path / "features" / "ours.feature"
    plain.write_text("@smoke\nFeature: ours\n  Scenario: s\n    Given a thing about @profile in prose\n")
    assert activation.reason_from_paths([tmp_path], []) is None
    plain.write_text("@smoke @profile\nFeature: ours\n  Scenario: s\n    Given a thing\n")
    assert "a @profile feature" in activation.reason_from_paths([tmp_path], [])
    assert activation.reason_from_paths([tmp_path], [], norecurse=["features"]) is None


def test_node_ids_count_by_their_file():
    assert activation.collected_paths(["features/a.py::test_x", "-k"], Path("/r")) == [Path("/r/features/a.py")]

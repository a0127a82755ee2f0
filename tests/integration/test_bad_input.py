"""Bad settings stop the run at start with one message that names the setting and points to the README."""

from __future__ import annotations

import pytest

from ..run_suite import FAKE_AWS, run_suite

NO_AWS_CONFIG = {"AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
                 "AWS_EC2_METADATA_DISABLED": "true"}


def _refused(run, *fragments):
    __tracebackhide__ = True
    output = run.stdout + run.stderr
    assert run.returncode == 4, output[-2000:]  # pytest's usage error
    for fragment in (*fragments, "README.md#configuration"):
        assert fragment in output, output[-2000:]
    assert "Traceback" not in output, output[-3000:]


def _env_file(tmp_path, text):
    path = tmp_path / "env.py"
    path.write_text(text)
    return str(path)


def test_an_unknown_backend(tmp_path):
    run = run_suite("features/refresh", "--backend", "azure", "--env-file", _env_file(tmp_path, ""))
    _refused(run, "Unknown backend 'azure' (from --backend)", "moto, aws")


def test_an_unknown_backend_from_the_environment(tmp_path):
    run = run_suite("features/refresh", "--env-file", _env_file(tmp_path, ""), env={"COGNITO_BACKEND": "gcp"})
    _refused(run, "Unknown backend 'gcp' (from COGNITO_BACKEND)")


def test_aws_without_a_region(tmp_path):
    run = run_suite("features/refresh", "--backend", "aws", "--env-file", _env_file(tmp_path, ""),
                    env={**FAKE_AWS, **NO_AWS_CONFIG})
    _refused(run, "needs a region", "`region` in env.py")


def test_aws_without_credentials(tmp_path):
    run = run_suite("features/refresh", "--backend", "aws",
                    "--env-file", _env_file(tmp_path, 'region = "eu-west-1"\n'), env=NO_AWS_CONFIG)
    _refused(run, "found no AWS credentials")


def test_an_unknown_profile(tmp_path):
    env_file = _env_file(tmp_path, 'profile = "nobody"\nregion = "eu-west-1"\n')
    run = run_suite("features/refresh", "--backend", "aws", "--env-file", env_file, env=NO_AWS_CONFIG)
    _refused(run, "AWS profile 'nobody'", "aws configure")


@pytest.mark.parametrize("pool_id", ["eu-west-1-AbC123", "AbC123", "eu-west-1_"])
def test_a_malformed_pool_id(tmp_path, pool_id):
    env_file = _env_file(tmp_path, f'region = "eu-west-1"\nuser_pool_id = "{pool_id}"\n')
    run = run_suite("features/refresh", "--backend", "aws", "--env-file", env_file, env=FAKE_AWS)
    _refused(run, f"user_pool_id {pool_id!r} is not a Cognito user pool id")


def test_an_env_file_that_does_not_load(tmp_path):
    run = run_suite("features/refresh", "--env-file", _env_file(tmp_path, "region = \n"))
    _refused(run, "could not be loaded: SyntaxError")


def test_an_unknown_emulator(tmp_path):
    run = run_suite("features/refresh", "--backend", "aws", "--emulator", "localstack",
                    "--env-file", _env_file(tmp_path, 'region = "eu-west-1"\n'), env=FAKE_AWS)
    _refused(run, "Unknown implementation 'localstack' (from --emulator)")


# Issue 10, finding 5: settings that used to run on.

def test_a_named_env_file_that_does_not_exist(tmp_path):
    run = run_suite("features/refresh", "--backend", "aws", "--env-file", str(tmp_path / "evn.py"), env=FAKE_AWS)
    _refused(run, f"The env file {tmp_path / 'evn.py'} (from --env-file) does not exist")


def test_an_empty_pool_id_is_not_provisioning_mode(tmp_path):
    env_file = _env_file(tmp_path, 'region = "eu-west-1"\nuser_pool_id = ""\n')
    run = run_suite("features/refresh", "--backend", "aws", "--env-file", env_file, env=FAKE_AWS)
    _refused(run, "user_pool_id is empty")


def test_a_sweep_age_that_is_not_positive(tmp_path):
    for age in ("-30", "0"):
        run = run_suite("--backend", "aws", "--env-file", _env_file(tmp_path, 'region = "eu-west-1"\n'), "--sweep",
                        "--sweep-min-age", age, env=FAKE_AWS)
        _refused(run, f"argument --sweep-min-age: {age}: the age must be positive")


def test_an_emulator_on_the_moto_backend(tmp_path):
    run = run_suite("features/refresh", "--emulator", "foo", "--env-file", _env_file(tmp_path, ""))
    _refused(run, "--emulator foo (from --emulator) names the emulator behind the aws backend's endpoint")


def test_a_report_dir_that_is_a_file(tmp_path):
    (tmp_path / "reports").write_text("")
    run = run_suite("features/refresh", "--report-dir", str(tmp_path / "reports"), "--env-file", _env_file(tmp_path, ""))
    _refused(run, f"The report directory {tmp_path / 'reports'} (--report-dir) is a file")

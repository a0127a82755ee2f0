import pytest

from cognito_conformance import implementations
from cognito_conformance.settings import ConfigError, Resolved, check_pool_id, load_env_file, resolve


def test_the_option_wins_over_environment_ini_and_default():
    got = resolve("aws", "--backend", {"COGNITO_BACKEND": "moto"}, "COGNITO_BACKEND", "moto", "cognito_backend", "moto")
    assert (got.value, got.source) == ("aws", "--backend")


def test_the_environment_wins_over_ini():
    got = resolve(None, "--backend", {"COGNITO_BACKEND": "aws"}, "COGNITO_BACKEND", "moto", "cognito_backend", "moto")
    assert str(got) == "aws (from COGNITO_BACKEND)"


def test_ini_then_default():
    assert resolve(None, "--b", {}, "E", "aws", "cognito_backend", "moto").source == "ini cognito_backend"
    assert str(resolve(None, "--b", {}, "E", "", "cognito_backend", "moto")) == "moto (from default)"


@pytest.mark.parametrize("pool_id", ["eu-west-1_AbC123", "us-gov-west-1_x", "us-east-1_" + "a" * 32])
def test_pool_ids_that_are_accepted(pool_id):
    check_pool_id(pool_id, "env.py")


@pytest.mark.parametrize("pool_id", ["eu-west-1", "AbC123", "EU-WEST-1_AbC", "eu-west-1_Ab-C"])
def test_pool_ids_that_are_refused_name_the_setting(pool_id):
    with pytest.raises(ConfigError, match="(?s)user_pool_id .* is not a Cognito user pool id.*README.md#configuration"):
        check_pool_id(pool_id, "env.py")


def test_an_unknown_backend_lists_the_choices():
    with pytest.raises(ConfigError, match="Choose one of: moto, aws"):
        implementations.resolve(resolve("azure", "--backend", {}, "X", None, "i", "moto"), Resolved(None, "default"))


def test_env_file_settings_are_read_and_must_be_strings(tmp_path):
    path = tmp_path / "env.py"
    path.write_text('region = "eu-west-1"\nprofile = None\nunrelated = 3\n')
    env = load_env_file(path)
    assert (env.get("region"), env.get("profile"), env.get("unrelated")) == ("eu-west-1", None, None)
    path.write_text("region = 3\n")
    with pytest.raises(ConfigError, match="'region' must be a string"):
        load_env_file(path)


def test_a_missing_env_file_is_empty(tmp_path):
    assert load_env_file(tmp_path / "env.py").get("region") is None

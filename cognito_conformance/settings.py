"""Run settings: where each one comes from, and the checks that stop a bad run at start.

Each setting is resolved as command-line option > environment variable > ini > default,
and remembers its source so the report header can say "backend: aws (from COGNITO_BACKEND)".
Nothing here imports pytest: the plugin in ``fixtures/`` feeds it the raw values.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from . import guide
from .pool_ids import POOL_ID, REGION

#: The settings an ``env.py`` may hold, as in the tutorial's ``env`` module.
ENV_FIELDS = (
    "profile",
    "region",
    "user_pool_id",
    "client_id",
    "client_side_id",
    "domain",
    "redirect_url",
    "logout_url",
    "endpoint_url",
    "sms_role_arn",
    "ses_source_arn",
    "ses_from",
    "suite_group",
    "lambda_role_arn",
    "kms_key_arn",
)


class ConfigError(Exception):
    """A setting is missing or wrong; the message names it and says how to fix it."""

    def __init__(self, message: str) -> None:
        super().__init__(f"{message}\nSee {guide.reference('configuration')}.")


@dataclass(frozen=True)
class Resolved:
    """A setting's value and where it came from."""

    value: str | None
    source: str

    def __str__(self) -> str:
        return f"{self.value} (from {self.source})"


def resolve(option: str | None, option_name: str, env: dict, env_name: str, ini: str | None,
            ini_name: str, default: str | None) -> Resolved:
    """Option > environment > ini > default, remembering the source."""
    if option not in (None, ""):
        return Resolved(option, option_name)
    if env.get(env_name):
        return Resolved(env[env_name], env_name)
    if ini not in (None, ""):
        return Resolved(ini, f"ini {ini_name}")
    return Resolved(default, "default")


@dataclass(frozen=True)
class EnvFile:
    """The user's ``env.py`` (``cognito-conformance --init`` writes the template), or nothing."""

    path: Path
    values: dict = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return bool(self.values) or self.path.is_file()

    def get(self, name: str) -> str | None:
        value = self.values.get(name)
        return value if value not in (None, "") else None


def load_env_file(path: Path, named_by: str | None = None) -> EnvFile:
    """Read the settings of an ``env.py`` module without putting it on ``sys.path``.
    The default env.py may be missing (moto needs none); a file the user named must exist."""
    if not path.is_file():
        if named_by:
            raise ConfigError(f"The env file {path} (from {named_by}) does not exist. Fix the path, "
                              f"or write one there: {guide.env_template_hint()}.")
        return EnvFile(path)
    spec = importlib.util.spec_from_file_location("cognito_conformance_env", path)
    module: ModuleType = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a user's file: report it, never a deep traceback
        raise ConfigError(f"{path} could not be loaded: {type(exc).__name__}: {exc}") from None
    values = {name: getattr(module, name) for name in ENV_FIELDS if hasattr(module, name)}
    for name, value in values.items():
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{path}: setting {name!r} must be a string, not {type(value).__name__}.")
    for name in ("user_pool_id", "suite_group"):
        if name in values and values[name] is not None and not values[name].strip():
            raise ConfigError(f"{path}: {name} is empty. Name your pool's id (or set it to None"
                              f"{' to let the suite provision its own pools' if name == 'user_pool_id' else ''}).")
    return EnvFile(path, values)


def check_pool_id(pool_id: str, where: str) -> None:
    if not POOL_ID.match(pool_id):
        raise ConfigError(
            f"{where}: user_pool_id {pool_id!r} is not a Cognito user pool id. "
            "It looks like '<region>_<id>', for example 'eu-west-1_AbC123xyz' "
            "(Cognito console > User pools > Pool ID)."
        )


def check_region(region: str | None, source: str) -> None:
    if not region:
        raise ConfigError(
            "The aws backend needs a region and none is set. Set `region` in env.py "
            f"({guide.env_template_hint()}), pass --region, or set AWS_DEFAULT_REGION."
        )
    if not REGION.match(region):
        raise ConfigError(f"Region {region!r} (from {source}) is not an AWS region such as 'eu-west-1'.")

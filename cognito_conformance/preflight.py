"""Checks before the first scenario: a bad setting stops the run with one line that names it.

On the aws backend: the endpoint answers as Cognito; in existing-pool mode the pool exists in the
run's region and each app client env.py names is one of its clients. On every backend: the report
directory can be written.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from . import acknowledgements
from .pool_ids import POOL_ID
from .settings import ConfigError

#: One quick attempt each: a bad endpoint should stop the run in seconds, not after adaptive retries.
#: (botocore is imported by the checks of the aws backend only: on moto, the controller of an xdist run
#: checks the report directory alone, and imports no botocore.)
PREFLIGHT_SETTINGS = {"retries": {"mode": "standard", "max_attempts": 2}, "connect_timeout": 5, "read_timeout": 20,
                      "user_agent_extra": "cognito-conformance-preflight"}
#: Errors only Cognito (or an emulator of it) answers with: the endpoint speaks Cognito's API.
COGNITO_ERRORS = ("ResourceNotFoundException", "NotAuthorizedException", "InvalidParameterException",
                  "TooManyRequestsException", "InternalErrorException")


def check_report_dir(directory: Path) -> None:
    """The report directory exists or can be made, and a file can be written in it (a directory made for
    the probe is removed again)."""
    if directory.exists() and not directory.is_dir():
        raise ConfigError(f"The report directory {directory} (--report-dir) is a file, not a directory.")
    created = not directory.exists()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".cognito-probe-"):
            pass
        if created:  # made again when the run writes its first report: a run that writes none leaves nothing
            directory.rmdir()
    except OSError as exc:
        raise ConfigError(f"The report directory {directory} (--report-dir) cannot be written: "
                          f"{exc.strerror or exc}.") from None


def _endpoint(backend, client) -> str:
    return f"the endpoint {client.meta.endpoint_url} (region {backend.region})"


def _call(backend, client, what: str, call, **params) -> dict:
    """Make one call; turn anything that is not Cognito's answer into one line naming the setting."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return call(**params)
    except ClientError as exc:
        error = exc.response.get("Error", {})
        code = error.get("Code", "")
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if code in COGNITO_ERRORS or code.endswith("Exception") and not code.isdigit():
            raise
        raise ConfigError(f"{_endpoint(backend, client)} did not answer {what} as Cognito does "
                          f"(HTTP {status}, {code or 'no error code'}): check --endpoint-url / endpoint_url "
                          "and that Cognito (or the emulator) is running there.") from None
    except BotoCoreError as exc:
        raise ConfigError(f"{_endpoint(backend, client)} could not be reached for {what}: {exc}") from None


def check_backend(settings) -> None:
    """The aws backend's endpoint, pool and app clients, checked with one quick call each."""
    from botocore.config import Config
    from botocore.exceptions import ClientError

    backend = settings.backend
    client = backend.make_client(Config(**PREFLIGHT_SETTINGS))
    if settings.existing_pool_id is None:
        answer = _call(backend, client, "ListUserPools", client.list_user_pools, MaxResults=1)
        if "UserPools" not in answer:
            raise ConfigError(f"{_endpoint(backend, client)} did not answer ListUserPools as Cognito does.")
        return
    pool_id, env = settings.existing_pool_id, settings.env_file.path
    pool_region = POOL_ID.match(pool_id)["region"]
    if pool_region != backend.region:
        raise ConfigError(f"{env}: user_pool_id {pool_id} is a pool of {pool_region}, but the run's region "
                          f"is {backend.region}: fix `region` in env.py (or --region).")
    try:
        pool = _call(backend, client, "DescribeUserPool", client.describe_user_pool, UserPoolId=pool_id)["UserPool"]
    except ClientError as exc:
        raise ConfigError(f"{env}: user_pool_id {pool_id}: {_endpoint(backend, client)} answered "
                          f"{exc.response['Error'].get('Code')} (no such pool in this region and account?).") from None
    for setting in ("client_side_id", "client_id"):
        client_id = settings.env_file.get(setting)
        if not client_id:
            continue
        try:
            _call(backend, client, "DescribeUserPoolClient", client.describe_user_pool_client,
                  UserPoolId=pool_id, ClientId=client_id)
        except ClientError as exc:
            raise ConfigError(f"{env}: {setting} {client_id!r} is not an app client of pool {pool_id} "
                              f"({exc.response['Error'].get('Code')}).") from None
    settings.pool_notes.extend(acknowledgements.check(settings, client, pool))

"""A real user pool, or any Cognito-compatible endpoint, through boto3's normal credential chain.

boto3 honours ``AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER``; ``endpoint_url`` sets the same
thing explicitly, so this backend also drives moto's standalone server or another emulator.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .. import implementations
from ..quotas import RateLimiter
from ..settings import ConfigError, check_region
from .base import Backend

if TYPE_CHECKING:
    import boto3


class AwsBackend(Backend):
    name = "aws"

    def __init__(self, region: str | None, region_source: str = "env.py", profile: str | None = None,
                 endpoint_url: str | None = None,
                 traits: implementations.Implementation = implementations.COGNITO) -> None:
        super().__init__()
        self.profile = profile
        self._endpoint_url = endpoint_url
        self.traits = traits
        import boto3  # here, not at the top: an xdist controller on moto imports no boto3
        from botocore.exceptions import ProfileNotFound

        try:
            self._boto_session = boto3.Session(profile_name=profile)
        except ProfileNotFound:
            raise ConfigError(
                f"AWS profile {profile!r} (from env.py `profile`) is not in your AWS config. "
                "Run `aws configure --profile NAME` or fix `profile` in env.py."
            ) from None
        if region is None and self._boto_session.region_name:
            region, region_source = self._boto_session.region_name, "the AWS config/environment"
        check_region(region, region_source)
        self.region = region

    def _session(self) -> boto3.Session:
        return self._boto_session

    def _explicit_endpoint(self) -> str | None:
        return self._endpoint_url

    def _prepare(self, client) -> None:
        if self.traits.paced:  # real quotas are per account: leave room for its traffic
            workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
            RateLimiter(workers=workers).install(client)

    def start(self) -> None:
        from botocore.exceptions import BotoCoreError

        try:
            credentials = self._boto_session.get_credentials()
        except BotoCoreError as exc:
            raise ConfigError(f"AWS credentials could not be loaded: {exc}") from None
        if credentials is None:
            raise ConfigError(
                "The aws backend found no AWS credentials. Set `profile` in env.py, run "
                "`aws configure` (or `aws sso login`), or export AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY."
            )

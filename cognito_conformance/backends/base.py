"""What every backend provides."""

from __future__ import annotations

from abc import ABC, abstractmethod

import boto3
from botocore.config import Config

#: Throttling (TooManyRequestsException) is absorbed by botocore's adaptive retry mode.
CLIENT_CONFIG = Config(
    retries={"mode": "adaptive", "max_attempts": 8},
    user_agent_extra="cognito-conformance",
)


class Backend(ABC):
    """A place with Cognito user pools, reached through a boto3 ``cognito-idp`` client."""

    name: str
    #: Which implementation answers (the divergence registry is keyed by it).
    implementation: str
    region: str

    def __init__(self) -> None:
        self._client = None

    @abstractmethod
    def _session(self) -> boto3.Session:
        """The boto3 session the client is made from."""

    def start(self) -> None:
        """Make the backend usable; raise ConfigError when it cannot be."""

    def stop(self) -> None:
        """Release what start() took."""

    @property
    def endpoint_url(self) -> str | None:
        return None

    @property
    def client(self):
        """The shared boto3 ``cognito-idp`` client (thread-safe for calls)."""
        if self._client is None:
            self._client = self._session().client(
                "cognito-idp", region_name=self.region, endpoint_url=self.endpoint_url, config=CLIENT_CONFIG
            )
            self._prepare(self._client)
        return self._client

    def _prepare(self, client) -> None:
        """Adjust a new client (the aws backend paces it under the account's quotas)."""

    def issuer(self, pool_id: str) -> str:
        """The issuer Cognito documents for a pool's tokens (the original, not the "updated" one)."""
        return f"https://cognito-idp.{self.region}.amazonaws.com/{pool_id}"

    def jwks_url(self, pool_id: str) -> str:
        """Where the pool's signing keys are served: at the endpoint, when one is set."""
        if self.endpoint_url:
            return f"{self.endpoint_url.rstrip('/')}/{pool_id}/.well-known/jwks.json"
        return f"{self.issuer(pool_id)}/.well-known/jwks.json"

    def describe(self) -> str:
        return f"{self.name} ({self.implementation}) in {self.region}, endpoint {self.client.meta.endpoint_url}"

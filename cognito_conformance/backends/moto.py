"""The embedded default: moto's ``mock_aws`` in this process. No account, no network."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .. import implementations
from .base import Backend, botocore_config

if TYPE_CHECKING:
    import boto3

FAKE_CREDENTIALS = {
    "aws_access_key_id": "testing",
    "aws_secret_access_key": "testing",
    "aws_session_token": "testing",
}


#: The variables and settings by which boto3 sends calls elsewhere; in process, they must not apply.
ENDPOINT_VARIABLES = ("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER")


class MotoBackend(Backend):
    name = "moto"
    traits = implementations.MOTO

    def __init__(self, region: str = "us-east-1") -> None:
        super().__init__()
        self.region = region
        self._mock = None

    @property
    def endpoint_url(self) -> str | None:
        return None  # in process: moto answers AWS's own addresses

    def make_client(self, config=None):
        in_process = botocore_config("IN_PROCESS")
        return super().make_client((config or botocore_config("CLIENT_CONFIG")).merge(in_process))

    def service_client(self, service: str, config=None):
        in_process = botocore_config("IN_PROCESS")
        return super().service_client(service, (config or botocore_config("SERVICE_CONFIG")).merge(in_process))

    def notes(self) -> list[str]:
        ignored = [name for name in ENDPOINT_VARIABLES if os.environ.get(name)]
        if not ignored:
            return []
        return [f"endpoint variables: {', '.join(ignored)} ignored: the moto backend answers in this process "
                "and sends nothing out of it (--backend aws --endpoint-url URL sends calls there)"]

    def _ask_identity(self) -> str:
        return "moto in this process"

    def _session(self) -> boto3.Session:
        import boto3

        return boto3.Session(region_name=self.region, **FAKE_CREDENTIALS)

    #: moto checks TOTP codes only when asked to (docs/moto-5.2.5.md 11b); the suite asks.
    TOTP_SWITCH = "MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP"

    def start(self) -> None:
        from moto import mock_aws  # imported here: ~0.2 s that the aws backend never pays

        self._totp_before = os.environ.get(self.TOTP_SWITCH)
        os.environ[self.TOTP_SWITCH] = "true"
        self._mock = mock_aws()
        self._mock.start()

    def stop(self) -> None:
        if self._mock is not None:
            self._mock.stop()
            self._mock = None
            if self._totp_before is None:
                os.environ.pop(self.TOTP_SWITCH, None)
            else:
                os.environ[self.TOTP_SWITCH] = self._totp_before
        self._client = None

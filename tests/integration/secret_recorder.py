"""A pytest plugin for the secrets test (``-p tests.integration.secret_recorder``): it writes every
secret a run's cognito-idp calls send or receive to the file in $SECRET_RECORD, one per line, by its
own list of fields, independent of the masking it checks."""

from __future__ import annotations

import os

from botocore.client import BaseClient

FIELDS = {"SecretCode", "Session", "SECRET_BLOCK", "PASSWORD_CLAIM_SECRET_BLOCK", "PASSWORD_CLAIM_SIGNATURE",
          "PASSWORD", "NEW_PASSWORD", "Password", "TemporaryPassword", "PreviousPassword", "ProposedPassword",
          "AccessToken", "IdToken", "RefreshToken", "REFRESH_TOKEN", "SECRET_HASH", "SecretHash", "ClientSecret"}
_original = BaseClient._make_api_call


def _secrets(data, found):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in FIELDS and isinstance(value, str):
                found.add(value)
            _secrets(value, found)
    elif isinstance(data, list):
        for item in data:
            _secrets(item, found)
    return found


def _record(values):
    with open(os.environ["SECRET_RECORD"], "a", encoding="utf-8") as record:
        record.writelines(f"{value}\n" for value in values)


def _recording(self, operation_name, api_params):
    _record(_secrets(api_params, set()))
    try:
        response = _original(self, operation_name, api_params)
    except Exception as error:
        _record(_secrets(getattr(error, "response", {}), set()))
        raise
    _record(_secrets(response, set()))
    return response


BaseClient._make_api_call = _recording

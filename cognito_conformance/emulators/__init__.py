"""Start and stop Cognito emulators for the aws backend (``--backend aws --endpoint-url``).

Plain Python, no pytest: used by ``scripts/cognito_local.py``, ``scripts/ministack.py`` and the
project's integration tests.
"""

from __future__ import annotations

from .cognito_local import COGNITO_LOCAL_VERSION, CognitoLocal, EmulatorError, EmulatorUnavailable, token_issuer
from .ministack import MINISTACK_VERSION, Ministack

__all__ = ["COGNITO_LOCAL_VERSION", "CognitoLocal", "EmulatorError", "EmulatorUnavailable", "MINISTACK_VERSION",
           "Ministack", "token_issuer"]

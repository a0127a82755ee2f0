"""SECRET_HASH = Base64(HMAC-SHA256(key=client secret, message=username + client id)), built here only.

An app client with a secret needs it on every call that names a user: ``SECRET_HASH`` in
AuthParameters and ChallengeResponses, the ``SecretHash`` member of SignUp, ConfirmSignUp,
ResendConfirmationCode, ForgotPassword and ConfirmForgotPassword (API Reference; docs/cognito-spec.md).
"""

import base64
import hashlib
import hmac

#: Its name in AuthParameters and ChallengeResponses, and as a member of the user's own requests.
AUTH_PARAMETER, REQUEST_MEMBER = "SECRET_HASH", "SecretHash"


def secret_hash(username: str, client_id: str, client_secret: str) -> str:
    digest = hmac.new(client_secret.encode(), (username + client_id).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def for_client(client, username: str, name: str = AUTH_PARAMETER) -> dict:
    """``{name: hash}`` for an app client (``.id``, ``.secret``) with a secret; ``{}`` for one without."""
    if not client.secret:
        return {}
    return {name: secret_hash(username, client.id, client.secret)}

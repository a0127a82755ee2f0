"""SECRET_HASH = Base64(HMAC-SHA256(key=client secret, message=username + client id))."""

import base64
import hashlib
import hmac


def secret_hash(username: str, client_id: str, client_secret: str) -> str:
    digest = hmac.new(client_secret.encode(), (username + client_id).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()

"""A stand-in for the Cognito hosted UI (managed login) endpoints, for offline tests.

    from cognito_conformance.hosted_ui import HostedUI
    ui = HostedUI(cognito_client=boto3.client("cognito-idp", region_name="us-east-1")).start()
    ui.base_url(pool_id)   # http://127.0.0.1:PORT/<pool_id>
    ui.stop()

See README.md in this folder for the endpoints and how they differ from the real hosted UI.
"""

from .browser import Browser, pkce_pair
from .oidc_provider import OidcProvider
from .server import HostedUI

__all__ = ["HostedUI", "OidcProvider", "Browser", "pkce_pair"]

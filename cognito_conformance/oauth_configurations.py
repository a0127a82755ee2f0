"""The pool configuration the OAuth and federation scenarios need: app clients with OAuth settings,
a resource server, and one identity provider of each type with its documented required details.

``OAuthClientSpec`` extends ``ClientSpec`` with the CreateUserPoolClient OAuth members, so the
provisioner creates these clients like any other. Resource servers, identity providers and the
clients that name them are created by the hosted-UI fixture, because they must exist before a
client can refer to them.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass

from .pools import ALL_USER_FLOWS, ClientSpec, PoolSpec

CALLBACK = "https://app.example.com/callback"
OTHER_CALLBACK = "https://app.example.com/other-callback"
SIGNED_OUT = "https://app.example.com/signed-out"
#: The scopes a user-facing app client may ask for.
USER_SCOPES = ("openid", "email", "profile", "aws.cognito.signin.user.admin")
READABLE = ("email", "email_verified", "name", "custom:oshi")
WRITABLE = ("email", "name", "custom:oshi")

#: The resource server a machine-to-machine client gets custom scopes from.
RESOURCE_SERVER = "https://api.example.com"
RESOURCE_SCOPES = ("read", "write")


def resource_server_request(name: str) -> dict:
    """The CreateResourceServer request for RESOURCE_SERVER (UserPoolId filled in by the provisioner)."""
    return {"Identifier": RESOURCE_SERVER, "Name": name,
            "Scopes": [{"ScopeName": scope, "ScopeDescription": scope} for scope in RESOURCE_SCOPES]}


@dataclass(frozen=True)
class OAuthClientSpec(ClientSpec):
    """An app client that the hosted UI serves (AllowedOAuthFlowsUserPoolClient true)."""

    oauth_flows: tuple[str, ...] = ("code",)
    scopes: tuple[str, ...] = USER_SCOPES
    callbacks: tuple[str, ...] = (CALLBACK, OTHER_CALLBACK)
    logouts: tuple[str, ...] = (SIGNED_OUT,)
    identity_providers: tuple[str, ...] = ("COGNITO",)

    def create_request(self, pool_id: str, name: str) -> dict:
        request = super().create_request(pool_id, name)
        request.update(AllowedOAuthFlowsUserPoolClient=True, AllowedOAuthFlows=list(self.oauth_flows),
                       AllowedOAuthScopes=list(self.scopes),
                       SupportedIdentityProviders=list(self.identity_providers))
        if "client_credentials" not in self.oauth_flows:  # a machine client has no browser
            request.update(CallbackURLs=list(self.callbacks), LogoutURLs=list(self.logouts))
        return request


def _user_client(key: str, secret: bool = False) -> OAuthClientSpec:
    return OAuthClientSpec(key, ALL_USER_FLOWS, secret=secret, read_attributes=READABLE,
                           write_attributes=WRITABLE)


#: The pool of the OAuth scenarios: "app" is public, "confidential" has a secret.
OAUTH_POOL = PoolSpec(
    key="hosted ui",
    clients=(_user_client("app"), _user_client("confidential", secret=True)),
)

#: A client allowed only client_credentials, with the resource server's scopes.
MACHINE_CLIENT = OAuthClientSpec(
    "machine", ("ALLOW_REFRESH_TOKEN_AUTH",), secret=True, oauth_flows=("client_credentials",),
    scopes=tuple(f"{RESOURCE_SERVER}/{scope}" for scope in RESOURCE_SCOPES), identity_providers=(),
)


def client_offering(key: str, provider_name: str) -> OAuthClientSpec:
    """A public code-flow client whose sign-in page offers this identity provider too."""
    return OAuthClientSpec(key, ALL_USER_FLOWS, read_attributes=READABLE, write_attributes=WRITABLE,
                           identity_providers=("COGNITO", provider_name))


@dataclass(frozen=True)
class ProviderSetup:
    """One identity provider as the scenarios create it, and where Cognito sends the browser."""

    name: str
    type: str
    details: tuple[tuple[str, str], ...]
    #: User pool attribute -> the provider's claim.
    mapping: tuple[tuple[str, str], ...]

    def create_request(self, pool_id: str) -> dict:
        return {"UserPoolId": pool_id, "ProviderName": self.name, "ProviderType": self.type,
                "ProviderDetails": dict(self.details), "AttributeMapping": dict(self.mapping)}


SAML_SSO = "https://idp.example.com/saml/sso"
SAML_EMAIL = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"


def saml_metadata(sso_url: str = SAML_SSO, entity_id: str = "https://idp.example.com/saml") -> str:
    """IdP metadata with a fresh self-signed signing certificate and one redirect-binding SSO URL."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "idp.example.com")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=365)).sign(key, hashes.SHA256()))
    body = "".join(cert.public_bytes(serialization.Encoding.PEM).decode().splitlines()[1:-1])
    return (f'<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" '
            f'entityID="{entity_id}"><md:IDPSSODescriptor protocolSupportEnumeration='
            f'"urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing">'
            f'<ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>'
            f'{body}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>'
            f'<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" '
            f'Location="{sso_url}"/></md:IDPSSODescriptor></md:EntityDescriptor>')


def _social(type_: str, **details: str) -> ProviderSetup:
    return ProviderSetup(type_, type_, tuple(details.items()), (("email", "email"),))


#: One provider per ProviderType, with the ProviderDetails keys the API documents as required
#: (docs/cognito-spec.md section 10). Social providers must be named after their type.
@functools.lru_cache(maxsize=1)
def identity_providers() -> dict[str, ProviderSetup]:
    return {
        "LoginWithAmazon": _social("LoginWithAmazon", client_id="amzn1.application-oa2-client.example",
                                   client_secret="example-secret", authorize_scopes="profile postal_code"),
        "Facebook": _social("Facebook", client_id="1234567890", client_secret="example-secret",
                            authorize_scopes="public_profile,email", api_version="v17.0"),
        "Google": _social("Google", client_id="example.apps.googleusercontent.com", client_secret="example-secret",
                          authorize_scopes="openid email profile"),
        "SignInWithApple": _social("SignInWithApple", client_id="com.example.signin", team_id="TEAMID1234",
                                   key_id="KEYID12345",
                                   private_key=_apple_key(), authorize_scopes="email name"),
        "OIDC": ProviderSetup("ExampleOIDC", "OIDC", (
            ("client_id", "example-oidc-client"), ("client_secret", "example-secret"),
            ("attributes_request_method", "GET"), ("oidc_issuer", "https://idp.example.com"),
            ("authorize_scopes", "openid email"),
            ("authorize_url", "https://idp.example.com/authorize"), ("token_url", "https://idp.example.com/token"),
            ("attributes_url", "https://idp.example.com/userinfo"),
            ("jwks_uri", "https://idp.example.com/jwks.json")),
            (("email", "email"),)),
        "SAML": ProviderSetup("ExampleSAML", "SAML", (("MetadataFile", saml_metadata()),),
                              (("email", SAML_EMAIL),)),
    }


def _apple_key() -> str:
    """A fresh EC P-256 key in PKCS#8 PEM, as Sign in with Apple's private_key (it grants nothing)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()

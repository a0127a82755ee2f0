"""Identity providers: creating them, offering them on an app client, and signing in through them."""

from __future__ import annotations

import base64
import secrets
import zlib
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import pytest
from pytest_bdd import given, then, when

from cognito_conformance import result_classes, validity
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.oauth_configurations import ProviderSetup, client_offering, identity_providers
from cognito_conformance.outcome import attempt
from cognito_conformance.pools import AppClient
from cognito_conformance.token_kinds import ID

from .grammar import phrase
from .oauth import authorize_params, start
from .oauth_tokens import exchange

#: The identity provider the suite runs itself (cognito_conformance/hosted_ui/oidc_provider.py).
SUITE_PROVIDER = "SuiteOIDC"


def _facts(user_pool, provider: ProviderSetup | None = None) -> validity.PoolFacts:
    facts = validity.PoolFacts.of(user_pool.spec.create_request(user_pool.name, {}))
    if provider is not None:
        facts.providers[provider.name] = dict(provider.mapping)
    return facts


def add_provider(cognito, setup: ProviderSetup, user_pool, scratch_identity_providers):
    request = setup.create_request(user_pool.id)  # never send what real Cognito refuses (validity.py)
    validity.refuse(validity.check_provider_request(request, _facts(user_pool), f"identity provider {setup.name!r}"))
    outcome = attempt("CreateIdentityProvider", cognito.create_identity_provider, **request)
    if outcome.ok:
        scratch_identity_providers.providers.append((user_pool.id, setup.name))
    return outcome


def offer(cognito, user_pool, provider: ProviderSetup, scratch_clients) -> AppClient:
    spec = client_offering("offers " + provider.name, provider.name)
    request = spec.create_request(user_pool.id, f"offers-{provider.name}")
    validity.refuse(validity.check_client_request(request, _facts(user_pool, provider), f"app client {spec.key!r}"))
    made = cognito.create_user_pool_client(**request)
    client_id = made["UserPoolClient"]["ClientId"]
    scratch_clients.append(client_id)
    return AppClient(user_pool.id, client_id, spec)


@when(phrase("an administrator adds a {provider:w} identity provider with its required details "
             "and an attribute mapping"), target_fixture="cognito_outcome")
def _(provider, cognito, cognito_user_pool, cognito_scratch_identity_providers):
    return add_provider(cognito, identity_providers()[provider], cognito_user_pool, cognito_scratch_identity_providers)


@then(phrase("the user pool describes the {provider:w} identity provider with those details and that mapping"))
def _(provider, cognito, cognito_user_pool):
    setup = identity_providers()[provider]
    described = cognito.describe_identity_provider(UserPoolId=cognito_user_pool.id,
                                                   ProviderName=setup.name)["IdentityProvider"]
    assert described["ProviderType"] == setup.type
    details = described.get("ProviderDetails") or {}
    # Every detail given comes back (the API Reference's Describe responses repeat them, client_secret and
    # MetadataFile included), except Sign in with Apple's private_key, which its Describe response omits.
    given_details = {k: v for k, v in setup.details if not (setup.type == "SignInWithApple" and k == "private_key")}
    wrong = {k: (details.get(k) if k != "MetadataFile" else "a different metadata document")
             for k, v in given_details.items() if details.get(k) != v}
    assert not wrong, f"the {provider} provider's details differ: {wrong}"
    mapping = described.get("AttributeMapping") or {}
    assert dict(setup.mapping).items() <= mapping.items(), f"the attribute mapping is {mapping}"


@given(phrase("an administrator has added a {provider:w} identity provider"))
def _(provider, cognito, cognito_user_pool, cognito_scratch_identity_providers):
    outcome = add_provider(cognito, identity_providers()[provider], cognito_user_pool, cognito_scratch_identity_providers)
    assert outcome.ok, f"could not set the scenario up: {outcome.describe()}"


@given(phrase("the app client offers the {provider:w} identity provider"), target_fixture="cognito_app_client")
def _(provider, cognito, cognito_user_pool, cognito_scratch_clients):
    return offer(cognito, cognito_user_pool, identity_providers()[provider], cognito_scratch_clients)


@then(phrase("the app client lists {provider:w} among its identity providers"))
def _(provider, cognito, cognito_app_client):
    described = cognito.describe_user_pool_client(UserPoolId=cognito_app_client.pool_id, ClientId=cognito_app_client.id)
    listed = described["UserPoolClient"].get("SupportedIdentityProviders") or []
    assert identity_providers()[provider].name in listed, f"the app client lists {listed}"


@when(phrase("the app sends the browser to sign in through {provider:w}"), target_fixture="visit")
def _(provider, cognito_hosted_ui_browser, cognito_app_client):
    params = authorize_params(cognito_app_client, identity_provider=identity_providers()[provider].name)
    return start(cognito_hosted_ui_browser, params)


def _saml_return_address(location: str) -> str | None:
    request = parse_qs(urlsplit(location).query).get("SAMLRequest", [""])[0]
    xml = zlib.decompress(base64.b64decode(request), -15)
    return ElementTree.fromstring(xml).get("AssertionConsumerServiceURL")


@then(phrase("the browser is sent to {provider:w}'s sign-in page at {sign_in_page} "
             "with Cognito's {path} as the return address"))
def _(provider, sign_in_page, path, visit, cognito_hosted_ui_domain):
    # The sign-in page comes from the feature's Examples (quoted from the API Reference, or the address the
    # suite gave the provider), not from the stand-in's own table.
    landing = visit.landing
    assert landing.is_at(sign_in_page) and not landing.fetched, (
        f"expected the browser at {sign_in_page}, it ended at {landing.describe()}")
    if identity_providers()[provider].type == "SAML":
        returned = _saml_return_address(landing.url)
    else:
        returned = landing.query.get("redirect_uri")
    # The hosted UI's own address for the path: the pool's domain (the stand-in's address on moto).
    assert returned == cognito_hosted_ui_domain.public_url(path), f"the provider is told to return to {returned}"


@given("the app client offers the suite's own OIDC identity provider", target_fixture="cognito_app_client")
def _(cognito, cognito_user_pool, cognito_hosted_ui_domain, cognito_hosted_ui_browser, cognito_suite_identity_provider, cognito_scratch_identity_providers,
      cognito_scratch_clients):
    if cognito_hosted_ui_domain.local_idp_unreachable:
        pytest.skip(cognito_hosted_ui_domain.local_idp_unreachable)
    setup = ProviderSetup(SUITE_PROVIDER, "OIDC", tuple(cognito_suite_identity_provider.provider_details().items()),
                          (("email", "email"), ("name", "name")))
    outcome = add_provider(cognito, setup, cognito_user_pool, cognito_scratch_identity_providers)
    assert outcome.ok, f"could not set the scenario up: {outcome.describe()}"
    cognito_hosted_ui_browser.allow(cognito_suite_identity_provider.issuer)  # the browser visits the provider's sign-in page
    return offer(cognito, cognito_user_pool, setup, cognito_scratch_clients)


@given(phrase("{name:Person} has an account at that identity provider"))
def _(name, cognito_people, cognito_suite_identity_provider):
    person = cognito_people[name]
    person.sub = f"idp-{secrets.token_hex(6)}"
    cognito_suite_identity_provider.user = {"sub": person.sub, "email": person.email, "email_verified": True,
                                    "name": f"{name} Federated"}


@when(phrase("{name:Person} signs in through that identity provider"), target_fixture="visit")
def _(name, cognito_people, cognito_user_pool, cognito_hosted_ui_browser, cognito_app_client, cognito_scratch_identity_providers):
    person = cognito_people[name]  # the account Cognito makes is named after the provider, not the person
    cognito_scratch_identity_providers.users.append((cognito_user_pool.id, f"{SUITE_PROVIDER}_{person.sub}"))
    # hosted UI -> the identity provider (which signs the person in at once) -> /oauth2/idpresponse -> the app
    return start(cognito_hosted_ui_browser, authorize_params(cognito_app_client, identity_provider=SUITE_PROVIDER))


@then(phrase("the user pool has a user named after the provider and {name:Person}'s subject, "
             "with status EXTERNAL_PROVIDER"))
def _(name, cognito_people, cognito, cognito_user_pool, cognito_hosted_ui_domain, request):
    username = f"{SUITE_PROVIDER}_{cognito_people[name].sub}"
    if cognito_hosted_ui_domain.stand_in is not None:
        result_classes.mark(request.node, result_classes.STAND_IN,
                            "EXTERNAL_PROVIDER comes from the stand-in's own record of the users it federated; "
                            "moto holds such a user as FORCE_CHANGE_PASSWORD")
    status = cognito_hosted_ui_domain.user_status(cognito, cognito_user_pool.id, username)
    assert status == "EXTERNAL_PROVIDER", f"the federated user's status is {status}"


@then(phrase("the federated user has {name:Person}'s email address from the identity provider"))
def _(name, cognito_people, cognito, cognito_user_pool):
    user = cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=f"{SUITE_PROVIDER}_{cognito_people[name].sub}")
    attributes = {a["Name"]: a["Value"] for a in user["UserAttributes"]}
    assert attributes.get("email") == cognito_people[name].email, f"the federated user's email is {attributes.get('email')}"


@then(phrase("the ID token for that code names the identity provider in its identities claim"))
def _(visit, cognito_people, cognito_hosted_ui_domain, cognito_app_client, request):
    if cognito_hosted_ui_domain.stand_in is not None:
        result_classes.mark(request.node, result_classes.STAND_IN,
                            "the identities claim comes from the stand-in's own bookkeeping, not from an "
                            "identities attribute moto holds")
    response = exchange(cognito_hosted_ui_domain, cognito_app_client, visit)
    assert response.status_code == 200, f"the token endpoint answered {response.status_code}"
    claims = decode_unverified(response.json()[ID.oauth_field])[1]
    identities = claims.get("identities") or []
    assert any(i.get("providerName") == SUITE_PROVIDER and i.get("providerType") == "OIDC" for i in identities), \
        f"the identities claim is {identities}"
    assert claims.get("cognito:username", "").startswith(f"{SUITE_PROVIDER}_"), claims.get("cognito:username")

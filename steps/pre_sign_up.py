"""Pre sign-up trigger scenarios: what SignUp and AdminCreateUser answer after the function, and a federated
user's first sign-in through the hosted UI (PreSignUp_ExternalProvider) (issue 22).

The hosted-UI Given publishes its own pool's hosted-UI domain as ``cognito_hosted_ui_domain`` (and the pool
and its "app" client), so that the federation steps (steps/federation.py) add the suite's OIDC provider there.
"""

from __future__ import annotations

import pytest
from pytest_bdd import given, then

from cognito_conformance.configurations import pre_sign_up_hosted_ui_pool

from cognito_conformance.fixtures.hosted_ui import enter_hosted_ui_pool, trigger_hosted_ui_pool

from .grammar import phrase


@pytest.fixture(scope="session")
def cognito_pre_sign_up_hosted_ui_pool(cognito_provisioner, cognito, cognito_run_prefix, cognito_hosted_ui,
                                       cognito_settings):
    """The pool with a hosted UI and the suite's PreSignUp function (created on first use, for the session)."""
    yield from trigger_hosted_ui_pool(cognito_provisioner, cognito, cognito_run_prefix, cognito_hosted_ui,
                                      cognito_settings, pre_sign_up_hosted_ui_pool(), suffix="-psu")


@given("a user pool with a hosted UI and a PreSignUp trigger", target_fixture="cognito_hosted_ui_domain")
def _(request, cognito_pre_sign_up_hosted_ui_pool, cognito_hosted_ui, cognito_backend, cognito_settings):
    return enter_hosted_ui_pool(request, cognito_pre_sign_up_hosted_ui_pool, cognito_hosted_ui, cognito_backend,
                                cognito_settings)


@then(phrase("Cognito answers that {name:Person}'s account is confirmed"))
def _(name, cognito_outcome):
    assert cognito_outcome.ok, f"the sign-up failed: {cognito_outcome.describe()}"
    assert cognito_outcome.response["UserConfirmed"] is True, \
        f"SignUp answered UserConfirmed {cognito_outcome.response['UserConfirmed']!r}"


def attributes_of(cognito, pool, person) -> dict:
    user = cognito.admin_get_user(UserPoolId=pool.id, Username=person.username)
    return {a["Name"]: a["Value"] for a in user.get("UserAttributes", [])}


@then(phrase("{name:Person}'s {attribute:Attribute} is verified"))
def _(name, attribute, cognito, cognito_user_pool, cognito_people):
    verified = f"{attribute}_verified"
    got = attributes_of(cognito, cognito_user_pool, cognito_people[name]).get(verified)
    assert got == "true", f"{name}'s {verified} is {got!r}"


@then(phrase("the validation data is not among {name:Person}'s attributes"))
def _(name, cognito, cognito_user_pool, cognito_people):
    from .trigger_requests import VALIDATION_DATA

    names = set(attributes_of(cognito, cognito_user_pool, cognito_people[name]))
    stored = [key for key in VALIDATION_DATA if key in names or f"custom:{key}" in names]
    assert not stored, f"{name}'s account stores the validation data as attributes {stored}"

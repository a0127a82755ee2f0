"""On a team's pool, a flow the app client does not enable turns a sign-in scenario into its negative twin."""

import pytest

from cognito_conformance.existing_pool import Inverted
from cognito_conformance.outcome import Outcome
from cognito_conformance.pools import AppClient, ClientSpec
from cognito_conformance.steps.signin import flow_was_enabled

SRP_ONLY = ClientSpec("web", ("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))


def _client(existing: bool) -> AppClient:
    return AppClient("eu-west-1_Pool", "client1", SRP_ONLY, existing=existing)


def _signed_in(flow: str, error: str | None = None) -> Outcome:
    return Outcome("InitiateAuth", response=None if error else {"AuthenticationResult": {}}, error_code=error, flow=flow)


def test_a_refused_flow_the_client_does_not_enable_is_the_twin_holding():
    with pytest.raises(Inverted, match="USER_PASSWORD_AUTH is not enabled on app client client1"):
        flow_was_enabled(_signed_in("USER_PASSWORD_AUTH", "InvalidParameterException"), _client(True), "cognito")


def test_an_accepted_flow_the_client_does_not_enable_fails():
    with pytest.raises(AssertionError, match="yet the sign-in was not refused"):
        flow_was_enabled(_signed_in("USER_PASSWORD_AUTH"), _client(True), "cognito")


def test_on_moto_the_twin_failing_is_the_registered_divergence():
    with pytest.raises(pytest.xfail.Exception, match="moto stores ExplicitAuthFlows"):
        flow_was_enabled(_signed_in("USER_PASSWORD_AUTH"), _client(True), "moto")


def test_enabled_flows_and_provisioned_clients_are_left_alone():
    flow_was_enabled(_signed_in("USER_SRP_AUTH"), _client(True), "cognito")
    flow_was_enabled(_signed_in("USER_PASSWORD_AUTH", "InvalidParameterException"), _client(False), "cognito")

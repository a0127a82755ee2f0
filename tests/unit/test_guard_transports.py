"""Issue 18, findings 2, 3 and 5: one guard for every transport, every way of tagging, every attribute."""

import json

import pytest
import requests

from cognito_conformance.guard import GuardRefused, PoolGuard, guarded_session, run_user

RUN = "cc-20261126000000abcd"
OURS = f"{RUN}-gw0-alice-1a2b3c"
TARGET = "AWSCognitoIdentityProviderService."


def _guard(**kwargs) -> PoolGuard:
    guard = PoolGuard("us-east-1_team", run_user(RUN), run_marker=RUN, **{"allow_writes": True, **kwargs})
    guard.phone_owners = lambda phone: ["kana"] if phone == "+15555550123" else []
    return guard


def _json(session, operation, params):
    return session.post("http://127.0.0.1:9/", data=json.dumps(params),
                        headers={"X-Amz-Target": TARGET + operation, "Content-Type": "application/x-amz-json-1.1"})


@pytest.mark.parametrize("operation, params, why", [
    ("SignUp", {"ClientId": "c", "Username": OURS, "Password": "x"}, "without --allow-writes"),
    ("ForgotPassword", {"ClientId": "c", "Username": "kana"}, "only the users it created"),
    ("ConfirmForgotPassword", {"ClientId": "c", "Username": "kana", "ConfirmationCode": "1", "Password": "x"},
     "only the users it created"),
    ("InitiateAuth", {"AuthFlow": "USER_PASSWORD_AUTH", "AuthParameters": {"USERNAME": "kana"}},
     "only the users it created"),
    ("UpdateUserPool", {"UserPoolId": "us-east-1_team"}, "changes the pool"),
])
def test_json_calls_through_the_http_session_are_checked_as_botocores(operation, params, why):
    session = guarded_session(requests.Session(), _guard(allow_writes=False))
    with pytest.raises(GuardRefused, match=why):
        _json(session, operation, params)


def test_a_profile_scenario_is_read_only_on_the_http_session_too():
    guard = _guard()
    guard.read_only_reason = "this is a @profile scenario, read-only by construction"
    session = guarded_session(requests.Session(), guard)
    with pytest.raises(GuardRefused, match="@profile"):
        _json(session, "AdminCreateUser", {"UserPoolId": "us-east-1_team", "Username": OURS})
    with pytest.raises(requests.ConnectionError):  # a read of the pool passes (nothing listens)
        _json(session, "DescribeUserPool", {"UserPoolId": "us-east-1_team"})


def test_forms_and_query_strings_with_action_are_read_as_the_query_protocol():
    session = guarded_session(requests.Session(), _guard(allow_writes=False))
    with pytest.raises(GuardRefused, match="ForgotPassword on user 'kana'"):
        session.post("http://127.0.0.1:9/", data={"Action": "ForgotPassword", "ClientId": "c", "Username": "kana"})
    with pytest.raises(GuardRefused, match="InitiateAuth on user 'kana'"):
        session.get("http://127.0.0.1:9/?Action=InitiateAuth&AuthParameters.entry.1.key=USERNAME"
                    "&AuthParameters.entry.1.value=kana")
    with pytest.raises(GuardRefused, match="without --allow-writes"):
        session.post("http://127.0.0.1:9/signup", data={"username": OURS, "password": "x"})


def test_an_unreadable_json_call_is_refused():
    session = guarded_session(requests.Session(), _guard())
    with pytest.raises(GuardRefused, match="not JSON"):
        session.post("http://127.0.0.1:9/", data="{nope", headers={"X-Amz-Target": TARGET + "SignUp"})


def test_a_user_created_through_the_http_session_is_recorded_before_it_is_sent():
    guard = _guard()
    session = guarded_session(requests.Session(), guard)
    with pytest.raises(requests.ConnectionError):
        _json(session, "SignUp", {"ClientId": "c", "Username": OURS.upper(), "Password": "x"})
    assert guard.take_created() == [OURS.upper()] and guard.created == []


@pytest.mark.parametrize("attribute, value", [
    ("email", "kana@team.example"), ("preferred_username", "kana"), ("phone_number", "+15555550123"),
    ("email", "KANA@TEAM.EXAMPLE"),
])
def test_a_run_user_never_gets_a_team_users_contact(attribute, value):
    guard = _guard()
    for operation in ("AdminCreateUser", "AdminUpdateUserAttributes", "SignUp", "UpdateUserAttributes"):
        with pytest.raises(GuardRefused, match=f"giving {attribute}"):
            guard.check(operation, {"Username": OURS, "UserAttributes": [{"Name": attribute, "Value": value}]})


def test_the_runs_own_contacts_pass():
    guard = _guard()
    guard.check("AdminUpdateUserAttributes", {"Username": OURS, "UserAttributes": [
        {"Name": "email", "Value": f"new-{OURS}@example.com"}, {"Name": "preferred_username", "Value": f"{OURS}-pref"},
        {"Name": "phone_number", "Value": "+15555550100"}, {"Name": "name", "Value": "anything"}]})


def test_force_alias_creation_is_refused_on_a_teams_pool():
    with pytest.raises(GuardRefused, match="ForceAliasCreation"):
        _guard().check("AdminCreateUser", {"Username": OURS, "ForceAliasCreation": True, "UserAttributes": [
            {"Name": "email", "Value": f"{OURS}@example.com"}]})


def test_clean_up_deletes_the_runs_own_users_even_in_a_read_only_scenario():
    guard = _guard(allow_writes=False)
    guard.read_only_reason = "this is a @profile scenario, read-only by construction"
    with guard.cleaning_up():
        guard.check("AdminDeleteUser", {"UserPoolId": "us-east-1_team", "Username": OURS})
        with pytest.raises(GuardRefused, match="only the users it created"):
            guard.check("AdminDeleteUser", {"UserPoolId": "us-east-1_team", "Username": "kana"})
    with pytest.raises(GuardRefused, match="@profile"):
        guard.check("AdminDeleteUser", {"UserPoolId": "us-east-1_team", "Username": OURS})

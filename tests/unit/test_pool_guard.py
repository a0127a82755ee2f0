"""In existing-pool mode one guard on the client refuses, before sending, every call that would change
the team's pool or touch a user the run did not create (issue 10, findings 1-4)."""

import boto3
import botocore.session
import pytest
from moto import mock_aws

from cognito_conformance.guard import (
    FORBIDDEN, OWN_USER_WRITES, READS, GuardRefused, PoolGuard, classify, guarded_session, run_user,
)

RUN = "cc-20261126000000abcd"
OURS = f"{RUN}-gw0-alice-1a2b3c"
OPERATIONS = botocore.session.get_session().get_service_model("cognito-idp").operation_names


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_operation_in_botocores_model_is_classified(operation):
    """A new API operation fails here until someone decides what it may do to a team's pool."""
    assert classify(operation) in ("read", "own-user write", "forbidden"), f"{operation} is not classified"
    assert [operation in table for table in (READS, OWN_USER_WRITES, FORBIDDEN)].count(True) == 1


def test_the_tables_name_only_real_operations():
    assert (READS | OWN_USER_WRITES | FORBIDDEN) - set(OPERATIONS) == set()


def test_an_unclassified_operation_is_refused():
    with pytest.raises(GuardRefused, match="does not know this operation"):
        PoolGuard("us-east-1_team", run_user(RUN), allow_writes=True).check("AdminFrobnicateUser", {})


@pytest.fixture
def team(monkeypatch):
    """A team's pool with its own users and group; the guard on the client, as the backend installs it."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        cognito = boto3.client("cognito-idp", region_name="us-east-1")
        pool = cognito.create_user_pool(PoolName="team")["UserPool"]["Id"]
        client = cognito.create_user_pool_client(UserPoolId=pool, ClientName="web",
                                                 ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH",
                                                                    "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]
        for user in ("carol", "bob"):
            cognito.admin_create_user(UserPoolId=pool, Username=user, MessageAction="SUPPRESS")
        cognito.admin_disable_user(UserPoolId=pool, Username="carol")
        cognito.create_group(UserPoolId=pool, GroupName="admins")
        cognito.create_group(UserPoolId=pool, GroupName="cc-suite")
        guard = PoolGuard(pool, run_user(RUN), allow_writes=True, suite_group="cc-suite")
        guard.install(cognito)
        yield cognito, pool, client["ClientId"], guard


def _unchanged(cognito, pool):
    users = {u["Username"]: (u["UserStatus"], u["Enabled"]) for u in cognito.list_users(UserPoolId=pool)["Users"]}
    assert users == {"carol": ("FORCE_CHANGE_PASSWORD", False), "bob": ("FORCE_CHANGE_PASSWORD", True)}
    assert cognito.list_users_in_group(UserPoolId=pool, GroupName="admins")["Users"] == []


def test_finding_1_any_caller_of_the_client_is_guarded(team):
    """A team's step using the plain client (not the provisioner) cannot enable a disabled user."""
    cognito, pool, _, _ = team
    with pytest.raises(GuardRefused, match=r"AdminEnableUser on user 'carol'.*only the users it created"):
        cognito.admin_enable_user(UserPoolId=pool, Username="carol")
    _unchanged(cognito, pool)


@pytest.mark.parametrize("call, params", [
    ("confirm_sign_up", {"Username": "bob", "ConfirmationCode": "123456"}),
    ("forgot_password", {"Username": "bob"}),
    ("sign_up", {"Username": "mallory", "Password": "Aa1!aaaaaaaa"}),
    ("resend_confirmation_code", {"Username": "bob"}),
    ("initiate_auth", {"AuthFlow": "USER_PASSWORD_AUTH", "AuthParameters": {"USERNAME": "bob", "PASSWORD": "x"}}),
    ("respond_to_auth_challenge", {"ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": "s" * 20,
                                   "ChallengeResponses": {"USERNAME": "bob", "NEW_PASSWORD": "Aa1!aaaaaaaa"}}),
])
def test_finding_2_calls_naming_a_team_user_by_client_id_are_refused(team, call, params):
    cognito, pool, client_id, _ = team
    with pytest.raises(GuardRefused, match="only the users it created"):
        getattr(cognito, call)(ClientId=client_id, **params)
    _unchanged(cognito, pool)


@pytest.mark.parametrize("call, params", [
    ("admin_respond_to_auth_challenge", {"ClientId": "c", "ChallengeName": "NEW_PASSWORD_REQUIRED",
                                         "ChallengeResponses": {"USERNAME": "bob", "NEW_PASSWORD": "Aa1!aaaaaaaa"}}),
    ("admin_link_provider_for_user", {"DestinationUser": {"ProviderName": "Cognito", "ProviderAttributeValue": OURS},
                                      "SourceUser": {"ProviderName": "Google", "ProviderAttributeName": "Cognito_Subject",
                                                     "ProviderAttributeValue": "1"}}),
    ("admin_get_user", {"Username": "bob"}),
    ("admin_add_user_to_group", {"Username": "bob", "GroupName": "admins"}),
])
def test_finding_2_admin_calls_that_name_or_link_a_team_user_are_refused(team, call, params):
    cognito, pool, _, _ = team
    with pytest.raises(GuardRefused, match="refused"):
        getattr(cognito, call)(UserPoolId=pool, **params)
    _unchanged(cognito, pool)


@pytest.mark.parametrize("call, params", [
    ("create_user_pool_client", {"ClientName": "x"}),
    ("update_user_pool", {}),
    ("set_user_pool_mfa_config", {"MfaConfiguration": "OFF"}),
    ("create_group", {"GroupName": "new"}),
    ("update_group", {"GroupName": "admins", "Description": "x"}),
    ("create_user_pool_domain", {"Domain": "team"}),
    ("delete_identity_provider", {"ProviderName": "Google"}),
])
def test_changes_to_the_pool_clients_groups_providers_and_domains_are_refused(team, call, params):
    cognito, pool, _, _ = team
    with pytest.raises(GuardRefused, match=r"changes the pool, its clients, groups, providers, domains"):
        getattr(cognito, call)(UserPoolId=pool, **params)


def test_finding_3_a_profile_scenario_is_read_only_even_with_allow_writes(team):
    cognito, pool, _, guard = team
    guard.read_only_reason = "this is a @profile scenario, read-only by construction"
    with pytest.raises(GuardRefused, match="@profile scenario, read-only"):
        cognito.admin_create_user(UserPoolId=pool, Username=OURS, MessageAction="SUPPRESS")
    cognito.describe_user_pool(UserPoolId=pool)  # reads stay allowed


def test_without_allow_writes_no_user_is_created(team):
    cognito, pool, client_id, guard = team
    guard.allow_writes = False
    for call in (lambda: cognito.admin_create_user(UserPoolId=pool, Username=OURS, MessageAction="SUPPRESS"),
                 lambda: cognito.sign_up(ClientId=client_id, Username=OURS, Password="Aa1!aaaaaaaa")):
        with pytest.raises(GuardRefused, match="without --allow-writes"):
            call()
    _unchanged(cognito, pool)


def test_finding_4_only_the_set_aside_group_takes_the_runs_users(team):
    cognito, pool, _, _ = team
    cognito.admin_create_user(UserPoolId=pool, Username=OURS, MessageAction="SUPPRESS")
    with pytest.raises(GuardRefused, match=r"group 'admins'.*sets aside for it: the group 'cc-suite'"):
        cognito.admin_add_user_to_group(UserPoolId=pool, Username=OURS, GroupName="admins")
    cognito.admin_add_user_to_group(UserPoolId=pool, Username=OURS, GroupName="cc-suite")
    cognito.admin_remove_user_from_group(UserPoolId=pool, Username=OURS, GroupName="cc-suite")


def test_the_run_may_read_and_manage_its_own_users(team):
    cognito, pool, client_id, guard = team
    cognito.admin_create_user(UserPoolId=pool, Username=OURS, MessageAction="SUPPRESS")
    cognito.admin_set_user_password(UserPoolId=pool, Username=OURS, Password="Aa1!aaaaaaaa", Permanent=True)
    cognito.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                          AuthParameters={"USERNAME": OURS, "PASSWORD": "Aa1!aaaaaaaa"})
    cognito.admin_delete_user(UserPoolId=pool, Username=OURS)
    cognito.list_users(UserPoolId=pool)
    sent = [operation for operation, _ in guard.sent]
    assert "AdminDeleteUser" in sent and all(user.startswith(RUN) for _, users in guard.sent for user in users)


def test_another_runs_users_are_not_the_runs_own():
    own = run_user(RUN)
    assert own(OURS) and own(f"{OURS}@example.com")
    assert not own("cc-20261126000000ffff-gw0-alice-1a2b3c") and not own(RUN) and not own("carol")


def test_a_run_user_in_other_capitals_is_still_the_runs_own():
    """A case-insensitive pool finds the run's user by any capitalization; the run id keeps it the run's."""
    own = run_user(RUN)
    assert own(OURS.upper()) and own(OURS.title())
    assert not own("CC-20261126000000FFFF-GW0-ALICE-1A2B3C") and not own("CAROL")


def test_the_hosted_ui_session_signs_in_only_as_the_runs_users():
    import requests

    guard = PoolGuard("us-east-1_team", run_user(RUN), allow_writes=True)
    session = guarded_session(requests.Session(), guard)
    with pytest.raises(GuardRefused, match="signs in only as the users it created"):
        session.post("http://127.0.0.1:9/login", data={"username": "carol", "password": "x"})
    with pytest.raises(requests.ConnectionError):  # the run's own user passes the guard (nothing listens)
        session.post("http://127.0.0.1:9/login", data={"username": OURS, "password": "x"})

"""The pool's own life (UpdateUserPool, deletion protection) and the error contract."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance.outcome import attempt
from cognito_conformance.settings_configurations import VERIFICATION_TEMPLATE

from .common import expect_ok
from .grammar import phrase

EVERY_CLASS = {"MinimumLength": 12, "RequireUppercase": True, "RequireLowercase": True, "RequireNumbers": True,
               "RequireSymbols": True}
NOWHERE = "cc-does-not-exist"
#: A user named for the run (the only names the suite may ask a team's pool about) that nobody created.
NOBODY = "{run_prefix}-nobody"


@when("an administrator changes the pool to require passwords of at least 12 characters with every class",
      target_fixture="cognito_outcome")
def _(cognito, cognito_user_pool):
    """UpdateUserPool with the password policy alone, as a careless caller would send it."""
    return attempt("UpdateUserPool", cognito.update_user_pool, UserPoolId=cognito_user_pool.id,
                   Policies={"PasswordPolicy": EVERY_CLASS})


@then(phrase('an administrator\'s new password "{password}" for {name:Person} fails with {code:ErrorCode}'))
def _(password, name, code, cognito_people, cognito, cognito_user_pool):
    outcome = attempt("AdminSetUserPassword", cognito.admin_set_user_password, UserPoolId=cognito_user_pool.id,
                      Username=cognito_people[name].username, Password=password, Permanent=True)
    assert outcome.error_code == code, f"AdminSetUserPassword: {outcome.describe()}"


@then("the pool no longer allows only administrators to create users")
def _(cognito, cognito_user_pool):
    described = cognito.describe_user_pool(UserPoolId=cognito_user_pool.id)["UserPool"]
    config = described.get("AdminCreateUserConfig") or {}
    assert not config.get("AllowAdminCreateUserOnly"), f"AdminCreateUserConfig is still {config}"


@when("an administrator deletes the pool", target_fixture="cognito_outcome")
def _(cognito, cognito_user_pool):
    return attempt("DeleteUserPool", cognito.delete_user_pool, UserPoolId=cognito_user_pool.id)


@given("an administrator has turned the pool's deletion protection off")
def _(cognito, cognito_user_pool):
    expect_ok(attempt("UpdateUserPool", cognito.update_user_pool, UserPoolId=cognito_user_pool.id,
                      DeletionProtection="INACTIVE"), "turning deletion protection off")


def _exists(cognito, user_pool) -> bool:
    return attempt("DescribeUserPool", cognito.describe_user_pool, UserPoolId=user_pool.id).ok


@then("the pool still exists")
def _(cognito, cognito_user_pool):
    assert _exists(cognito, cognito_user_pool), "the protected pool was deleted"


@then("the pool no longer exists")
def _(cognito, cognito_user_pool):
    assert not _exists(cognito, cognito_user_pool), "the pool is still there"


@when(phrase("an administrator reads {what} that does not exist"), target_fixture="cognito_outcome")
def _(what, cognito, cognito_user_pool, cognito_run_prefix):
    pool_id = cognito_user_pool.id
    calls = {
        "a user pool": ("DescribeUserPool", cognito.describe_user_pool,
                        {"UserPoolId": f"{pool_id.split('_')[0]}_cc0doesnotexist"}),
        "an app client": ("DescribeUserPoolClient", cognito.describe_user_pool_client,
                          {"UserPoolId": pool_id, "ClientId": "1example23456789ccdoesnotexist"[:26]}),
        "a user": ("AdminGetUser", cognito.admin_get_user,
                   {"UserPoolId": pool_id, "Username": NOBODY.format(run_prefix=cognito_run_prefix)}),
        "a group": ("GetGroup", cognito.get_group, {"UserPoolId": pool_id, "GroupName": NOWHERE}),
        "a resource server": ("DescribeResourceServer", cognito.describe_resource_server,
                              {"UserPoolId": pool_id, "Identifier": f"https://{NOWHERE}.example.com"}),
        "an identity provider": ("DescribeIdentityProvider", cognito.describe_identity_provider,
                                 {"UserPoolId": pool_id, "ProviderName": NOWHERE}),
    }
    operation, call, params = calls[what]
    return attempt(operation, call, **params)


MALFORMED = "not.a.token"


@when(phrase("someone calls {operation:w} with a malformed access token"), target_fixture="cognito_outcome")
def _(operation, cognito):
    params = {
        "GetUser": {},
        "UpdateUserAttributes": {"UserAttributes": [{"Name": "name", "Value": "x"}]},
        "ChangePassword": {"PreviousPassword": "Aa1!previous", "ProposedPassword": "Aa1!proposed"},
        "GlobalSignOut": {},
    }[operation]
    method = getattr(cognito, {"GetUser": "get_user", "UpdateUserAttributes": "update_user_attributes",
                               "ChangePassword": "change_password", "GlobalSignOut": "global_sign_out"}[operation])
    return attempt(operation, method, AccessToken=MALFORMED, **params)


@then(phrase("the code went by {medium:w} to {name:Person}'s {attribute:Attribute} attribute"))
def _(medium, name, attribute, cognito_outcome):
    assert cognito_outcome.ok, f"SignUp: {cognito_outcome.describe()}"
    delivery = cognito_outcome.response.get("CodeDeliveryDetails") or {}
    assert (delivery.get("DeliveryMedium"), delivery.get("AttributeName")) == (medium, attribute), delivery


USER_OPERATIONS = {
    "GetUser": ("get_user", {}),
    "UpdateUserAttributes": ("update_user_attributes", {"UserAttributes": [{"Name": "name", "Value": "x"}]}),
    "ChangePassword": ("change_password", {"PreviousPassword": "Aa1!previous", "ProposedPassword": "Aa1!proposed"}),
    "GlobalSignOut": ("global_sign_out", {}),
}


@given(phrase("{name:Person}'s access token has expired"))
def _(name, cognito_app_client, cognito_clock):
    cognito_clock.advance(dict(cognito_app_client.spec.lifetimes)["access"].seconds + 1)


@when(phrase("{name:Person} calls {operation:w} with her {state:w} access token"), target_fixture="cognito_outcome")
def _(name, operation, state, cognito_people, cognito):
    assert state in ("revoked", "expired"), f"an access token is revoked or expired, not {state}"
    method, params = USER_OPERATIONS[operation]
    if operation == "ChangePassword":  # her own password: only the token can be what is refused
        params = {"PreviousPassword": cognito_people[name].password, "ProposedPassword": cognito_people[name].password + "x"}
    return attempt(operation, getattr(cognito, method), AccessToken=cognito_people[name].access_token, **params)


@when("an administrator describes a domain that does not exist", target_fixture="cognito_outcome")
def _(cognito, cognito_run_prefix):
    return attempt("DescribeUserPoolDomain", cognito.describe_user_pool_domain, Domain=f"{cognito_run_prefix}-nodomain"[:63])


@then("Cognito describes no domain")
def _(cognito_outcome):
    """ResourceNotFoundException (the operation lists it), or a DomainDescription naming no domain."""
    if cognito_outcome.ok:
        description = cognito_outcome.response.get("DomainDescription") or {}
        assert not description.get("Domain") and not description.get("UserPoolId"), f"described {description}"
    else:
        assert cognito_outcome.error_code == "ResourceNotFoundException", f"DescribeUserPoolDomain: {cognito_outcome.describe()}"


@when(phrase("an administrator resets {name:Person}'s password"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return attempt("AdminResetUserPassword", cognito.admin_reset_user_password, UserPoolId=cognito_user_pool.id,
                   Username=cognito_people[name].username)


@then(phrase("Cognito refuses it with InvalidParameterException or {name:Person}'s account is RESET_REQUIRED"))
def _(name, cognito_outcome, cognito_people, cognito, cognito_user_pool):
    if not cognito_outcome.ok:
        assert cognito_outcome.error_code == "InvalidParameterException", f"AdminResetUserPassword: {cognito_outcome.describe()}"
        return
    user = cognito.admin_get_user(UserPoolId=cognito_user_pool.id, Username=cognito_people[name].username)
    assert user["UserStatus"] == "RESET_REQUIRED", f"{name}'s account is {user['UserStatus']}"


@then("the pool describes the verification messages it was given")
def _(cognito, cognito_user_pool):
    template = cognito.describe_user_pool(UserPoolId=cognito_user_pool.id)["UserPool"].get("VerificationMessageTemplate") or {}
    wanted = dict(VERIFICATION_TEMPLATE)
    actual = {member: template.get(member) for member in wanted}
    assert actual == wanted, f"VerificationMessageTemplate is {template}"

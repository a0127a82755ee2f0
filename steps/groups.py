"""Groups: membership in the tokens, roles and precedence, and managing groups."""

from __future__ import annotations

import json

from pytest_bdd import given, then, when

from cognito_conformance.outcome import attempt
from cognito_conformance.settings_configurations import ROLE_ARN
from cognito_conformance.token_kinds import ID

from .common import expect_ok
from .grammar import phrase
from .tokens import claims_of

def _names(text: str) -> list[str]:
    return sorted(n.strip() for n in text.replace(" and ", ", ").split(",") if n.strip())


@then(phrase("{name:Person}'s {kind:TokenKind} token names the groups {groups}"))
def _(name, kind, groups, cognito_people):
    actual = claims_of(cognito_people[name], kind).get("cognito:groups")
    assert isinstance(actual, list) and sorted(actual) == _names(groups), f"cognito:groups is {actual!r}"


@then(phrase("{name:Person}'s ID token carries the roles of {groups}"))
def _(name, groups, cognito_people):
    actual = claims_of(cognito_people[name], ID).get("cognito:roles")
    wanted = sorted(ROLE_ARN.format(g) for g in _names(groups))
    assert isinstance(actual, list) and sorted(actual) == wanted, f"cognito:roles is {actual!r}"


@then(phrase("{name:Person}'s ID token prefers the role of {group:w}"))
def _(name, group, cognito_people):
    actual = claims_of(cognito_people[name], ID).get("cognito:preferred_role")
    assert actual == ROLE_ARN.format(group), f"cognito:preferred_role is {actual!r}"


@when(phrase('an administrator removes {name:Person} from the group "{group}"'), target_fixture="cognito_outcome")
def _(name, group, cognito_people, cognito, cognito_user_pool):
    return attempt("AdminRemoveUserFromGroup", cognito.admin_remove_user_from_group, UserPoolId=cognito_user_pool.id,
                   Username=cognito_people[name].username, GroupName=group)


@given("an administrator has created a group of the run's own", target_fixture="run_group")
def _(cognito, cognito_user_pool, cognito_run_prefix, cognito_scratch_groups, cognito_people):
    name = f"{cognito_run_prefix}-{len(list(cognito_people))}-group"
    expect_ok(attempt("CreateGroup", cognito.create_group, UserPoolId=cognito_user_pool.id, GroupName=name,
                      Description="made by the suite", Precedence=7), f"CreateGroup {name}")
    cognito_scratch_groups.append((cognito_user_pool.id, name))
    return name


@given(phrase("{name:Person} is in the run's group"))
def _(name, run_group, cognito_people, cognito, cognito_user_pool):
    expect_ok(attempt("AdminAddUserToGroup", cognito.admin_add_user_to_group, UserPoolId=cognito_user_pool.id,
                      Username=cognito_people[name].username, GroupName=run_group), f"adding {name} to the group")


def _members(cognito, user_pool, group) -> list[str]:
    pages = cognito.get_paginator("list_users_in_group").paginate(UserPoolId=user_pool.id, GroupName=group)
    return [user["Username"] for page in pages for user in page["Users"]]


def _groups_of(cognito, user_pool, person) -> list[str]:
    pages = cognito.get_paginator("admin_list_groups_for_user").paginate(UserPoolId=user_pool.id,
                                                                          Username=person.username)
    return [group["GroupName"] for page in pages for group in page["Groups"]]


@then(phrase("the run's group lists {name:Person} as a member"))
def _(name, run_group, cognito_people, cognito, cognito_user_pool):
    assert cognito_people[name].username in _members(cognito, cognito_user_pool, run_group)


@then(phrase("{name:Person}'s groups include the run's group"))
def _(name, run_group, cognito_people, cognito, cognito_user_pool):
    assert run_group in _groups_of(cognito, cognito_user_pool, cognito_people[name])


@then(phrase("{name:Person}'s groups do not include the run's group"))
def _(name, run_group, cognito_people, cognito, cognito_user_pool):
    assert run_group not in _groups_of(cognito, cognito_user_pool, cognito_people[name])


@when(phrase('an administrator gives the run\'s group the description "{description}" and precedence {precedence:d}'),
      target_fixture="cognito_outcome")
def _(description, precedence, run_group, cognito, cognito_user_pool):
    return attempt("UpdateGroup", cognito.update_group, UserPoolId=cognito_user_pool.id, GroupName=run_group,
                   Description=description, Precedence=precedence)


@then(phrase('the run\'s group reads back with the description "{description}" and precedence {precedence:d}'))
def _(description, precedence, run_group, cognito, cognito_user_pool):
    group = cognito.get_group(UserPoolId=cognito_user_pool.id, GroupName=run_group)["Group"]
    assert (group.get("Description"), group.get("Precedence")) == (description, precedence), json.dumps(
        {k: group.get(k) for k in ("Description", "Precedence")})


@when("an administrator deletes the run's group", target_fixture="cognito_outcome")
def _(run_group, cognito, cognito_user_pool):
    return attempt("DeleteGroup", cognito.delete_group, UserPoolId=cognito_user_pool.id, GroupName=run_group)


@then(phrase("reading the run's group fails with {code:ErrorCode}"))
def _(code, run_group, cognito, cognito_user_pool):
    outcome = attempt("GetGroup", cognito.get_group, UserPoolId=cognito_user_pool.id, GroupName=run_group)
    assert outcome.error_code == code, f"GetGroup: {outcome.describe()}"

"""The check of the emails a user migrated on a password reset was sent (steps/user_migration.py): the reset
code, and a welcome message besides it or nothing else (Developer Guide, "Migrate user Lambda trigger")."""

from __future__ import annotations

from cognito_conformance.steps.user_migration import welcome_problem

CODE_EMAIL = {"Subject": "Your verification code", "BodyText": "Your password reset code is 123456"}
WELCOME = {"Subject": "Welcome", "BodyText": "Your account is ready"}


def test_the_reset_code_alone_is_nothing_else_but_no_welcome():
    assert welcome_problem([CODE_EMAIL], welcome=False) is None
    assert "no welcome message" in welcome_problem([CODE_EMAIL], welcome=True)


def test_a_welcome_besides_the_code_is_a_welcome_but_not_nothing_else():
    assert welcome_problem([WELCOME, CODE_EMAIL], welcome=True) is None
    assert "2 emails" in welcome_problem([WELCOME, CODE_EMAIL], welcome=False)


def test_without_the_reset_code_neither_holds():
    for welcome in (True, False):
        assert "no email carries the password reset code" in welcome_problem([WELCOME], welcome=welcome)
    assert "no email carries" in welcome_problem([], welcome=False)

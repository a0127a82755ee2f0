@passwords
Feature: Changing the password
  A signed-in user changes the password with ChangePassword, giving the previous one.
  Checks: API ChangePassword; docs/cognito-spec.md section 7.

  Background:
    Given Alice is a confirmed user
    And Alice is signed in

  Scenario: After a change only the new password works
    When Alice changes the password
    Then it succeeds
    And Alice can sign in with USER_PASSWORD_AUTH
    And Alice's old password no longer works

  Scenario: A wrong previous password is refused
    When Alice changes the password giving a wrong previous password
    Then it fails with NotAuthorizedException
    And Alice can sign in with USER_PASSWORD_AUTH

  Scenario: A new password that breaks the pool's policy is refused
    When Alice changes the password to one that has no symbol
    Then it fails with InvalidPasswordException
    And Alice can sign in with USER_PASSWORD_AUTH

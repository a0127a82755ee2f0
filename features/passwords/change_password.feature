@passwords
Feature: Changing the password
  A signed-in user changes the password with ChangePassword, giving the previous one.
  Checks: API ChangePassword; docs/cognito-spec.md section 7.

  Background:
    Given Alice is a confirmed user
    And Alice is signed in

  Scenario: After a change only the new password works
    Source: API Reference, ChangePassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html
      "Changes the password for the currently signed-in user."
    When Alice changes the password
    Then it succeeds
    And Alice can sign in with USER_PASSWORD_AUTH
    And Alice's old password no longer works

  Scenario: A wrong previous password is refused
    Source: API Reference, ChangePassword, error NotAuthorizedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html
      "This exception is thrown when a user isn't authorized."
    When Alice changes the password giving a wrong previous password
    Then it fails with NotAuthorizedException
    And Alice can sign in with USER_PASSWORD_AUTH

  Scenario: A new password that breaks the pool's policy is refused
    Source: API Reference, ChangePassword, error InvalidPasswordException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html
      "This exception is thrown when Amazon Cognito encounters an invalid password."
    Source: Developer Guide, "Passwords, account recovery, and password policies", https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html
      "Choose the character types–numbers, special characters, uppercase letters, and lowercase letters–that you want to require at least one of in each user's password."
    When Alice changes the password to one that has no symbol
    Then it fails with InvalidPasswordException
    And Alice can sign in with USER_PASSWORD_AUTH

@signup
Feature: Accounts created by an administrator
  AdminCreateUser makes an account with a temporary password. At the first sign-in Cognito
  asks for a new password (NEW_PASSWORD_REQUIRED); answering it signs the user in and
  confirms the account.
  Checks: API AdminCreateUser, RespondToAuthChallenge; docs/cognito-spec.md section 1.2.

  Scenario: A new account must change its temporary password
    When an administrator creates an account for Alice with a temporary password
    Then it succeeds
    And Alice's account is FORCE_CHANGE_PASSWORD

  Scenario Outline: The first sign-in asks for a new password
    Given an administrator has created an account for Alice with a temporary password
    When Alice signs in with <flow>
    Then Cognito challenges Alice with NEW_PASSWORD_REQUIRED

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: Choosing a new password signs the user in and confirms the account
    Given an administrator has created an account for Alice with a temporary password
    And Alice has signed in with <flow> and been challenged with NEW_PASSWORD_REQUIRED
    When Alice answers with a new password
    Then Alice receives an ID token, an access token and a refresh token
    And Alice's account is CONFIRMED
    And Alice can sign in with USER_PASSWORD_AUTH

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

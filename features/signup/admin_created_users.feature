@signup
Feature: Accounts created by an administrator
  AdminCreateUser makes an account with a temporary password. At the first sign-in Cognito
  asks for a new password (NEW_PASSWORD_REQUIRED); answering it signs the user in and
  confirms the account.
  Checks: API AdminCreateUser, RespondToAuthChallenge; docs/cognito-spec.md section 1.2.

  Scenario: A new account must change its temporary password
    Source: API Reference, AdminCreateUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "In either case, if the user has a password, they will be in the FORCE_CHANGE_PASSWORD state until they sign in and set their password."
    When an administrator creates an account for Alice with a temporary password
    Then it succeeds
    And Alice's account is FORCE_CHANGE_PASSWORD

  Scenario Outline: The first sign-in asks for a new password
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "NEW_PASSWORD_REQUIRED: For users who are required to change their passwords after successful first login. ... Amazon Cognito only returns this challenge for users who have temporary passwords."
    Verified on AWS for USER_SRP_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_authorize_user_with_force_password_change_status
      "signs in an AdminCreateUser user with USER_SRP_AUTH and asserts the challenge is NEW_PASSWORD_REQUIRED"
    Verified on AWS for USER_PASSWORD_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_mfa_auth_USER_PASSWORD_AUTH_with_FORCE_CHANGE_PASSWORD_status
      "signs in an AdminCreateUser user with USER_PASSWORD_AUTH and asserts the challenge is NEW_PASSWORD_REQUIRED"
    Verified on AWS for ADMIN_USER_PASSWORD_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_group_in_access_token
      "signs in an AdminCreateUser user with AdminInitiateAuth and asserts the challenge is NEW_PASSWORD_REQUIRED"
    Given an administrator has created an account for Alice with a temporary password
    When Alice signs in with <flow>
    Then Cognito challenges Alice with NEW_PASSWORD_REQUIRED

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: Choosing a new password signs the user in and confirms the account
    Source: API Reference, AdminSetUserPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html
      "After the user sets a new password, or if you set a permanent password, their status becomes Confirmed."
    Source: Developer Guide, "Signing up and confirming user accounts", https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
      "User accounts that are created by an administrator or developer are already in the confirmed state, so users aren't required to enter a confirmation code."
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

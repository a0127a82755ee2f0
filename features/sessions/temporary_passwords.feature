@sessions
Feature: Temporary passwords
  An administrator-created user's temporary password lasts TemporaryPasswordValidityDays; after that
  the user cannot sign in with it, and AdminCreateUser with MessageAction RESEND issues a new one.
  Checks: API PasswordPolicyType, AdminCreateUser MessageAction and TemporaryPassword.

  Background:
    Given a user pool whose temporary passwords last 1 day
    And an administrator has created an account for Alice with a temporary password

  Scenario: A temporary password that outlived its validity no longer signs in
    Source: API Reference, PasswordPolicyType, TemporaryPasswordValidityDays, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html
      "The number of days a temporary password is valid in the password policy. If the user doesn't sign in during this time, an administrator must reset their password."
    Source: API Reference, AdminCreateUser, TemporaryPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "The temporary password can only be used until the user account expiration limit that you set for your user pool."
    Given Alice's temporary password has outlived the pool's validity
    When Alice signs in with USER_PASSWORD_AUTH
    Then the sign-in is refused

  @undocumented
  Scenario: Resending the invitation gives a new temporary password that signs in
    Choice: the API Reference says RESEND resets the temporary-password duration "with a new temporary password" but not who chooses it; the suite supplies it in TemporaryPassword, as an administrator does on creation, and checks that it starts the NEW_PASSWORD_REQUIRED sign-in.
    Source: API Reference, AdminCreateUser, MessageAction, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "Set to RESEND to resend the invitation message to a user that already exists, and to reset the temporary-password duration with a new temporary password."
    Source: API Reference, AdminCreateUser, TemporaryPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "To reset the account after that time limit, you must call AdminCreateUser again and specify RESEND for the MessageAction parameter."
    Given Alice's temporary password has outlived the pool's validity
    When an administrator resends Alice's invitation with a new temporary password
    Then it succeeds
    And Alice's account is FORCE_CHANGE_PASSWORD
    And Cognito challenges Alice with NEW_PASSWORD_REQUIRED when she signs in with USER_PASSWORD_AUTH

  Scenario: Resending the invitation of a confirmed user is refused
    Source: API Reference, AdminCreateUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "UnsupportedUserStateException: The request failed because the user is in an unsupported state."
    Verified on AWS: localstack/localstack-docs src/data/coverage/cognito-idp.json::test_message_action_resend
      "LocalStack's AWS-validated test_message_action_resend, after AdminSetUserPassword made the user's password permanent, saw AdminCreateUser with a MessageAction return 400 UnsupportedUserStateException"
    Given an administrator has set a permanent password for Alice
    When an administrator resends Alice's invitation with a new temporary password
    Then it fails with UnsupportedUserStateException

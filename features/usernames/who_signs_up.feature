@usernames
Feature: Who may create an account: users themselves, or only administrators
  AdminCreateUserConfig.AllowAdminCreateUserOnly true turns self-service sign-up off; an
  administrator still creates users with AdminCreateUser.
  Checks: API Reference AdminCreateUserConfigType; Developer Guide "Configuring policies for user creation".

  Scenario: Where only administrators create users, SignUp is refused
    Source: API Reference, AdminCreateUserConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html
      "The setting for allowing self-service sign-up. When true, only administrators can create new user profiles. When false, users can register themselves and create a new user profile with the SignUp operation."
    Source: API Reference, SignUp, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
      "NotAuthorizedException: This exception is thrown when a user isn't authorized."
    Given a user pool where only administrators create users
    When Alice signs up
    Then it fails with NotAuthorizedException
    And Alice has no account

  Scenario: Where only administrators create users, an administrator still creates one
    Source: API Reference, AdminCreateUserConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUserConfigType.html
      "When true, only administrators can create new user profiles."
    Given a user pool where only administrators create users
    When an administrator creates an account for Alice with a temporary password
    Then it succeeds
    And Alice's account is FORCE_CHANGE_PASSWORD

  Scenario: An invitation without a temporary password gets one from Cognito
    Source: API Reference, AdminCreateUser, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
      "If you don't specify a value, Amazon Cognito generates one for you unless you have passwordless options active for your user pool."
    Given a user pool where only administrators create users
    When an administrator creates an account for Alice without a temporary password
    Then it succeeds
    And Alice's account is FORCE_CHANGE_PASSWORD

@triggers
Feature: The migrate user trigger
  When a user the pool does not know signs in with a password, or asks to reset the password, Cognito
  invokes the migrate user function; when it answers the user's attributes, Cognito creates the user.
  The suite's function plays a legacy user store that knows exactly the users the scenario says it knows.
  Checks: Developer Guide "Migrate user Lambda trigger"; shared/TRIGGERS.md 1.4, 2.6.

  Scenario: An unknown user's password sign-in invokes the migrate user function with the username and password
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "When a user doesn't exist in the user pool at sign-in with a password, or in the forgot-password flow, Amazon Cognito invokes this trigger. After the Lambda function returns successfully, Amazon Cognito creates the user in the user pool."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    And the UserMigration trigger answers finalUserStatus CONFIRMED for Alice
    When Alice, who is not in the pool yet, signs in with USER_PASSWORD_AUTH
    Then the UserMigration trigger received a UserMigration_Authentication event for Alice
    And the event carries the password Alice signed in with
    And Alice receives an ID token, an access token and a refresh token
    And Alice's account is CONFIRMED

  Scenario Outline: The client metadata of a sign-in reaches the migrate user function as validation data
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "validationData: One or more key-value pairs that contain the validation data in the user's sign-in request. To pass this data to your Lambda function, you can use the ClientMetadata parameter in the InitiateAuth and AdminInitiateAuth API actions."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    And the UserMigration trigger answers finalUserStatus CONFIRMED for Alice
    When Alice signs in with <flow> and client metadata
    Then the UserMigration trigger received a UserMigration_Authentication event for Alice
    And the event carries the client metadata Alice sent as its validation data

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: The client metadata of a password reset reaches the migrate user function
    Source: API Reference, ForgotPassword, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html
      "ClientMetadata: ... This payload contains a clientMetadata attribute that provides the data that you assigned to the ClientMetadata parameter in your request."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    When Alice asks to reset the password with client metadata
    Then the UserMigration trigger received a UserMigration_ForgotPassword event for Alice
    And the event carries the client metadata Alice sent

  Scenario: Without a final status the user migrated at sign-in must reset the password
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "finalUserStatus: You can set this parameter to CONFIRMED to auto-confirm your users so that they can sign in with their previous passwords. ... If you don't set this attribute to CONFIRMED, it's set to RESET_REQUIRED. A finalUserStatus of RESET_REQUIRED means that the user must change their password immediately after migration at sign-in, and your client app must handle the PasswordResetRequiredException during the authentication flow."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    When Alice, who is not in the pool yet, signs in with USER_PASSWORD_AUTH
    Then the UserMigration trigger received a UserMigration_Authentication event for Alice
    And it fails with PasswordResetRequiredException
    And Alice's account is RESET_REQUIRED

  Scenario: A migrated user is not migrated again
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "When a user doesn't exist in the user pool at sign-in with a password, or in the forgot-password flow, Amazon Cognito invokes this trigger."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    And the UserMigration trigger answers finalUserStatus CONFIRMED for Alice
    When Alice, who is not in the pool yet, signs in with USER_PASSWORD_AUTH
    Then the UserMigration trigger received a UserMigration_Authentication event for Alice
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token
    And the UserMigration trigger received exactly one UserMigration_Authentication event for Alice

  Scenario: A legacy password that breaks the pool's password policy is still migrated
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "If the password doesn't meet the password policy that you configured, Amazon Cognito still accepts the password so that it can continue to migrate the user."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    And the UserMigration trigger answers finalUserStatus CONFIRMED for Alice
    And Alice's password in the legacy store is shorter than the pool's policy allows
    When Alice, who is not in the pool yet, signs in with USER_PASSWORD_AUTH
    Then the UserMigration trigger received a UserMigration_Authentication event for Alice
    And Alice receives an ID token, an access token and a refresh token

  Scenario: A migrate user function that fails refuses the sign-in and creates no user
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Given a user pool with a UserMigration trigger
    When Alice, who is not in the pool yet, signs in with USER_PASSWORD_AUTH
    Then the UserMigration trigger received a UserMigration_Authentication event for Alice
    And Cognito refuses it
    And Alice has no account

  Scenario: An unknown user's password reset invokes the migrate user function without a password
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "UserMigration_ForgotPassword: User migration during forgot-password flow."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    When Alice asks to reset the password
    Then the UserMigration trigger received a UserMigration_ForgotPassword event for Alice
    And the event carries no password
    And it succeeds

  Scenario: A migrate user function that answers finalUserStatus RESET_REQUIRED makes the migrated user reset the password
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "To enforce password strength policy and reject passwords that don't meet the policy, validate the password strength in your code. Then, if the password doesn't meet the policy, set finalUserStatus to RESET_REQUIRED."
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "A finalUserStatus of RESET_REQUIRED means that the user must change their password immediately after migration at sign-in, and your client app must handle the PasswordResetRequiredException during the authentication flow."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    And the UserMigration trigger answers finalUserStatus RESET_REQUIRED for Alice
    When Alice, who is not in the pool yet, signs in with USER_PASSWORD_AUTH
    Then the UserMigration trigger received a UserMigration_Authentication event for Alice
    And it fails with PasswordResetRequiredException
    And Alice's account is RESET_REQUIRED

  Scenario: A user migrated on a password reset is sent the welcome message by the medium the function answers
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "messageAction: ... If your function doesn't return this parameter, Amazon Cognito sends the welcome message."
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "desiredDeliveryMediums: You can set this parameter to EMAIL to send the welcome message by email, or SMS to send the welcome message by SMS."
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "Amazon Cognito sends a message containing a reset password code to the email address or phone number in the user attributes."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    And the UserMigration trigger answers desiredDeliveryMediums EMAIL for Alice
    When Alice asks to reset the password
    Then the UserMigration trigger received a UserMigration_ForgotPassword event for Alice
    And it succeeds
    And Cognito emailed Alice a welcome message as well as the password reset code

  Scenario: A user migrated on a password reset whose function answers messageAction SUPPRESS is sent no welcome message
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "messageAction: You can set this parameter to SUPPRESS to decline to send the welcome message that Amazon Cognito usually sends to new users."
    Source: Developer Guide, "Migrate user Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
      "Amazon Cognito sends a message containing a reset password code to the email address or phone number in the user attributes."
    Given a user pool with a UserMigration trigger
    And the UserMigration trigger answers the user's attributes for Alice
    And the UserMigration trigger answers desiredDeliveryMediums EMAIL for Alice
    And the UserMigration trigger answers messageAction SUPPRESS for Alice
    When Alice asks to reset the password
    Then the UserMigration trigger received a UserMigration_ForgotPassword event for Alice
    And it succeeds
    And Cognito emailed Alice the password reset code and nothing else

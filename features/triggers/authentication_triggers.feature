@triggers
Feature: The pre authentication and post authentication triggers
  Cognito invokes the pre authentication function when a user attempts to sign in (it can refuse the
  sign-in) and the post authentication function after authentication, before the user receives tokens.
  Checks: Developer Guide "Pre authentication Lambda trigger", "Post authentication Lambda trigger";
  shared/TRIGGERS.md 1.4, 2.3, 2.4.

  Scenario Outline: A password sign-in invokes the pre authentication function with the client metadata as validation data
    Source: Developer Guide, "Pre authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
      "Amazon Cognito invokes this trigger when a user attempts to sign in ... The request includes client validation data from the ClientMetadata values that your app passes to the user pool InitiateAuth and AdminInitiateAuth API operations."
    Given a user pool with a PreAuthentication trigger
    And Alice is a confirmed user
    When Alice signs in with <flow> and client metadata
    Then the PreAuthentication trigger received a PreAuthentication_Authentication event for Alice
    And the event carries the client metadata Alice sent as its validation data
    And Alice receives an ID token, an access token and a refresh token

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: A pre authentication function that fails refuses the sign-in
    Source: Developer Guide, "Pre authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
      "For example, you can deny the authentication request or record session data to an external system."
    Given a user pool with a PreAuthentication trigger
    And the PreAuthentication trigger fails for Alice
    And Alice is a confirmed user
    When Alice signs in with ADMIN_USER_PASSWORD_AUTH
    Then the PreAuthentication trigger received a PreAuthentication_Authentication event for Alice
    And Cognito refuses it with one of its Lambda exceptions

  Scenario: Refreshing tokens does not invoke the pre authentication function
    Source: Developer Guide, "Pre authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
      "Renewal of an existing authentication session also doesn't activate this trigger."
    Given a user pool with a PreAuthentication trigger
    And Alice is a confirmed user
    And Alice is signed in
    When Alice refreshes the tokens through InitiateAuth
    Then the PreAuthentication trigger received a PreAuthentication_Authentication event for Alice
    And it succeeds
    And the PreAuthentication trigger received exactly one PreAuthentication_Authentication event for Alice

  Scenario: Where the app client hides whether users exist, the pre authentication function hears of an unknown user
    Source: Developer Guide, "Pre authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
      "This Lambda trigger doesn't activate when a user doesn't exist unless the PreventUserExistenceErrors setting of a user pool app client is set to ENABLED. ... userNotFound: When you set PreventUserExistenceErrors to ENABLED for your user pool client, Amazon Cognito populates this Boolean."
    Given a user pool with a PreAuthentication trigger
    And the app client hides whether users exist
    When Alice, who has no account, signs in with USER_PASSWORD_AUTH
    Then the PreAuthentication trigger received a PreAuthentication_Authentication event for Alice
    And the event says the user was not found

  Scenario Outline: A sign-in invokes the post authentication function
    Source: Developer Guide, "Post authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
      "Amazon Cognito invokes this Lambda after authentication is complete, before a user has received tokens."
    Given a user pool with a PostAuthentication trigger
    And Alice is a confirmed user
    When Alice signs in with <flow>
    Then the PostAuthentication trigger received a PostAuthentication_Authentication event for Alice
    And Alice receives an ID token, an access token and a refresh token

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: The client metadata of a sign-in does not reach the post authentication function
    Source: Developer Guide, "Post authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
      "clientMetadata: ... Amazon Cognito doesn't include data from the ClientMetadata parameter in AdminInitiateAuth and InitiateAuth API operations in the request that it passes to the post authentication function."
    Given a user pool with a PostAuthentication trigger
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH and client metadata
    Then the PostAuthentication trigger received a PostAuthentication_Authentication event for Alice
    And the event carries no client metadata

  Scenario: The client metadata of a challenge answer reaches the post authentication function
    Source: Developer Guide, "Post authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
      "clientMetadata: ... To pass this data to your Lambda function, you can use the ClientMetadata parameter in the AdminRespondToAuthChallenge and RespondToAuthChallenge API actions."
    Given a user pool with a PostAuthentication trigger
    And an administrator has created an account for Alice with a temporary password
    And Alice has signed in with USER_PASSWORD_AUTH and been challenged with NEW_PASSWORD_REQUIRED
    When Alice answers with a new password and client metadata
    Then the PostAuthentication trigger received a PostAuthentication_Authentication event for Alice
    And the event carries the client metadata Alice sent

  Scenario: A post authentication function that fails means no tokens
    Source: Developer Guide, "Post authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
      "A post authentication Lambda that doesn't return the request body to Amazon Cognito can still cause authentication to fail to complete."
    Given a user pool with a PostAuthentication trigger
    And the PostAuthentication trigger fails for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PostAuthentication trigger received a PostAuthentication_Authentication event for Alice
    And Cognito refuses it with one of its Lambda exceptions

  Scenario: In a pool that remembers devices, the post authentication function hears of a sign-in on a new device
    Source: Developer Guide, "Post authentication Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
      "newDeviceUsed: This flag indicates if the user has signed in on a new device. Amazon Cognito only sets this flag if the remembered devices value of the user pool is Always or User Opt-In."
    Source: Developer Guide, "Working with user devices in your user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html
      "Amazon Cognito includes a device key in the response to any sign-in that doesn't already include device information. The device key is in the format Region_UUID."
    Given a user pool that remembers devices when the user agrees, with a PostAuthentication trigger
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PostAuthentication trigger received a PostAuthentication_Authentication event for Alice
    And the event says the user signed in on a new device
    And Cognito hands out a device key and a device group key

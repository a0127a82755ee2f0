@triggers
Feature: The pre token generation trigger, version 1
  Cognito invokes the pool's pre token generation function just before it issues tokens; a version 1
  (V1_0) answer adds, overrides and suppresses claims of the ID token and can replace or suppress the
  user's groups in both tokens. Every scenario first proves that the suite's own function received the
  event. The pool names the function by the legacy LambdaConfig.PreTokenGeneration ARN (a V1_0 event)
  unless the scenario says otherwise.
  Checks: Developer Guide "Pre token generation Lambda trigger"; shared/TRIGGERS.md 1.5, 2.5.

  Scenario Outline: Signing in invokes the function, and the claim it adds is in the ID token only
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "Amazon Cognito sends a V1_0 event as a request to your function with data that it would write to the ID token."
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "TokenGeneration_Authentication | Called after user authentication flows have completed."
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "groupOverrideDetails: ... Group overrides are the only changes to the access token that version 1 events can make."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers an added claim for Alice
    And Alice is a confirmed user
    When Alice signs in with <flow>
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token carries the claim the function added
    And Alice's access token does not carry the claim the function added

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | USER_SRP_AUTH            |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: The function overrides a claim of the ID token
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "claimsToAddOrOverride: A map of one or more claims and their values that you want to add or modify."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers an overridden email address for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token carries the email address the function set

  Scenario: The function suppresses a claim of the ID token
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "claimsToSuppress: A list of claims that you want Amazon Cognito to suppress."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers a suppressed email address for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token has no email claim

  Scenario: A claim both added and suppressed is suppressed
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "claimsToSuppress: ... If your function both suppresses and replaces a claim value, then Amazon Cognito suppresses the claim."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers a claim both added and suppressed for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token does not carry the claim the function added

  @undocumented
  Scenario: The claims Cognito reserves do not take the function's values
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "Amazon Cognito limits the claims and scopes that you can add, modify, or suppress in access and identity tokens. ... cognito:username | ID | No | No | No ... Any other claim with a cognito: prefix | None | No | No | No ... username | Access | No | No | No ... sub | ID, Access | No | No | No"
    Source: Developer Guide (2023 edition), "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "You can't modify the following claims: acr, amr, aud, at_hash, auth_time, azp, cognito:username, exp, iat, identities, iss, jti, nbf, nonce, origin_jti, sub, token_use"
    Choice: the page says these claims cannot be modified but not whether Cognito then ignores the function's values or refuses to issue tokens; the suite asserts that tokens are issued (the function's answer for the other claims is valid) and that no reserved claim carries the function's value, the function also trying username, client_id, event_id, version and a cognito: claim of its own, which the current page lists among the claims that cannot be added or changed.
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers values for the claims Cognito reserves for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice receives an ID token, an access token and a refresh token
    And none of Alice's tokens carries the value the function gave to a claim Cognito reserves

  Scenario: The event lists the groups the user is in
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "groupsToOverride: The user pool groups that your user is a member of."
    Given a user pool with a group and a PreTokenGeneration trigger
    And Alice is a confirmed user
    And Alice is in the group "readers"
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And the pre token generation event for Alice lists the groups Alice is in

  Scenario: The function's groups replace cognito:groups in the ID token and the access token
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "Amazon Cognito ID and access tokens both contain the cognito:groups claim. Your groupOverrideDetails object replaces the cognito:groups claim in access tokens and ID tokens."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers groups of its own for Alice
    And Alice is a confirmed user
    And Alice is in the group "readers"
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token and access token name only the groups the function gave

  Scenario: Empty group override details suppress cognito:groups in both tokens
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "groupOverrideDetails: ... Your function replaces the groupOverrideDetails object with the object that you provide. If you provide an empty or null object in the response, then Amazon Cognito suppresses the groups."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers empty group override details for Alice
    And Alice is a confirmed user
    And Alice is in the group "readers"
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And neither Alice's ID token nor the access token carries cognito:groups

  Scenario: Copying the request's group configuration keeps the user's groups
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "To keep the existing group configuration the same, copy the value of the groupConfiguration object of the request to the groupOverrideDetails object in the response. Then pass it back to the service."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers the request's group configuration for Alice
    And Alice is a confirmed user
    And Alice is in the group "readers"
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token and access token name the groups Alice is in

  Scenario: Refreshing the tokens invokes the function again, and the new ID token carries its claim
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "TokenGeneration_RefreshTokens | Called when a user tries to refresh the identity and access tokens."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers an added claim for Alice
    And Alice is a confirmed user
    And Alice is signed in
    When Alice refreshes the tokens through InitiateAuth
    Then the PreTokenGeneration trigger received a TokenGeneration_RefreshTokens event for Alice
    And Alice receives an ID token and an access token
    And Alice's ID token carries the claim the function added

  Scenario: An administrator-created user setting a new password invokes the function for the new password challenge
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "TokenGeneration_NewPasswordChallenge | Called after the user is created by an admin. This flow is invoked when the user has to change a temporary password."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger answers an added claim for Alice
    And an administrator has created an account for Alice with a temporary password
    And Alice has signed in with USER_PASSWORD_AUTH and been challenged with NEW_PASSWORD_REQUIRED
    When Alice answers with a new password
    Then the PreTokenGeneration trigger received a TokenGeneration_NewPasswordChallenge event for Alice
    And Alice receives an ID token, an access token and a refresh token
    And Alice's ID token carries the claim the function added

  Scenario: Signing in on a remembered device invokes the function for the device's authentication
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "TokenGeneration_AuthenticateDevice | Called at the end of the authentication of a user device."
    Given a user pool that remembers devices when the user agrees, with a PreTokenGeneration trigger
    And Alice is a confirmed user
    And Alice has signed in on a new device
    And Alice has had the device remembered
    When Alice signs in on the remembered device
    Then the PreTokenGeneration trigger received a TokenGeneration_AuthenticateDevice event for Alice
    And the device answered DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER
    And Alice receives an ID token, an access token and a refresh token

  Scenario: A function that fails stops the sign-in: no tokens
    Source: Developer Guide, "Customizing user pool workflows with Lambda triggers", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
      "If your Lambda function doesn't return the request and response parameters ... or returns an error, the authentication event doesn't succeed."
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "UserLambdaValidationException: This exception is thrown when the Amazon Cognito service encounters a user validation exception with the Lambda service."
    Given a user pool with a group and a PreTokenGeneration trigger
    And the PreTokenGeneration trigger fails for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Cognito refuses it with one of its Lambda exceptions

  Scenario: PreTokenGenerationConfig with LambdaVersion V1_0 takes a version 1 answer
    Source: API Reference, PreTokenGenerationVersionConfigType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PreTokenGenerationVersionConfigType.html
      "LambdaVersion: The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features."
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "Amazon Cognito sends a V1_0 event as a request to your function with data that it would write to the ID token."
    Given a user pool with a group and a PreTokenGeneration trigger of version V1_0
    And the PreTokenGeneration trigger answers an added claim for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And the pre token generation event for Alice is version "1"
    And Alice's ID token carries the claim the function added

  Scenario Outline: The client metadata of InitiateAuth and AdminInitiateAuth does not reach the pre token generation function
    Source: API Reference, InitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "ClientMetadata: ... This request also invokes the functions for the following triggers, but doesn't pass ClientMetadata: Post authentication, Custom message, Pre token generation, Create auth challenge, Define auth challenge, Custom email sender, Custom SMS sender"
    Source: API Reference, AdminInitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html
      "ClientMetadata: ... This request also invokes the functions for the following triggers, but doesn't pass ClientMetadata: Post authentication, Custom message, Pre token generation, Create auth challenge, Define auth challenge, Custom email sender, Custom SMS sender"
    Given a user pool with a group and a PreTokenGeneration trigger
    And Alice is a confirmed user
    When Alice signs in with <flow> and client metadata
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And the event carries no client metadata

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: RespondToAuthChallenge's client metadata reaches the pre token generation function
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "clientMetadata: One or more key-value pairs that you can specify and provide as custom input to the Lambda function for the pre token generation trigger. To pass this data to your Lambda function, use the ClientMetadata parameter in the AdminRespondToAuthChallenge and RespondToAuthChallenge API operations."
    Given a user pool with a group and a PreTokenGeneration trigger
    And an administrator has created an account for Alice with a temporary password
    And Alice has signed in with USER_PASSWORD_AUTH and been challenged with NEW_PASSWORD_REQUIRED
    When Alice answers with a new password and client metadata
    Then the PreTokenGeneration trigger received a TokenGeneration_NewPasswordChallenge event for Alice
    And the event carries the client metadata Alice sent

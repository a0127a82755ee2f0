@triggers
Feature: The pre token generation trigger, versions 2 and 3
  With PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 (a pool on the Essentials or Plus feature
  plan), one event carries what Cognito would write to both the ID and the access token, and the answer
  customizes both: claims, the access token's scopes, and claim values of any JSON type. Every scenario
  first proves that the suite's own function received the event.
  Checks: Developer Guide "Pre token generation Lambda trigger"; shared/TRIGGERS.md 1.5, 2.5.

  Scenario Outline: A version 2 or 3 event carries the scopes of the access token
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "A V2_0 or V3_0 event is a single request with the data that Amazon Cognito would write to both the identity and access tokens."
    Given a user pool with a group and a PreTokenGeneration trigger of version <version>
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And the pre token generation event for Alice is version "<event version>"
    And the pre token generation event for Alice lists the scopes of the access token

    Examples:
      | version | event version |
      | V2_0    | 2             |
      | V3_0    | 3             |

  Scenario Outline: The function adds a claim to the access token of a user's sign-in
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "Amazon Cognito applies version two event responses to access tokens from user authentication, where a human user has presented credentials to your user pool. Version three event responses apply to access tokens from user authentication and machine authentication, where automated systems authorize access token requests with app client secrets."
    Given a user pool with a group and a PreTokenGeneration trigger of version <version>
    And the PreTokenGeneration trigger answers an added access token claim for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's access token carries the access token claim the function added
    And Alice's ID token does not carry the access token claim the function added

    Examples:
      | version |
      | V2_0    |
      | V3_0    |

  Scenario: The function adds a claim to both tokens in one answer
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "To customize both tokens, you must update your function to use trigger version two or three, and send data for both tokens in the same response."
    Given a user pool with a group and a PreTokenGeneration trigger of version V2_0
    And the PreTokenGeneration trigger answers an added claim for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token carries the claim the function added
    And Alice's access token carries the claim the function added

  Scenario: One sign-in invokes a version 2 function once, for both tokens
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "A V2_0 or V3_0 event is a single request with the data that Amazon Cognito would write to both the identity and access tokens."
    Given a user pool with a group and a PreTokenGeneration trigger of version V2_0
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And the PreTokenGeneration trigger received exactly one TokenGeneration_Authentication event for Alice

  Scenario Outline: The function adds a scope to the access token and suppresses another
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "In user pools with the Essentials or Plus feature plan, you can generate the version two or V2_0 trigger event with access token customization, and the version three or V3_0 trigger event with access token customization for machine-to-machine (M2M) client-credentials grants."
    Given a user pool with a group and a PreTokenGeneration trigger of version <version>
    And the PreTokenGeneration trigger answers an added and a suppressed scope for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's access token grants the scope the function added and not the one it suppressed

    Examples:
      | version |
      | V2_0    |
      | V3_0    |

  Scenario: Claim values may be numbers, booleans, lists and objects
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "With the Basic features of the version one or V1_0 pre token generation trigger event, you can customize the identity (ID) token. In user pools with the Essentials or Plus feature plan, you can generate the version two or V2_0 trigger event with access token customization"
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "A V2_0 or V3_0 trigger delivers parameters for the following. ... The ability to pass complex datatypes to ID and access token claim values: String ... Number ... Boolean ... Array of strings, numbers, booleans, or a combination of any of these ... JSON"
    Given a user pool with a group and a PreTokenGeneration trigger of version V2_0
    And the PreTokenGeneration trigger answers claims of every JSON type for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token and access token carry the function's number, boolean, list and object

  Scenario: A claim both added and suppressed is suppressed in both tokens
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "claimsToSuppress: ... If your function both suppresses and replaces a claim value, then Amazon Cognito suppresses the claim. In event version 2 and above, this element appears under both accessTokenGeneration and idTokenGeneration."
    Given a user pool with a group and a PreTokenGeneration trigger of version V2_0
    And the PreTokenGeneration trigger answers a claim both added and suppressed for Alice
    And Alice is a confirmed user
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token does not carry the claim the function added
    And Alice's access token does not carry the claim the function added

  Scenario: The version 2 group override replaces cognito:groups in both tokens
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "Amazon Cognito ID and access tokens both contain the cognito:groups claim. Your groupOverrideDetails object replaces the cognito:groups claim in access tokens and ID tokens."
    Given a user pool with a group and a PreTokenGeneration trigger of version V2_0
    And the PreTokenGeneration trigger answers groups of its own for Alice
    And Alice is a confirmed user
    And Alice is in the group "readers"
    When Alice signs in with USER_PASSWORD_AUTH
    Then the PreTokenGeneration trigger received a TokenGeneration_Authentication event for Alice
    And Alice's ID token and access token name only the groups the function gave

  Scenario: Refreshing the tokens keeps the access token customization
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "TokenGeneration_RefreshTokens | Called when a user tries to refresh the identity and access tokens."
    Given a user pool with a group and a PreTokenGeneration trigger of version V2_0
    And the PreTokenGeneration trigger answers an added access token claim for Alice
    And Alice is a confirmed user
    And Alice is signed in
    When Alice refreshes the tokens through InitiateAuth
    Then the PreTokenGeneration trigger received a TokenGeneration_RefreshTokens event for Alice
    And Alice's access token carries the access token claim the function added

  Scenario: Tokens from the hosted UI's authorization code grant invoke the function for hosted authentication
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "TokenGeneration_HostedAuth | Called during authentication from the Amazon Cognito managed login sign-in page."
    Given a user pool with a hosted UI and a PreTokenGeneration trigger of version V3_0
    And the PreTokenGeneration trigger answers an added access token claim for Alice
    And Alice is a confirmed user
    When Alice signs in on the hosted UI
    And the app exchanges the code at the token endpoint
    Then the PreTokenGeneration trigger received a TokenGeneration_HostedAuth event for Alice
    And the access token from the token endpoint carries the access token claim the function added

  Scenario: A client credentials grant invokes a version 3 function, which customizes the machine's access token
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "Version three event responses apply to access tokens from user authentication and machine authentication, where automated systems authorize access token requests with app client secrets."
    Source: Developer Guide, "Pre token generation Lambda trigger", https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
      "In user pools with the Essentials or Plus feature plan, you can generate ... the version three or V3_0 trigger event with access token customization for machine-to-machine (M2M) client-credentials grants."
    Given a user pool with a hosted UI and a PreTokenGeneration trigger of version V3_0
    And the pool's machine-to-machine app client
    When the app asks the token endpoint for a token with its client credentials
    Then the PreTokenGeneration trigger received a TokenGeneration_ClientCredentials event for the machine-to-machine app client
    And the access token from the token endpoint carries the access token claim the function added

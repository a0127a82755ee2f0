@tokens
Feature: How long tokens live
  ID and access tokens live one hour unless the app client says otherwise; it may say so in
  seconds, minutes, hours or days, from 5 minutes to 1 day. Refresh tokens live 30 days by
  default, from 60 minutes to 10 years. The authentication time stays the original sign-in's
  across refreshes.
  Checks: API CreateUserPoolClient (TokenValidityUnits); docs/cognito-spec.md sections 3.5 and 3.6.

  Background:
    Given Alice is a confirmed user

  Scenario: By default ID and access tokens live one hour
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "IdTokenValidity: ... If you don't specify otherwise in the configuration of your app client, your ID tokens are valid for one hour."
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "AccessTokenValidity: ... If you don't specify otherwise in the configuration of your app client, your access tokens are valid for one hour."
    Source: API Reference, AuthenticationResultType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html
      "ExpiresIn: The expiration period of the authentication result in seconds."
    Given the app client states no token lifetimes
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice's ID token lives 3600 seconds
    And Alice's access token lives 3600 seconds
    And Cognito says the access token expires in 3600 seconds

  Scenario Outline: An app client's own token lifetimes are honoured
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "AccessTokenValidity: The access token time limit. After this limit expires, your user can't use their access token. To specify the time unit for AccessTokenValidity as seconds, minutes, hours, or days, set a TokenValidityUnits value in your API request."
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "IdTokenValidity: The ID token time limit. After this limit expires, your user can't use their ID token."
    Source: API Reference, AuthenticationResultType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html
      "ExpiresIn: The expiration period of the authentication result in seconds."
    Given the app client issues ID tokens for <id lifetime> and access tokens for <access lifetime>
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice's ID token lives <id seconds> seconds
    And Alice's access token lives <access seconds> seconds
    And Cognito says the access token expires in <access seconds> seconds

    Examples:
      | id lifetime | id seconds | access lifetime | access seconds |
      | 10 minutes  | 600        | 5 minutes       | 300            |
      | 2 hours     | 7200       | 3 hours         | 10800          |
      | 1 day       | 86400      | 1 day           | 86400          |

  @changes_pool
  Scenario Outline: A lifetime outside the allowed range is refused when the app client is created
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "AccessTokenValidity duration can range from five minutes to one day."
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "IdTokenValidity duration can range from five minutes to one day."
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "RefreshTokenValidity duration can range from 60 minutes to 10 years."
    When an administrator creates an app client whose <token> tokens live <lifetime>
    Then the app client is refused

    Examples:
      | token   | lifetime   |
      | ID      | 4 minutes  |
      | ID      | 25 hours   |
      | access  | 299 seconds |
      | access  | 2 days     |
      | refresh | 59 minutes |
      | refresh | 3651 days  |

  @changes_pool
  Scenario Outline: A lifetime outside the allowed range is refused when the app client is changed
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "This data type is a request parameter of CreateUserPoolClient and UpdateUserPoolClient, and a response parameter of DescribeUserPoolClient."
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "IdTokenValidity duration can range from five minutes to one day."
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "RefreshTokenValidity duration can range from 60 minutes to 10 years."
    Given an administrator has created an app client
    When an administrator changes that app client so its <token> tokens live <lifetime>
    Then the change is refused

    Examples:
      | token   | lifetime   |
      | ID      | 2 days     |
      | refresh | 30 minutes |

  @changes_pool
  Scenario Outline: Lifetimes at the edges of the allowed ranges are accepted
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "AccessTokenValidity duration can range from five minutes to one day."
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "IdTokenValidity duration can range from five minutes to one day."
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "RefreshTokenValidity duration can range from 60 minutes to 10 years."
    When an administrator creates an app client whose <token> tokens live <lifetime>
    Then the app client is created

    Examples:
      | token   | lifetime   |
      | ID      | 5 minutes  |
      | access  | 1 day      |
      | refresh | 60 minutes |
      | refresh | 3650 days  |

  @slow
  Scenario: An access token stops working when it expires
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "AccessTokenValidity: The access token time limit. After this limit expires, your user can't use their access token."
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "If your access token includes an aws.cognito.signin.user.admin claim, send a request to an API like GetUser. API requests that you authorize with an access token return an error if your token has expired."
    Given the app client issues ID tokens for 10 minutes and access tokens for 5 minutes
    And Alice is signed in
    When the access token's lifetime has passed
    Then Alice's access token is refused with NotAuthorizedException

  Scenario: The authentication time stays the original sign-in's across refreshes
    Source: Developer Guide (2023 edition), "Using the ID token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "On refreshes, auth_time represents the time when the original authentication occurred, not the time when the token was issued."
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "iat: The issued-at time, in Unix time format, that Amazon Cognito issued your user's token."
    Source: Developer Guide, "Refresh tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
      "Amazon Cognito returns new ID and access tokens"
    Given Alice is signed in
    And a few seconds have passed since Alice signed in
    When Alice refreshes the tokens through InitiateAuth
    Then the new tokens keep the time Alice signed in as auth_time
    And the new tokens were issued after Alice signed in
    And no refresh token comes back

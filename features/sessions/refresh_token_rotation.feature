@sessions
Feature: Refresh-token rotation
  Which rule holds for a refresh depends on the app client. features/refresh/refresh_tokens.feature
  states the rule of clients that do not rotate refresh tokens (RefreshTokenRotation absent or
  DISABLED, as on every client of the standard pool): a refresh returns no new refresh token. An app
  client with RefreshTokenRotation ENABLED returns a new refresh token from GetTokensFromRefreshToken
  and invalidates the old one after its RetryGracePeriodSeconds; REFRESH_TOKEN_AUTH is not its way to refresh.
  Checks: API GetTokensFromRefreshToken, RefreshTokenRotationType, RefreshTokenReuseException.

  Background:
    Given a user pool whose app clients differ in revocation, rotation and auth sessions
    And Alice is a confirmed user

  Scenario: A rotating app client returns a new refresh token
    Source: API Reference, GetTokensFromRefreshToken, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html
      "This operation issues a new refresh token and invalidates the original refresh token after an optional grace period when refresh token rotation is enabled."
    Source: API Reference, RefreshTokenRotationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html
      "When enabled, your app client issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens."
    Given the app client rotates refresh tokens with no grace period
    And Alice is signed in
    When Alice gets new tokens with GetTokensFromRefreshToken
    Then Alice receives an ID token, an access token and a refresh token
    And Alice receives a new refresh token

  Scenario: Without a grace period the rotated-out refresh token is refused at once
    Source: API Reference, RefreshTokenRotationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html
      "When RetryGracePeriodSeconds is 0, the grace period is disabled and a successful request immediately invalidates the submitted refresh token."
    Source: API Reference, GetTokensFromRefreshToken, RefreshTokenReuseException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html
      "This exception is throw when your application requests token refresh with a refresh token that has been invalidated by refresh-token rotation."
    Given the app client rotates refresh tokens with no grace period
    And Alice is signed in
    And Alice has got new tokens with GetTokensFromRefreshToken
    When Alice uses the earlier refresh token again
    Then it fails with RefreshTokenReuseException

  Scenario: Inside the grace period the rotated-out refresh token still works
    Source: API Reference, RefreshTokenRotationType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html
      "When you request a token refresh with GetTokensFromRefreshToken, the original refresh token that you're rotating out can remain valid for a period of time of up to 60 seconds. This allows for client-side retries."
    Given the app client rotates refresh tokens with a grace period of 10 seconds
    And Alice is signed in
    And Alice has got new tokens with GetTokensFromRefreshToken
    When Alice uses the earlier refresh token again
    Then it succeeds

  Scenario: After the grace period the rotated-out refresh token is refused
    Source: API Reference, GetTokensFromRefreshToken, RefreshToken, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html
      "When refresh token rotation is active in the requested app client, this token is invalidated after the request is complete and after an optional grace period."
    Source: API Reference, GetTokensFromRefreshToken, RefreshTokenReuseException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html
      "This exception is throw when your application requests token refresh with a refresh token that has been invalidated by refresh-token rotation."
    Given the app client rotates refresh tokens with a grace period of 10 seconds
    And Alice is signed in
    And Alice has got new tokens with GetTokensFromRefreshToken
    And the grace period of 10 seconds has passed
    When Alice uses the earlier refresh token again
    Then it fails with RefreshTokenReuseException

  Scenario: An app client that does not rotate returns no refresh token from GetTokensFromRefreshToken
    Source: API Reference, GetTokensFromRefreshToken, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html
      "If refresh token rotation is disabled, issues new ID and access tokens only."
    Given the app client does not rotate refresh tokens
    And Alice is signed in
    When Alice gets new tokens with GetTokensFromRefreshToken
    Then Alice receives an ID token and an access token
    And no refresh token comes back

  @undocumented
  Scenario: A rotating app client does not refresh through REFRESH_TOKEN_AUTH
    Choice: the Developer Guide says REFRESH_TOKEN_AUTH is not available in app clients with rotation enabled, and the suite's rotating clients do not allow it (the guide asks that the flow be disabled where tokens rotate); it names no error code for REFRESH_TOKEN_AUTH on a rotating client, so the suite pins only that such a refresh gives no tokens.
    Source: Developer Guide, "Refresh tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
      "You can't authenticate with REFRESH_TOKEN_AUTH in app clients with refresh token rotation enabled. ... Refresh token rotation isn't compatible with the authentication flow REFRESH_TOKEN_AUTH. ... With refresh token rotation inactive, you can complete token-refresh requests with either GetTokensFromRefreshToken or REFRESH_TOKEN_AUTH."
    Given the app client rotates refresh tokens with no grace period
    And Alice is signed in
    When Alice refreshes the tokens through InitiateAuth
    Then the refresh is refused

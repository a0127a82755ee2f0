@signout
Feature: Signing out everywhere
  GlobalSignOut (by the user, with the access token) and AdminUserGlobalSignOut (by an
  administrator) revoke the user's tokens: refresh tokens are refused and access tokens no
  longer authorize the user-pool API. Signing in again works.
  Checks: API GlobalSignOut, AdminUserGlobalSignOut; docs/cognito-spec.md section 5.1.

  Background:
    Given Alice is a confirmed user
    And Alice is signed in

  Scenario: After GlobalSignOut the user's tokens are refused
    Source: API Reference, GlobalSignOut, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html
      "Amazon Cognito no longer accepts a signed-out user's refresh tokens in refresh requests."
    Source: API Reference, GlobalSignOut, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html
      "Amazon Cognito returns an Access Token has been revoked error when your app attempts to authorize a user pools API request with a revoked access token that contains the scope aws.cognito.signin.user.admin."
    Source: API Reference, InitiateAuth, error NotAuthorizedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "This exception is thrown when a user isn't authorized."
    Source: API Reference, GetUser, error NotAuthorizedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html
      "This exception is thrown when a user isn't authorized."
    When Alice signs out everywhere
    Then it succeeds
    And Alice's refresh token is refused with NotAuthorizedException
    And Alice's access token is refused with NotAuthorizedException

  Scenario: After AdminUserGlobalSignOut the user's tokens are refused
    Source: API Reference, AdminUserGlobalSignOut, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUserGlobalSignOut.html
      "Amazon Cognito no longer accepts a signed-out user's refresh tokens in refresh requests."
    Source: API Reference, AdminUserGlobalSignOut, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUserGlobalSignOut.html
      "Amazon Cognito returns an Access Token has been revoked error when your app attempts to authorize a user pools API request with a revoked access token that contains the scope aws.cognito.signin.user.admin."
    Source: API Reference, InitiateAuth, error NotAuthorizedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "This exception is thrown when a user isn't authorized."
    Source: API Reference, GetUser, error NotAuthorizedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html
      "This exception is thrown when a user isn't authorized."
    When an administrator signs Alice out everywhere
    Then it succeeds
    And Alice's refresh token is refused with NotAuthorizedException
    And Alice's access token is refused with NotAuthorizedException

  Scenario: Signing in again after a global sign-out works
    Source: Developer Guide, "Refresh tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
      "The user must re-authenticate to get new tokens."
    Given Alice has signed out everywhere
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token

@signin
Feature: Signing in with a username and password
  USER_PASSWORD_AUTH (InitiateAuth) sends the password to Cognito over TLS, mostly to migrate
  users; ADMIN_USER_PASSWORD_AUTH (AdminInitiateAuth) does the same from a trusted back end.
  Checks: Developer Guide "Authentication flows"; API InitiateAuth, AdminInitiateAuth.

  Background:
    Given Alice is a confirmed user

  Scenario Outline: The right password returns the three tokens
    Source: Developer Guide, "Authentication flows", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
      "Amazon Cognito responds to successful requests with tokens or an additional required challenge like multi-factor authentication (MFA)."
    Source: API Reference, AuthenticationResultType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html
      "TokenType: The intended use of the token, for example Bearer."
    Source: API Reference, AuthenticationResultType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AuthenticationResultType.html
      "ExpiresIn: The expiration period of the authentication result in seconds."
    Source: API Reference, CreateUserPoolClient, AccessTokenValidity, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "If you don't specify otherwise in the configuration of your app client, your access tokens are valid for one hour."
    Verified on AWS for USER_PASSWORD_AUTH: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_auth_USER_PASSWORD_AUTH
      "signs in with USER_PASSWORD_AUTH and asserts a RefreshToken and TokenType Bearer"
    When Alice signs in with <flow>
    Then Alice receives an ID token, an access token and a refresh token
    And the tokens are Bearer tokens that expire in 3600 seconds

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: A wrong password is refused
    Source: API Reference, InitiateAuth, error NotAuthorizedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "This exception is thrown when a user isn't authorized."
    Source: API Reference, AdminInitiateAuth, error NotAuthorizedException, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html
      "This exception is thrown when a user isn't authorized."
    When Alice signs in with <flow> using a wrong password
    Then it fails with NotAuthorizedException

    Examples:
      | flow                     |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

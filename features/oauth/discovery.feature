@oauth
Feature: Discovering the user pool and verifying its tokens
  An OpenID Connect client finds the issuer, the keys and the hosted UI's endpoints in the
  discovery document, and verifies the tokens the token endpoint issues as any other Cognito JWT.
  Checks: Developer Guide "Verifying a JSON Web Token" and the OIDC discovery endpoint; docs/cognito-spec.md sections 4.1 and 9.6.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user

  Scenario: The discovery document names the issuer, the keys and the endpoints
    Source: Developer Guide, "Identity provider and relying party endpoints", https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html
      "Original issuers take the format https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE."
    Source: Developer Guide, "Identity provider and relying party endpoints", https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html
      "This endpoint provides access to the JSON Web Key Set (JWKS) at /.well-known/jwks.json and OIDC discovery metadata at /.well-known/openid-configuration, where applications can discover the authorization, token, and userInfo endpoints."
    Source: Developer Guide, "Identity provider and relying party endpoints", https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html
      "https://Your user pool domain/oauth2/authorize ... https://Your user pool domain/oauth2/token ... https://Your user pool domain/oauth2/userInfo"
    When the app reads the user pool's OpenID configuration
    Then it names the user pool's issuer and its JWKS
    And it names the hosted UI's authorization, token and userInfo endpoints

  Scenario Outline: Tokens from the token endpoint pass all seven verification steps
    Source: Developer Guide, "The token issuer endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
      "The OAuth 2.0 token endpoint at /oauth2/token issues JSON web tokens (JWTs) to applications that want to complete authorization-code and client-credentials grant flows."
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "Any application that processes JWTs from OIDC authentication must perform this verification operation with each sign-in."
    Given Alice has tokens from the hosted UI
    When Alice's <kind> token is verified
    Then it passes all seven steps

    Examples:
      | kind   |
      | ID     |
      | access |

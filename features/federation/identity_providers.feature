@federation @changes_pool
Feature: Identity providers on the hosted UI
  A user pool trusts social, OIDC and SAML identity providers, each set up with the details its
  type requires; an app client that offers one lets the hosted UI send the browser straight there,
  with Cognito's own response address to come back to.
  Checks: API CreateIdentityProvider (ProviderDetails), CreateUserPoolClient SupportedIdentityProviders;
  Developer Guide "Authorize endpoint" (identity_provider); docs/cognito-spec.md sections 9.6 and 10.

  Background:
    Given a user pool with a hosted UI

  Scenario Outline: An identity provider is created with the details its type requires
    When an administrator adds a <provider> identity provider with its required details and an attribute mapping
    Then it succeeds
    And the user pool describes the <provider> identity provider with those details and that mapping

    Examples:
      | provider        |
      | LoginWithAmazon |
      | Facebook        |
      | Google          |
      | SignInWithApple |
      | OIDC            |
      | SAML            |

  Scenario Outline: The hosted UI sends the browser to the identity provider the app asks for
    Given an administrator has added a <provider> identity provider
    And the app client offers the <provider> identity provider
    When the app sends the browser to sign in through <provider>
    Then the browser is sent to <provider>'s sign-in page at <sign-in page> with Cognito's <return path> as the return address
    And the app client lists <provider> among its identity providers

    Examples:
      | provider        | sign-in page                                | return path         |
      | LoginWithAmazon | https://www.amazon.com/ap/oa                | /oauth2/idpresponse |
      | Facebook        | https://www.facebook.com/v17.0/dialog/oauth | /oauth2/idpresponse |
      | Google          | https://accounts.google.com/o/oauth2/v2/auth | /oauth2/idpresponse |
      | SignInWithApple | https://appleid.apple.com/auth/authorize    | /oauth2/idpresponse |
      | OIDC            | https://idp.example.com/authorize           | /oauth2/idpresponse |
      | SAML            | https://idp.example.com/saml/sso            | /saml2/idpresponse  |

@oauth
Feature: Signing in on the hosted UI
  An app sends the browser to the authorization endpoint; Cognito's sign-in page takes the
  username and password and sends the browser back to a registered callback with a one-time code.
  Checks: Developer Guide "Authorize endpoint" and "Login endpoint"; docs/cognito-spec.md sections 9.1 and 9.2.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user

  Scenario: The authorization endpoint sends the browser to the sign-in page
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "Otherwise, it redirects to the Login endpoint with the same URL parameters that you included in your request."
    Source: Developer Guide, "The managed login sign-in endpoint: /login", https://docs.aws.amazon.com/cognito/latest/developerguide/login-endpoint.html
      "When you generate a redirect to the login endpoint, it loads the login page and presents the authentication options configured for the client to the user."
    When the app sends the browser to sign in
    Then the browser is shown the sign-in page

  Scenario: Signing in on the hosted UI sends the browser back with a code
    Source: Developer Guide, "The managed login sign-in endpoint: /login", https://docs.aws.amazon.com/cognito/latest/developerguide/login-endpoint.html
      "The authentication server redirects to your app with the authorization code and state. The server must return the code and state in the query string parameters and not in the fragment."
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "When your app adds a state parameter to a request, Amazon Cognito returns its value to your app when the /oauth2/authorize endpoint redirects your user."
    When Alice signs in on the hosted UI
    Then the browser is sent back to the app with a code and the same state

  @undocumented
  Scenario: A wrong password on the sign-in page yields no code
    Source: Developer Guide, "The managed login sign-in endpoint: /login", https://docs.aws.amazon.com/cognito/latest/developerguide/login-endpoint.html
      "After your user loads the /login endpoint, they can enter a user name and password and choose Sign in."
    Source: Developer Guide, "Customizing hosted UI (classic) branding", https://docs.aws.amazon.com/cognito/latest/developerguide/hosted-ui-classic-branding.html
      "You can use any of the following CSS class names: ... errorMessage-customizable ..."
    Choice: the pages do not say what a wrong password shows; the suite expects what the classic hosted UI does, the sign-in page again with a message in its errorMessage-customizable element and no code, so a refusal for any other reason (a broken CSRF token, an error page) fails the scenario.
    When Alice signs in on the hosted UI with a wrong password
    Then the browser is shown the sign-in page again with an error

  Scenario Outline: A sign-in request the hosted UI cannot trust goes nowhere
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "The value of client_id must be the ID of an app client in the user pool where you make the request."
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "You must have pre-registered the URI with a client."
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "If client_id and redirect_uri are valid, but the request parameters aren't formatted correctly, the authentication server redirects the error to the client's redirect_uri and appends an error message in a URL parameter."
    When the app sends the browser to sign in with <flaw>
    Then the hosted UI refuses without sending the browser away

    Examples:
      | flaw                         |
      | an unregistered callback URL |
      | an unknown app client        |

  Scenario Outline: A flawed sign-in request is sent back to the app with an error
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "If the client requests code or token in response_type, but doesn't have permission for these requests, the Amazon Cognito authorization server returns unauthorized_client to client's redirect_uri"
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "If the client requests scope that is unknown, malformed, or not valid, the Amazon Cognito authorization server returns invalid_scope to the client's redirect_uri"
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "The request doesn't include a response_type parameter."
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "The value of the code_challenge_method parameter isn't S256."
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "HTTP 1.1 302 Found Location: https://client_redirect_uri?error=invalid_request"
    When the app sends the browser to sign in with <flaw>
    Then the browser is sent back to the app with the error <error>

    Examples:
      | flaw                                          | error               |
      | a response type the app client does not allow | unauthorized_client |
      | a scope the user pool does not know           | invalid_scope       |
      | no response type                              | invalid_request     |
      | a PKCE challenge by the plain method          | invalid_request     |

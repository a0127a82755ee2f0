@oauth
Feature: Signing in on the hosted UI
  An app sends the browser to the authorization endpoint; Cognito's sign-in page takes the
  username and password and sends the browser back to a registered callback with a one-time code.
  Checks: Developer Guide "Authorize endpoint" and "Login endpoint"; docs/cognito-spec.md sections 9.1 and 9.2.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user

  Scenario: The authorization endpoint sends the browser to the sign-in page
    When the app sends the browser to sign in
    Then the browser is shown the sign-in page

  Scenario: Signing in on the hosted UI sends the browser back with a code
    When Alice signs in on the hosted UI
    Then the browser is sent back to the app with a code and the same state

  Scenario: A wrong password on the sign-in page yields no code
    When Alice signs in on the hosted UI with a wrong password
    Then the browser is shown the sign-in page again with an error

  Scenario Outline: A sign-in request the hosted UI cannot trust goes nowhere
    When the app sends the browser to sign in with <flaw>
    Then the hosted UI refuses without sending the browser away

    Examples:
      | flaw                         |
      | an unregistered callback URL |
      | an unknown app client        |

  Scenario Outline: A flawed sign-in request is sent back to the app with an error
    When the app sends the browser to sign in with <flaw>
    Then the browser is sent back to the app with the error <error>

    Examples:
      | flaw                                          | error               |
      | a response type the app client does not allow | unauthorized_client |
      | a scope the user pool does not know           | invalid_scope       |
      | no response type                              | invalid_request     |
      | a PKCE challenge by the plain method          | invalid_request     |

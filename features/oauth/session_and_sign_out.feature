@oauth
Feature: The hosted UI's session and signing out
  After a sign-in the hosted UI remembers the browser for an hour; the logout endpoint forgets it
  and sends the browser only to a sign-out URL the app client registered.
  Checks: Developer Guide "Logout endpoint"; docs/cognito-spec.md sections 9.2 and 9.3.

  Background:
    Given a user pool with a hosted UI
    And Alice is a confirmed user
    And Alice has signed in on the hosted UI

  Scenario: The hosted UI remembers a browser that signed in
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "Otherwise, it redirects to the Login endpoint with the same URL parameters that you included in your request."
    Source: Developer Guide, "The redirect and authorization endpoint", https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
      "When you omit the prompt parameter from your request, managed login follows the default behavior: users must sign in unless their browser has a valid managed login session cookie."
    When the app sends the browser to sign in
    Then the browser is sent back to the app with a code and the same state

  Scenario: Signing out ends the hosted UI session and returns to the app
    Source: Developer Guide, "The managed login sign-out endpoint: /logout", https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
      "If the value of logout_uri is one of the Allowed sign-out URLs for your app client, Amazon Cognito redirects users to that URL."
    Source: Developer Guide, "The managed login sign-out endpoint: /logout", https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
      "The /logout endpoint is a redirection endpoint. It signs out the user and redirects either to an authorized sign-out URL for your app client, or to the /login endpoint."
    When the app sends the browser to sign out, returning to its registered sign-out URL
    Then the browser is sent to the app's sign-out URL
    And the hosted UI no longer remembers the browser

  Scenario: Signing out to an unregistered address is refused
    Source: Developer Guide, "The managed login sign-out endpoint: /logout", https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
      "This URL must be an authorized sign-out URL for the app client."
    When the app sends the browser to sign out, returning to an unregistered address
    Then the hosted UI refuses without sending the browser away

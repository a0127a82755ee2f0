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
    When the app sends the browser to sign in
    Then the browser is sent back to the app with a code and the same state

  Scenario: Signing out ends the hosted UI session and returns to the app
    When the app sends the browser to sign out, returning to its registered sign-out URL
    Then the browser is sent to the app's sign-out URL
    And the hosted UI no longer remembers the browser

  Scenario: Signing out to an unregistered address is refused
    When the app sends the browser to sign out, returning to an unregistered address
    Then the hosted UI refuses without sending the browser away

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
    When Alice signs out everywhere
    Then it succeeds
    And Alice's refresh token is refused with NotAuthorizedException
    And Alice's access token is refused with NotAuthorizedException

  Scenario: After AdminUserGlobalSignOut the user's tokens are refused
    When an administrator signs Alice out everywhere
    Then it succeeds
    And Alice's refresh token is refused with NotAuthorizedException
    And Alice's access token is refused with NotAuthorizedException

  Scenario: Signing in again after a global sign-out works
    Given Alice has signed out everywhere
    When Alice signs in with USER_PASSWORD_AUTH
    Then Alice receives an ID token, an access token and a refresh token

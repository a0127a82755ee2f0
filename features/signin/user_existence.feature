@signin
Feature: Whether sign-in reveals that a user exists
  An app client's PreventUserExistenceErrors decides what an unknown username gets. LEGACY (the
  API's default) answers UserNotFoundException; ENABLED answers as for a wrong password, and
  ForgotPassword answers as if the user existed.
  Checks: Developer Guide "Managing user existence error responses"; docs/cognito-spec.md section 1.4.

  Scenario Outline: An app client that does not hide users says the user does not exist
    Given the app client tells whether users exist
    When Bob, who has no account, signs in with <flow>
    Then it fails with UserNotFoundException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: An app client that hides users answers as for a wrong password
    Given the app client hides whether users exist
    When Bob, who has no account, signs in with <flow>
    Then it fails with NotAuthorizedException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: An app client that hides users answers a password reset as if the user existed
    Given the pool sends account recovery codes to the verified email address first
    And the app client hides whether users exist
    When Bob, who has no account, asks to reset the password
    Then it succeeds
    And Cognito says the code went by EMAIL to a masked address

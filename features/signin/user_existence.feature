@signin
Feature: Whether sign-in reveals that a user exists
  An app client's PreventUserExistenceErrors decides what an unknown username gets. LEGACY (the
  API's default) answers UserNotFoundException, in sign-in and in password recovery; ENABLED answers
  sign-in as for a wrong password and does not disclose in password recovery that the user does not
  exist.
  Checks: Developer Guide "Managing user existence error responses"; docs/cognito-spec.md section 1.4.

  Scenario Outline: An app client that does not hide users says the user does not exist
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "When this property has a value of LEGACY, your app client returns a UserNotFoundException error response when a user attempts to sign in with a username that doesn't exist in your user pool."
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "When PreventUserExistenceErrors is inactive, these flows return UserNotFoundException."
    Given the app client tells whether users exist
    When Bob, who has no account, signs in with <flow>
    Then it fails with UserNotFoundException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: An app client that hides users answers as for a wrong password
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "The authentication flows ADMIN_USER_PASSWORD_AUTH, USER_PASSWORD_AUTH, and the PASSWORD flow of USER_AUTH return a NotAuthorizedException with the message Incorrect username or password when PreventUserExistenceErrors is active."
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "When you send a RespondToAuthChallenge API request with proof of password, Amazon Cognito returns a generic NotAuthorizedException error when either username or password is incorrect."
    Given the app client hides whether users exist
    When Bob, who has no account, signs in with <flow>
    Then it fails with NotAuthorizedException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: An app client that does not hide users says a password reset is for no user
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "PreventUserExistenceErrors: ... This parameters sets your preference for the errors and responses that you want Amazon Cognito APIs to return during authentication, account confirmation, and password recovery when the user doesn't exist in the user pool. ... When set to LEGACY, those APIs return a UserNotFoundException exception if the user doesn't exist in the user pool."
    Given the app client tells whether users exist
    When Bob, who has no account, asks to reset the password
    Then it fails with UserNotFoundException

  Scenario: An app client that hides users does not say that a password reset is for no user
    The page says more than one thing about the answer itself (a simulated delivery medium "determined
    by the input username format and verification settings of the user pool", or, elsewhere on the
    page, an InvalidParameterException or a generic failure); all it says in every place is that the
    answer does not disclose the nonexistence with UserNotFoundException, so that is what is asserted.
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "When this property has a value of ENABLED, your app client doesn't disclose the nonexistence of a user account in your user pool with a UserNotFoundException error."
    Source: Developer Guide, "Managing user existence error responses", https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
      "ForgotPassword: When a user isn't found, is deactivated, or doesn't have a verified delivery mechanism to recover their password, Amazon Cognito returns CodeDeliveryDetails with a simulated delivery medium for a user."
    Given the pool sends account recovery codes to the verified email address first
    And the app client hides whether users exist
    When Bob, who has no account, asks to reset the password
    Then Cognito does not say that Bob has no account

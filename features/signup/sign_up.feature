@signup
Feature: Signing up and confirming the account
  A new user registers with SignUp and proves the address with the code Cognito sends.
  Until then the account is UNCONFIRMED and cannot sign in.
  Checks: Developer Guide "Signing up and confirming user accounts"; API SignUp, ConfirmSignUp, AdminConfirmSignUp.

  Scenario: Signing up leaves the account unconfirmed
    When Alice signs up
    Then it succeeds
    And Cognito answers that Alice's account is not confirmed yet
    And Cognito gives Alice a user sub
    And Alice's account is UNCONFIRMED

  @delivered_code
  Scenario: The code Cognito sent confirms the account
    Given Alice has signed up
    When Alice confirms the sign-up with the code Cognito sent
    Then it succeeds
    And Alice's account is CONFIRMED

  Scenario: A wrong confirmation code is refused
    Given Alice has signed up
    When Alice confirms the sign-up with a wrong code
    Then it fails with CodeMismatchException
    And Alice's account is UNCONFIRMED

  Scenario: A username can be taken only once
    Given Alice has signed up
    When Alice signs up again with the same username
    Then it fails with UsernameExistsException

  Scenario Outline: A password that breaks the pool's policy is refused
    Given the pool requires passwords of at least 8 characters with upper case, lower case, numbers and symbols
    When Alice signs up with a password that <breaks the policy>
    Then it fails with InvalidPasswordException
    And Alice has no account

    Examples:
      | breaks the policy            |
      | is shorter than 8 characters |
      | has no upper-case letter     |
      | has no lower-case letter     |
      | has no number                |
      | has no symbol                |

  Scenario Outline: An unconfirmed user cannot sign in
    Given Alice has signed up
    When Alice signs in with <flow>
    Then it fails with UserNotConfirmedException

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario: An administrator confirms a sign-up
    Given Alice has signed up
    When an administrator confirms Alice's sign-up
    Then it succeeds
    And Alice's account is CONFIRMED
    And Alice can sign in with USER_PASSWORD_AUTH

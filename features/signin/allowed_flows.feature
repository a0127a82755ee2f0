@signin
Feature: The sign-in flows an app client allows
  Each app client lists the flows it accepts (ExplicitAuthFlows); a flow it does not list is
  refused, whatever the password.
  Checks: API CreateUserPoolClient ExplicitAuthFlows; docs/cognito-spec.md sections 1.3 and 2.5.

  Background:
    Given Alice is a confirmed user

  Scenario Outline: A flow the app client allows signs Alice in
    Given the app client allows only <flow>
    When Alice signs in with <flow>
    Then Alice receives an ID token, an access token and a refresh token

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  Scenario Outline: A flow the app client does not allow is refused
    Given the app client allows only <allowed>
    When Alice signs in with <flow>
    Then it fails with InvalidParameterException

    Examples:
      | allowed                  | flow                     |
      | USER_SRP_AUTH            | USER_PASSWORD_AUTH       |
      | USER_SRP_AUTH            | ADMIN_USER_PASSWORD_AUTH |
      | USER_PASSWORD_AUTH       | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       | ADMIN_USER_PASSWORD_AUTH |
      | ADMIN_USER_PASSWORD_AUTH | USER_SRP_AUTH            |
      | ADMIN_USER_PASSWORD_AUTH | USER_PASSWORD_AUTH       |

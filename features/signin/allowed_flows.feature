@signin
Feature: The sign-in flows an app client allows
  Each app client lists the flows it accepts (ExplicitAuthFlows); a flow it does not list is
  refused, whatever the password.
  Checks: API CreateUserPoolClient ExplicitAuthFlows; docs/cognito-spec.md sections 1.3 and 2.5.

  Background:
    Given Alice is a confirmed user

  Scenario Outline: A flow the app client allows signs Alice in
    Source: API Reference, CreateUserPoolClient, ExplicitAuthFlows, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "The authentication flows that you want your user pool client to support."
    Source: Developer Guide, "Authentication flows", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html
      "Amazon Cognito responds to successful requests with tokens or an additional required challenge like multi-factor authentication (MFA)."
    Given the app client allows only <flow>
    When Alice signs in with <flow>
    Then Alice receives an ID token, an access token and a refresh token

    Examples:
      | flow                     |
      | USER_SRP_AUTH            |
      | USER_PASSWORD_AUTH       |
      | ADMIN_USER_PASSWORD_AUTH |

  @undocumented
  Scenario Outline: A flow the app client does not allow is refused
    Source: API Reference, AdminInitiateAuth, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html
      "The authentication flow that you specify must be supported in your app client configuration."
    Choice: AWS documents that the flow must be allowed by the app client but names no error code for one that is not; the suite pins InvalidParameterException, the code real Cognito is reported to answer with ('Auth flow not enabled for this client', docs/cognito-spec.md 1.3), and one a team can match on.
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

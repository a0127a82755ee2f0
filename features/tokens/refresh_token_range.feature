@tokens @changes_pool
Feature: The refresh token's lifetime, then and now
  The tutorial (2019) says a refresh token can live 1 to 3650 days, 30 by default. That was the
  API of the time: RefreshTokenValidity in whole days, 0 to 3650. Since late 2020 the unit is
  selectable and the range is 60 minutes to 10 years (3650 days), so the maximum still holds and
  the minimum is now below one day. These scenarios show which statement holds today.
  Checks: docs/cognito-spec.md sections 3.5 and 12 (the botocore models of 2019-10 and 2020-10).

  Scenario: A refresh token may now live less than a day
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "RefreshTokenValidity duration can range from 60 minutes to 10 years."
    When an administrator creates an app client whose refresh tokens live 60 minutes
    Then the app client is created

  Scenario: A refresh token still may not live longer than 3650 days
    Source: API Reference, TokenValidityUnitsType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html
      "RefreshTokenValidity duration can range from 60 minutes to 10 years."
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "RefreshTokenValidity: ... Valid range is displayed below in seconds. ... Valid Range: Minimum value of 0. Maximum value of 315360000."
    When an administrator creates an app client whose refresh tokens live 3651 days
    Then the app client is refused

  Scenario: An app client that states no refresh token lifetime gets 30 days
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "RefreshTokenValidity: ... If you don't specify otherwise in the configuration of your app client, your refresh tokens are valid for 30 days."
    When an administrator creates an app client
    Then the app client's refresh tokens live 30 days

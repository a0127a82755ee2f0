@tokens
Feature: What the ID token says
  The ID token is a JWT about the user who signed in: who they are, for which app client, from
  which pool, and the attributes that app client may read. Custom attributes are always strings.
  Checks: Developer Guide "Understanding the identity (ID) token"; docs/cognito-spec.md section 3.3.

  Background:
    Given Alice is a confirmed user

  Scenario: The ID token names the user, the app client and the user pool
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "aud: The user pool app client that authenticated your user. Amazon Cognito renders the same value in the access token client_id claim."
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "cognito:username: The username of your user in your user pool."
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "token_use: The intended purpose of the token. In an ID token, its value is id."
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "auth_time: The authentication time, in Unix time format, that your user completed authentication."
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "The issuer (iss) claim should match your user pool. For example, a user pool created in the us-east-1 Region will have the following iss value: https://cognito-idp.us-east-1.amazonaws.com/<userpoolID>."
    Verified on AWS: getmoto/moto tests/test_cognitoidp/test_cognitoidp.py::test_initiate_auth_USER_PASSWORD_AUTH
      "the ID token's sub equals the access token's sub, cognito:username is the username and aud the app client's id"
    Given Alice is signed in
    Then Alice's ID token says
      | claim            | value                  |
      | sub              | Alice's sub            |
      | aud              | the app client's id    |
      | iss              | the user pool's issuer |
      | token_use        | "id"                   |
      | cognito:username | Alice's username       |
      | auth_time        | a time                 |
      | iat              | a time                 |
      | exp              | a time                 |

  Scenario: The ID token carries the attributes the app client may read
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "The ID token is a JSON Web Token (JWT) that contains claims about the identity of the authenticated user, such as name, email, and phone_number."
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "\"email_verified\": true,"
    Source: API Reference, CreateUserPoolClient, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
      "ReadAttributes: The list of user attributes that you want your app client to have read access to."
    Given Alice is signed in
    Then Alice's ID token says
      | claim          | value                 |
      | email          | Alice's email address |
      | email_verified | true                  |

  Scenario: Custom attributes are strings in the ID token, whatever their type
    Source: Developer Guide, "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "Amazon Cognito writes custom attribute values to the ID token as strings regardless of attribute type."
    Given Alice's custom:oshi is "Yoshino Aoyama"
    And Alice's custom:level is "3"
    And Alice is signed in
    Then Alice's ID token says
      | claim        | value            |
      | custom:oshi  | "Yoshino Aoyama" |
      | custom:level | "3"              |

  Scenario: The ID token lists the user's groups
    Source: Developer Guide, "Understanding user pool JSON web tokens (JWTs)", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html
      "The access and ID tokens both include a cognito:groups claim that contains your user's group membership in your user pool."
    Source: API Reference, CreateGroup, RoleArn, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html
      "Both ID and access tokens also contain a cognito:groups claim that list all the groups that a user is a member of."
    Source: Developer Guide (late-2025 wording), "Understanding the identity (ID) token", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      "cognito:groups: An array of the names of user pool groups that have your user as a member."
    Given Alice is in the group "admins"
    And Alice is signed in
    Then Alice's ID token says
      | claim          | value      |
      | cognito:groups | ["admins"] |

  @undocumented
  Scenario: Each sign-in is an event with its own id
    Choice: the ID token carries event_id as a text. The Developer Guide's example ID token shows "event_id": "64f513be-32db-42b0-b78e-b02127b4f463" but no sentence describes the claim; the suite pins only that it is present and a string.
    Given Alice is signed in
    Then Alice's ID token says
      | claim    | value  |
      | event_id | a text |

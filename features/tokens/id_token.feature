@tokens
Feature: What the ID token says
  The ID token is a JWT about the user who signed in: who they are, for which app client, from
  which pool, and the attributes that app client may read. Custom attributes are always strings.
  Checks: Developer Guide "Understanding the identity (ID) token"; docs/cognito-spec.md section 3.3.

  Background:
    Given Alice is a confirmed user

  Scenario: The ID token names the user, the app client and the user pool
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
    Given Alice is signed in
    Then Alice's ID token says
      | claim          | value                 |
      | email          | Alice's email address |
      | email_verified | true                  |

  Scenario: Custom attributes are strings in the ID token, whatever their type
    Given Alice's custom:oshi is "Yoshino Aoyama"
    And Alice's custom:level is "3"
    And Alice is signed in
    Then Alice's ID token says
      | claim        | value            |
      | custom:oshi  | "Yoshino Aoyama" |
      | custom:level | "3"              |

  Scenario: The ID token lists the user's groups
    Given Alice is in the group "admins"
    And Alice is signed in
    Then Alice's ID token says
      | claim          | value      |
      | cognito:groups | ["admins"] |

  Scenario: Each sign-in is an event with its own id
    Given Alice is signed in
    Then Alice's ID token says
      | claim    | value  |
      | event_id | a text |

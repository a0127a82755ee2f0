@jwt
Feature: Verifying a token in seven steps
  An application that receives an ID or access token verifies it before trusting it, in the
  seven steps the tutorial and AWS describe: 1 the structure (three base64url segments),
  2 the key id (kid) is one of the user pool's keys, 3 the RS256 signature, 4 not expired,
  5 the app client (aud in ID tokens, client_id in access tokens), 6 the issuer is the user pool,
  7 token_use is the kind the application accepts. The suite's verifier,
  cognito_conformance.jwt.CognitoJwtVerifier, carries them out in that order; a token broken
  for one step is refused at exactly that step.
  Checks: Developer Guide "Verifying a JSON Web Token"; docs/cognito-spec.md section 4.

  Background:
    Given Alice is a confirmed user
    And Alice is signed in

  Rule: Genuine tokens from the user pool pass all seven steps

    Example: A genuine ID token
      When Alice's ID token is verified
      Then it passes all seven steps
      And the verified claims name Alice

    Example: A genuine access token
      When Alice's access token is verified
      Then it passes all seven steps
      And the verified claims name Alice

  Rule: Step 1: a token is three base64url segments of JSON

    Example: A token cut to two segments
      Given Alice's ID token with only two of its three segments
      When that token is verified
      Then it is refused at step 1, the structure

  Rule: Step 2: the token's key id must be one of the user pool's keys

    Example: A key id the user pool does not have
      Given Alice's ID token with a kid the user pool does not have
      When that token is verified
      Then it is refused at step 2, the key id

  Rule: Step 3: the RS256 signature must be the user pool's, over the exact bytes

    Example: A changed payload
      Given Alice's ID token with a changed payload
      When that token is verified
      Then it is refused at step 3, the signature

    Example: A signature made with another key
      Given Alice's ID token with a signature made with another key
      When that token is verified
      Then it is refused at step 3, the signature

    Example: No signature at all (alg none)
      Given Alice's ID token with alg none and no signature
      When that token is verified
      Then it is refused at step 3, the signature

    Example: An HMAC signature keyed with the user pool's public key (alg HS256)
      Given Alice's ID token with alg HS256, keyed with the user pool's public key
      When that token is verified
      Then it is refused at step 3, the signature

  Rule: Step 4: the token must not have expired

    Example: One second after the token expired
      When Alice's ID token is verified one second after it expires
      Then it is refused at step 4, the expiry

  Rule: Step 5: the token must be for the application's app client

    Example: An ID token checked by another app client
      When Alice's ID token is verified by another app client of the pool
      Then it is refused at step 5, the client

    Example: An access token checked by another app client
      When Alice's access token is verified by another app client of the pool
      Then it is refused at step 5, the client

  Rule: Step 6: the issuer must be the user pool

    Example: A token checked by an application of another user pool
      When Alice's ID token is verified for another user pool that trusts the same keys
      Then it is refused at step 6, the issuer

  Rule: Step 7: token_use must be the kind the application accepts

    Example: An access token where an ID token is expected
      When Alice's access token is verified as an ID token
      Then it is refused at step 7, the token use

    Example: An ID token where an access token is expected
      When Alice's ID token is verified as an access token
      Then it is refused at step 7, the token use

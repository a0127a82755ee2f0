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
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "You can now trust the claims inside the token."
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "The aud claim in an ID token and the client_id claim in an access token should match the app client ID that was created in the Amazon Cognito user pool."

    Example: A genuine ID token
      When Alice's ID token is verified
      Then it passes all seven steps
      And the verified claims name Alice

    Example: A genuine access token
      When Alice's access token is verified
      Then it passes all seven steps
      And the verified claims name Alice

  Rule: Step 1: a token is three base64url segments of JSON
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "If your user presents a base64url-encoded JWT to your app and it's not in the format [JSON Header].[JSON Payload].[Signature], it's not a valid Amazon Cognito token and you can discard it."

    Example: A token cut to two segments
      Given Alice's ID token with only two of its three segments
      When that token is verified
      Then it is refused at step 1, the structure

  Rule: Step 2: the token's key id must be one of the user pool's keys
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "Search the public JSON Web Key for a kid that matches the kid of your JWT."

    Example: A key id the user pool does not have
      Given Alice's ID token with a kid the user pool does not have
      When that token is verified
      Then it is refused at step 2, the key id

  Rule: Step 3: the RS256 signature must be the user pool's, over the exact bytes
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "A malicious user can modify a token, but if your application retrieves the public key and compares the signature, it won't match."
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "Amazon Cognito signs tokens with an alg of RS256."

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
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "By one of the following methods, verify that the token hasn't expired. Decode the token and compare the exp claim to the current time."

    Example: One second after the token expired
      When Alice's ID token is verified one second after it expires
      Then it is refused at step 4, the expiry

  Rule: Step 5: the token must be for the application's app client
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "The aud claim in an ID token and the client_id claim in an access token should match the app client ID that was created in the Amazon Cognito user pool."

    Example: An ID token checked by another app client
      When Alice's ID token is verified by another app client of the pool
      Then it is refused at step 5, the client

    Example: An access token checked by another app client
      When Alice's access token is verified by another app client of the pool
      Then it is refused at step 5, the client

  Rule: Step 6: the issuer must be the user pool
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "The issuer (iss) claim should match your user pool."

    Example: A token checked by an application of another user pool
      When Alice's ID token is verified for another user pool that trusts the same keys
      Then it is refused at step 6, the issuer

  Rule: Step 7: token_use must be the kind the application accepts
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "If you are only accepting the access token in your web API operations, its value must be access."
    Source: Developer Guide, "Verifying JSON web tokens", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
      "If you are only using the ID token, its value must be id."

    Example: An access token where an ID token is expected
      When Alice's access token is verified as an ID token
      Then it is refused at step 7, the token use

    Example: An ID token where an access token is expected
      When Alice's ID token is verified as an access token
      Then it is refused at step 7, the token use

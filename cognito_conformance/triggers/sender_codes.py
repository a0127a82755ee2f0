"""The codes the custom sender triggers receive: encrypted by Cognito with the pool's KMS key through the AWS
Encryption SDK (Developer Guide, "Custom sender Lambda triggers"), decrypted here by the suite, with the
run's own ``kms:Decrypt``, never inside the function (the Encryption SDK is not in the Lambda runtime).

Needs the ``aws-encryption-sdk`` package (the ``triggers`` extra); without it, ``decrypt`` says how to get it.
"""

from __future__ import annotations

import base64

MISSING_SDK = ("the custom sender scenarios decrypt the code Cognito gave the function, which needs the AWS "
               "Encryption SDK: pip install 'cognito-conformance[triggers]' (or aws-encryption-sdk)")


class EncryptionSdkMissing(RuntimeError):
    """The AWS Encryption SDK is not installed."""


def _sdk():
    try:
        import aws_encryption_sdk
        from aws_encryption_sdk.identifiers import CommitmentPolicy
        from aws_encryption_sdk.key_providers.kms import KMSMasterKey, KMSMasterKeyConfig
    except ImportError as missing:
        raise EncryptionSdkMissing(MISSING_SDK) from missing
    return aws_encryption_sdk, CommitmentPolicy, KMSMasterKey, KMSMasterKeyConfig


def _key(kms_client, key_arn: str):
    _, _, master_key, config = _sdk()
    return master_key(config=config(key_id=key_arn, client=kms_client))


def decrypt(code: str, key_arn: str, kms_client) -> str:
    """The plaintext of a custom sender event's ``request.code`` (base64 of an Encryption SDK message),
    decrypted with the pool's key through ``kms_client``. Raises on a code the key did not encrypt."""
    sdk, policy, _, _ = _sdk()
    client = sdk.EncryptionSDKClient(commitment_policy=policy.REQUIRE_ENCRYPT_ALLOW_DECRYPT)
    plaintext, _header = client.decrypt(source=base64.b64decode(code), key_provider=_key(kms_client, key_arn))
    return plaintext.decode("utf-8")


def encrypt(plaintext: str, key_arn: str, kms_client) -> str:
    """What Cognito does to a code (for the suite's own tests of ``decrypt``)."""
    sdk, policy, _, _ = _sdk()
    client = sdk.EncryptionSDKClient(commitment_policy=policy.REQUIRE_ENCRYPT_ALLOW_DECRYPT)
    ciphertext, _header = client.encrypt(source=plaintext.encode("utf-8"), key_provider=_key(kms_client, key_arn))
    return base64.b64encode(ciphertext).decode("ascii")

@devices
Feature: Remembered devices
  In a pool that remembers devices, a sign-in on a new device hands out a device key; the app confirms
  the device with an SRP verifier of a device secret, the user chooses to remember it, and later
  sign-ins prove the device with DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER instead of an MFA code.
  Checks: Developer Guide "Working with user devices in your user pool"; API ConfirmDevice,
  UpdateDeviceStatus, ListDevices, AdminListDevices, ForgetDevice, DeviceConfigurationType.

  Background:
    Given a user pool that remembers devices when the user agrees
    And Alice is a confirmed user

  Scenario: A sign-in on a new device hands out a device key
    Source: Developer Guide, "Working with user devices in your user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html
      "Amazon Cognito includes a device key in the response to any sign-in that doesn't already include device information. The device key is in the format Region_UUID."
    Source: API Reference, NewDeviceMetadataType, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_NewDeviceMetadataType.html
      "DeviceGroupKey: The device group key, an identifier used in generating the DEVICE_PASSWORD_VERIFIER for device SRP authentication."
    When Alice signs in on a new device
    Then Cognito hands out a device key and a device group key

  Scenario: Confirming a device in a pool that asks the user leaves the choice to the user
    Source: API Reference, ConfirmDevice, UserConfirmationNecessary, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmDevice.html
      "You can configure your user pool to always remember devices, in which case this response is false, or to allow users to opt in, in which case this response is true."
    Given Alice has signed in on a new device
    When Alice confirms the device with its SRP verifier
    Then Cognito asks whether the user wants the device remembered

  Scenario: A remembered device is listed for the user and for an administrator
    Source: API Reference, UpdateDeviceStatus, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateDeviceStatus.html
      "Updates the status of a the currently signed-in user's device so that it is marked as remembered or not remembered for the purpose of device authentication."
    Source: API Reference, ListDevices, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListDevices.html
      "Lists the devices that Amazon Cognito has registered to the currently signed-in user."
    Source: API Reference, AdminListDevices, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminListDevices.html
      "Lists a user's registered devices."
    Given Alice has signed in on a new device
    And Alice has confirmed the device
    When Alice marks the device as remembered
    Then it succeeds
    And Alice's devices, listed by the user and by an administrator, include the device

  Scenario: A forgotten device is no longer listed
    Source: API Reference, ForgetDevice, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgetDevice.html
      "Given a device key, deletes a remembered device as the currently signed-in user."
    Given Alice has signed in on a new device
    And Alice has had the device remembered
    When Alice forgets the device
    Then it succeeds
    And Alice's devices no longer include the device

  Scenario: A remembered device proves itself with device SRP
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "DEVICE_SRP_AUTH: Respond with the initial parameters of device SRP authentication."
    Source: API Reference, InitiateAuth, ChallengeName, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
      "DEVICE_PASSWORD_VERIFIER: Respond with PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK, and TIMESTAMP after client-side SRP calculations."
    Source: API Reference, DeviceConfigurationType, ChallengeRequiredOnNewDevice, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeviceConfigurationType.html
      "When true, a remembered device can sign in with device authentication instead of SMS and time-based one-time password (TOTP) factors for multi-factor authentication (MFA)."
    Given Alice has signed in on a new device
    And Alice has had the device remembered
    When Alice signs in on the remembered device
    Then the device answered DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER
    And Alice receives an ID token, an access token and a refresh token

  Scenario: A remembered device stands in for the MFA code
    Source: Developer Guide, "Working with user devices in your user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html
      "With a device key, a Secure Remote Password (SRP) library, and a user pool that permits device authentication, you can prompt users in your app to trust the current device and no longer prompt for an MFA code at sign-in."
    Source: API Reference, DeviceConfigurationType, ChallengeRequiredOnNewDevice, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeviceConfigurationType.html
      "When true, a remembered device can sign in with device authentication instead of SMS and time-based one-time password (TOTP) factors for multi-factor authentication (MFA)."
    Given Alice has signed in on a new device
    And Alice has had the device remembered
    And Alice has set up a software token
    When Alice signs in on the remembered device
    Then no MFA code was asked for
    And Alice receives an ID token, an access token and a refresh token

  @undocumented
  Scenario: The access token of a sign-in on a remembered device names the device
    Choice: the Developer Guide's example access token has a device_key claim but no sentence says what it holds; the suite pins that it is the key of the device the user signed in on.
    Source: Developer Guide, "Working with user devices in your user pool", https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-device-tracking.html
      "With Amazon Cognito user pools, you can associate each of your users' devices with a unique device identifier: a device key."
    Given Alice has signed in on a new device
    And Alice has had the device remembered
    When Alice signs in on the remembered device
    Then Alice's access token names the device

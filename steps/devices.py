"""Remembered devices: NewDeviceMetadata, ConfirmDevice, their status, listing and forgetting them,
and signing in with a remembered device (DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER) instead of MFA."""

from __future__ import annotations

import re

import pytest
from pytest_bdd import given, then, when

from cognito_conformance import auth, devices
from cognito_conformance.outcome import attempt
from cognito_conformance.token_kinds import ACCESS

from .common import expect_ok
from .grammar import phrase
from .tokens import claims_of

#: NewDeviceMetadataType.DeviceKey's pattern in the API Reference.
DEVICE_KEY_PATTERN = re.compile(r"[\w-]+_[0-9a-f-]+")


@pytest.fixture
def cognito_person_devices() -> dict:
    """The device each person signs in on, by name (handed out by Cognito at sign-in)."""
    return {}


def new_device_sign_in(cognito, app_client, person, person_devices):
    outcome = auth.sign_in(cognito, app_client, "USER_SRP_AUTH", person.username, person.password)
    if outcome.result:
        person.keep_tokens(outcome.result)
        device = devices.from_metadata(outcome.result)
        if device:
            person_devices[person.name] = device
    return outcome


def device_of(person_devices, name):
    __tracebackhide__ = True
    assert name in person_devices, f"Cognito handed {name} no device (no NewDeviceMetadata at sign-in)"
    return person_devices[name]


def set_status(cognito, person, device, status):
    return attempt("UpdateDeviceStatus", cognito.update_device_status, AccessToken=person.access_token,
                   DeviceKey=device.key, DeviceRememberedStatus=status)


@when(phrase("{name:Person} signs in on a new device"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_person_devices):
    return new_device_sign_in(cognito, cognito_app_client, cognito_people[name], cognito_person_devices)


@given(phrase("{name:Person} has signed in on a new device"))
def _(name, cognito_people, cognito, cognito_app_client, cognito_person_devices):
    outcome = new_device_sign_in(cognito, cognito_app_client, cognito_people[name], cognito_person_devices)
    expect_ok(outcome, f"{name} signs in with USER_SRP_AUTH")
    device_of(cognito_person_devices, name)


@then("Cognito hands out a device key and a device group key")
def _(cognito_outcome):
    assert cognito_outcome.ok, f"the sign-in failed: {cognito_outcome.describe()}"
    metadata = cognito_outcome.result.get("NewDeviceMetadata") or {}
    assert DEVICE_KEY_PATTERN.fullmatch(metadata.get("DeviceKey") or ""), \
        f"NewDeviceMetadata has no DeviceKey of the form <region>_<uuid>: keys {sorted(metadata)}"
    assert metadata.get("DeviceGroupKey"), "NewDeviceMetadata has no DeviceGroupKey"


@when(phrase("{name:Person} confirms the device with its SRP verifier"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_person_devices):
    return devices.confirm(cognito, cognito_people[name].access_token, device_of(cognito_person_devices, name))


@given(phrase("{name:Person} has confirmed the device"))
def _(name, cognito_people, cognito, cognito_person_devices):
    expect_ok(devices.confirm(cognito, cognito_people[name].access_token, device_of(cognito_person_devices, name)),
              f"ConfirmDevice for {name}")


@then("Cognito asks whether the user wants the device remembered")
def _(cognito_outcome):
    assert cognito_outcome.ok, f"ConfirmDevice failed: {cognito_outcome.describe()}"
    assert cognito_outcome.response.get("UserConfirmationNecessary") is True, \
        f"UserConfirmationNecessary is {cognito_outcome.response.get('UserConfirmationNecessary')!r}"


@when(phrase("{name:Person} marks the device as {status:w}"), target_fixture="cognito_outcome")
def _(name, status, cognito_people, cognito, cognito_person_devices):
    return set_status(cognito, cognito_people[name], device_of(cognito_person_devices, name), status)


@given(phrase("{name:Person} has had the device remembered"))
def _(name, cognito_people, cognito, cognito_person_devices):
    device = device_of(cognito_person_devices, name)
    expect_ok(devices.confirm(cognito, cognito_people[name].access_token, device), f"ConfirmDevice for {name}")
    expect_ok(set_status(cognito, cognito_people[name], device, "remembered"), f"UpdateDeviceStatus for {name}")


@when(phrase("{name:Person} forgets the device"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_person_devices):
    return attempt("ForgetDevice", cognito.forget_device, AccessToken=cognito_people[name].access_token,
                   DeviceKey=device_of(cognito_person_devices, name).key)


def listed_keys(cognito, user_pool, person, admin: bool) -> list[str]:
    if admin:
        outcome = attempt("AdminListDevices", cognito.admin_list_devices, UserPoolId=user_pool.id,
                          Username=person.username)
    else:
        outcome = attempt("ListDevices", cognito.list_devices, AccessToken=person.access_token)
    assert outcome.ok, f"listing {person.name}'s devices failed: {outcome.describe()}"
    return [d.get("DeviceKey") for d in outcome.response.get("Devices", [])]


@then(phrase("{name:Person}'s devices, listed by the user and by an administrator, include the device"))
def _(name, cognito_people, cognito, cognito_user_pool, cognito_person_devices):
    device = device_of(cognito_person_devices, name)
    for admin in (False, True):
        keys = listed_keys(cognito, cognito_user_pool, cognito_people[name], admin)
        assert device.key in keys, f"{'AdminListDevices' if admin else 'ListDevices'} lists {len(keys)} devices, not this one"


@then(phrase("{name:Person}'s devices no longer include the device"))
def _(name, cognito_people, cognito, cognito_user_pool, cognito_person_devices):
    device = device_of(cognito_person_devices, name)
    for admin in (False, True):
        keys = listed_keys(cognito, cognito_user_pool, cognito_people[name], admin)
        assert device.key not in keys, f"{'AdminListDevices' if admin else 'ListDevices'} still lists the device"


@when(phrase("{name:Person} signs in on the remembered device"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client, cognito_person_devices):
    person = cognito_people[name]
    outcome = devices.sign_in(cognito, cognito_app_client, person.username, person.password, device_of(cognito_person_devices, name))
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


@then(phrase("the device answered {first:w} and {second:w}"))
def _(first, second, cognito_outcome):
    seen = devices.challenges_seen(cognito_outcome)
    assert first in seen and second in seen, f"Cognito asked for {seen}"


@then("no MFA code was asked for")
def _(cognito_outcome):
    seen = devices.challenges_seen(cognito_outcome)
    asked = [c for c in seen if c in ("SOFTWARE_TOKEN_MFA", "SMS_MFA", "EMAIL_OTP", "SELECT_MFA_TYPE")]
    assert cognito_outcome.ok and not asked, f"Cognito asked for {seen}: {cognito_outcome.describe()}"


@then(phrase("{name:Person}'s access token names the device"))
def _(name, cognito_people, cognito_person_devices):
    claims = claims_of(cognito_people[name], ACCESS)
    assert claims.get("device_key") == device_of(cognito_person_devices, name).key, \
        f"the access token's device_key is {claims.get('device_key')!r}"

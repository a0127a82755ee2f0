"""A real pool's hosted-UI domain is used only once DescribeUserPoolDomain says ACTIVE and it answers HTTP."""

import pytest
import requests

from cognito_conformance.fixtures.hosted_ui import DomainNotReady, wait_until_domain_is_ready

from ..fake_time import FakeTime


class FakeCognito:
    """DescribeUserPoolDomain answering the given statuses in turn (the last one repeats)."""

    def __init__(self, *statuses):
        self.statuses = list(statuses)
        self.asked = 0

    def describe_user_pool_domain(self, Domain):
        self.asked += 1
        status = self.statuses[min(self.asked, len(self.statuses)) - 1]
        return {"DomainDescription": {"Domain": Domain, "Status": status}}


def wait(cognito, time, fetch=lambda url: None, timeout=60.0):
    wait_until_domain_is_ready(cognito, "cc-run", "https://cc-run.auth.us-east-1.amazoncognito.com/login",
                               timeout=timeout, interval=10.0, sleep=time.sleep, clock=time.clock, fetch=fetch)


def test_an_active_domain_that_answers_is_used_at_once():
    time = FakeTime()
    wait(FakeCognito("ACTIVE"), time)
    assert time.slept == []


def test_a_creating_domain_is_polled_until_active():
    cognito, time = FakeCognito("CREATING", "CREATING", "ACTIVE"), FakeTime()
    wait(cognito, time)
    assert cognito.asked == 3 and time.slept == [10.0, 10.0]


def test_an_active_domain_that_does_not_resolve_yet_is_waited_for():
    answers = iter([requests.ConnectionError("no such host"), None])

    def fetch(url):
        answer = next(answers)
        if answer is not None:
            raise answer

    time = FakeTime()
    wait(FakeCognito("ACTIVE"), time, fetch)
    assert time.slept == [10.0]


def test_the_wait_is_bounded():
    cognito, time = FakeCognito("CREATING"), FakeTime()
    with pytest.raises(DomainNotReady, match="not ready after 60 s: CREATING"):
        wait(cognito, time)
    assert time.now <= 60.0 and cognito.asked == 7  # at 0, 10, ..., 60 s


def test_a_failed_domain_ends_the_wait():
    time = FakeTime()
    with pytest.raises(DomainNotReady, match="FAILED"):
        wait(FakeCognito("CREATING", "FAILED"), time)
    assert time.slept == [10.0]


def test_a_domain_the_endpoint_does_not_know_ends_the_wait_at_once():
    class Unknown(FakeCognito):
        def describe_user_pool_domain(self, Domain):
            self.asked += 1
            return {"DomainDescription": {}}

    time = FakeTime()
    with pytest.raises(DomainNotReady, match="unknown to the endpoint"):
        wait(Unknown(), time)
    assert time.slept == []


class _Backend:
    region = "us-east-1"

    def __init__(self, endpoint_url):
        self.endpoint_url = endpoint_url


class _Settings:
    def __init__(self, endpoint_url, emulator="cognito", source="default"):
        from cognito_conformance.settings import Resolved

        self.backend = _Backend(endpoint_url)
        self.implementation = Resolved(emulator, source)


def test_a_domain_behind_an_endpoint_that_is_not_aws_is_refused_at_once_in_one_line():
    from cognito_conformance.fixtures.hosted_ui import refuse_domain_that_will_not_answer

    with pytest.raises(pytest.fail.Exception) as refused:
        refuse_domain_that_will_not_answer(_Settings("http://127.0.0.1:4566"), "cc-run")
    message = str(refused.value)
    assert "\n" not in message
    assert "https://cc-run.auth.us-east-1.amazoncognito.com will not answer" in message
    assert "http://127.0.0.1:4566" in message and "--emulator" in message and "ministack" in message


def test_a_domain_on_aws_is_waited_for():
    from cognito_conformance.fixtures.hosted_ui import refuse_domain_that_will_not_answer

    refuse_domain_that_will_not_answer(_Settings(None), "cc-run")  # AWS's own endpoint: no refusal


def _with(traits, endpoint_url):
    settings = _Settings(endpoint_url)
    settings.traits = traits
    return settings


def test_the_federation_skip_names_the_real_cause_on_each_implementation():
    from cognito_conformance import implementations as impl
    from cognito_conformance.fixtures.hosted_ui import local_idp_unreachable

    assert local_idp_unreachable(_with(impl.MOTO, None)) is None  # the stand-in is this process
    assert local_idp_unreachable(_with(impl.MOTO_SERVER, "http://127.0.0.1:5000")) is None
    assert local_idp_unreachable(_with(impl.MINISTACK, "http://127.0.0.1:4566")) is None  # it calls from here
    remote = local_idp_unreachable(_with(impl.MINISTACK, "http://ministack.internal:4566"))
    assert "ministack at http://ministack.internal:4566" in remote and "not on this machine" in remote
    assert "AWS cannot reach" in local_idp_unreachable(_with(impl.COGNITO, None))

"""The Lambda deployment of the trigger functions: what only AWS does (IAM propagation, Pending functions)
with a scripted client, and the whole path (role, log group, function, permission, read-back, clean-up)
on moto, which implements IAM, Lambda and CloudWatch Logs (and never invokes a trigger)."""

from __future__ import annotations

import json

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws

from cognito_conformance.pools import MissingSetting
from cognito_conformance.triggers import TriggerSet
from cognito_conformance.triggers.lambda_deployment import DeploymentError, LambdaDeployment

ROLE = "arn:aws:iam::123456789012:role/cognito-conformance-triggers"
RUN = "20261207000000abcd"
TAGS = {"cognito-conformance-run": RUN, "cognito-conformance-creator": "tester"}


def error(code, message=""):
    return ClientError({"Error": {"Code": code, "Message": message}}, "Call")


class Clock:
    def __init__(self):
        self.now = 0.0
        self.slept = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


class Scripted:
    """A client whose calls answer from a script (a list per operation: an answer, or an exception)."""

    def __init__(self, **script):
        self.script = {name: list(answers) for name, answers in script.items()}
        self.calls = []

    def __getattr__(self, name):
        def call(**params):
            self.calls.append((name, params))
            answers = self.script.get(name, [{}])
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
            if isinstance(answer, Exception):
                raise answer
            return answer
        return call


def scripted(lambda_client, logs_client=None, clock=None):
    clients = {"lambda": lambda_client, "logs": logs_client or Scripted(), "iam": Scripted()}
    clock = clock or Clock()
    deployment = LambdaDeployment(clients.__getitem__, f"cc-{RUN}-gw0", RUN, TAGS, role_arn=ROLE,
                                  deadline=10.0, poll=0.5, warm_up=False, sleep=clock.sleep, clock=clock)
    return deployment, clock


FUNCTION_ARN = f"arn:aws:lambda:eu-west-1:111122223333:function:cc-{RUN}-gw0-triggers"


def test_create_function_is_retried_while_the_new_role_has_not_reached_lambda():
    not_yet = error("InvalidParameterValueException", "The role defined for the function cannot be assumed by Lambda.")
    lambda_client = Scripted(create_function=[not_yet, not_yet, {"FunctionArn": FUNCTION_ARN}],
                             get_function_configuration=[{"State": "Active"}])
    deployment, clock = scripted(lambda_client)
    config = deployment.lambda_config(TriggerSet(("PreSignUp",)))
    assert config == {"LambdaConfig": {"PreSignUp": FUNCTION_ARN}}
    assert [name for name, _ in lambda_client.calls].count("create_function") == 3
    assert clock.slept[:2] == [1.0, 2.0]  # backing off


def test_another_create_function_error_is_not_retried():
    lambda_client = Scripted(create_function=[error("AccessDeniedException", "not allowed: iam:PassRole")])
    deployment, _ = scripted(lambda_client)
    with pytest.raises(ClientError, match="AccessDenied"):
        deployment.lambda_config(TriggerSet(("PreSignUp",)))


def test_a_pending_function_is_waited_for_until_active():
    lambda_client = Scripted(create_function=[{"FunctionArn": FUNCTION_ARN}],
                             get_function_configuration=[{"State": "Pending"}, {"State": "Pending"},
                                                         {"State": "Active"}])
    deployment, clock = scripted(lambda_client)
    deployment.lambda_config(TriggerSet(("PreSignUp",)))
    assert [name for name, _ in lambda_client.calls].count("get_function_configuration") == 3
    assert clock.slept == [0.05, 0.1]  # backing off from a short first pause


def test_a_failed_function_is_an_error_naming_its_reason():
    lambda_client = Scripted(create_function=[{"FunctionArn": FUNCTION_ARN}],
                             get_function_configuration=[{"State": "Failed", "StateReasonCode": "InvalidZipFileException",
                                                          "StateReason": "bad zip"}])
    deployment, _ = scripted(lambda_client)
    with pytest.raises(DeploymentError, match="InvalidZipFileException: bad zip"):
        deployment.lambda_config(TriggerSet(("PreSignUp",)))


def test_one_function_deploys_once_per_run_and_worker_for_every_trigger():
    lambda_client = Scripted(create_function=[{"FunctionArn": FUNCTION_ARN}], get_function_configuration=[{}])
    deployment, _ = scripted(lambda_client)
    for triggers in (("PreSignUp",), ("PostConfirmation", "PreTokenGeneration"), ("PreSignUp",)):
        config = deployment.lambda_config(TriggerSet(triggers))["LambdaConfig"]
        assert set(config.values()) == {FUNCTION_ARN}
    assert [name for name, _ in lambda_client.calls].count("create_function") == 1
    [(_, create)] = [call for call in lambda_client.calls if call[0] == "create_function"]
    assert create["Handler"] == "cc_trigger_handlers.dispatch.handler" and create["Timeout"] > 5
    assert create["Environment"] == {"Variables": {"COGNITO_CONFORMANCE_RUN": RUN}} and create["Tags"] == TAGS


def test_the_function_is_warmed_by_an_asynchronous_call_where_asked():
    lambda_client = Scripted(create_function=[{"FunctionArn": FUNCTION_ARN}], get_function_configuration=[{}])
    clients = {"lambda": lambda_client, "logs": Scripted(), "iam": Scripted()}
    deployment = LambdaDeployment(clients.__getitem__, f"cc-{RUN}-gw0", RUN, TAGS, role_arn=ROLE)
    deployment.lambda_config(TriggerSet(("PreSignUp",)))
    [(_, invoke)] = [call for call in lambda_client.calls if call[0] == "invoke"]
    assert invoke["InvocationType"] == "Event"


def test_events_are_read_until_the_predicate_holds_or_the_deadline_passes():
    line = {"run": RUN, "fn": "PreSignUp", "event": {"userPoolId": "eu-west-1_P", "triggerSource": "PreSignUp_SignUp"}}
    logs = Scripted(filter_log_events=[{"events": []}, {"events": []},
                                       {"events": [{"timestamp": 1, "message": "START RequestId"},
                                                   {"timestamp": 2, "message": json.dumps(line) + "\n"}]}])
    lambda_client = Scripted(create_function=[{"FunctionArn": FUNCTION_ARN}], get_function_configuration=[{}])
    deployment, clock = scripted(lambda_client, logs)
    deployment.lambda_config(TriggerSet(("PreSignUp",)))
    found = deployment.events("eu-west-1_P", "PreSignUp", until=bool)
    assert [e.source for e in found] == ["PreSignUp_SignUp"] and clock.slept == [0.5, 0.5]
    assert deployment.events("eu-west-1_Other", "PreSignUp") == []
    # Nothing comes: the deadline ends the wait.
    clock.slept.clear()
    assert deployment.events("eu-west-1_Other", "PreSignUp", until=bool) == []
    assert sum(clock.slept) >= 10.0


def test_without_a_role_the_trigger_scenarios_skip_naming_the_setting():
    deployment = LambdaDeployment(lambda name: Scripted(), "cc-x-gw0", RUN, TAGS, role_arn=None)
    with pytest.raises(MissingSetting, match="lambda_role_arn in env.py"):
        deployment.lambda_config(TriggerSet(("PreSignUp",)))


def test_custom_senders_without_a_key_skip_naming_the_setting():
    lambda_client = Scripted(create_function=[{"FunctionArn": FUNCTION_ARN}], get_function_configuration=[{}])
    deployment, _ = scripted(lambda_client)
    with pytest.raises(MissingSetting, match="kms_key_arn in env.py"):
        deployment.lambda_config(TriggerSet(("CustomEmailSender",)))


@mock_aws
def test_on_moto_the_whole_path_runs_and_clean_up_leaves_nothing():
    session = boto3.Session(region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing")
    deployment = LambdaDeployment(lambda name: session.client(name), f"cc-{RUN}-gw0", RUN, TAGS, role_arn=ROLE,
                                  create_role=True, create_kms_key=True, deadline=0.0, warm_up=False)
    triggers = TriggerSet(("PreSignUp", "PreTokenGeneration", "CustomEmailSender"), "V2_0")
    request = deployment.lambda_config(triggers)["LambdaConfig"]
    assert request["PreTokenGenerationConfig"]["LambdaVersion"] == "V2_0" and request["KMSKeyID"].startswith("arn:aws:kms")
    cognito = session.client("cognito-idp")
    pool = cognito.create_user_pool(PoolName=f"cc-{RUN}-gw0-triggers", LambdaConfig=request)["UserPool"]
    deployment.pool_created(pool["Id"], pool["Arn"], triggers)
    lambda_client, logs = session.client("lambda"), session.client("logs")
    function = f"cc-{RUN}-gw0-triggers"
    policy = json.loads(lambda_client.get_policy(FunctionName=function)["Policy"])
    [statement] = policy["Statement"]
    assert statement["Principal"] == {"Service": "cognito-idp.amazonaws.com"}
    assert statement["Condition"]["ArnLike"]["AWS:SourceArn"] == pool["Arn"]
    assert lambda_client.list_tags(Resource=lambda_client.get_function(FunctionName=function)["Configuration"]
                                   ["FunctionArn"])["Tags"] == TAGS
    assert logs.list_tags_log_group(logGroupName=f"/aws/lambda/{function}")["tags"] == TAGS
    assert deployment.events(pool["Id"], "PreSignUp", until=bool) == []  # moto never invokes a trigger
    cognito.delete_user_pool(UserPoolId=pool["Id"])
    assert deployment.cleanup() == []
    assert lambda_client.list_functions()["Functions"] == []
    assert logs.describe_log_groups()["logGroups"] == []
    assert session.client("iam").get_role(RoleName="cognito-conformance-triggers")  # the shared role stays

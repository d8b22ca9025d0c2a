"""Reads template.yaml (CloudFormation/SAM YAML with short-form tags such as !Ref and !Sub) for the
security checks in bin/test, and turns intrinsic functions into the plausible concrete values an IAM
linter needs (one account, one region). Shared by iam_policies.py and function_environments.py."""
import re

import yaml

ACCOUNT = "123456789012"
REGION = "us-east-1"


class _Loader(yaml.SafeLoader):
    pass


def _tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    name = "Ref" if suffix == "Ref" else "Fn::" + suffix
    if suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    return {name: value}


_Loader.add_multi_constructor("!", _tag)


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def show(value):
    """An intrinsic as it reads in the template (!Ref X, !Sub '...'), for printing."""
    if isinstance(value, dict) and len(value) == 1:
        (name, argument), = value.items()
        if name == "Ref":
            return "!Ref " + argument
        if name.startswith("Fn::"):
            if isinstance(argument, list) and name == "Fn::GetAtt":
                return "!GetAtt " + ".".join(argument)
            if isinstance(argument, str):
                return "!" + name[4:] + " " + argument
            return "!" + name[4:] + " [" + ", ".join(show(a) for a in argument) + "]"
    return str(value)


class Resolver:
    """Concrete stand-ins for !Ref, !GetAtt, !Sub, !If (first branch) in IAM policies."""

    def __init__(self, template):
        self.resources = template.get("Resources", {})
        self.parameters = {name: p.get("Default", name) for name, p in template.get("Parameters", {}).items()}

    def _type(self, logical_id):
        return self.resources.get(logical_id, {}).get("Type", "")

    def ref(self, name):
        pseudo = {"AWS::AccountId": ACCOUNT, "AWS::Region": REGION, "AWS::Partition": "aws",
                  "AWS::URLSuffix": "amazonaws.com", "AWS::StackName": "petition"}
        if name in pseudo:
            return pseudo[name]
        if name in self.parameters:
            return str(self.parameters[name])
        if name.endswith(".Alias"):
            return self.arn(name[:-len(".Alias")]) + ":live"
        kind = self._type(name)
        if kind == "AWS::SecretsManager::Secret":
            return "arn:aws:secretsmanager:%s:%s:secret:%s-AbCdEf" % (REGION, ACCOUNT, name)
        if kind == "AWS::S3::Bucket":
            return name.lower()
        if kind == "AWS::SQS::Queue":
            return "https://sqs.%s.amazonaws.com/%s/%s" % (REGION, ACCOUNT, name)
        if kind in ("AWS::SNS::Topic", "AWS::KMS::Key"):
            return self.arn(name) if kind == "AWS::SNS::Topic" else "%s" % name
        return name

    def arn(self, logical_id):
        kind = self._type(logical_id)
        if kind == "AWS::DynamoDB::Table":
            return "arn:aws:dynamodb:%s:%s:table/%s" % (REGION, ACCOUNT, logical_id)
        if kind == "AWS::S3::Bucket":
            return "arn:aws:s3:::" + logical_id.lower()
        if kind == "AWS::Serverless::Function":
            return "arn:aws:lambda:%s:%s:function:%s" % (REGION, ACCOUNT, logical_id)
        if kind == "AWS::SecretsManager::Secret":
            return self.ref(logical_id)
        if kind == "AWS::SQS::Queue":
            return "arn:aws:sqs:%s:%s:%s" % (REGION, ACCOUNT, logical_id)
        if kind == "AWS::SNS::Topic":
            return "arn:aws:sns:%s:%s:%s" % (REGION, ACCOUNT, logical_id)
        if kind == "AWS::KMS::Key":
            return "arn:aws:kms:%s:%s:key/%s" % (REGION, ACCOUNT, logical_id)
        if kind == "AWS::Logs::LogGroup":
            return "arn:aws:logs:%s:%s:log-group:%s:*" % (REGION, ACCOUNT, logical_id)
        return "arn:aws:unknown:%s:%s:%s" % (REGION, ACCOUNT, logical_id)

    def resolve(self, value):
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            (name, argument), = value.items()
            if name == "Ref":
                return self.ref(argument)
            if name == "Fn::GetAtt":
                return self.arn(argument[0])
            if name == "Fn::Sub":
                text = argument if isinstance(argument, str) else argument[0]
                return re.sub(r"\$\{([^}]+)\}", lambda m: self.arn(m.group(1)[:-4]) if m.group(1).endswith(".Arn")
                              else self.ref(m.group(1)), text)
            if name == "Fn::If":
                return self.resolve(argument[1])
        return {k: self.resolve(v) for k, v in value.items()}

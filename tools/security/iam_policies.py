"""Extracts every IAM policy of template.yaml (the functions' inline Policies statements, IAM roles,
users and policies, S3 bucket policies) with intrinsic functions replaced by plausible concrete ARNs,
lints each with parliament (https://github.com/duo-labs/parliament), prints every finding and a
summary line, and fails on any finding of LOW severity or above. Usage: iam_policies.py template.yaml"""
import inspect
import json
import sys

from parliament import analyze_policy_string, enhance_finding

import cfn_template

SEVERITIES = ["MUTE", "INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"]


def policies(template):
    """(name, policy document, is a resource policy) for every policy the template defines."""
    resolver = cfn_template.Resolver(template)
    for logical_id, resource in template.get("Resources", {}).items():
        kind = resource.get("Type")
        props = resource.get("Properties", {})
        if kind == "AWS::Serverless::Function":
            for index, policy in enumerate(props.get("Policies", []) or []):
                if isinstance(policy, dict) and "Statement" in policy:
                    document = {"Version": "2012-10-17", "Statement": resolver.resolve(policy["Statement"])}
                    yield "%s.Policies[%d]" % (logical_id, index), document, False
                else:
                    # A managed policy name or a SAM policy template: AWS maintains those.
                    print("note    %s.Policies[%d]: %s (not linted)" % (logical_id, index, cfn_template.show(policy)))
        elif kind in ("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"):
            for policy in props.get("Policies", []) or []:
                yield "%s.%s" % (logical_id, policy.get("PolicyName")), resolver.resolve(policy["PolicyDocument"]), False
        elif kind in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
            yield logical_id, resolver.resolve(props["PolicyDocument"]), False
        elif kind in ("AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy"):
            yield logical_id, resolver.resolve(props["PolicyDocument"]), True


def analyze(document, resource_policy):
    text = json.dumps(document)
    if resource_policy and "policy_type" in inspect.signature(analyze_policy_string).parameters:
        return analyze_policy_string(text, include_community_auditors=True, policy_type="RESOURCE_POLICY")
    return analyze_policy_string(text, include_community_auditors=True)


def main(path):
    template = cfn_template.load(path)
    count = statements = 0
    findings = []
    for name, document, resource_policy in policies(template):
        count += 1
        statements += len(document["Statement"])
        analyzed = analyze(document, resource_policy)
        for finding in analyzed.findings:
            finding = enhance_finding(finding)
            findings.append((name, finding))
            print("%-7s %-45s %s: %s %s" % (finding.severity, name, finding.issue, finding.title,
                                            json.dumps(finding.location, default=str)[:300]))
    blocking = [f for _, f in findings if SEVERITIES.index(f.severity) >= SEVERITIES.index("LOW")]
    print("parliament: %d policies, %d statements, %d findings (%d LOW or above)"
          % (count, statements, len(findings), len(blocking)))
    return 1 if blocking or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "template.yaml"))

"""Prints the environment of every function as template.yaml defines it (Globals merged), and fails
when one could carry a secret: a Secrets Manager dynamic reference ({{resolve:...}}), an attribute
such as an access key's SecretAccessKey, or a variable whose name says key/secret/password/token/
credential unless it is NAME_SECRET_ARN holding !Ref to an AWS::SecretsManager::Secret
(docs/adr/0050). Usage: function_environments.py template.yaml"""
import json
import re
import sys

import cfn_template

SECRET_NAME = re.compile(r"KEY|SECRET|PASSWORD|PASSPHRASE|TOKEN|CREDENTIAL", re.IGNORECASE)


def main(path):
    template = cfn_template.load(path)
    resources = template["Resources"]
    globals_env = template.get("Globals", {}).get("Function", {}).get("Environment", {}).get("Variables", {})
    problems = []
    functions = 0
    for logical_id, resource in resources.items():
        if resource.get("Type") not in ("AWS::Serverless::Function", "AWS::Lambda::Function"):
            continue
        functions += 1
        variables = dict(globals_env)
        variables.update(resource.get("Properties", {}).get("Environment", {}).get("Variables", {}))
        print(logical_id)
        for name, value in variables.items():
            shown = cfn_template.show(value)
            print("  %-28s %s" % (name, shown))
            text = json.dumps(value)
            if "{{resolve:" in text:
                problems.append("%s.%s resolves a secret into the configuration" % (logical_id, name))
            if "SecretAccessKey" in text or "AWS::IAM::AccessKey" in text:
                problems.append("%s.%s carries an access key" % (logical_id, name))
            if SECRET_NAME.search(name):
                target = value.get("Ref") if isinstance(value, dict) else None
                if not (name.endswith("_SECRET_ARN") and target
                        and resources.get(target, {}).get("Type") == "AWS::SecretsManager::Secret"):
                    problems.append("%s.%s looks like a secret in the configuration" % (logical_id, name))
    for problem in problems:
        print("FAIL " + problem)
    print("function environments: %d functions, %d variables that could hold a secret" % (functions, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "template.yaml"))

"""Runs checkov over template.yaml (framework cloudformation) and fails on any failed check, and on
any skip without a written reason. Skips live in the template, next to what they excuse:
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_117
            comment: why this check does not apply here
Prints checkov's summary line, every skip with its reason, and every failure.
Usage: checkov_gate.py <checkov executable> template.yaml"""
import json
import subprocess
import sys

NO_REASON = {"", "no comment provided"}


def main(checkov, template):
    run = subprocess.run([checkov, "--file", template, "--framework", "cloudformation", "--output", "json",
                          "--soft-fail", "--compact", "--skip-download"],
                         capture_output=True, text=True, check=False)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        print(run.stdout[-4000:])
        print(run.stderr[-4000:])
        print("checkov: could not read its report")
        return 1
    reports = report if isinstance(report, list) else [report]
    failed, skipped, passed, parse_errors = [], [], 0, 0
    version = "?"
    for entry in reports:
        results = entry.get("results", {})
        summary = entry.get("summary", {})
        version = summary.get("checkov_version", version)
        parse_errors += summary.get("parsing_errors", 0)
        passed += len(results.get("passed_checks", []))
        failed += results.get("failed_checks", [])
        skipped += results.get("skipped_checks", [])
    unexplained = []
    for check in skipped:
        reason = (check.get("check_result", {}).get("suppress_comment") or "").strip()
        print("skipped %-12s %-40s %s" % (check["check_id"], check["resource"], reason))
        if reason.lower() in NO_REASON:
            unexplained.append(check)
    for check in failed:
        print("FAILED  %-12s %-40s %s" % (check["check_id"], check["resource"], check.get("check_name", "")))
    for check in unexplained:
        print("FAILED  %-12s %-40s skipped without a written reason" % (check["check_id"], check["resource"]))
    print("checkov %s (cloudformation, %s): Passed checks: %d, Failed checks: %d, Skipped checks: %d (%d without a reason), "
          "Parsing errors: %d" % (version, template, passed, len(failed), len(skipped), len(unexplained), parse_errors))
    return 1 if failed or unexplained or parse_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "template.yaml"))

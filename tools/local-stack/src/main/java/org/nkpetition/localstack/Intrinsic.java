package org.nkpetition.localstack;

/** A CloudFormation short-form function in template.yaml, such as {@code !Ref SignaturesTable}. */
public record Intrinsic(String function, Object argument) {
}

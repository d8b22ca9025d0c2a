package org.nkpetition.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/**
 * No package under org.nkpetition depends, through any chain, on itself (issue 10): a cycle means
 * two packages can only be understood, tested and shipped together, and it is how the pages and
 * their assets ended up in functions that render none.
 */
class PackageCyclesTest {
    @Test
    void noPackageCycles() {
        slices().matching("org.nkpetition.(**)").should().beFreeOfCycles().check(ModuleClasses.all());
    }
}

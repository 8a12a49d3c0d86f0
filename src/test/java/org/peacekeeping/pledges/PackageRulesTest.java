package org.peacekeeping.pledges;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * How the features may depend on each other (STYLE.md, "Layout"), read from the compiled classes: dependencies run
 * one way (a feature that needs another's entity depends on it, never both ways), and the shared plumbing,
 * {@code platform} and {@code web}, depends on no feature.
 */
class PackageRulesTest {

    private static final String ROOT = "org.peacekeeping.pledges";

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static ArchRule noCyclesBetweenPackagesUnder(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule dependsOnNoFeature(String plumbing) {
        return noClasses().that().resideInAPackage(ROOT + "." + plumbing + "..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAPackage(ROOT + "." + plumbing + "..")))
                        .and(not(resideInAPackage(ROOT + ".platform.."))))
                .because(plumbing + " is shared by every feature, so it cannot know any of them");
    }

    @Test
    void noFeatureDependsOnAnotherThatDependsBackOnIt() {
        noCyclesBetweenPackagesUnder(ROOT).check(APPLICATION);
    }

    @Test
    void platformDependsOnNoFeature() {
        dependsOnNoFeature("platform").check(APPLICATION);
    }

    @Test
    void sharedFacesPlumbingDependsOnNoFeature() {
        dependsOnNoFeature("web").check(APPLICATION);
    }

    @Test
    void aDeliberateCycleIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".archfixture");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> noCyclesBetweenPackagesUnder(ROOT + ".archfixture").check(fixture));
        String report = failure.getMessage().replaceAll("\\s+", " ");
        assertTrue(report.contains("Cycle detected: Slice left -> Slice right -> Slice left"), report);
    }
}

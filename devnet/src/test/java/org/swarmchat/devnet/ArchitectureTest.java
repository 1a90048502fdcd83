package org.swarmchat.devnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The devnet's layer rules (STYLE.md rule 2, DESIGN.md module dependencies). */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.swarmchat.devnet");

    @Test
    void theDevnetDoesNotUseTheSwarmClient() {
        noClasses().that().resideInAPackage("org.swarmchat.devnet..")
                .should().dependOnClassesThat().resideInAPackage("org.swarmchat.swarm..")
                .because("the devnet's server-side parsing must stay independent of the client's")
                .check(MAIN);
    }

    @Test
    void theDevnetDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("org.swarmchat.devnet..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the devnet runs headless in tests and in the CLI")
                .check(MAIN);
    }

    @Test
    void onlyTheProbeWritesToStandardOutput() {
        noClasses().that().resideInAPackage("org.swarmchat.devnet..")
                .and().resideOutsideOfPackage("org.swarmchat.devnet.bench..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the devnet logs through SLF4J")
                .check(MAIN);
    }
}

package org.swarmchat.crypto;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.File;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of STYLE.md for the crypto module, over its main classes (generated protobuf code
 * included): pure computation, with no UI, network, database, console or file access.
 */
class CryptoArchitectureTest {
    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        // Every rule here looks at the names of the classes our code touches, so ArchUnit need not load
        // the rest of the class path to resolve them; that resolution would triple this test's run time.
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            mainClasses = new ClassFileImporter()
                    .withImportOption(new ImportOption.DoNotIncludeTests())
                    .withImportOption(new ImportOption.DoNotIncludeJars())
                    .importPackages("org.swarmchat.crypto");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void foundTheMainClasses() {
        // Guards the rules below against passing vacuously on an empty import.
        assertContains(AccountId.class);
    }

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("crypto sits below the UI and must run headless, in the devnet and in tests")
                .check(mainClasses);
    }

    @Test
    void noNetwork() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.net..")
                .because("crypto only transforms bytes; talking to the network is the swarm client's job")
                .check(mainClasses);
    }

    @Test
    void noSql() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("crypto declares the storage it needs as interfaces; the app implements them on SQLite")
                .check(mainClasses);
    }

    @Test
    void noConsole() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                // Caught by name too: without class-path resolution a call on a Throwable subclass is not
                // known to be Throwable.printStackTrace.
                .orShould().callMethodWhere(target(name("printStackTrace")))
                .because("output goes through SLF4J or back to the caller, and secrets must never reach a console")
                .check(mainClasses);
    }

    @Test
    void noFiles() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.nio.file..")
                .orShould().dependOnClassesThat().areAssignableTo(File.class)
                .because("crypto does no I/O (its constants come from bundled resources), so it stays"
                        + " deterministic, testable and safe to run on any thread")
                .check(mainClasses);
    }

    private static void assertContains(Class<?> type) {
        if (!mainClasses.contain(type)) {
            throw new AssertionError("the import did not find " + type.getName());
        }
    }
}

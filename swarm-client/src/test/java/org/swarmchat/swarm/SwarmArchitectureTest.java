package org.swarmchat.swarm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The swarm client's layer rules (STYLE rules 2, 8 and 11; DESIGN "Modules"). */
@AnalyzeClasses(packages = "org.swarmchat.swarm", importOptions = ImportOption.DoNotIncludeTests.class)
class SwarmArchitectureTest {
    @ArchTest
    static final ArchRule noJavaFx = noClasses().that().resideInAPackage("org.swarmchat.swarm..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the swarm client runs below the UI; only the UI packages may use JavaFX");

    @ArchTest
    static final ArchRule noSql = noClasses().that().resideInAPackage("org.swarmchat.swarm..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("the swarm client declares the stores it needs as interfaces; the app implements them");

    @ArchTest
    static final ArchRule noDevnet = noClasses().that().resideInAPackage("org.swarmchat.swarm..")
            .should().dependOnClassesThat().resideInAPackage("org.swarmchat.devnet..")
            .because("the devnet is a test double; the client must work unchanged against mainnet");

    @ArchTest
    static final ArchRule noSystemOut = noClasses().that().resideInAPackage("org.swarmchat.swarm..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("logging goes through SLF4J");

    @ArchTest
    static final ArchRule noSynchronizedMonitorsAroundIo = noClasses().that()
            .resideInAPackage("org.swarmchat.swarm..")
            .should().callMethod(Object.class, "wait")
            .because("blocking code runs on virtual threads and uses ReentrantLock and Condition");

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.swarmchat.swarm.(*)..")
            .should().beFreeOfCycles()
            .because("transport <- api <- directory, onion <- exec <- poll <- the facade, never back");
}

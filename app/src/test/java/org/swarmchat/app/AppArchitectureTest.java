package org.swarmchat.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md for the app module, as tests. */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.swarmchat.app");

    @Test
    void logicBelowTheUiDoesNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("..app.core..", "..app.store..", "..app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the core, the store and the command line must run without a display")
                .allowEmptyShould(true)
                .check(APP);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.swarmchat.app.cli").and().doNotHaveSimpleName("Main")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("everything else logs through SLF4J")
                .allowEmptyShould(true)
                .check(APP);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.swarmchat.app.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the UI is one layer on top; everything below it runs without a display")
                .check(APP);
    }

    @Test
    void onlyTheUiThreadBridgeCallsRunLater() {
        noClasses().that().doNotHaveFullyQualifiedName("org.swarmchat.app.ui.common.UIThread")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .because("one bridge moves work to the FX thread (STYLE rule 5)")
                .check(APP);
    }
}

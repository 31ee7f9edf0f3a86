package org.isnad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of docs/architecture.md: app → ui, cli, store, bundle → service → domain + text, and no cycles. */
class DependencyRuleTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.isnad");
    }

    @Test
    void domainAndTextArePlainJava() {
        noClasses().that().resideInAnyPackage("org.isnad.domain..", "org.isnad.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "org.h2..", "java.awt..", "javax.swing..")
                .check(classes);
    }

    @Test
    void domainAndTextStandOnNothingAbove() {
        noClasses().that().resideInAnyPackage("org.isnad.domain..", "org.isnad.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.isnad.service..", "org.isnad.store..",
                        "org.isnad.bundle..", "org.isnad.cli..", "org.isnad.ui..", "org.isnad.app..", "org.isnad.suggest..")
                .check(classes);
        noClasses().that().resideInAPackage("org.isnad.text..")
                .should().dependOnClassesThat().resideInAPackage("org.isnad.domain..")
                .check(classes);
    }

    @Test
    void suggestionsArePlainJavaOnTheTextRules() {
        noClasses().that().resideInAPackage("org.isnad.suggest..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "org.h2..", "org.isnad.service..", "org.isnad.store..", "org.isnad.bundle..", "org.isnad.cli..",
                        "org.isnad.ui..", "org.isnad.app..")
                .check(classes);
    }

    /** Agreement measures are pure functions over the domain's spans: no window, database, JSON or services. */
    @Test
    void agreementIsPlainJavaOverTheDomain() {
        noClasses().that().resideInAPackage("org.isnad.agreement..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "org.h2..", "java.awt..", "javax.swing..", "org.isnad.service..",
                        "org.isnad.store..", "org.isnad.bundle..", "org.isnad.cli..", "org.isnad.ui..",
                        "org.isnad.app..", "org.isnad.suggest..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.isnad.domain..", "org.isnad.text..")
                .should().dependOnClassesThat().resideInAPackage("org.isnad.agreement..")
                .check(classes);
    }

    @Test
    void servicesKnowNoStorageFormatOrWindow() {
        noClasses().that().resideInAPackage("org.isnad.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.isnad.store..", "org.isnad.bundle..",
                        "org.isnad.cli..", "org.isnad.ui..", "org.isnad.app..", "javafx..", "java.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void theWindowReachesDataOnlyThroughServices() {
        noClasses().that().resideInAPackage("org.isnad.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.isnad.store..", "org.isnad.cli..",
                        "org.isnad.app..", "java.sql..", "javax.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.isnad.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.isnad.store..", "org.isnad.ui..",
                        "org.isnad.app..", "javafx..", "java.sql..")
                .check(classes);
        noClasses().that().resideInAPackage("org.isnad.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.isnad.ui..", "org.isnad.cli..",
                        "org.isnad.bundle..", "org.isnad.app..", "javafx..")
                .check(classes);
        noClasses().that().resideInAPackage("org.isnad.bundle..")
                .should().dependOnClassesThat().resideInAnyPackage("org.isnad.ui..", "org.isnad.cli..",
                        "org.isnad.store..", "org.isnad.app..", "javafx..", "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Issue 12: Lucene lives in the search adapter alone, which stands beside the other adapters, not on them. */
    @Test
    void onlyTheSearchAdapterKnowsLucene() {
        noClasses().that().resideOutsideOfPackage("org.isnad.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
        noClasses().that().resideInAPackage("org.isnad.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.isnad.store..", "org.isnad.ui..",
                        "org.isnad.cli..", "org.isnad.bundle..", "org.isnad.app..", "javafx..", "java.sql..", "org.h2..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.isnad.store..", "org.isnad.ui..", "org.isnad.cli..", "org.isnad.bundle..")
                .should().dependOnClassesThat().resideInAPackage("org.isnad.search..")
                .check(classes);
    }

    @Test
    void jacksonOnlyInTheFormatsTheCliAndWhatASignOffSigns() {
        // JSON is a wire format: bundles and interchange (bundle), machine output (cli), and the canonical JSON
        // that a signature covers (service.signing, docs/adr/0008-where-json-is-written.md)
        noClasses().that().resideOutsideOfPackages("org.isnad.bundle..", "org.isnad.cli..", "org.isnad.service.signing..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
                .check(classes);
    }

    @Test
    void messagesArePlainJavaAndStandOnNothing() {
        noClasses().that().resideInAPackage("org.isnad.message..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "org.isnad.domain..", "org.isnad.text..", "org.isnad.service..", "org.isnad.store..",
                        "org.isnad.bundle..", "org.isnad.cli..", "org.isnad.ui..", "org.isnad.app..", "org.isnad.suggest..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.isnad.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Sub-packages too: the window reaches down to ui.review, ui.inspector, ui.editing, ui.editor, and never back. */
    @Test
    void noCyclesBetweenSubPackages() {
        slices().matching("org.isnad.(**)").should().beFreeOfCycles().check(classes);
    }
}

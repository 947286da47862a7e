package be.bioregions.explorer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, as rules that fail the build when broken. */
class LayerTest {
    private static final String ROOT = "be.bioregions.explorer";
    /** The feature packages; each owns its views and may not use another's. */
    static final List<String> FEATURES = List.of("firms", "timeline", "partners", "classifier", "indicators",
            "notes", "io", "edit");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domainAndStoreNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void domainIsPureLogic() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                        ROOT + ".store..", ROOT + ".app..", ROOT + ".ui..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTouchesJdbc() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void theStoreKnowsNoFeatureAndNoApp() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES, ROOT + ".app..", ROOT + ".ui.."))
                .check(classes);
    }

    @Test
    void featuresDoNotUseEachOther() {
        for (String feature : FEATURES) {
            List<String> others = FEATURES.stream().filter(f -> !f.equals(feature)).toList();
            noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(others, ROOT + ".app.."))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void sharedWidgetsDoNotUseFeatures() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES, ROOT + ".app.."))
                .check(classes);
    }

    private static String[] packages(List<String> features, String... more) {
        List<String> all = new java.util.ArrayList<>(features.stream().map(f -> ROOT + "." + f + "..").toList());
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}

package dev.charcoal.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The package rules of ARCHITECTURE.md, checked on the production classes. Every rule allows an
 * empty selection, so packages that do not exist yet (query, ingest, api…) do not fail it.
 */
@AnalyzeClasses(packages = "dev.charcoal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String MODEL = "dev.charcoal.model..";
  private static final String STORE = "dev.charcoal.store..";
  private static final String QUERY = "dev.charcoal.query..";
  private static final String INGEST = "dev.charcoal.ingest..";
  private static final String API = "dev.charcoal.api..";
  private static final String UI = "dev.charcoal.ui..";
  private static final String APP = "dev.charcoal.app..";

  @ArchTest
  static final ArchRule coreNeverImportsJavaFxOrNetty =
      noClasses()
          .that()
          .resideInAnyPackage(MODEL, STORE, QUERY)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "io.netty..")
          .because("model, store and query are plain Java that the UI and the servers share")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule modelImportsOnlyJava =
      classes()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", MODEL)
          .because("model holds values only")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule uiNeverTouchesWhisperFiles =
      noClasses()
          .that()
          .resideInAPackage(UI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.charcoal.store.whisper..")
          .because("the UI reads data through the query facade and store interfaces")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule nettyOnlyInIngestAndApi =
      noClasses()
          .that()
          .resideOutsideOfPackages(INGEST, API)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.netty..")
          .because("Netty lives in the listeners and the HTTP server")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule javaFxOnlyInUiAndApp =
      noClasses()
          .that()
          .resideOutsideOfPackages(UI, APP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("JavaFX lives in the UI and its launcher")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule onlyAppReadsTheSystemClock =
      noClasses()
          .that()
          .resideOutsideOfPackage(APP)
          .should()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(InstantSource.class, "system")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .because(
              "time is injected (InstantSource) so that flushes, queries and tests are"
                  + " deterministic")
          .allowEmptyShould(true);
}

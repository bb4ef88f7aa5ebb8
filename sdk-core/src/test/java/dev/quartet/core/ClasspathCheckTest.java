package dev.quartet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quartet.core.ClasspathFindings.Jar;
import dev.quartet.core.errors.IncompatibleClasspathException;
import dev.quartet.core.errors.SdkException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClasspathCheckTest {
  private static final Jar OKHTTP_4 = new Jar("file:/repo/okhttp-4.12.0.jar", "4.12.0");
  private static final Jar OKHTTP_5 = new Jar("file:/repo/okhttp-jvm-5.5.1.jar", "5.5.1");
  private static final Jar OKIO_NEW = new Jar("file:/repo/okio-jvm-3.18.1.jar", "3.18.1");
  private static final Jar OKIO_OLD = new Jar("file:/repo/okio-jvm-3.6.0.jar", "3.6.0");

  private static ClasspathFindings found(List<Jar> okhttp, String okhttpVersion, Jar okio, boolean socket) {
    return new ClasspathFindings(okhttp, okhttpVersion, okio, socket, "2.22.4", "2.22.4", "2.22.4");
  }

  private static ClasspathFindings jackson(String core, String databind, String jsr310) {
    return new ClasspathFindings(List.of(OKHTTP_5), "5.5.1", OKIO_NEW, true, core, databind, jsr310);
  }

  @Test
  void theBuildsOwnClasspathPasses() {
    ClasspathFindings real = ClasspathFindings.onClasspath();
    assertThat(real.okhttpJars()).hasSize(1);
    assertThat(real.okhttpJars().get(0).version()).isEqualTo(real.okhttpVersion());
    assertThat(real.okio().version()).matches("3\\.\\d+\\.\\d+");
    assertThat(real.jacksonDatabind()).isEqualTo(real.jacksonCore());
    assertThatCode(() -> ClasspathCheck.check(real)).doesNotThrowAnyException();
    assertThatCode(ClasspathCheck::verify).doesNotThrowAnyException();
  }

  @Test
  void bothOkHttpLinesSupportedWithTheirOkio() {
    assertThatCode(() -> ClasspathCheck.check(found(List.of(OKHTTP_5), "5.5.1", OKIO_NEW, true)))
        .doesNotThrowAnyException();
    assertThatCode(() -> ClasspathCheck.check(found(List.of(OKHTTP_4), "4.12.0", OKIO_OLD, false)))
        .doesNotThrowAnyException();
  }

  @Test
  void twoOkHttpJarsNameBothAndTheExclusions() {
    assertThatThrownBy(() -> ClasspathCheck.check(found(List.of(OKHTTP_4, OKHTTP_5), "4.12.0", OKIO_NEW, true)))
        .isInstanceOf(IncompatibleClasspathException.class)
        .isInstanceOf(SdkException.class)
        .hasMessageContaining("Found 2 OkHttp jars")
        .hasMessageContaining("4.12.0 (file:/repo/okhttp-4.12.0.jar)")
        .hasMessageContaining("5.5.1 (file:/repo/okhttp-jvm-5.5.1.jar)")
        .hasMessageContaining("exclude com.squareup.okhttp3:okhttp from the dependency that brings it")
        .hasMessageContaining("exclude com.squareup.okhttp3:okhttp-jvm from dev.quartet:quartet-core");
  }

  @Test
  void okHttpOlderThanSupportedNamesVersionJarAndBom() {
    Jar old = new Jar("file:/repo/okhttp-4.9.3.jar", "4.9.3");
    assertThatThrownBy(() -> ClasspathCheck.check(found(List.of(old), "4.9.3", OKIO_OLD, false)))
        .isInstanceOf(IncompatibleClasspathException.class)
        .hasMessageContaining("OkHttp 4.9.3 is on the classpath (file:/repo/okhttp-4.9.3.jar)")
        .hasMessageContaining("needs OkHttp 4.12.0 or newer")
        .hasMessageContaining("com.squareup.okhttp3:okhttp-bom");
  }

  @Test
  void okHttp5WithAnOkioThatLacksSocketNamesBothAndTheFix() {
    assertThatThrownBy(() -> ClasspathCheck.check(found(List.of(OKHTTP_5), "5.5.1", OKIO_OLD, false)))
        .isInstanceOf(IncompatibleClasspathException.class)
        .hasMessageContaining("OkHttp 5.5.1 needs Okio 3.18.1 or newer")
        .hasMessageContaining("Okio 3.6.0 (file:/repo/okio-jvm-3.6.0.jar)")
        .hasMessageContaining("NoSuchMethodError")
        .hasMessageContaining("com.squareup.okio:okio-jvm:3.18.1");
  }

  @Test
  void okioOlderThanOkHttp4NeedsNamesIt() {
    Jar okio = new Jar("file:/repo/okio-2.8.0.jar", "2.8.0");
    assertThatThrownBy(() -> ClasspathCheck.check(found(List.of(OKHTTP_4), "4.12.0", okio, false)))
        .isInstanceOf(IncompatibleClasspathException.class)
        .hasMessageContaining("Okio 2.8.0 (file:/repo/okio-2.8.0.jar) is older than the 3.6.0 OkHttp 4.12.0 needs")
        .hasMessageContaining("com.squareup.okio:okio-jvm:3.6.0");
  }

  @Test
  void jacksonOlderThanSupportedNamesEveryModuleAndTheBom() {
    assertThatThrownBy(() -> ClasspathCheck.check(jackson("2.15.2", "2.15.2", "2.15.2")))
        .isInstanceOf(IncompatibleClasspathException.class)
        .hasMessageContaining("jackson-core 2.15.2, jackson-databind 2.15.2, jackson-datatype-jsr310 2.15.2")
        .hasMessageContaining("needs Jackson 2.17.0 or newer")
        .hasMessageContaining("com.fasterxml.jackson:jackson-bom");
  }

  @Test
  void jacksonCoreBehindDatabindIsReported() {
    assertThatThrownBy(() -> ClasspathCheck.check(jackson("2.18.2", "2.22.4", "2.22.4")))
        .isInstanceOf(IncompatibleClasspathException.class)
        .hasMessageContaining("Jackson modules disagree (jackson-core 2.18.2, jackson-databind 2.22.4")
        .hasMessageContaining("jackson-bom");
    assertThatCode(() -> ClasspathCheck.check(jackson("2.22.4", "2.22.1", "2.22.0"))).doesNotThrowAnyException();
  }

  @Test
  void unknownVersionsAreNotGuessedAt() {
    Jar unknown = new Jar("file:/app/classes/", "unknown");
    assertThatCode(() -> ClasspathCheck.check(new ClasspathFindings(
        List.of(unknown), "unknown", unknown, true, "2.22.4", "2.22.4", "2.22.4"))).doesNotThrowAnyException();
  }

  @Test
  void versionsCompareByNumberWithQualifiersFirst() {
    assertThat(ClasspathCheck.compare("4.12.0", "5.0.0")).isNegative();
    assertThat(ClasspathCheck.compare("4.9.3", "4.12.0")).isNegative();
    assertThat(ClasspathCheck.compare("2.17", "2.17.0")).isZero();
    assertThat(ClasspathCheck.compare("5.0.0-alpha.14", "5.0.0")).isNegative();
    assertThat(ClasspathCheck.compare("3.18.1", "3.6.0")).isPositive();
  }
}

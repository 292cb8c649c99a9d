package io.github.policythemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void fractionEtaAndRate_fromDoneTotalAndElapsed() {
    Progress progress =
        new Progress("topics", "sampling", 100, 400, "iterations", Duration.ofSeconds(10), "");

    assertThat(progress.fraction()).hasValue(0.25);
    assertThat(progress.eta()).hasValue(Duration.ofSeconds(30));
    assertThat(progress.perSecond()).isEqualTo(10.0);
    assertThat(progress).hasToString("topics: sampling 100/400 iterations (25%), ETA 0:30");
  }

  @Test
  void unknownTotal_hasNoFractionNorEta() {
    Progress progress = new Progress("reading", "", 5, -1, "records", Duration.ofSeconds(1), "x");

    assertThat(progress.fraction()).isEmpty();
    assertThat(progress.eta()).isEmpty();
    assertThat(progress).hasToString("reading: 5 records, x");
  }

  @Test
  void negativeDone_isRejected() {
    assertThatThrownBy(() -> new Progress("a", "", -1, 1, "u", Duration.ZERO, ""))
        .isInstanceOf(IllegalArgumentException.class);
    ProgressListener.none().onProgress(new Progress("a", "", 0, 1, "u", Duration.ZERO, ""));
  }
}

package io.github.policythemes.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

  private static List<List<String>> labels() {
    List<List<String>> labels = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      labels.add(i < 10 ? List.of("rare") : i < 60 ? List.of("common") : List.of());
    }
    return labels;
  }

  @Test
  void assign_spreadsEveryLabelEvenlyOverTheFolds() {
    int[] fold = StratifiedFolds.assign(labels(), 5, 1L);
    int[] rare = new int[5];
    int[] size = new int[5];
    for (int i = 0; i < fold.length; i++) {
      size[fold[i]]++;
      if (i < 10) {
        rare[fold[i]]++;
      }
    }
    assertThat(rare).containsOnly(2);
    assertThat(size).containsOnly(20);
  }

  @Test
  void assign_sameSeed_sameFolds_otherSeed_otherFolds() {
    assertThat(StratifiedFolds.assign(labels(), 5, 3L))
        .isEqualTo(StratifiedFolds.assign(labels(), 5, 3L))
        .isNotEqualTo(StratifiedFolds.assign(labels(), 5, 4L));
  }

  @Test
  void assign_badFoldCount_isRejected() {
    assertThatThrownBy(() -> StratifiedFolds.assign(labels(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StratifiedFolds.assign(List.of(List.of("a")), 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

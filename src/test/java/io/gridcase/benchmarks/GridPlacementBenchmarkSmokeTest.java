package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link GridPlacementBenchmark} with a few points, so that it cannot rot; says nothing about speed. */
class GridPlacementBenchmarkSmokeTest {

  @Test
  void everyRowIsProducedAndEveryPointLandsWhereItShould() {
    GridPlacementBenchmark.Result result = GridPlacementBenchmark.run(200);
    System.out.println(result.markdown());

    assertThat(result.grids()).isEqualTo(2_954);
    assertThat(result.rows()).hasSize(4).allSatisfy(row -> {
      assertThat(row.points()).isEqualTo(200);
      assertThat(row.perSecond()).isPositive();
    });
    assertThat(result.rows().get(0).placed()).isEqualTo(200); // the boundaries tile the city
    assertThat(result.rows().get(1).placed()).isEqualTo(200);
    assertThat(result.rows().get(2).placed()).isEqualTo(200); // within 1,000 m
    assertThat(result.rows().get(3).placed()).isZero();
    assertThat(result.markdown()).contains("| inside a grid | 200 | 200 |");
  }
}

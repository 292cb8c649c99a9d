package io.github.policythemes.training;

/**
 * Training documents as sparse rows (feature indices and tf-idf weights), plus an implicit constant
 * feature for the bias at index {@code columns}.
 */
final class SparseRows {
  final int[][] indices;
  final float[][] values;
  final int columns;

  SparseRows(int[][] indices, float[][] values, int columns) {
    this.indices = indices;
    this.values = values;
    this.columns = columns;
  }

  int rows() {
    return indices.length;
  }

  /** w·x + w[columns] (the bias). */
  double dot(int row, double[] w) {
    double sum = w[columns];
    int[] index = indices[row];
    float[] value = values[row];
    for (int j = 0; j < index.length; j++) {
      sum += w[index[j]] * value[j];
    }
    return sum;
  }

  /** w += scale * x (and the bias feature). */
  void add(int row, double scale, double[] w) {
    int[] index = indices[row];
    float[] value = values[row];
    for (int j = 0; j < index.length; j++) {
      w[index[j]] += scale * value[j];
    }
    w[columns] += scale;
  }

  double squaredNorm(int row) {
    double sum = 1; // the bias feature
    for (float v : values[row]) {
      sum += (double) v * v;
    }
    return sum;
  }

  /** A copy of the given rows with every feature j multiplied by scale[j]; others left empty. */
  SparseRows scaled(int[] rows, double[] scale) {
    float[][] scaledValues = new float[values.length][];
    for (int row : rows) {
      float[] value = values[row];
      int[] index = indices[row];
      float[] copy = new float[value.length];
      for (int j = 0; j < value.length; j++) {
        copy[j] = (float) (value[j] * scale[index[j]]);
      }
      scaledValues[row] = copy;
    }
    return new SparseRows(indices, scaledValues, columns);
  }
}

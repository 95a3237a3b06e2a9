/**
 * Classification metrics for the analyzer eval (scripts/eval.ts): confusion matrix, per-label
 * precision / recall / F1, macro and micro averages, for single-label (sentiment) and
 * multi-label (emotions) tasks. Pure functions, no I/O, so they can be unit-tested by hand.
 *
 * Conventions (the same as scikit-learn with `zero_division=0`):
 * - a ratio whose denominator is 0 is 0 (a label never predicted has precision 0);
 * - macro averages are taken over the labels that occur in the gold data or in the predictions;
 *   a label absent from both says nothing about the analyzer and is left out;
 * - empty input gives n = 0 and every figure 0.
 */

/** Precision, recall and F1 of one label, with its support (gold occurrences). */
export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  /** How many gold items carry the label. */
  support: number;
  /** How many items the analyzer gave the label. */
  predicted: number;
}

/** Averaged precision, recall and F1. */
export interface AverageScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Rows are gold labels, columns predicted labels, both in `labels` order. */
export interface ConfusionMatrix<L extends string> {
  labels: readonly L[];
  matrix: number[][];
}

/** The evaluation of a single-label task such as sentiment. */
export interface SingleLabelReport<L extends string> {
  n: number;
  accuracy: number;
  macro: AverageScores;
  perLabel: Record<L, LabelScores>;
  confusion: ConfusionMatrix<L>;
}

/** The evaluation of a multi-label task such as emotions. */
export interface MultiLabelReport<L extends string> {
  n: number;
  micro: AverageScores;
  macro: AverageScores;
  perLabel: Record<L, LabelScores>;
  /** Share of items whose predicted set equals the gold set exactly (empty = empty counts). */
  exactMatch: number;
}

/** `numerator / denominator`, or 0 when the denominator is 0. */
export function safeDivide(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/**
 * Precision, recall and F1 from true positives, false positives and false negatives.
 *
 * @example scoresFromCounts(2, 1, 1) // { precision: 2/3, recall: 2/3, f1: 2/3 }
 */
export function scoresFromCounts(tp: number, fp: number, fn: number): AverageScores {
  const precision = safeDivide(tp, tp + fp);
  const recall = safeDivide(tp, tp + fn);
  return { precision, recall, f1: safeDivide(2 * precision * recall, precision + recall) };
}

function indexOfLabel<L extends string>(labels: readonly L[], label: L, what: string): number {
  const index = labels.indexOf(label);
  if (index < 0) throw new RangeError(`${what} label "${label}" is not one of ${labels.join(', ')}`);
  return index;
}

function assertSameLength(gold: readonly unknown[], predicted: readonly unknown[]): void {
  if (gold.length !== predicted.length) {
    throw new RangeError(`gold has ${gold.length} items but predictions have ${predicted.length}`);
  }
}

/**
 * Counts gold × predicted pairs. Throws when the arrays differ in length or hold a label outside
 * `labels`, because a silently dropped item would flatter the figures.
 */
export function confusionMatrix<L extends string>(
  labels: readonly L[],
  gold: readonly L[],
  predicted: readonly L[],
): ConfusionMatrix<L> {
  assertSameLength(gold, predicted);
  const matrix = labels.map(() => labels.map(() => 0));
  gold.forEach((g, i) => {
    const row = matrix[indexOfLabel(labels, g, 'gold')]!;
    row[indexOfLabel(labels, predicted[i]!, 'predicted')]! += 1;
  });
  return { labels, matrix };
}

/** Per-label scores read off a confusion matrix. */
export function scoresFromConfusion<L extends string>(confusion: ConfusionMatrix<L>): Record<L, LabelScores> {
  const { labels, matrix } = confusion;
  const result = {} as Record<L, LabelScores>;
  labels.forEach((label, k) => {
    const tp = matrix[k]![k]!;
    const support = matrix[k]!.reduce((sum, v) => sum + v, 0);
    const predicted = matrix.reduce((sum, row) => sum + row[k]!, 0);
    result[label] = { ...scoresFromCounts(tp, predicted - tp, support - tp), support, predicted };
  });
  return result;
}

/** Unweighted mean over the labels that occur in gold or predictions (see the module note). */
export function macroAverage<L extends string>(perLabel: Record<L, LabelScores>): AverageScores {
  const present = (Object.values(perLabel) as LabelScores[]).filter((s) => s.support > 0 || s.predicted > 0);
  const mean = (pick: (s: LabelScores) => number): number =>
    safeDivide(
      present.reduce((sum, s) => sum + pick(s), 0),
      present.length,
    );
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}

/** Accuracy, macro scores, per-label scores and the confusion matrix of a single-label task. */
export function singleLabelReport<L extends string>(
  labels: readonly L[],
  gold: readonly L[],
  predicted: readonly L[],
): SingleLabelReport<L> {
  const confusion = confusionMatrix(labels, gold, predicted);
  const perLabel = scoresFromConfusion(confusion);
  const correct = labels.reduce((sum, _, k) => sum + confusion.matrix[k]![k]!, 0);
  return {
    n: gold.length,
    accuracy: safeDivide(correct, gold.length),
    macro: macroAverage(perLabel),
    perLabel,
    confusion,
  };
}

/**
 * Micro, macro and per-label scores of a multi-label task: each item has a set of gold labels and
 * a set of predicted labels (duplicates within a set are ignored).
 */
export function multiLabelReport<L extends string>(
  labels: readonly L[],
  gold: readonly (readonly L[])[],
  predicted: readonly (readonly L[])[],
): MultiLabelReport<L> {
  assertSameLength(gold, predicted);
  const tp = labels.map(() => 0);
  const fp = labels.map(() => 0);
  const fn = labels.map(() => 0);
  let exact = 0;
  gold.forEach((goldLabels, i) => {
    const g = new Set(goldLabels.map((l) => indexOfLabel(labels, l, 'gold')));
    const p = new Set(predicted[i]!.map((l) => indexOfLabel(labels, l, 'predicted')));
    for (const k of p) {
      if (g.has(k)) tp[k]! += 1;
      else fp[k]! += 1;
    }
    for (const k of g) if (!p.has(k)) fn[k]! += 1;
    if (g.size === p.size && [...g].every((k) => p.has(k))) exact += 1;
  });
  const perLabel = {} as Record<L, LabelScores>;
  labels.forEach((label, k) => {
    perLabel[label] = {
      ...scoresFromCounts(tp[k]!, fp[k]!, fn[k]!),
      support: tp[k]! + fn[k]!,
      predicted: tp[k]! + fp[k]!,
    };
  });
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  return {
    n: gold.length,
    micro: scoresFromCounts(sum(tp), sum(fp), sum(fn)),
    macro: macroAverage(perLabel),
    perLabel,
    exactMatch: safeDivide(exact, gold.length),
  };
}

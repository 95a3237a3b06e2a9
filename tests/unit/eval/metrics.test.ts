import { describe, expect, it } from 'vitest';
import {
  confusionMatrix,
  macroAverage,
  multiLabelReport,
  safeDivide,
  scoresFromConfusion,
  scoresFromCounts,
  singleLabelReport,
} from '../../../scripts/metrics.ts';

const ABC = ['a', 'b', 'c'] as const;
type Abc = (typeof ABC)[number];

describe('safeDivide', () => {
  it('divides when the denominator is not zero', () => {
    expect(safeDivide(3, 4)).toBe(0.75);
  });

  it('returns 0 when the denominator is zero', () => {
    expect(safeDivide(0, 0)).toBe(0);
    expect(safeDivide(5, 0)).toBe(0);
  });
});

describe('scoresFromCounts', () => {
  it('matches precision, recall and F1 computed by hand', () => {
    // P = 3/4, R = 3/6 = 1/2, F1 = 2·(3/4)(1/2) / (3/4 + 1/2) = 0.75 / 1.25 = 0.6
    const s = scoresFromCounts(3, 1, 3);
    expect(s.precision).toBeCloseTo(0.75, 10);
    expect(s.recall).toBeCloseTo(0.5, 10);
    expect(s.f1).toBeCloseTo(0.6, 10);
  });

  it('gives all zeros when there is no true positive', () => {
    expect(scoresFromCounts(0, 2, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('confusionMatrix', () => {
  it('puts gold labels in rows and predictions in columns', () => {
    // Prepare
    const gold: Abc[] = ['a', 'a', 'b', 'c', 'c', 'c'];
    const predicted: Abc[] = ['a', 'b', 'b', 'c', 'a', 'c'];
    // Act
    const { matrix } = confusionMatrix(ABC, gold, predicted);
    // Assess
    expect(matrix).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
  });

  it('throws when gold and predictions differ in length', () => {
    expect(() => confusionMatrix(ABC, ['a'], [])).toThrow(RangeError);
  });

  it('throws when a label is outside the label set', () => {
    expect(() => confusionMatrix(ABC, ['a'], ['z' as Abc])).toThrow(/"z"/);
  });
});

describe('singleLabelReport', () => {
  it('matches accuracy, per-label and macro scores computed by hand', () => {
    // Prepare: the matrix [[1,1,0],[0,1,0],[1,0,2]] of the test above.
    const gold: Abc[] = ['a', 'a', 'b', 'c', 'c', 'c'];
    const predicted: Abc[] = ['a', 'b', 'b', 'c', 'a', 'c'];
    // Act
    const r = singleLabelReport(ABC, gold, predicted);
    // Assess: a: P 1/2 R 1/2 F 1/2; b: P 1/2 R 1 F 2/3; c: P 1 R 2/3 F 0.8
    expect(r.n).toBe(6);
    expect(r.accuracy).toBeCloseTo(4 / 6, 10);
    expect(r.perLabel.a).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2, predicted: 2 });
    expect(r.perLabel.b.precision).toBeCloseTo(0.5, 10);
    expect(r.perLabel.b.recall).toBeCloseTo(1, 10);
    expect(r.perLabel.b.f1).toBeCloseTo(2 / 3, 10);
    expect(r.perLabel.c.precision).toBeCloseTo(1, 10);
    expect(r.perLabel.c.recall).toBeCloseTo(2 / 3, 10);
    expect(r.perLabel.c.f1).toBeCloseTo(0.8, 10);
    expect(r.macro.precision).toBeCloseTo((0.5 + 0.5 + 1) / 3, 10);
    expect(r.macro.recall).toBeCloseTo((0.5 + 1 + 2 / 3) / 3, 10);
    expect(r.macro.f1).toBeCloseTo((0.5 + 2 / 3 + 0.8) / 3, 10);
  });

  it('scores a label that is never predicted with precision, recall and F1 of 0 and keeps it in the macro average', () => {
    // Prepare: gold has two "c" items, the analyzer never says "c".
    const gold: Abc[] = ['a', 'b', 'c', 'c'];
    const predicted: Abc[] = ['a', 'b', 'a', 'b'];
    // Act
    const r = singleLabelReport(ABC, gold, predicted);
    // Assess: a: P 1/2 R 1 F 2/3; b: the same; c: 0
    expect(r.perLabel.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 2, predicted: 0 });
    expect(r.macro.f1).toBeCloseTo((2 / 3 + 2 / 3 + 0) / 3, 10);
    expect(r.accuracy).toBe(0.5);
  });

  it('leaves a label absent from both gold and predictions out of the macro average', () => {
    const r = singleLabelReport(ABC, ['a', 'b'], ['a', 'b']);
    expect(r.perLabel.c.support).toBe(0);
    expect(r.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('keeps a label that is predicted but never gold in the macro average as F1 0', () => {
    // a: P 1/2 R 1 F 2/3; c (predicted once, never gold): 0
    const r = singleLabelReport(ABC, ['a', 'a'], ['a', 'c']);
    expect(r.perLabel.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 1 });
    expect(r.macro.f1).toBeCloseTo((2 / 3) / 2, 10);
  });

  it('returns zeros for empty input instead of NaN', () => {
    const r = singleLabelReport(ABC, [], []);
    expect(r.n).toBe(0);
    expect(r.accuracy).toBe(0);
    expect(r.macro).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(r.confusion.matrix).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('scoresFromConfusion and macroAverage', () => {
  it('read support and predicted counts off the matrix', () => {
    const perLabel = scoresFromConfusion({
      labels: ['x', 'y'],
      matrix: [
        [3, 1],
        [2, 4],
      ],
    });
    // x: P 3/5 R 3/4; y: P 4/5 R 4/6
    expect(perLabel.x).toMatchObject({ support: 4, predicted: 5 });
    expect(perLabel.y).toMatchObject({ support: 6, predicted: 5 });
    expect(perLabel.x.precision).toBeCloseTo(0.6, 10);
    expect(perLabel.y.recall).toBeCloseTo(4 / 6, 10);
    expect(macroAverage(perLabel).precision).toBeCloseTo(0.7, 10);
  });
});

describe('multiLabelReport', () => {
  it('matches micro, macro and per-label scores computed by hand', () => {
    // Prepare
    const gold: Abc[][] = [['a', 'b'], ['a'], [], ['c']];
    const predicted: Abc[][] = [['a'], ['a', 'c'], [], ['c', 'b']];
    // Act
    const r = multiLabelReport(ABC, gold, predicted);
    // Assess: a: tp 2 fp 0 fn 0; b: tp 0 fp 1 fn 1; c: tp 1 fp 1 fn 0
    expect(r.perLabel.a).toEqual({ precision: 1, recall: 1, f1: 1, support: 2, predicted: 2 });
    expect(r.perLabel.b).toEqual({ precision: 0, recall: 0, f1: 0, support: 1, predicted: 1 });
    expect(r.perLabel.c.precision).toBeCloseTo(0.5, 10);
    expect(r.perLabel.c.recall).toBe(1);
    expect(r.perLabel.c.f1).toBeCloseTo(2 / 3, 10);
    // micro: tp 3, fp 2, fn 1 → P 3/5, R 3/4, F1 = 2·0.6·0.75 / 1.35 = 2/3
    expect(r.micro.precision).toBeCloseTo(0.6, 10);
    expect(r.micro.recall).toBeCloseTo(0.75, 10);
    expect(r.micro.f1).toBeCloseTo(2 / 3, 10);
    expect(r.macro.f1).toBeCloseTo((1 + 0 + 2 / 3) / 3, 10);
    // exact: item 3 (both empty) only
    expect(r.exactMatch).toBe(0.25);
  });

  it('ignores duplicate labels within one item', () => {
    const r = multiLabelReport(ABC, [['a', 'a']], [['a', 'a', 'a']]);
    expect(r.perLabel.a).toMatchObject({ support: 1, predicted: 1, f1: 1 });
  });

  it('leaves emotions that are neither gold nor predicted out of the macro average', () => {
    const r = multiLabelReport(ABC, [['a'], []], [['a'], []]);
    expect(r.macro.f1).toBe(1);
    expect(r.perLabel.b).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 0 });
  });

  it('returns zeros for empty input', () => {
    const r = multiLabelReport(ABC, [], []);
    expect(r).toMatchObject({
      n: 0,
      exactMatch: 0,
      micro: { precision: 0, recall: 0, f1: 0 },
      macro: { precision: 0, recall: 0, f1: 0 },
    });
  });

  it('throws on an unknown label', () => {
    expect(() => multiLabelReport(ABC, [['q' as Abc]], [[]])).toThrow(RangeError);
  });
});

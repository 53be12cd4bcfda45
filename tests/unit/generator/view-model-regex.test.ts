import { describe, expect, it } from 'vitest';
import { nonMatching, samplePattern } from '../../../src/generator/view-model/regex-sample';

const check = (pattern: string, values: string[] | null) => {
  expect(values).not.toBeNull();
  for (const value of values!) expect(new RegExp(pattern).test(value), `${pattern} ~ ${value}`).toBe(true);
  expect(new Set(values).size).toBe(values!.length);
};

describe('samplePattern', () => {
  it('counts up the rightmost digits of a fixed-width reference', () => {
    expect(samplePattern('^ORD-[0-9]{6}$', 3)).toEqual(['ORD-000000', 'ORD-000001', 'ORD-000002']);
  });

  it('handles hex colours and escapes', () => {
    expect(samplePattern('^#[0-9a-f]{6}$', 2)).toEqual(['#000000', '#000001']);
    check('^\\d{3}\\.\\d{2}$', samplePattern('^\\d{3}\\.\\d{2}$', 4));
    check('^[A-Z]{2}-\\w+$', samplePattern('^[A-Z]{2}-\\w+$', 4));
  });

  it('varies alternatives when one shape has too few strings', () => {
    expect(samplePattern('^(red|green|blue)$', 3)).toEqual(['red', 'green', 'blue']);
    check('^(?:a|b)c?$', samplePattern('^(?:a|b)c?$', 2));
  });

  it('grows open repeats to reach the minimum length and respects the maximum', () => {
    const values = samplePattern('^[a-z]+$', 3, 5, 8)!;
    check('^[a-z]+$', values);
    for (const value of values) expect(value.length).toBeGreaterThanOrEqual(5);
    expect(samplePattern('^[a-z]{10}$', 1, 0, 5)).toBeNull();
  });

  it('keeps exact repeats exact, also when nested', () => {
    check('^(ab{2}){2}$', samplePattern('^(ab{2}){2}$', 1));
    expect(samplePattern('^(ab{2}){2}$', 1)).toEqual(['abbabb']);
  });

  it('supports negated classes and dots', () => {
    check('^[^0-9]{3}$', samplePattern('^[^0-9]{3}$', 3));
    check('^a.c$', samplePattern('^a.c$', 3));
  });

  it('gives up on lookarounds and back-references', () => {
    expect(samplePattern('^(?=a)a$', 1)).toBeNull();
    expect(samplePattern('^(a)\\1$', 1)).toBeNull();
  });

  it('works for unanchored patterns', () => {
    check('[0-9]{2}', samplePattern('[0-9]{2}', 2));
  });
});

describe('nonMatching', () => {
  it('finds a string of valid length the pattern rejects', () => {
    const bad = nonMatching('^ORD-[0-9]{6}$', 0, 32, 10)!;
    expect(bad).toHaveLength(10);
    expect(/^ORD-[0-9]{6}$/.test(bad)).toBe(false);
  });

  it('returns null when every candidate matches', () => {
    expect(nonMatching('.*', 0, 10, 3)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { detectEmotions } from '../../../lambdas/core/analysis/emotions.ts';
import type { EmotionName } from '../../../lambdas/core/schema/feedback.ts';

const top = (text: string, language: string): EmotionName | undefined => detectEmotions(text, language)[0]?.name;
const score = (text: string, language: string, name: EmotionName): number =>
  detectEmotions(text, language).find((e) => e.name === name)?.score ?? 0;

describe('detectEmotions', () => {
  it('finds frustration in a Dutch complaint about repeated failure', () => {
    expect(top('Voor de zoveelste keer een storing, ik ben het echt zat', 'nl')).toBe('frustration');
  });

  it('finds frustration in an English complaint about waiting', () => {
    expect(top('Still waiting for my refund, so frustrating', 'en')).toBe('frustration');
  });

  it('finds joy in Dutch enthusiasm', () => {
    expect(top('Super blij met de nieuwe app, echt geweldig! 😍', 'nl')).toBe('joy');
  });

  it('finds joy in English enthusiasm', () => {
    expect(top('So happy with the new app, love it!', 'en')).toBe('joy');
  });

  it('finds confusion when a Dutch customer does not understand', () => {
    expect(top('Ik snap het niet, waarom is mijn termijnbedrag verhoogd?', 'nl')).toBe('confusion');
  });

  it('finds confusion when an English customer does not understand', () => {
    expect(top("I don't understand my bill, what does this charge mean?", 'en')).toBe('confusion');
  });

  it('finds gratitude in sincere thanks', () => {
    expect(top('Bedankt voor de snelle hulp!', 'nl')).toBe('gratitude');
    expect(top('Thank you so much for sorting this out', 'en')).toBe('gratitude');
  });

  it('finds no gratitude in sarcastic thanks, but frustration', () => {
    expect(score('Bedankt voor niks, nog steeds geen stroom', 'nl', 'gratitude')).toBe(0);
    expect(top('Thanks for nothing', 'en')).toBe('frustration');
  });

  it('turns a negated positive emotion into disappointment', () => {
    expect(top('Ik ben niet blij met deze service', 'nl')).toBe('disappointment');
    expect(score('Ik ben niet blij met deze service', 'nl', 'joy')).toBe(0);
  });

  it('ignores a negated negative emotion', () => {
    expect(score('Ik ben niet boos, alleen benieuwd', 'nl', 'anger')).toBe(0);
  });

  it('raises anger and frustration for capitals and "!!!"', () => {
    const calm = detectEmotions('This service is terrible', 'en');
    const loud = detectEmotions('This service is TERRIBLE, FIX IT NOW!!!', 'en');
    const get = (list: typeof calm, name: EmotionName) => list.find((e) => e.name === name)?.score ?? 0;
    expect(get(loud, 'anger')).toBeGreaterThan(get(calm, 'anger'));
    expect(get(loud, 'frustration')).toBeGreaterThan(get(calm, 'frustration'));
  });

  it('reads emotion from emoji', () => {
    expect(top('Pakket kwijt 😡', 'nl')).toBe('anger');
    expect(top('😢', 'und')).toBe('sadness');
  });

  it('finds worry and disappointment cues', () => {
    expect(top('Ik maak me zorgen dat ik wordt afgesloten', 'nl')).toBe('worry');
    expect(top('Had eerlijk gezegd meer verwacht van deze app', 'nl')).toBe('disappointment');
  });

  it('reads "bezorgd" as worry only after "ben/erg/heel"', () => {
    expect(score('Ik ben erg bezorgd over mijn rekening', 'nl', 'worry')).toBeGreaterThan(0);
    expect(score('Mijn pakket is vandaag bezorgd', 'nl', 'worry')).toBe(0);
  });

  it('returns scores in 0..1, above 0, strongest first', () => {
    const emotions = detectEmotions('WAAROM werkt de app NOOIT?! Voor de derde keer gebeld, belachelijk 😡', 'nl');
    expect(emotions.length).toBeGreaterThan(1);
    for (const e of emotions) {
      expect(e.score).toBeGreaterThan(0);
      expect(e.score).toBeLessThanOrEqual(1);
    }
    expect([...emotions].sort((a, b) => b.score - a.score)).toEqual(emotions);
  });

  it('returns no emotions for a neutral statement', () => {
    expect(detectEmotions('Mijn meterstand is doorgegeven', 'nl')).toEqual([]);
  });
});

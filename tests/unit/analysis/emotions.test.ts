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

  it('does not read mere approval as joy', () => {
    expect(score('Good app. Fast delivery. Fair prices.', 'en', 'joy')).toBeLessThan(0.3);
    expect(score('Prima app, snelle levering, nette prijzen.', 'nl', 'joy')).toBeLessThan(0.3);
  });

  it('reads enthusiasm as joy', () => {
    expect(score('Amazing service, love it!', 'en', 'joy')).toBeGreaterThanOrEqual(0.3);
    expect(score('Geweldig, echt top!', 'nl', 'joy')).toBeGreaterThanOrEqual(0.3);
  });

  it('gives a plain complaint without an emotion cue no emotion', () => {
    expect(detectEmotions('My parcel is late.', 'en')).toEqual([]);
    expect(detectEmotions('Mijn pakket is te laat.', 'nl')).toEqual([]);
  });

  it('finds disappointment in "jammer", "helaas" and unmet expectations', () => {
    expect(top('Jammer, had er meer van verwacht.', 'nl')).toBe('disappointment');
    expect(top('What a shame, I expected better.', 'en')).toBe('disappointment');
  });

  it('finds disappointment in decline', () => {
    expect(top('It used to be great, now it has gone downhill.', 'en')).toBe('disappointment');
    expect(top('Vroeger was het beter, nu is het niet meer wat het was.', 'nl')).toBe('disappointment');
  });

  it('cancels a phrase cue after a negation ("never once let me down")', () => {
    expect(score('Northgate has never once let me down.', 'en', 'disappointment')).toBe(0);
    expect(top('Northgate has never once let me down.', 'en')).toBe('trust');
  });

  it('reads a negated feeling of safety as worry', () => {
    expect(top('Ik voelde me echt niet veilig.', 'nl')).toBe('worry');
    expect(top('Felt really unsafe at the station.', 'en')).toBe('worry');
  });

  it('reads recommendations and loyalty as trust', () => {
    expect(top('Heb het aan mijn hele familie aangeraden.', 'nl')).toBe('trust');
    expect(top('That is why I stay with them.', 'en')).toBe('trust');
  });

  it('drops trust and joy words in a text that is negative overall', () => {
    expect(score("Loyal customer for 12 years and they won't even match the deal. Loyalty means nothing.", 'en', 'trust')).toBeLessThan(0.3);
  });

  it('does not read a plain information question as confusion', () => {
    expect(score('Wanneer komt de monteur?', 'nl', 'confusion')).toBeLessThan(0.3);
    expect(score('When will the engineer come?', 'en', 'confusion')).toBeLessThan(0.3);
  });

  it('finds frustration in repeated effort', () => {
    expect(top('This is the third time I have to explain this.', 'en')).toBe('frustration');
    expect(top('Dit is de derde keer dat ik dit moet uitleggen.', 'nl')).toBe('frustration');
  });

  it('finds anger in insults and formal complaints', () => {
    expect(top('Stelletje clowns 🤡', 'nl')).toBe('anger');
    expect(top('I want to file a formal complaint.', 'en')).toBe('anger');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEmotionsFrom } from '../../../lambdas/core/analysis/emotions.ts';
import { analyzeSentiment } from '../../../lambdas/core/analysis/sentiment.ts';
import { detectSignals } from '../../../lambdas/core/analysis/signals.ts';
import { tokenize } from '../../../lambdas/core/analysis/tokenize.ts';
import { ALL_GATES, openGates } from '../../../lambdas/core/analysis/triggers.ts';

const devTexts = ['en', 'nl'].flatMap((lang) =>
  readFileSync(new URL(`../../../sample-data/dev-sets/${lang}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

// Words glued, split by apostrophes, hidden in URLs or emoticons, or next to digits.
const edgeCases = [
  'Ik wil een medewerkeraub',
  'mensnu!',
  "I'd like ahuman please",
  'supervisorplease now',
  'Still waiting!!!',
  'zie www.keer.nl, voor de derde keer',
  'xD again and again',
  'x-D 3 x gebeld',
  'note:so bad, i give up',
  "can't log in, don't understand, i'm done",
  'Customer for 10 years, thank you so much',
  'geld nooit terugbetaald',
  '3keer gebeld, keer3',
  'Zeg alsjeblieft dat het goed komt',
  "keer's niet",
  'wéér in de wacht',
  'STILL NOT FIXED. Had to call again.',
];

describe('trigger gates', () => {
  it('change no signal or emotion of the dev-set texts and of edge cases', () => {
    for (const text of [...devTexts, ...edgeCases]) {
      const tokenized = tokenize(text);
      const gates = openGates(tokenized);
      expect(detectSignals(text, undefined, gates), text).toEqual(detectSignals(text, undefined, ALL_GATES));
      const lowerText = text.toLowerCase().replace(/’/g, "'");
      const sentiment = analyzeSentiment(tokenized, 'und');
      expect(detectEmotionsFrom(tokenized, sentiment, 'und', lowerText, gates), text).toEqual(
        detectEmotionsFrom(tokenized, sentiment, 'und', lowerText, ALL_GATES),
      );
    }
  });

  it('opens every gate for text the tokens cannot speak for', () => {
    expect(openGates(tokenize('Geïrriteerd, alweer'))).toBe(ALL_GATES);
    expect(openGates(tokenize('zie www.example.nl'))).toBe(ALL_GATES);
    expect(openGates(tokenize('top :)'))).toBe(ALL_GATES);
    expect(openGates(tokenize('de bezorging was prima'))).not.toBe(ALL_GATES);
  });
});

import { describe, expect, it } from 'vitest';
import topicMapJson from '../../../config/topic-map.json' with { type: 'json' };
import type { TopicMap } from '../../../lambdas/core/analysis/types.ts';
import { CompiledTopicMap, dutchTopicStem, englishTopicStem, extractKeyPhrases, matchTopics } from '../../../lambdas/core/analysis/topics.ts';

const topicMap: TopicMap = topicMapJson;
const map = new CompiledTopicMap(topicMap);

describe('matchTopics', () => {
  it.each([
    ['De bezorging was te laat', 'nl'],
    ['Mijn pakket is nog niet bezorgd', 'nl'],
    ['Alle leveringen komen te laat', 'nl'],
    ['De levertijd is veel te lang', 'nl'],
    ['Het is nooit geleverd', 'nl'],
    ['De pakketbezorging is een drama', 'nl'],
    ['The delivery was late', 'en'],
    ['It was delivered to the wrong address', 'en'],
    ['Both deliveries went missing', 'en'],
  ])('maps "%s" to levering', (text, language) => {
    expect(matchTopics(text, language, map)).toContain('levering');
  });

  it('maps Dutch compounds to their head topic', () => {
    expect(matchTopics('Weer een stroomstoring vandaag', 'nl', map)).toEqual(['storing']);
    expect(matchTopics('Mijn energierekening is verdubbeld', 'nl', map)).toEqual(['factuur']);
  });

  it('maps several topics in order of mention', () => {
    expect(matchTopics('De facturen kloppen niet en de klantenservice reageert niet', 'nl', map)).toEqual([
      'factuur',
      'klantenservice',
    ]);
    expect(matchTopics('The app crashes when I try to log in', 'en', map)).toEqual(['app', 'inloggen']);
  });

  it('matches multi-word terms', () => {
    expect(matchTopics('Wanneer komt de slimme meter?', 'nl', map)).toEqual(['meter']);
    expect(matchTopics('Customer service never answered', 'en', map)).toEqual(['klantenservice']);
    expect(matchTopics('Het abonnement is veel te duur', 'nl', map)).toEqual(['contract', 'prijs']);
  });

  it('honours exclusions and wildcard terms from the map', () => {
    expect(matchTopics('Ik wil een andere leverancier', 'nl', map)).toEqual(['contract']);
    expect(matchTopics('Die bankapp is traag', 'nl', map)).toEqual(['app']);
    expect(matchTopics('Stuur het via whatsapp', 'nl', map)).toEqual([]);
  });

  it('does not read worry ("ik ben bezorgd") as delivery', () => {
    expect(matchTopics('Ik ben bezorgd over de kosten', 'nl', map)).toEqual(['prijs']);
  });

  it('uses whatever the map says: topics are config, not code', () => {
    const custom = new CompiledTopicMap({ duurzaamheid: { nl: ['zonnepaneel'], en: ['solar panel'] } });
    expect(matchTopics('Mijn zonnepanelen leveren te weinig op', 'nl', custom)).toEqual(['duurzaamheid']);
    expect(matchTopics('The solar panels are great', 'en', custom)).toEqual(['duurzaamheid']);
  });
});

describe('topic stems', () => {
  it('stems Dutch inflections to one form', () => {
    expect(new Set(['levering', 'leveringen'].map(dutchTopicStem))).toEqual(new Set(['lever']));
    expect(new Set(['factuur', 'facturen'].map(dutchTopicStem))).toEqual(new Set(['factur']));
    expect(new Set(['betaling', 'betaald', 'betalen'].map(dutchTopicStem))).toEqual(new Set(['betal']));
  });

  it('stems English inflections to one form', () => {
    expect(new Set(['delivery', 'deliveries', 'delivered', 'delivering'].map(englishTopicStem))).toEqual(new Set(['deliver']));
    expect(new Set(['invoice', 'invoices', 'invoiced'].map(englishTopicStem))).toEqual(new Set(['invoic']));
  });
});

describe('extractKeyPhrases', () => {
  it('returns salient lower-cased noun phrases without stopwords', () => {
    const phrases = extractKeyPhrases('De Slimme Meter geeft een verkeerde meterstand en de klantenservice belt niet terug', 'nl', map);
    expect(phrases).toContain('slimme meter');
    expect(phrases).toContain('klantenservice');
    for (const p of phrases) {
      expect(p).toBe(p.toLowerCase());
      expect(p.split(' ')).not.toContain('de');
    }
  });

  it('returns at most 8 distinct phrases', () => {
    const text =
      'Factuur, levering, app, storing, meter, prijs, contract, betaling, inloggen, terugbetaling, klantenservice, wachttijd. Factuur!';
    const phrases = extractKeyPhrases(text, 'nl', map);
    expect(phrases.length).toBeLessThanOrEqual(8);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('extracts English key phrases', () => {
    expect(extractKeyPhrases('The smart meter shows the wrong reading and the app keeps crashing', 'en', map)).toEqual(
      expect.arrayContaining(['smart meter', 'wrong reading']),
    );
  });
});

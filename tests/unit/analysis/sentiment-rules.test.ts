import { describe, expect, it } from 'vitest';
import topicMapJson from '../../../config/topic-map.json' with { type: 'json' };
import { LexiconAnalyzer } from '../../../lambdas/core/analysis/lexicon-analyzer.ts';
import { findRuleSpans } from '../../../lambdas/core/analysis/rules.ts';
import { scoreSentiment, toSentiment } from '../../../lambdas/core/analysis/sentiment.ts';
import { tokenize } from '../../../lambdas/core/analysis/tokenize.ts';
import type { TopicMap } from '../../../lambdas/core/analysis/types.ts';

const label = (text: string, language: string) => scoreSentiment(text, language).label;
const polarity = (text: string, language: string) => {
  const { scores } = scoreSentiment(text, language);
  return scores.positive - scores.negative;
};
const topicMap: TopicMap = topicMapJson;
const analyzer = new LexiconAnalyzer({ topicMap });

describe('construction rules: fault reports without opinion words', () => {
  it('reads a quantity mismatch as negative in English', () => {
    expect(label('I ordered 2 and received 1.', 'en')).toBe('NEGATIVE');
  });

  it('reads a quantity mismatch as negative in Dutch', () => {
    expect(label('Ik heb er 2 besteld en er maar 1 gekregen.', 'nl')).toBe('NEGATIVE');
  });

  it('reads "received X instead of Y" as negative', () => {
    expect(label('Received a size S instead of an M.', 'en')).toBe('NEGATIVE');
    expect(label('Ik heb een blauwe trui gekregen in plaats van een rode.', 'nl')).toBe('NEGATIVE');
  });

  it('reads double charging as negative', () => {
    expect(label('I paid twice for one order.', 'en')).toBe('NEGATIVE');
    expect(label('Er is twee keer afgeschreven voor één bestelling.', 'nl')).toBe('NEGATIVE');
  });

  it('reads "can\'t log in" / "kan niet inloggen" as negative', () => {
    expect(label("I can't log in since the update.", 'en')).toBe('NEGATIVE');
    expect(label('Ik kan sinds de update niet inloggen.', 'nl')).toBe('NEGATIVE');
  });

  it('reads "nobody answers" / "niemand neemt op" as negative', () => {
    expect(label('Nobody answers the phone.', 'en')).toBe('NEGATIVE');
    expect(label('Niemand neemt de telefoon op.', 'nl')).toBe('NEGATIVE');
  });

  it('makes "still" / "nog steeds" before a negation more negative', () => {
    expect(polarity('The refund still has not arrived.', 'en')).toBeLessThan(polarity('The refund has not arrived.', 'en'));
    expect(polarity('Het geld is nog steeds niet ontvangen.', 'nl')).toBeLessThan(polarity('Het geld is niet ontvangen.', 'nl'));
  });

  it('reads a price rise as negative and a price drop as positive', () => {
    expect(label('They raised my price again.', 'en')).toBe('NEGATIVE');
    expect(label('De prijzen zijn weer omhoog gegaan.', 'nl')).toBe('NEGATIVE');
    expect(label('My bill went down this month.', 'en')).toBe('POSITIVE');
    expect(label('Mijn voorschot is verlaagd.', 'nl')).toBe('POSITIVE');
  });

  it('reads a time-out in a hashtag as its own clause ("niks #klantonvriendelijk" is not negated)', () => {
    expect(label('Nog steeds niks ontvangen #klantonvriendelijk', 'nl')).toBe('NEGATIVE');
  });
});

describe('construction rules: repetition and waiting', () => {
  it('reads repetition of a problem as negative', () => {
    expect(label('Rail replacement bus again.', 'en')).toBe('NEGATIVE');
    expect(label('Alweer treinvervangende bussen.', 'nl')).toBe('NEGATIVE');
    expect(label('Wéér treinvervangende bussen.', 'nl')).toBe('NEGATIVE');
  });

  it('reads an ordinal "third time" as negative', () => {
    expect(label('This is the third time I am explaining this.', 'en')).toBe('NEGATIVE');
    expect(label('Dit is de derde keer dat ik het uitleg.', 'nl')).toBe('NEGATIVE');
  });

  it('does not read "again" in a repurchase intent as a complaint', () => {
    expect(label('Lovely staff, would book again!', 'en')).toBe('POSITIVE');
    expect(label('Ik bestel zeker nog eens!', 'nl')).toBe('POSITIVE');
  });

  it('reads long waiting as negative', () => {
    expect(label('Support takes days to answer anything.', 'en')).toBe('NEGATIVE');
    expect(label('De klantenservice doet er dagen over om te antwoorden.', 'nl')).toBe('NEGATIVE');
    expect(label('Mijn bestelling is al 50 minuten onderweg.', 'nl')).toBe('NEGATIVE');
  });

  it('keeps a plain duration without complaint neutral', () => {
    expect(label('I have had this account for 2 months.', 'en')).toBe('NEUTRAL');
  });
});

describe('construction rules: expectations, decline and indignation', () => {
  it('reads unmet expectations as negative without counting "better" as praise', () => {
    expect(label('Expected better from them tbh.', 'en')).toBe('NEGATIVE');
    expect(label('Had er eerlijk gezegd meer van verwacht.', 'nl')).toBe('NEGATIVE');
  });

  it('reads "viel mee" as positive and "viel tegen" as negative', () => {
    expect(label('Viel me alles mee eigenlijk.', 'nl')).toBe('POSITIVE');
    expect(label('De service viel me zwaar tegen.', 'nl')).toBe('NEGATIVE');
  });

  it('reads past praise as decline', () => {
    expect(label('Used to be great.', 'en')).toBe('NEGATIVE');
    expect(label('Vroeger was het veel beter.', 'nl')).toBe('NEGATIVE');
  });

  it('reads counterfactuals as complaints', () => {
    expect(label('It should have been in the email.', 'en')).toBe('NEGATIVE');
    expect(label('Dat had in de mail moeten staan.', 'nl')).toBe('NEGATIVE');
  });

  it('reads an elliptic negation of a promise as negative', () => {
    expect(label('I was told it would be fixed by now. It isn\'t.', 'en')).toBe('NEGATIVE');
    expect(label('Er werd beloofd dat het nu opgelost zou zijn. Is het niet.', 'nl')).toBe('NEGATIVE');
  });

  it('reads "not even" / "niet eens" as negative', () => {
    expect(label("They won't even match the offer.", 'en')).toBe('NEGATIVE');
    expect(label('Ze willen niet eens het aanbod geven.', 'nl')).toBe('NEGATIVE');
  });

  it('reads "what\'s the point" and "makes no sense" as negative', () => {
    expect(label("Paid for priority boarding anyway. What's the point.", 'en')).toBe('NEGATIVE');
    expect(label('Dit slaat nergens op.', 'nl')).toBe('NEGATIVE');
  });

  it('reads ratings written as numbers', () => {
    expect(label('10/10 would bank again', 'en')).toBe('POSITIVE');
    expect(label('Service: 2/10.', 'en')).toBe('NEGATIVE');
    expect(label('4 sterren voor de app.', 'nl')).toBe('POSITIVE');
  });

  it('returns rule spans in text order, longest rule winning an overlap', () => {
    const spans = findRuleSpans(tokenize('Would order again. Again and again it fails.'), 'en');
    expect(spans.map((s) => Math.sign(s.value))).toEqual([1, -1]);
  });
});

describe('sentiment context rules', () => {
  it('negates across determiners ("never had a single problem")', () => {
    expect(label('Never had a single problem in 3 years.', 'en')).toBe('POSITIVE');
    expect(label('Nog nooit een enkel probleem gehad.', 'nl')).toBe('POSITIVE');
  });

  it('neutralises a problem word next to its resolution', () => {
    expect(label('Problem solved, thanks!', 'en')).toBe('POSITIVE');
    expect(label('Probleem direct opgelost.', 'nl')).toBe('POSITIVE');
  });

  it('does not let a resolution cancel a different complaint', () => {
    expect(label('You refunded 2 euros for an order that never arrived??', 'en')).not.toBe('POSITIVE');
  });

  it('damps trouble inside a conditional clause, but only after the conditional', () => {
    expect(label('I know that if something goes wrong they will sort it. Peace of mind.', 'en')).toBe('POSITIVE');
    expect(label('Waardeloos als het iets ingewikkelder wordt.', 'nl')).toBe('NEGATIVE');
  });

  it('reads "ook zonder" / "even without" as a concession, not a complaint', () => {
    expect(label('De app werkt prima, ook zonder bereik.', 'nl')).toBe('POSITIVE');
    expect(label('The app works great, even without signal.', 'en')).toBe('POSITIVE');
  });

  it('does not count praise under irrealis ("would be great if")', () => {
    expect(label('It would be great if the app worked.', 'en')).not.toBe('POSITIVE');
  });

  it('reads "I\'d like to ..." as a request, not praise', () => {
    expect(label("Hi, I'd like to know when my contract ends.", 'en')).toBe('NEUTRAL');
  });

  it('keeps an information question with a problem word neutral', () => {
    expect(label('Is the outage in Rotterdam fixed yet?', 'en')).toBe('NEUTRAL');
    expect(label('Hoe staat het met mijn klacht van vorige week?', 'nl')).toBe('NEUTRAL');
  });
});

describe('sentiment sarcasm rules', () => {
  it('reads praise in scare quotes as ironic', () => {
    expect(label('Northgate app: "we\'re improving your experience". Me: can\'t log in for 2 days.', 'en')).toBe('NEGATIVE');
  });

  it('reads a quoted status word as disputed', () => {
    expect(label('Pakket twee keer "bezorgd" en ik heb nog steeds niks.', 'nl')).toBe('NEGATIVE');
  });

  it('reads a short compliment with an ironic particle after a complaint as sarcasm', () => {
    expect(label('Ordered on the 2nd, arrived on the 19th, way too late. Great job guys.', 'en')).toBe('NEGATIVE');
    expect(label('De tram is alweer niet gekomen. Merci hé.', 'nl')).toBe('NEGATIVE');
  });

  it('keeps sincere thanks after a resolved problem positive', () => {
    expect(label('Missed my flight but the staff rebooked me at no cost. Thank you so much!', 'en')).toBe('POSITIVE');
  });

  it('reads questioning thanks ("thanks?") as ironic', () => {
    expect(label('They removed unlimited calls, so... thanks?', 'en')).toBe('NEGATIVE');
  });

  it('reads a praise word said three times after a complaint as ironic', () => {
    expect(label('Tracking says "delivered" but there is nothing here. cool cool cool', 'en')).toBe('NEGATIVE');
  });

  it('does not read weak approval ("oké, ...") as sarcastic', () => {
    expect(label('Oké, dan wacht ik op de technieker donderdag.', 'nl')).toBe('NEUTRAL');
  });
});

describe('sentiment morphology and lexicon fixes', () => {
  it('does not resolve a compound tail to a three-letter word ("geschrapt" is not "rap")', () => {
    expect(label('Mijn trein is geschrapt.', 'nl')).toBe('NEGATIVE');
  });

  it('matches participles of separable verbs ("aangeraden")', () => {
    expect(label('Ik heb ze aan iedereen aangeraden.', 'nl')).toBe('POSITIVE');
  });

  it('reads praise behind a negative prefix as negative ("onbeantwoord", "unresolved")', () => {
    expect(label('Mijn vraag is onbeantwoord gebleven.', 'nl')).toBe('NEGATIVE');
    expect(label('My ticket is unresolved.', 'en')).toBe('NEGATIVE');
  });

  it('ignores single letters ("size L")', () => {
    expect(label('I ordered size L.', 'en')).toBe('NEUTRAL');
  });

  it('does not read "moet" as "moe" or "duren" as "duur"', () => {
    expect(label('Je moet het formulier invullen.', 'nl')).toBe('NEUTRAL');
    expect(label('Hoe lang gaat het duren?', 'nl')).toBe('NEUTRAL');
  });
});

describe('MIXED calibration', () => {
  it('labels clear praise and clear complaint about different aspects MIXED', () => {
    expect(label('Goed eten, maar wat een teleurstellende bezorging.', 'nl')).toBe('MIXED');
    expect(label('Decent food, overpriced delivery.', 'en')).toBe('MIXED');
  });

  it('keeps a minor concession one-sided', () => {
    expect(label('A bit pricey, but worth every cent.', 'en')).toBe('POSITIVE');
    expect(label('Niet de goedkoopste, maar wel heel betrouwbaar.', 'nl')).toBe('POSITIVE');
  });

  it('needs clear evidence on both sides before weighting (raw)', () => {
    expect(toSentiment(2, 1.5, { positive: 2, negative: 0.5 }).label).not.toBe('MIXED');
    expect(toSentiment(2, 1.5, { positive: 2, negative: 1.5 }).label).toBe('MIXED');
  });
});

describe('CX signals as sentiment evidence (LexiconAnalyzer)', () => {
  it('reads intent to leave as negative', () => {
    expect(analyzer.analyze({ text: "I'm cancelling my contract." }).sentiment.label).toBe('NEGATIVE');
    expect(analyzer.analyze({ text: 'Ik zeg mijn abonnement op.' }).sentiment.label).toBe('NEGATIVE');
  });

  it('keeps a question about leaving neutral', () => {
    expect(analyzer.analyze({ text: 'Hoe kan ik mijn abonnement opzeggen?' }).sentiment.label).toBe('NEUTRAL');
  });

  it('does not read switching towards the company as negative', () => {
    expect(analyzer.analyze({ text: 'Heel tevreden over het overstappen, ging vlekkeloos.' }).sentiment.label).toBe('POSITIVE');
  });

  it('records analyzer version lexicon-1.1.0', () => {
    expect(analyzer.analyze({ text: 'ok' }).analyzer.version).toBe('lexicon-1.1.0');
  });
});

describe('negative manner words', () => {
  const label = (text: string) => new LexiconAnalyzer({ topicMap: topicMapJson as TopicMap }).analyze({ text }).sentiment.label;

  it('reads a positive word right after "slecht" as what went badly, in Dutch', () => {
    expect(label('Heel slecht geholpen')).toBe('NEGATIVE');
    expect(label('Nauwelijks geholpen door de klantenservice')).toBe('NEGATIVE');
  });

  it('reads a positive word right after "poorly" or "badly" as what went badly, in English', () => {
    expect(label('Poorly explained and badly helped')).toBe('NEGATIVE');
  });

  it('keeps separate clauses apart', () => {
    expect(label('Slecht, maar snel geholpen')).not.toBe('NEGATIVE');
  });
});

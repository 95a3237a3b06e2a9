import { describe, expect, it } from 'vitest';
import topicMapJson from '../../../config/topic-map.json' with { type: 'json' };
import { LexiconAnalyzer } from '../../../lambdas/core/analysis/lexicon-analyzer.ts';
import type { TopicMap } from '../../../lambdas/core/analysis/types.ts';
import type { SentimentLabel } from '../../../lambdas/core/schema/feedback.ts';

const topicMap: TopicMap = topicMapJson;
const analyzer = new LexiconAnalyzer({ topicMap });

// Hand-written short feedback with the label a CX analyst would give; none appear in other tests.
const TABLE: readonly (readonly [string, SentimentLabel])[] = [
  ['Binnen een dag in huis, prima geregeld.', 'POSITIVE'],
  ['Vriendelijke medewerker aan de telefoon, probleem direct opgelost.', 'POSITIVE'],
  ['De nieuwe app is overzichtelijk en werkt soepel.', 'POSITIVE'],
  ['Eindelijk een energieleverancier die doet wat hij belooft. Aanrader!', 'POSITIVE'],
  ['Keurig op tijd geleverd, netjes verpakt.', 'POSITIVE'],
  ['Fijne chat, binnen vijf minuten geholpen 😊', 'POSITIVE'],
  ['Heel tevreden over het overstappen, ging vlekkeloos.', 'POSITIVE'],
  ['Duidelijke jaarafrekening, geen verrassingen.', 'POSITIVE'],
  ['Prima prijs voor wat je krijgt', 'POSITIVE'],
  ['Top bedrijf, al jaren klant en nooit problemen gehad', 'POSITIVE'],
  ['Mijn pakket is na twee weken nog steeds niet bezorgd.', 'NEGATIVE'],
  ['Slechte service, niemand neemt de telefoon op.', 'NEGATIVE'],
  ['De app loopt steeds vast bij het inloggen, irritant!', 'NEGATIVE'],
  ['Veel te hoge voorschotten en geen uitleg waarom.', 'NEGATIVE'],
  ['Onbeschofte medewerker, ik voelde me niet serieus genomen.', 'NEGATIVE'],
  ['Al drie dagen storing en geen enkele update.', 'NEGATIVE'],
  ['Het geld is nog altijd niet teruggestort', 'NEGATIVE'],
  ['Wat een amateuristisch gedoe met die slimme meter.', 'NEGATIVE'],
  ['Nooit meer! Verschrikkelijke ervaring 😡', 'NEGATIVE'],
  ['Ik heb spijt dat ik ben overgestapt, alles gaat mis.', 'NEGATIVE'],
  ['Fantastisch, weer een rekening met verkeerde bedragen', 'NEGATIVE'],
  ['Echt belachelijk dat je een uur moet wachten', 'NEGATIVE'],
  ['Hoe kan ik mijn meterstand doorgeven?', 'NEUTRAL'],
  ['Ik heb een vraag over mijn contract.', 'NEUTRAL'],
  ['Wanneer wordt het bedrag afgeschreven?', 'NEUTRAL'],
  ['Mijn adres is gewijzigd per 1 maart.', 'NEUTRAL'],
  ['Graag een kopie van de laatste factuur.', 'NEUTRAL'],
  ['Snelle levering, maar het product was beschadigd.', 'NEGATIVE'],
  ['De monteur was vriendelijk, maar de afspraak werd drie keer verzet.', 'NEGATIVE'],
  ['Duur, maar de service is echt uitstekend.', 'POSITIVE'],
  ['Prachtige app, maar een drama van een klantenservice.', 'MIXED'],
  ['Got my refund within two days, brilliant service.', 'POSITIVE'],
  ['The engineer was on time and very professional.', 'POSITIVE'],
  ['Easy to switch and the app is really handy.', 'POSITIVE'],
  ['Support sorted my billing issue in minutes, thank you!', 'POSITIVE'],
  ['Lovely people, fair prices, no complaints.', 'POSITIVE'],
  ['Best energy supplier I have had so far 👍', 'POSITIVE'],
  ['Love the new dashboard, super clear.', 'POSITIVE'],
  ['My parcel still has not arrived after ten days.', 'NEGATIVE'],
  ['Absolutely useless customer service, nobody answers.', 'NEGATIVE'],
  ['The app logs me out every time, so annoying.', 'NEGATIVE'],
  ['They charged me twice and refuse to fix it.', 'NEGATIVE'],
  ['Rude agent hung up on me.', 'NEGATIVE'],
  ['Worst experience ever, avoid this company.', 'NEGATIVE'],
  ['Outage for the whole weekend and zero communication :(', 'NEGATIVE'],
  ['Prices went up again without any notice.', 'NEGATIVE'],
  ['Wonderful, my bill doubled again.', 'NEGATIVE'],
  ['I waited 40 minutes on hold for nothing.', 'NEGATIVE'],
  ['How do I update my payment details?', 'NEUTRAL'],
  ['Can I get a copy of my contract?', 'NEUTRAL'],
  ['I moved house last month.', 'NEUTRAL'],
  ['What are your opening hours?', 'NEUTRAL'],
  ['Please send the invoice to my work address.', 'NEUTRAL'],
  ['Delivery was quick, but the item was broken.', 'NEGATIVE'],
  ['A bit pricey, but worth every cent.', 'POSITIVE'],
  ['Great app, awful customer support.', 'MIXED'],
  ['Not the cheapest, but very reliable.', 'POSITIVE'],
  ['The installer was great but the paperwork was a nightmare.', 'NEGATIVE'],
  ['I am not happy with the new tariffs.', 'NEGATIVE'],
  ['No problems at all, everything works.', 'POSITIVE'],
];

describe('LexiconAnalyzer accuracy', () => {
  it('labels at least 85% of a hand-written EN+NL table correctly', () => {
    const misses: string[] = [];
    for (const [text, expected] of TABLE) {
      const got = analyzer.analyze({ text }).sentiment.label;
      if (got !== expected) misses.push(`"${text}": expected ${expected}, got ${got}`);
    }
    const accuracy = (TABLE.length - misses.length) / TABLE.length;
    expect(accuracy, `accuracy ${(accuracy * 100).toFixed(1)}% of ${TABLE.length}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.85);
  });
});

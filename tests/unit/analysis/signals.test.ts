import { describe, expect, it } from 'vitest';
import type { Conversation, Turn } from '../../../lambdas/core/schema/feedback.ts';
import { detectBotLoop, detectSignals } from '../../../lambdas/core/analysis/signals.ts';

const at = '2026-11-23T14:00:00Z';
const turn = (role: Turn['role'], text: string): Turn => ({ role, text, at });
const chat = (...turns: Turn[]): Conversation => ({ turns });

describe('detectSignals: churn risk', () => {
  it.each([
    ['Ik zeg mijn abonnement op.'],
    ['Hoe kan ik opzeggen?'],
    ['Ik ga overstappen naar een andere leverancier'],
    ['Ik stap over naar Vattenfall'],
    ['Ik ga weg bij jullie'],
    ['Nooit meer bestellen bij dit bedrijf'],
    ['I want to cancel my contract'],
    ['Switching to another provider next month'],
    ["I'm leaving for a competitor"],
  ])('flags churn risk in "%s"', (text) => {
    expect(detectSignals(text).churnRisk).toBe(true);
  });

  it.each([
    ['Ik ga NIET overstappen, jullie zijn top'],
    ['Ik wil niet opzeggen, maar dit moet beter'],
    ['Geen reden om over te stappen'],
    ["I won't cancel my account, just fix it"],
    ['I am not switching to anyone'],
  ])('does not flag negated intent in "%s"', (text) => {
    expect(detectSignals(text).churnRisk).toBe(false);
  });

  it('does not flag a complaint without intent to leave', () => {
    expect(detectSignals('De levering was te laat, jammer').churnRisk).toBe(false);
  });

  it('keeps a negation in another clause from cancelling intent', () => {
    expect(detectSignals('Ik ben niet tevreden, dus ik stap over naar Eneco').churnRisk).toBe(true);
  });

  it.each([
    ['@Stroomwijs ben net overgestapt naar jullie'],
    ['I switched to you last year'],
    ["I'm switching to you guys from Brightwatt"],
  ])('does not flag switching towards the company addressed in "%s"', (text) => {
    expect(detectSignals(text).churnRisk).toBe(false);
  });

  it('does not flag switching to the company the text names again', () => {
    expect(detectSignals('Overgestapt naar Stroomwijs en Stroomwijs is top').churnRisk).toBe(false);
  });

  it('does not flag a switch told in a positive frame', () => {
    expect(detectSignals('Heel tevreden over het overstappen, ging vlekkeloos.').churnRisk).toBe(false);
    expect(detectSignals('Really happy I switched, it was painless').churnRisk).toBe(false);
  });

  it('still flags cancelling in a positive frame ("opzeggen ging makkelijk")', () => {
    expect(detectSignals('Opzeggen ging makkelijk, ik stap over naar Eneco').churnRisk).toBe(true);
  });

  it('does not flag someone else switching', () => {
    expect(detectSignals('Heb Stroomwijs aan mijn familie aangeraden, ze stappen allemaal over').churnRisk).toBe(false);
  });

  it('does not flag transfers on a journey ("drie overstappen")', () => {
    expect(detectSignals('Gereisd met een dagkaart, drie overstappen gehad.').churnRisk).toBe(false);
  });
});

describe('detectSignals: effort', () => {
  it.each([
    ['Voor de derde keer gebeld over hetzelfde probleem'],
    ['Ik heb al 3 keer gebeld'],
    ['Twee uur in de wacht gestaan'],
    ['Ik wacht al weken op mijn terugbetaling'],
    ['Nog steeds geen reactie'],
    ['Van het kastje naar de muur gestuurd'],
    ['Still waiting for a response'],
    ['I called again and again'],
    ['45 minutes on hold'],
    ['Nothing has happened for three weeks'],
  ])('flags effort in "%s"', (text) => {
    expect(detectSignals(text).effort).toBe(true);
  });

  it('does not flag effort when the customer did not have to wait', () => {
    expect(detectSignals('Ik hoefde niet lang in de wacht te staan').effort).toBe(false);
    expect(detectSignals('Snel geholpen, top').effort).toBe(false);
  });
});

describe('detectSignals: escalation', () => {
  it.each([
    ['Ik wil een medewerker spreken'],
    ['Kan ik een mens spreken?'],
    ['medewerker'],
    ['Please let me talk to a human'],
    ['Agent please'],
    ['I want to speak to a manager'],
  ])('flags an escalation request in "%s"', (text) => {
    expect(detectSignals(text).escalationRequested).toBe(true);
  });

  it('flags "met een mens praten"', () => {
    expect(detectSignals('Laat me nou gewoon met een mens praten').escalationRequested).toBe(true);
  });

  it('does not flag praise of an agent on the phone', () => {
    expect(detectSignals('Vriendelijke medewerker aan de telefoon, probleem opgelost.').escalationRequested).toBe(false);
  });

  it('reads only customer turns of a chat, not the bot offering an agent', () => {
    const conversation = chat(
      turn('customer', 'Mijn factuur klopt niet'),
      turn('bot', 'Wil je een medewerker spreken?'),
      turn('customer', 'Nee hoor, het is al duidelijk'),
    );
    expect(detectSignals('Mijn factuur klopt niet', conversation).escalationRequested).toBe(false);
  });
});

describe('detectSignals: bot loop', () => {
  it('flags a chat where the bot repeats its fallback three times', () => {
    const conversation = chat(
      turn('customer', 'Mijn stroom is uitgevallen'),
      turn('bot', 'Sorry, ik begrijp je vraag niet. Kun je het anders formuleren?'),
      turn('customer', 'Ik heb geen stroom'),
      turn('bot', 'Sorry, ik begrijp je vraag niet. Kun je het anders formuleren?'),
      turn('customer', 'STORING'),
      turn('bot', 'Sorry, ik begrijp je vraag niet. Kun je het anders formuleren?'),
      turn('customer', 'medewerker!!'),
    );
    const signals = detectSignals('Mijn stroom is uitgevallen', conversation);
    expect(signals.botLoop).toBe(true);
    expect(signals.escalationRequested).toBe(true);
  });

  it('flags two fallbacks with the customer rephrasing in between', () => {
    const conversation = chat(
      turn('customer', 'How do I change my direct debit date?'),
      turn('bot', "Sorry, I didn't understand that."),
      turn('customer', 'Change the date my payment is collected'),
      turn('bot', 'Could you rephrase your question?'),
    );
    expect(detectBotLoop(conversation)).toBe(true);
  });

  it('flags a bot repeating the same answer three times', () => {
    const answer = 'Je kunt je meterstand doorgeven via Mijn Omgeving.';
    const conversation = chat(
      turn('customer', 'Mijn meterstand klopt niet'),
      turn('bot', answer),
      turn('customer', 'Nee, de meterstand op de factuur klopt niet'),
      turn('bot', answer),
      turn('customer', 'Dat heb ik al gedaan!'),
      turn('bot', `${answer} `),
    );
    expect(detectBotLoop(conversation)).toBe(true);
  });

  it('does not flag a normal chat', () => {
    const conversation = chat(
      turn('customer', 'Wanneer komt de monteur?'),
      turn('bot', 'De monteur komt morgen tussen 8:00 en 12:00.'),
      turn('customer', 'Top, bedankt'),
      turn('bot', 'Graag gedaan! Kan ik je nog ergens anders mee helpen?'),
    );
    expect(detectSignals('Wanneer komt de monteur?', conversation).botLoop).toBe(false);
  });

  it('is false for feedback that is not a chat', () => {
    expect(detectSignals('Sorry, ik begrijp je vraag niet. Sorry, ik begrijp je vraag niet.').botLoop).toBe(false);
  });
});

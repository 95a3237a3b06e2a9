/**
 * CX signals: churn risk, customer effort, escalation requests and chatbot loops, from Dutch and
 * English cue patterns. A cue preceded (in its clause) by a negation does not count: "ik ga NIET
 * overstappen" is no churn risk, "hoefde niet lang te wachten" no effort.
 */
import type { Conversation, Signals, Turn } from '../schema/feedback.ts';
import { ALL_GATES, registerGate } from './triggers.ts';

interface Cue {
  readonly re: RegExp;
  /** How a negation cancels the cue: anywhere before or inside it, only before it, or never. */
  readonly negation: 'before-or-inside' | 'before' | 'never';
  /** Extra check on a match (text, match index, match text); false cancels it. */
  readonly accept?: (text: string, index: number, match: string) => boolean;
  /** Trigger gate (triggers.ts): without one of its words in the text the regex cannot match. */
  readonly gate: number;
}

/** A cue pattern with the words (space-separated) one of which every match contains as a whole word. */
type Pattern = readonly [triggers: string, pattern: string];

function compileCue(patterns: readonly Pattern[], negation: Cue['negation'], accept: Cue['accept']): Cue {
  const re = new RegExp(patterns.map(([, p]) => `(?:${p})`).join('|'), 'g');
  return { re, negation, accept, gate: registerGate(patterns.flatMap(([words]) => words.split(' '))) };
}

/**
 * Compiles cue patterns into one alternation per negation mode (one scan of the text instead of
 * one per pattern); `negation` says where a negation cancels them.
 */
function cues(
  patterns: readonly Pattern[],
  negation: Cue['negation'],
  negatedPatterns: readonly Pattern[] = [],
  accept?: Cue['accept'],
): Cue[] {
  const out: Cue[] = [compileCue(patterns, negation, accept)];
  if (negatedPatterns.length > 0) out.push(compileCue(negatedPatterns, 'never', accept));
  return out;
}

// ---- Churn: switching towards the company addressed is not churn -------------------------------

/** "naar jullie", "to you", "to your bank", "hierheen": the switch goes towards the company addressed. */
const TOWARDS_US_RE = /^[^.!?;]{0,25}?\b(?:naar|to)\s+(?:jullie|u|jou|you|your|hier|hierheen|here|this\s+(?:company|bank|provider|supplier)|deze\s+(?:leverancier|bank|provider|aanbieder))\b/;
/** The name a switch goes to: "overstappen naar Stroomwijs" -> "stroomwijs". */
const TARGET_RE = /^[^.!?;]{0,25}?\b(?:naar|to)\s+([\p{L}][\p{L}\d-]{2,})/u;
const NOT_A_NAME = new Set(['een', 'de', 'het', 'a', 'an', 'the', 'another', 'andere', 'ander', 'other', 'iets', 'something', 'them', 'hen', 'ze']);
/** Cues about switching (as opposed to cancelling): only these can point towards us. */
const SWITCH_RE = /\b(?:overstap|overgestapt|stap|stappen|switch|switched|switching|move|moving|moved)/;
/** A positive frame in the same sentence: the writer is glad about the switch (to us). */
const POSITIVE_FRAME_RE =
  /\b(?:tevreden|blij|happy|glad|pleased|delighted|best\s+decision|beste\s+beslissing|geen\s+spijt|no\s+regrets?|aanrader|aangeraden|recommend(?:ed)?|vlekkeloos|soepel|smooth(?:ly)?|seamless(?:ly)?|easy|easier|makkelijk|gemakkelijk|eenvoudig|moeiteloos|painless|welkom|welcome)\b/;
/** Someone else switches ("ze stappen allemaal over", "my parents switched"): not the writer's intent. */
const THIRD_PERSON_RE = /\b(?:ze|zij|hij|iedereen|they|he|she|everyone|everybody)\b/;
const FIRST_PERSON_RE = /\b(?:ik|we|wij|i|i'm|im|we're|mijn|my|our|ons|onze)\b/;
const COUNT_BEFORE_RE = /(?:^|\s)(?:\d+|twee|drie|vier|vijf|zes|veel|weinig|paar|aantal|two|three|four|five|several|many)$/;

/** The clause (cut at punctuation and conjunctions) around a match, the match included. */
function clauseAround(text: string, index: number, length: number): string {
  let start = 0;
  CLAUSE_CUT_RE.lastIndex = 0;
  for (let m = CLAUSE_CUT_RE.exec(text); m !== null && m.index < index; m = CLAUSE_CUT_RE.exec(text)) start = m.index + m[0].length;
  CLAUSE_CUT_RE.lastIndex = index + length;
  const end = CLAUSE_CUT_RE.exec(text)?.index ?? text.length;
  return text.slice(start, end);
}

/** Whether a churn cue really is the writer's intent to leave (see the regexes above). */
function isChurnIntent(text: string, index: number, match: string): boolean {
  const before = precedingWindow(text, index);
  // "drie overstappen gehad": transfers on a journey, a noun after a number.
  if (COUNT_BEFORE_RE.test(before)) return false;
  if (THIRD_PERSON_RE.test(before) && !FIRST_PERSON_RE.test(before)) return false;
  if (!SWITCH_RE.test(match)) return true;
  const after = text.slice(index, index + match.length + 40);
  if (TOWARDS_US_RE.test(after)) return false;
  const target = TARGET_RE.exec(after)?.[1];
  if (target !== undefined && !NOT_A_NAME.has(target)) {
    // The company the text is about: named again elsewhere ("@Stroomwijs ... overgestapt naar Stroomwijs").
    let count = 0;
    for (let i = text.indexOf(target); i >= 0; i = text.indexOf(target, i + target.length)) count++;
    if (count >= 2) return false;
  }
  // The frame must be in the cue's own clause and not negated: "niet tevreden, dus ik stap over" is churn.
  const frame = POSITIVE_FRAME_RE.exec(clauseAround(text, index, match.length));
  return frame === null || NEGATOR_RE.test(precedingWindow(frame.input, frame.index));
}

const NUM_NL = String.raw`(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|meerdere|diverse|verschillende|talloze|zoveel)`;
const NUM_EN = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous)`;
const AGENT_NL = '(?:mens|medewerker|persoon|leidinggevende|manager|supervisor|teamleider)';
const AGENT_EN = '(?:human|person|agent|someone|somebody|manager|supervisor|representative|rep|operator)';

// Each pattern comes with words one of which every match contains (see triggers.ts).
const CHURN = cues(
  [
    ['zeg zeggen', String.raw`\bzeg(?:gen)?\s+(?:mijn|ons|onze|het|de|m'n|mn|dit|dat)\s+[^.!?,;]{0,30}?\bop\b`],
    ['opzeg opzeggen opzegt opzegging opgezegd', String.raw`\bop(?:zeg(?:gen|t|ging)?|gezegd)\b`],
    ['overstap overstappen overgestapt over', String.raw`\b(?:overstap(?:pen)?|overgestapt|over\s+te\s+stappen)\b`],
    ['over', String.raw`\bstap(?:pen)?\s+(?:[^.!?,;]{0,30}?\s)?over\s+naar\b`],
    ['stap stappen', String.raw`\bstap(?:pen)?\s+over\b`],
    ['weg vertrokken', String.raw`\b(?:ga|gaan|ben|zijn)\s+(?:ik\s+|we\s+)?(?:weg|vertrokken)\s+bij\b`],
    ['weg', String.raw`\bik\s+ga\s+(?:hier\s+)?weg\b`],
    ['vertrek vertrekken', String.raw`\bvertrek(?:ken)?\s+(?:bij|naar)\b`],
    ['andere nieuwe', String.raw`\b(?:een\s+)?(?:andere|nieuwe)\s+(?:energie)?(?:leverancier|provider|aanbieder|bank|webshop|verzekeraar)\s+(?:zoeken|nemen|kiezen|gaan)\b`],
    ['concurrent', String.raw`\bnaar\s+de\s+concurrent\b`],
    ['af', String.raw`\bvan\s+(?:jullie|jou|u)\s+af\b`],
    ['contract abonnement account lidmaatschap', String.raw`\b(?:contract|abonnement|account|lidmaatschap)\s+(?:opzeggen|beeindigen|beëindigen|stopzetten|verwijderen|sluiten|ontbinden)\b`],
    ['laatste', String.raw`\blaatste\s+keer\s+dat\s+ik\s+(?:hier\s+|bij\s+\S+\s+)?(?:bestel|koop|klant)\b`],
    ['cancel canceling cancelling canceled cancelled cancels', String.raw`\bcancel(?:l?ing|l?ed|s)?\s+(?:my|our|the)\s+(?:account|contract|subscription|membership|plan|service|policy|direct\s+debit)\b`],
    ['close terminate end', String.raw`\b(?:close|terminate|end)\s+(?:my|our|the)\s+(?:account|contract|subscription|membership)\b`],
    ['switch switching switched', String.raw`\bswitch(?:ing|ed)?\s+(?:to|providers?|suppliers?|companies|banks|over)\b`],
    ['leave leaving', String.raw`\bleav(?:e|ing)\s+(?:for|you\b|your)`],
    ['leaving done', String.raw`\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:leaving|done\s+with\s+(?:you|this\s+company))\b`],
    ['going gonna', String.raw`\b(?:going|gonna)\s+(?:to\s+)?(?:leave|switch|cancel)\b`],
    ['take', String.raw`\btake\s+my\s+(?:business|money)\s+elsewhere\b`],
    ['unsubscribe unsubscribing', String.raw`\bunsubscrib(?:e|ing)\b`],
    ['last', String.raw`\blast\s+time\s+i(?:'ll)?\s+(?:order|buy|use|shop)\b`],
    ['find finding look looking', String.raw`\b(?:find|finding|look(?:ing)?\s+for)\s+(?:a\s+)?(?:new|another|different)\s+(?:provider|supplier|company|bank|energy\s+company)\b`],
  ],
  'before-or-inside',
  [
    ['nooit', String.raw`\bnooit\s+meer\s+(?:iets\s+)?(?:bij\s+\S+\s+)?(?:bestellen|kopen|klant|terug)\b`],
    ['nooit', String.raw`\bbestel\s+(?:hier\s+)?nooit\s+meer\b`],
    ['never', String.raw`\bnever\s+(?:ordering|buying|using|shopping)\s+(?:from|with|here|again)\b`],
    ['never', String.raw`\bnever\s+again\b`],
  ],
  isChurnIntent,
);

const EFFORT = cues([
  ['keer', String.raw`\bvoor\s+de\s+(?:derde|vierde|vijfde|zesde|zevende|zoveelste|\d+(?:e|ste|de))\s+keer\b`],
  ['keer maal x', String.raw`\b(?:al|nu\s+al|inmiddels)\s+${NUM_NL}\s+(?:keer|maal|x)\b`],
  ['keer maal x', String.raw`\b${NUM_NL}\s+(?:keer|maal|x)\s+(?:ge)?(?:beld|belt|bellen|gemaild|mailen|contact|geprobeerd|gechat)\b`],
  ['wacht lijn gewacht wachten wachtrij', String.raw`\b(?:uren|uur|\d+\s+min(?:uten)?|lang|eeuwig|eindeloos)\s+(?:in\s+de\s+wacht|aan\s+de\s+lijn|gewacht|wachten|in\s+de\s+wachtrij)\b`],
  ['wacht', String.raw`\bin\s+de\s+wacht\s+(?:gezet|gestaan|gehangen|staan|hangen)\b`],
  ['beld gebeld bellen gebellen gemaild gegemaild mailen gemailen contact gecontact', String.raw`\b(?:opnieuw|weer|nogmaals|wederom)\s+(?:ge)?(?:beld|bellen|gemaild|mailen|contact\s+opgenomen)\b`],
  ['steeds altijd', String.raw`\bnog\s+(?:steeds|altijd)\s+(?:niet|geen|niks|niets|aan\s+het\s+wachten|wachten)\b`],
  ['wacht', String.raw`\bwacht\s+(?:nu\s+)?(?:al|nog\s+steeds)\b`],
  ['dagen weken maanden', String.raw`\bal\s+(?:\d+\s+|twee\s+|drie\s+|vier\s+|een\s+paar\s+|enkele\s+)?(?:dagen|weken|maanden)\b`],
  ['weken maanden', String.raw`\b(?:sinds|na|ruim)\s+(?:\d+|twee|drie|vier|vijf|zes|een\s+paar|enkele)\s+(?:weken|maanden)\b`],
  ['weken maanden', String.raw`\b(?:weken|maanden)\s+(?:later|gewacht|wachten|bezig)\b`],
  ['keer steeds telkens', String.raw`\b(?:keer\s+op\s+keer|steeds\s+weer|telkens\s+(?:weer|opnieuw))\b`],
  ['kastje', String.raw`\bvan\s+het\s+kastje\s+naar\s+de\s+muur\b`],
  ['keer', String.raw`\b(?:elke|iedere)\s+keer\s+(?:een\s+)?(?:ander|andere|opnieuw)\b`],
  ['bellen mailen uitleggen inloggen invullen', String.raw`\bmoet\s+(?:ik\s+)?(?:steeds|telkens|weer|opnieuw)\s+(?:bellen|mailen|uitleggen|inloggen|invullen)\b`],
  ['time', String.raw`\bfor\s+the\s+(?:third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th))\s+time\b`],
  ['times calls emails attempts', String.raw`\b${NUM_EN}\s+(?:times|calls|emails|attempts|phone\s+calls)\b`],
  ['called phoned emailed rang contacted chatted tried', String.raw`\b(?:called|phoned|emailed|rang|contacted|chatted|tried)\s+(?:them\s+|you\s+)?(?:again|back|multiple|several|many|\d+|three|four|five)\b`],
  ['still', String.raw`\bstill\s+(?:waiting|not|no|haven't|hasn't|nothing)\b`],
  ['hold', String.raw`\b(?:hours?|forever|ages|\d+\s+min(?:ute)?s)\s+on\s+hold\b`],
  ['hold', String.raw`\bon\s+hold\s+for\b`],
  ['weeks months', String.raw`\b(?:for|after|over)\s+(?:${NUM_EN}\s+|a\s+few\s+)?(?:weeks|months)\b`],
  ['weeks months', String.raw`\b(?:weeks|months)\s+(?:later|now|of\s+waiting|on\s+end)\b`],
  ['again over time', String.raw`\b(?:again\s+and\s+again|over\s+and\s+over|time\s+after\s+time)\b`],
  ['runaround', String.raw`\brunaround\b`],
  ['back', String.raw`\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:called|got|gets|came)\s+back\b`],
  ['keep', String.raw`\bkeep\s+(?:calling|emailing|chasing|trying|having\s+to)\b`],
  ['again', String.raw`\bhad\s+to\s+(?:call|ring|email|explain|repeat|chase)\b[^.!?]{0,30}\bagain\b`],
], 'before');

/** Agent words and the same glued to a following word ("medewerkeraub"), which `\s*` allows. */
function gluedWords(heads: readonly string[], tails: readonly string[]): string {
  return [...heads, ...heads.flatMap((h) => tails.map((t) => h + t))].join(' ');
}
const AGENTS_NL = ['mens', 'medewerker', 'persoon', 'leidinggevende', 'manager', 'supervisor', 'teamleider'];
const GLUED_NL = gluedWords(AGENTS_NL, ['aub', 'alsjeblieft', 'a', 'graag', 'please', 'nu']);
const GLUED_EN = gluedWords(['human', 'agent', 'representative', 'operator', 'manager', 'supervisor'], ['please', 'pls', 'now']);

const ESCALATION = cues([
  ['spreken', String.raw`\b(?:een\s+)?(?:echte?\s+)?${AGENT_NL}\s+(?:te\s+)?spreken\b`],
  ['met tegen', String.raw`\b(?:met|tegen)\s+een\s+(?:echte?\s+)?${AGENT_NL}\s+(?:praten|spreken|chatten|bellen)\b`],
  ['lijn telefoon', String.raw`\b(?:krijg|krijgen|wil|willen|graag|kan|mag)\b[^.!?]{0,25}\b${AGENT_NL}\s+aan\s+de\s+(?:lijn|telefoon)\b`],
  ['mens medewerker persoon leidinggevende manager supervisor teamleider', String.raw`\b(?:ik\s+wil|wil\s+ik|mag\s+ik|kan\s+ik|graag|liever)\b[^.!?]{0,30}?\b${AGENT_NL}\b`],
  ['doorverbinden doorverbonden doorgeschakeld', String.raw`\b(?:doorverbinden|doorverbonden|doorgeschakeld)\b`],
  ['verbind zet', String.raw`\b(?:verbind|zet)\s+(?:me|mij)\s+(?:door|over)\b`],
  [GLUED_NL, String.raw`\b${AGENT_NL}\s*(?:aub|alsjeblieft|a\.u\.b|graag|please|nu)\b`],
  ['medewerker mens agent human operator representative', String.raw`^\s*(?:medewerker|mens|agent|human|operator|representative)\s*[.!?]*\s*$`],
  ['escaleren escalatie ombudsman geschillencommissie', String.raw`\b(?:escaleren|escalatie|ombudsman|geschillencommissie)\b`],
  ['talk speak chat', String.raw`\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|some\s+|your\s+|the\s+)?(?:real\s+|actual\s+|live\s+)?${AGENT_EN}\b`],
  [GLUED_EN, String.raw`\b(?:human|agent|representative|operator|manager|supervisor)\s*(?:please|pls|now)\b`],
  ['get give', String.raw`\b(?:get|give)\s+me\s+(?:a|an|your)\s+(?:human|agent|manager|supervisor|person|real\s+person)\b`],
  ['connect transfer put', String.raw`\b(?:connect|transfer|put)\s+me\s+(?:to|with|through)\b`],
  ['escalate escalation', String.raw`\bescalat(?:e|ion)\b`],
  ['want need like', String.raw`\b(?:i\s+want|i\s+need|i'd\s+like)\s+(?:a|an|to\s+speak\s+to\s+a)?\s*(?:human|manager|supervisor|real\s+person)\b`],
], 'before-or-inside');

const BOT_FALLBACK = [
  /\b(?:ik\s+)?(?:begrijp|snap|begreep|snapte)\s+(?:je|uw|jouw|de|het|dat|die|deze)?\s*(?:vraag\s+|bericht\s+)?(?:helaas\s+|nog\s+)?niet\b/,
  /\b(?:anders|opnieuw)\s+(?:formuleren|verwoorden|stellen)\b|\bherformuleren\b/,
  /\bwat\s+(?:je|u)\s+bedoel/,
  /\bdat\s+heb\s+ik\s+niet\s+(?:goed\s+)?begrepen\b/,
  /\bkan\s+(?:je|u)\s+(?:hier\s+)?(?:helaas\s+)?niet\s+(?:mee\s+)?helpen\b/,
  /\bi\s+(?:did\s+not|didn't|do\s+not|don't)\s+(?:quite\s+)?(?:understand|get|catch)\b/,
  /\b(?:could|can)\s+you\s+(?:please\s+)?(?:rephrase|say\s+(?:that|it)\s+(?:again|differently)|try\s+again)\b|\brephrase\b/,
  /\bnot\s+sure\s+(?:what\s+you\s+mean|i\s+understand)\b/,
  /\bi'm\s+(?:sorry,?\s+)?(?:not\s+sure|unable\s+to\s+help|still\s+learning)\b/,
  /\bsorry,?\s+i\s+(?:can't|cannot)\s+help\s+with\s+that\b/,
];

const NEGATOR_RE = /\b(?:niet|geen|nooit|zonder|not|never|no|without|don't|dont|won't|wont|wouldn't|didn't|isn't|am\s+not|hoef|hoeft|hoefde|hoefden)\b/;
const CLAUSE_CUT_RE = /[.,;:!?\n]|\b(?:dus|en|maar|want|omdat|so|and|but|because|then|dan)\b/g;
const CURLY_RE = /’/g;

/** The few words before a match (same clause), where a negation would cancel it. */
function precedingWindow(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 60), index);
  let cut = 0;
  CLAUSE_CUT_RE.lastIndex = 0;
  for (let m = CLAUSE_CUT_RE.exec(before); m !== null; m = CLAUSE_CUT_RE.exec(before)) cut = m.index + m[0].length;
  const words = before.slice(cut).trim().split(/\s+/);
  return words.slice(-4).join(' ');
}

function anyCue(text: string, list: readonly Cue[], gates: number): boolean {
  for (const cue of list) {
    if ((cue.gate & gates) === 0) continue;
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m !== null; m = cue.re.exec(text)) {
      if (m[0].length === 0) cue.re.lastIndex++;
      if (cue.accept !== undefined && !cue.accept(text, m.index, m[0])) continue;
      if (cue.negation === 'never') return true;
      const negatedBefore = NEGATOR_RE.test(precedingWindow(text, m.index));
      const negatedInside = cue.negation === 'before-or-inside' && NEGATOR_RE.test(m[0]);
      if (!negatedBefore && !negatedInside) return true;
    }
  }
  return false;
}

function lower(text: string): string {
  return text.toLowerCase().replace(CURLY_RE, "'");
}

function botText(turn: Turn): string {
  return lower(turn.text)
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const sa = new Set(a.split(' '));
  const sb = new Set(b.split(' '));
  let common = 0;
  for (const w of sa) if (sb.has(w)) common++;
  return common / (sa.size + sb.size - common);
}

/**
 * Whether a chat bot got stuck: it repeated (near-)identical messages or fallback phrases three or
 * more times, or fell back twice with the customer rephrasing in between.
 */
export function detectBotLoop(conversation: Conversation | undefined): boolean {
  if (conversation === undefined) return false;
  const turns = conversation.turns;
  let fallbacks = 0;
  let lastFallback = -1;
  let rephrasedBetweenFallbacks = false;
  const botTexts: string[] = [];
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.role !== 'bot') continue;
    const text = lower(turn.text);
    if (BOT_FALLBACK.some((re) => re.test(text))) {
      if (lastFallback >= 0 && turns.slice(lastFallback + 1, i).some((t) => t.role === 'customer' && t.text.trim() !== '')) {
        rephrasedBetweenFallbacks = true;
      }
      fallbacks++;
      lastFallback = i;
    }
    botTexts.push(botText(turn));
  }
  if (fallbacks >= 3 || (fallbacks >= 2 && rephrasedBetweenFallbacks)) return true;
  for (let i = 0; i < botTexts.length; i++) {
    const a = botTexts[i]!;
    if (a.split(' ').length < 3) continue;
    let repeats = 1;
    for (let j = i + 1; j < botTexts.length; j++) if (similarity(a, botTexts[j]!) >= 0.8) repeats++;
    if (repeats >= 3) return true;
  }
  return false;
}

/**
 * CX signals of a piece of feedback. For chats the customer's turns are read (so a bot offering
 * "een medewerker spreken?" is no escalation request) and bot loops are judged; for other
 * channels `botLoop` is false. `gates` are the trigger gates open in `text` (triggers.ts).
 * @example detectSignals('Ik zeg mijn abonnement op, voor de derde keer gebeld!').churnRisk // true
 */
export function detectSignals(text: string, conversation?: Conversation, gates = ALL_GATES): Signals {
  const customerTurns = conversation?.turns.filter((t) => t.role === 'customer').map((t) => lower(t.text)) ?? [];
  const texts = customerTurns.length > 0 ? customerTurns : [lower(text)];
  // The gates were read from `text`, not from the customer's turns.
  const textGates = customerTurns.length > 0 ? ALL_GATES : gates;
  const any = (list: readonly Cue[]): boolean => texts.some((t) => anyCue(t, list, textGates));
  return {
    churnRisk: any(CHURN),
    effort: any(EFFORT),
    escalationRequested: any(ESCALATION),
    botLoop: detectBotLoop(conversation),
  };
}

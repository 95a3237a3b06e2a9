/**
 * Lexicon-based sentiment for English and Dutch, in the spirit of VADER: valences from the
 * lexicons, scaled by intensifiers, negation scope (including Dutch post-verbal "niet"), contrast
 * ("maar", "but"), caps, elongation, "!!!", emoji/emoticons and common sarcasm patterns.
 */
import type { Sentiment, SentimentLabel } from '../schema/feedback.ts';
import { EMOJI_VALENCE, emoticonValence } from './emoji.ts';
import { type LanguagePack, type Phrase, packFor, type SentimentEntry, stripDiacritics } from './lexicon.ts';
import { findRuleSpans, type RuleSpan } from './rules.ts';
import { type Token, type TokenizedText, tokenize } from './tokenize.ts';

/** One sentiment-bearing stretch of tokens (a word, a phrase or an emoji) and its final value. */
export interface SentimentUnit {
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'phrase' | 'emoji' | 'rule';
  /** Lexicon valence before modifiers. */
  readonly base: number;
  /** Valence after intensifiers, negation, caps, sarcasm and clause weights. */
  value: number;
  negated: boolean;
  sarcastic: boolean;
  readonly entry: SentimentEntry | undefined;
  /** A weak construction hint, dropped when its sentence also carries praise (see rules.ts). */
  readonly guard?: boolean;
}

/** Evidence from outside the text's words: CX signals found by `detectSignals`. */
export interface SentimentContext {
  /** The writer intends to cancel or switch away: negative evidence. */
  readonly churnRisk?: boolean;
  /** The writer asks for a human or escalates: mild negative evidence. */
  readonly escalationRequested?: boolean;
}

/** Sentiment plus the evidence the emotion step reuses. */
export interface SentimentAnalysis {
  readonly sentiment: Sentiment;
  readonly units: readonly SentimentUnit[];
  /** Sum of positive and of negative evidence (absolute). */
  readonly positive: number;
  readonly negative: number;
  /** A sarcasm pattern fired (praise words used to complain). */
  readonly sarcasm: boolean;
  /** 1 for every token inside a negated unit. */
  readonly negatedTokens: readonly number[];
}

const CAPS_INCREMENT = 0.733;
const NEGATION_SCOPE = 3;
const POSTPOSED_NEGATION_SCOPE = 5;

// Negation is cancelled by "niet alleen" / "not only" (additive, not negating).
const NEGATION_CANCELLERS = new Set(['alleen', 'enkel', 'only', 'just', 'even', 'eens', 'zomaar']);
// Negation scope ends at a conjunction.
const SCOPE_BREAKERS = new Set([
  'en', 'and', 'of', 'or', 'want', 'omdat', 'because', 'dus', 'so', 'terwijl',
  // Subordinators: "ik heb schrik dat ik mijn geld nooit terugzie" does not negate "schrik".
  'dat', 'that', 'toen', 'wanneer', 'when', 'if', 'indien', 'which', 'who',
]);
const NEVER_AGAIN_TAIL = new Set(['meer', 'weer', 'again']);
const NEVER_WORDS = new Set(['nooit', 'never']);
// Salutations whose words would otherwise read as praise ("Beste klantenservice").
const GREETINGS = new Set(['beste', 'geachte', 'dear', 'lieve']);
const LIKE_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'really', 'do', "don't", 'dont', 'did', "didn't", 'would', "i'd", 'still', 'also', 'totally', 'absolutely']);

/** Words that mark a repeated failure; after sarcastic praise they reveal the irony. */
export const REPETITION_MARKERS: ReadonlySet<string> = new Set([
  'weer', 'alweer', 'opnieuw', 'wederom', 'nogmaals', 'zoveelste', 'again', 'another', 'yet',
]);
const SARCASM_OPENERS = new Set(['oh', 'o', 'nou', 'wow', 'ach', 'ah', 'well', 'just', 'echt', 'really', 'nee', 'jee', 'jeetje', 'gosh']);
const SARCASM_PARTICLES = new Set(['hoor', 'zeg', 'joh', 'he', 'hè', 'dan', 'man', 'guys', 'thanks', 'bedankt']);
const SARCASTIC_PHRASES = new Set([
  'thanks for nothing', 'thank you for nothing', 'bedankt voor niks', 'bedankt voor niets', 'dank voor niks',
  'dank je de koekoek', 'yeah right', 'lekker bezig',
]);
const IRONY_EMOJI = new Set(['🙄', '🙃', '🤡']);
const GRATITUDE_WORDS = new Set(['thanks', 'thank', 'thx', 'bedankt', 'dank', 'dankjewel', 'dankje', 'merci']);
const FOR_WORDS = new Set(['for', 'voor']);
const LOVE_HOW = new Set(['how', 'when', 'waiting', 'als', 'wanneer', 'hoe']);
const QUOTES = new Set(['"', '“', '”', '„']);
const SO_CALLED = new Set(['zogenaamd', 'zogenaamde', 'zgn', 'quote-unquote', 'supposedly']);

const COMPLAINT_QUESTION_WORDS = new Set(['waarom', 'hoezo', 'why']);
// "I'd like to ...", "would like to": a request, not praise.
const LIKE_REQUEST_SUBJECTS = new Set(["i'd", 'id', "we'd", 'would', "you'd", 'wd']);
// Words a negation reaches across without using up its scope: "never had a single problem".
const NEGATION_TRANSPARENT = new Set(['a', 'an', 'the', 'any', 'single', 'ever', 'one', 'een', 'enkel', 'enkele', 'enige', 'ooit', 'echt', 'really']);
// "ook zonder bereik", "even without signal": the negative is conceded, not complained about.
const EVEN_WORDS = new Set(['ook', 'zelfs', 'even']);
const WITHOUT_WORDS = new Set(['zonder', 'without']);
// Verbs and participles that report a problem as resolved: "probleem opgelost", "replaced the broken mug".
const RESOLUTION_WORDS = new Set([
  'solved', 'resolved', 'fixed', 'sorted', 'repaired', 'replaced', 'replacing', 'refunded', 'rebooked', 'rectified', 'corrected',
  'opgelost', 'verholpen', 'gerepareerd', 'vervangen', 'gefixt', 'teruggestort', 'terugbetaald', 'gecorrigeerd', 'rechtgezet',
]);
const RESOLUTION_REACH = 3;
// Conditional clauses describe hypothetical trouble: "if something goes wrong they sort it".
const CONDITIONAL_WORDS = new Set(['if', 'whenever', 'indien', 'mocht', 'mochten', 'ingeval']);
const ALS_SUBJECTS = new Set(['er', 'het', 'je', 'u', 'ik', 'we', 'wij', 'iets', 'de', 'mijn', 'jullie', 'ze', 'zij', 'hij']);
// Irrealis: praise under "would be", "zou ... zijn", "supposed to", "beloofd" describes what did not happen.
const IRREALIS_MODALS = new Set(['would', 'zou', 'zouden']);
const IRREALIS_VERBS = new Set(['be', 'been', 'zijn', 'worden', 'have']);
const IRREALIS_WORDS = new Set(['supposed', 'promised', 'beloofd', 'beloofde', 'beloven']);
// Particles and vocatives that make a closing compliment after a complaint ironic.
/** Negative manner words that turn the positive word right after them negative: "slecht geholpen", "poorly designed". */
const NEGATIVE_MANNER = new Set(['slecht', 'matig', 'onvoldoende', 'slordig', 'badly', 'poorly', 'sloppily', 'barely', 'nauwelijks', 'amper']);

const IRONY_CLOSER_PARTICLES = new Set(['he', 'hé', 'hoor', 'zeg', 'lol', 'again', 'weer', 'guys', 'jongens', 'team', 'folks', 'people', 'mensen']);
const WEAK_PRAISE_MAX = 1.0;

/** "Wéér", "WEER", "weeeer": repetition written with stress (plain "weer" is also "weather"). */
function isStressedWeer(t: Token): boolean {
  if (t.norm === 'weer') return t.caps || t.elongated;
  return stripDiacritics(t.norm) === 'weer';
}

/** Whether the sentence of token i ends with a question mark. */
function endsWithQuestion(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text.includes('?')) return true;
  }
  return false;
}

function isWordLike(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

function phraseWordMatches(pattern: string, token: Token | undefined): boolean {
  if (!isWordLike(token)) return false;
  const norm = token!.norm;
  if (pattern.endsWith('*')) return norm.startsWith(pattern.slice(0, -1));
  return norm === pattern || stripDiacritics(norm) === pattern;
}

function matchPhrase(phrases: readonly Phrase[] | undefined, tokens: readonly Token[], i: number): Phrase | undefined {
  if (phrases === undefined) return undefined;
  const sentence = tokens[i]!.sentence;
  outer: for (const p of phrases) {
    for (let k = 1; k < p.words.length; k++) {
      const t = tokens[i + k];
      if (t === undefined || t.sentence !== sentence || !phraseWordMatches(p.words[k]!, t)) continue outer;
    }
    return p;
  }
  return undefined;
}

function lookupToken(pack: LanguagePack, t: Token): SentimentEntry | undefined {
  const e = pack.lookup(t.norm);
  if (e !== undefined || !t.elongated) return e;
  // "sloooow" was normalised to "sloow"; also try a single letter.
  return pack.lookup(t.text.toLowerCase().replace(/(\p{L})\1+/gu, '$1'));
}

function hasPolarity(e: SentimentEntry | undefined): e is SentimentEntry {
  return e !== undefined && (e.v !== 0 || e.nv !== undefined);
}

function nextWordIndex(tokens: readonly Token[], i: number): number {
  const t = tokens[i + 1];
  return t !== undefined && t.kind === 'word' && t.clause === tokens[i]!.clause ? i + 1 : -1;
}

function ruleUnit(start: number, end: number, value: number, guard = false): SentimentUnit {
  return { start, end, kind: 'rule', base: value, value, negated: false, sarcastic: false, entry: undefined, guard };
}

/** Finds the sentiment units of a tokenised text (no modifiers applied yet). */
function findUnits(tokens: readonly Token[], pack: LanguagePack, unitAt: number[], spans: readonly RuleSpan[]): SentimentUnit[] {
  const units: SentimentUnit[] = [];
  let firstWord = true;
  // Rule spans take precedence over lexicon words and phrases.
  const spanAt: number[] = spans.length === 0 ? [] : new Array(tokens.length).fill(-2);
  spans.forEach((sp, k) => {
    for (let j = sp.start; j < sp.end; j++) spanAt[j] = j === sp.start ? k : -1;
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const spanIndex = spanAt[i] ?? -2;
    const span = spanIndex >= 0 ? spans[spanIndex] : undefined;
    if (span !== undefined) {
      for (let k = span.start; k < span.end; k++) unitAt[k] = units.length;
      units.push(ruleUnit(span.start, span.end, span.value, span.guard));
      i = span.end - 1;
      firstWord = false;
      continue;
    }
    if (t.kind === 'emoji' || t.kind === 'emoticon') {
      const v = t.kind === 'emoji' ? EMOJI_VALENCE.get(t.text) : emoticonValence(t.text);
      if (v !== undefined) {
        unitAt[i] = units.length;
        units.push({ start: i, end: i + 1, kind: 'emoji', base: v, value: v, negated: false, sarcastic: false, entry: undefined });
      }
      continue;
    }
    if (!isWordLike(t)) continue;
    let phrase = matchPhrase(pack.phrases.get(t.norm), tokens, i);
    if (phrase !== undefined && spanAt.length > 0) {
      const end = i + phrase.words.length;
      for (let k = i; k < end; k++) {
        if ((spanAt[k] ?? -2) !== -2) {
          phrase = undefined;
          break;
        }
      }
    }
    if (phrase !== undefined) {
      const end = i + phrase.words.length;
      const key = phrase.words.join(' ');
      for (let k = i; k < end; k++) unitAt[k] = units.length;
      units.push({
        start: i, end, kind: 'phrase', base: phrase.entry.v, value: phrase.entry.v, negated: false,
        sarcastic: SARCASTIC_PHRASES.has(key), entry: phrase.entry,
      });
      i = end - 1;
      firstWord = false;
      continue;
    }
    if (t.kind !== 'word') continue;
    const wasFirst = firstWord;
    firstWord = false;
    if (pack.negators.has(t.norm)) continue;
    if (wasFirst && GREETINGS.has(t.norm)) continue;
    // Single letters ("size L", "plan B") carry no opinion.
    if (t.norm.length < 2) continue;
    // "Wéér treinvervangende bussen", "WEER storing": stressed repetition is a complaint.
    if ((pack.lang === 'nl' || pack.lang === 'und') && t.norm.startsWith('w') && isStressedWeer(t)) {
      unitAt[i] = units.length;
      units.push(ruleUnit(i, i + 1, -1.2, true));
      continue;
    }
    // "ruim 100 euro": "more than", not "spacious".
    if (t.norm === 'ruim' && tokens[i + 1]?.kind === 'number') continue;
    // "Waarom is mijn factuur zo hoog?": a why-question in feedback is a complaint.
    if (COMPLAINT_QUESTION_WORDS.has(t.norm) && pack.lang !== 'none' && endsWithQuestion(tokens, i)) {
      unitAt[i] = units.length;
      units.push({ start: i, end: i + 1, kind: 'rule', base: -1, value: -1, negated: false, sarcastic: false, entry: undefined });
      continue;
    }
    let entry = lookupToken(pack, t);
    if (t.norm === 'like' && pack.lang !== 'nl') {
      const prev = tokens[i - 1];
      const request = prev !== undefined && LIKE_REQUEST_SUBJECTS.has(prev.norm) && tokens[i + 1]?.norm === 'to';
      entry = prev !== undefined && LIKE_SUBJECTS.has(prev.norm) && !request ? { v: 1.6, nv: undefined } : undefined;
    }
    if (t.norm === 'kind' && tokens[i + 1]?.norm === 'of') continue;
    if (!hasPolarity(entry)) continue;
    // "Heel slecht geholpen", "poorly explained": the positive word is what went badly, not praise.
    if (NEGATIVE_MANNER.has(t.norm)) {
      const j = nextWordIndex(tokens, i);
      const next = j >= 0 ? lookupToken(pack, tokens[j]!) : undefined;
      if (j >= 0 && hasPolarity(next) && next.v > 0) {
        for (let k = i; k <= j; k++) unitAt[k] = units.length;
        units.push(ruleUnit(i, j + 1, -(Math.abs(entry.v) + next.v * 0.5)));
        i = j;
        continue;
      }
    }
    // A word that is both a booster and evaluative ("vreselijk", "pretty") boosts when an
    // evaluative word follows: "vreselijk traag", "pretty good".
    if (pack.boosters.has(t.norm)) {
      const j = nextWordIndex(tokens, i);
      if (j >= 0 && hasPolarity(lookupToken(pack, tokens[j]!))) continue;
    }
    unitAt[i] = units.length;
    units.push({ start: i, end: i + 1, kind: 'word', base: entry.v, value: entry.v, negated: false, sarcastic: false, entry });
  }
  return units;
}

/** Product of booster factors in the few words before a unit, and whether a negator sits between. */
function boosterFactor(tokens: readonly Token[], pack: LanguagePack, unit: SentimentUnit, unitAt: number[]): number {
  let factor = 1;
  const clause = tokens[unit.start]!.clause;
  let j = unit.start - 1;
  let seen = 0;
  while (j >= 0 && seen < 3) {
    const t = tokens[j]!;
    if (t.clause !== clause || t.kind !== 'word' || unitAt[j]! >= 0) break;
    if (pack.negators.has(t.norm)) break;
    const prev = tokens[j - 1];
    const bigram = prev !== undefined && prev.clause === clause ? pack.bigramBoosters.get(`${prev.norm} ${t.norm}`) : undefined;
    if (bigram !== undefined) {
      factor *= bigram;
      j -= 2;
      seen += 2;
      continue;
    }
    const b = pack.boosters.get(t.norm);
    if (b !== undefined) factor *= b;
    j--;
    seen++;
  }
  return Math.max(0.4, Math.min(2, factor));
}

/** Resolves negation scopes and negates the targeted units. */
function applyNegation(
  tokens: readonly Token[],
  pack: LanguagePack,
  units: SentimentUnit[],
  unitAt: number[],
  negatedTokens: number[],
): void {
  const postposed = pack.lang === 'nl' || pack.lang === 'und';
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind !== 'word' || unitAt[n]! >= 0) continue;
    const factor = pack.negators.get(t.norm);
    if (factor === undefined) continue;
    const next = tokens[n + 1];
    if (next !== undefined && NEGATION_CANCELLERS.has(next.norm)) continue;
    // "ook zonder bereik", "even without signal": conceded, so the negative does not count.
    const conceded = WITHOUT_WORDS.has(t.norm) && n > 0 && EVEN_WORDS.has(tokens[n - 1]!.norm);
    let target = -1;
    let boosted = false;
    // Forward: "niet goed", "not very good", "geen probleem", "never had a single problem".
    for (let k = n + 1, words = 0; k < tokens.length && words < NEGATION_SCOPE; k++) {
      const f = tokens[k]!;
      if (f.clause !== t.clause || !isWordLike(f)) break;
      if (unitAt[k]! >= 0) {
        if (units[unitAt[k]!]!.kind !== 'rule') target = unitAt[k]!;
        break;
      }
      if (pack.negators.has(f.norm) || SCOPE_BREAKERS.has(f.norm) || pack.contrast.has(f.norm)) break;
      if (pack.boosters.has(f.norm)) boosted = true;
      if (!NEGATION_TRANSPARENT.has(f.norm)) words++;
    }
    // Backward, Dutch word order: "het werkt al dagen niet", "bevalt me niet".
    if (target < 0 && postposed && !conceded) {
      for (let k = n - 1, words = 0; k >= 0 && words < POSTPOSED_NEGATION_SCOPE; k--) {
        const b = tokens[k]!;
        if (b.clause !== t.clause || !isWordLike(b)) break;
        const u = unitAt[k]!;
        if (u >= 0) {
          if (!units[u]!.negated && units[u]!.kind !== 'emoji' && units[u]!.kind !== 'rule') target = u;
          break;
        }
        if (SCOPE_BREAKERS.has(b.norm) || pack.contrast.has(b.norm)) break;
        words++;
      }
      boosted = false;
    }
    if (target >= 0) {
      const u = units[target]!;
      if (u.negated) continue;
      u.negated = true;
      const negated = u.entry?.nv ?? u.value * factor;
      u.value = conceded ? 0 : boosted ? negated * 0.7 : negated;
      for (let k = u.start; k < u.end; k++) negatedTokens[k] = 1;
      continue;
    }
    // "nooit meer", "never again" with nothing to negate: a strong negative on its own.
    if (NEVER_WORDS.has(t.norm) && next !== undefined && NEVER_AGAIN_TAIL.has(next.norm)) {
      unitAt[n] = units.length;
      units.push(ruleUnit(n, n + 2, -2));
    }
  }
}

/** Whether a unit is lexical praise (a word or phrase, not an emoji or a construction rule). */
function isPositiveUnit(u: SentimentUnit | undefined): boolean {
  return u !== undefined && u.value > 0 && u.kind !== 'emoji' && u.kind !== 'rule';
}

function flip(u: SentimentUnit, minimum = 0): void {
  u.value = -Math.max(Math.abs(u.value) * 0.9, minimum);
  u.sarcastic = true;
}

/**
 * Context rules that change what a unit means in its clause or sentence:
 * - weak construction hints (`guard`) are dropped in a sentence that also praises;
 * - a reported resolution neutralises the problem words of its sentence ("probleem snel opgelost",
 *   "replaced the broken mug");
 * - trouble inside a conditional clause is hypothetical ("if something goes wrong they sort it");
 * - praise under irrealis is what did not happen ("told it would be fixed by now", "zou ... zijn").
 */
function applyContext(tokens: readonly Token[], units: SentimentUnit[], pack: LanguagePack): void {
  if (units.length === 0) return;
  const sentences = tokens[tokens.length - 1]!.sentence + 1;
  const praise: number[] = new Array(sentences).fill(0);
  const resolutions: number[] = [];
  for (const u of units) {
    const t = tokens[u.start]!;
    if (u.value > 0.3 && u.base >= 1.0 && u.kind !== 'rule') praise[t.sentence] = 1;
    if (u.value > 0 && !u.negated && u.kind === 'word' && RESOLUTION_WORDS.has(stripDiacritics(t.norm))) resolutions.push(u.start);
  }
  // A problem word within a few tokens of a resolution, in the same clause, is the thing resolved.
  const resolvedNear = (u: SentimentUnit): boolean =>
    u.kind === 'word' &&
    resolutions.some((r) => tokens[r]!.clause === tokens[u.start]!.clause && Math.abs(r - u.start) <= RESOLUTION_REACH);
  // Where a conditional starts in each clause, and token positions after an irrealis marker (per sentence).
  let conditionalFrom: Map<number, number> | undefined;
  const irrealisFrom: number[] = new Array(sentences).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    const conditional =
      CONDITIONAL_WORDS.has(t.norm) ||
      (t.norm === 'als' && pack.lang !== 'en' && next !== undefined && ALS_SUBJECTS.has(next.norm)) ||
      (t.norm === 'in' && next?.norm === 'case');
    if (conditional) {
      conditionalFrom ??= new Map();
      if (!conditionalFrom.has(t.clause)) conditionalFrom.set(t.clause, i);
    }
    if (irrealisFrom[t.sentence]! >= 0) continue;
    if (IRREALIS_WORDS.has(t.norm)) irrealisFrom[t.sentence] = i;
    else if (IRREALIS_MODALS.has(t.norm)) {
      for (let k = i + 1; k <= i + 4 && k < tokens.length && tokens[k]!.sentence === t.sentence; k++) {
        if (IRREALIS_VERBS.has(tokens[k]!.norm)) {
          irrealisFrom[t.sentence] = i;
          break;
        }
      }
    }
  }
  for (const u of units) {
    const t = tokens[u.start]!;
    const s = t.sentence;
    if (u.guard && praise[s] === 1) u.value = 0;
    if (u.value < 0 && u.kind !== 'rule' && u.kind !== 'emoji' && !u.sarcastic) {
      const conditionalStart = conditionalFrom?.get(t.clause);
      if (resolutions.length > 0 && resolvedNear(u)) u.value = 0;
      else if (conditionalStart !== undefined && u.start > conditionalStart) u.value *= 0.4;
    }
    if (u.value > 0 && u.kind !== 'emoji' && irrealisFrom[s]! >= 0 && u.start > irrealisFrom[s]!) u.value *= 0.2;
  }
}

/** Whether the rest of the sentence (or the next one) brings bad news: a repetition or a complaint. */
function restHasBadNews(tokens: readonly Token[], units: readonly SentimentUnit[], unitAt: readonly number[], pack: LanguagePack, from: number, sentence: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence > sentence + 1) break;
    if (pack.contrast.has(t.norm)) return false;
    if (REPETITION_MARKERS.has(t.norm)) return true;
    const u = unitAt[k]!;
    if (u >= 0 && units[u]!.value < 0) return true;
  }
  return false;
}

/** Whether token k starts a vocative: a capitalised name or a placeholder (@handle). */
function isVocative(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.kind === 'placeholder') return true;
  return t.kind === 'word' && t.text[0] !== t.text[0]!.toLowerCase();
}

/** Quoted stretches ("snelle levering", "delivered") of at most 8 tokens within one sentence, as [open, close]. */
function quotedRanges(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTES.has(tokens[i]!.text)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 9; k++) {
      const t = tokens[k]!;
      if (QUOTES.has(t.text)) {
        if (k > i + 1) out.push([i, k]);
        i = k;
        break;
      }
      if (t.sentence !== tokens[i]!.sentence && t.kind !== 'punct') break;
    }
  }
  return out;
}

/** Turns praise used ironically into complaint; returns whether any sarcasm was found. */
function applySarcasm(tokens: readonly Token[], units: SentimentUnit[], unitAt: number[], pack: LanguagePack): boolean {
  let sarcasm = units.some((u) => u.sarcastic);
  // Scare quotes around a company claim: "we're improving your experience", pakket "bezorgd".
  // Praise inside is ironic; a status word inside ("delivered") is disputed, i.e. negated.
  const quotes = tokens.some((t) => t.kind === 'punct' && QUOTES.has(t.text)) ? quotedRanges(tokens) : [];
  for (const [open, close] of quotes) {
    const wordsOutside = tokens.some((t, k) => (k < open || k > close) && t.kind === 'word');
    if (!wordsOutside) continue;
    for (let k = open + 1; k < close; k++) {
      const ui = unitAt[k]!;
      if (ui < 0) continue;
      const u = units[ui]!;
      if (u.sarcastic || u.negated || u.start !== k) continue;
      // Disputing a quoted claim is not ironic praise: it does not set the text's sarcasm flag.
      if (u.value > 0 && u.kind !== 'emoji') {
        flip(u, 1.2);
      } else if (u.value >= 0 && u.entry?.nv !== undefined && u.entry.nv < 0) {
        u.value = u.entry.nv;
        u.sarcastic = true;
      }
    }
  }
  if (!units.some(isPositiveUnit)) return sarcasm;
  const sentenceStart: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (sentenceStart[tokens[i]!.sentence] === undefined) sentenceStart[tokens[i]!.sentence] = i;

  for (const u of units) {
    if (!isPositiveUnit(u) || u.negated || u.sarcastic) continue;
    const first = tokens[u.start]!;
    const sStart = sentenceStart[first.sentence]!;
    // Pattern 1: "Geweldig, alweer een storing", "Great, another outage", "Super hoor, weer kapot",
    // "Goed bezig hoor Koopjeshoek, pakket kwijt". Weak approval ("ok, ...") is not ironic.
    let opener = sStart;
    while (opener < u.start && SARCASM_OPENERS.has(tokens[opener]!.norm)) opener++;
    if (opener === u.start && u.base >= WEAK_PRAISE_MAX) {
      let after = u.end;
      while (tokens[after] !== undefined && SARCASM_PARTICLES.has(tokens[after]!.norm)) after++;
      for (let v = 0; v < 2 && isVocative(tokens, after) && tokens[after]!.clause === first.clause; v++) after++;
      const sep = tokens[after];
      if (sep !== undefined && (sep.kind === 'punct' || IRONY_EMOJI.has(sep.text)) && sep.norm !== '?' && restHasBadNews(tokens, units, unitAt, pack, after + 1, first.sentence)) {
        flip(u);
        sarcasm = true;
        continue;
      }
    }
    // Pattern 2: "I love how it crashes again", "Heerlijk als de app weer vastloopt".
    const nextNorm = tokens[u.end]?.norm ?? '';
    const nextNext = tokens[u.end + 1]?.norm ?? '';
    if ((LOVE_HOW.has(nextNorm) || (nextNorm === 'it' && nextNext === 'when')) && restHasBadNews(tokens, units, unitAt, pack, u.end, first.sentence)) {
      flip(u);
      sarcasm = true;
      continue;
    }
    if (GRATITUDE_WORDS.has(first.norm)) {
      // Pattern 3: thanks for (the) failure: "Bedankt voor weer een storing", "Thanks for ruining my day".
      let k = u.end;
      while (tokens[k] !== undefined && tokens[k]!.kind === 'word' && !FOR_WORDS.has(tokens[k]!.norm) && k - u.end < 3) k++;
      if (tokens[k] !== undefined && FOR_WORDS.has(tokens[k]!.norm)) {
        const a = tokens[k + 1];
        const b = tokens[k + 2];
        const ua = a !== undefined ? unitAt[k + 1]! : -1;
        const ub = b !== undefined ? unitAt[k + 2]! : -1;
        if (
          (a !== undefined && REPETITION_MARKERS.has(a.norm)) ||
          (b !== undefined && REPETITION_MARKERS.has(b.norm)) ||
          (ua >= 0 && units[ua]!.value < 0 && units[ua]!.kind !== 'rule') ||
          (ub >= 0 && units[ub]!.value < 0 && units[ub]!.kind !== 'rule')
        ) {
          flip(u);
          sarcasm = true;
          continue;
        }
      }
      // Pattern 3b: questioning thanks: "so... thanks?", "bedankt?".
      const q = tokens[u.end];
      if (q !== undefined && q.kind === 'punct' && q.text.includes('?')) {
        flip(u);
        sarcasm = true;
        continue;
      }
    }
    // Pattern 4: "so-called" before praise: de zogenaamde snelle levering, the so-called fast delivery.
    const before = tokens[u.start - 1]?.norm ?? '';
    if (SO_CALLED.has(before) || (before === 'called' && tokens[u.start - 2]?.norm === 'so')) {
      flip(u);
      sarcasm = true;
    }
  }
  // Pattern 5: praise next to an eye-roll emoji in the same sentence: "Top service 🙄".
  let ironic: Set<number> | undefined;
  for (const t of tokens) {
    if (t.kind !== 'emoji' || !IRONY_EMOJI.has(t.text)) continue;
    if (ironic === undefined) ironic = new Set();
    ironic.add(t.sentence);
  }
  if (ironic !== undefined) {
    for (const u of units) {
      if (isPositiveUnit(u) && !u.sarcastic && ironic.has(tokens[u.start]!.sentence)) {
        flip(u);
        sarcasm = true;
      }
    }
  }
  // Pattern 6: one praise word said three times after a complaint: "cool cool cool".
  if (units.some((u) => u.value < 0)) {
    for (let i = 0; i + 2 < units.length; i++) {
      const [a, b, c] = [units[i]!, units[i + 1]!, units[i + 2]!];
      if (!isPositiveUnit(a) || a.kind !== 'word' || b.end !== c.start || a.end !== b.start) continue;
      const norm = tokens[a.start]!.norm;
      if (tokens[b.start]!.norm !== norm || tokens[c.start]!.norm !== norm) continue;
      for (const x of [a, b, c]) flip(x);
      sarcasm = true;
    }
  }
  // Pattern 7: a short compliment closing a complaint, with an ironic particle or vocative:
  // "... arrived on the 19th. Great job guys.", "De tram is alweer niet gekomen. Merci hé."
  const lastSentence = tokens[tokens.length - 1]!.sentence;
  if (lastSentence > 0) {
    let before = 0;
    let praiseBefore = false;
    for (const u of units) {
      if (tokens[u.start]!.sentence >= lastSentence) continue;
      if (u.value < 0) before -= u.value;
      else if (u.value > 0.3 && u.base >= WEAK_PRAISE_MAX) praiseBefore = true;
    }
    const closing = units.filter((u) => tokens[u.start]!.sentence === lastSentence);
    const start = sentenceStart[lastSentence]!;
    let words = 0;
    let particle = false;
    for (let k = start; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      words++;
      if (IRONY_CLOSER_PARTICLES.has(t.norm)) particle = true;
    }
    if (before >= 1.0 && !praiseBefore && words <= 4 && particle && closing.length > 0 && closing.every((u) => isPositiveUnit(u) && !u.negated)) {
      for (const u of closing) flip(u);
      sarcasm = true;
    }
  }
  return sarcasm;
}

/** Clause weights: contrast, concession, questions and exclamation marks. */
function applyClauseWeights(tokens: readonly Token[], units: SentimentUnit[], pack: LanguagePack, unitAt: readonly number[]): void {
  if (units.length === 0) return;
  const sentences = tokens[tokens.length - 1]!.sentence + 1;
  const contrastAt: number[] = new Array(sentences).fill(-1);
  const contrastOpens: number[] = new Array(sentences).fill(0);
  const exclaim: number[] = new Array(sentences).fill(0);
  const question: number[] = new Array(sentences).fill(0);
  const complaintQuestion: number[] = new Array(sentences).fill(0);
  let prevSentence = -1;
  let firstWordOfSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const firstOfSentence = t.sentence !== prevSentence;
    if (firstOfSentence) firstWordOfSentence = -1;
    prevSentence = t.sentence;
    if (t.kind === 'word' && firstWordOfSentence < 0) firstWordOfSentence = i;
    const isContrast =
      t.kind === 'word' &&
      unitAt[i]! < 0 &&
      ((pack.contrast.has(t.norm) && (t.norm !== 'alleen' || firstWordOfSentence === i)) ||
        (t.norm === 'hand' && tokens[i - 1]?.norm === 'other' && tokens[i - 2]?.norm === 'the'));
    if (isContrast) {
      contrastAt[t.sentence] = i;
      if (firstWordOfSentence === i || (t.norm === 'hand' && firstWordOfSentence === i - 3)) contrastOpens[t.sentence] = 1;
    } else if (t.kind === 'punct') {
      let bangs = 0;
      for (const c of t.text) if (c === '!') bangs++;
      if (bangs > 0) exclaim[t.sentence] = Math.min(4, exclaim[t.sentence]! + bangs);
      if (t.text.includes('?')) question[t.sentence] = 1;
    }
  }
  // Concessive markers weigh down the rest of their clause: "although it's cheap, ...".
  const concessiveFrom = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && pack.concessive.has(t.norm) && !concessiveFrom.has(t.clause)) concessiveFrom.set(t.clause, i);
  }
  for (const u of units) {
    if (u.kind === 'rule' && u.value < 0) complaintQuestion[tokens[u.start]!.sentence] = 1;
  }

  for (const u of units) {
    const t = tokens[u.start]!;
    const s = t.sentence;
    let w = 1;
    const c = contrastAt[s]!;
    if (c >= 0) w *= u.start > c ? 1.5 : 0.5;
    // A sentence opened by "Maar ..."/"However, ..." outweighs the sentence before it.
    else if (s + 1 < sentences && contrastOpens[s + 1] === 1) w *= 0.5;
    const from = concessiveFrom.get(t.clause);
    if (from !== undefined && u.start > from) w *= 0.5;
    if (question[s] === 1 && !u.sarcastic && u.kind !== 'rule') {
      // Questions ask rather than evaluate: praise counts half, and so do the problem words of an
      // information question ("is de storing al opgelost?"); strong words and complaint questions stay.
      if (u.value > 0) w *= 0.5;
      else if (complaintQuestion[s] === 0 && Math.abs(u.base) < 2.5) w *= 0.5;
    }
    if (exclaim[s]! > 0) w *= 1 + 0.1 * exclaim[s]!;
    u.value *= w;
  }
}

const SCORE_DAMPING = 0.8;
const MIXED_MIN = 1.0;
const MIXED_BALANCE = 0.25;

/**
 * Turns positive/negative evidence into label + scores that sum to 1. `raw` is the evidence before
 * clause weights (contrast, questions): a text is MIXED when both sides carry clear evidence of
 * their own (each at least MIXED_MIN before weighting) and the weaker side still holds at least
 * MIXED_BALANCE of the stronger after weighting.
 */
export function toSentiment(positive: number, negative: number, raw?: { positive: number; negative: number }): Sentiment {
  const total = positive + negative;
  if (total < 0.05) return { label: 'NEUTRAL', scores: { positive: 0, negative: 0, neutral: 1, mixed: 0 } };
  const polar = total / (total + SCORE_DAMPING);
  const weak = Math.min(positive, negative);
  const balance = weak / Math.max(positive, negative);
  const rawWeak = raw === undefined ? weak : Math.min(raw.positive, raw.negative);
  const clear = rawWeak >= MIXED_MIN && balance >= MIXED_BALANCE;
  // A clear mixed text gets the largest share; otherwise mixed keeps a small share for the ranking.
  const mixed = clear ? polar * (0.5 + 0.5 * balance) : polar * balance * Math.max(0, Math.min(0.5, rawWeak / MIXED_MIN - 0.5));
  const rest = polar - mixed;
  const rawScores = { positive: (rest * positive) / total, negative: (rest * negative) / total, neutral: 1 - polar, mixed };
  const scores = {
    positive: round4(rawScores.positive),
    negative: round4(rawScores.negative),
    neutral: round4(rawScores.neutral),
    mixed: round4(rawScores.mixed),
  };
  let label: SentimentLabel = 'NEUTRAL';
  let best = scores.neutral;
  if (scores.positive > best) {
    label = 'POSITIVE';
    best = scores.positive;
  }
  if (scores.negative > best) {
    label = 'NEGATIVE';
    best = scores.negative;
  }
  if (scores.mixed > best) label = 'MIXED';
  // Put the rounding residue on the winning score so the four sum to exactly 1.
  const residue = round4(1 - scores.positive - scores.negative - scores.neutral - scores.mixed);
  const key = label.toLowerCase() as keyof typeof scores;
  scores[key] = round4(scores[key] + residue);
  return { label, scores };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

const CHURN_EVIDENCE = 1.2;
const ESCALATION_EVIDENCE = 0.6;

/**
 * Sentiment of an already tokenised text, with the evidence (units, negation, sarcasm) that the
 * emotion step reuses. `language` is an ISO 639-1 code; 'und' uses both lexicons. `context`
 * adds evidence from CX signals (intent to leave, a request for a human).
 */
export function analyzeSentiment(tokenized: TokenizedText, language: string, context?: SentimentContext): SentimentAnalysis {
  const pack = packFor(language);
  const { tokens } = tokenized;
  const unitAt: number[] = new Array(tokens.length).fill(-1);
  const negatedTokens: number[] = new Array(tokens.length).fill(0);
  const units = findUnits(tokens, pack, unitAt, findRuleSpans(tokenized, pack.lang));
  const allCaps = tokenized.words > 1 && tokenized.capsWords === tokenized.words;

  for (const u of units) {
    if (u.kind === 'emoji' || u.kind === 'rule') continue;
    u.value = u.base * boosterFactor(tokens, pack, u, unitAt);
  }
  applyNegation(tokens, pack, units, unitAt, negatedTokens);
  for (const u of units) {
    if (u.kind === 'emoji' || u.value === 0) continue;
    const t = tokens[u.start]!;
    if (t.caps && !allCaps && t.text.length > 1) u.value += Math.sign(u.value) * CAPS_INCREMENT;
    else if (allCaps) u.value *= 1.15;
    if (t.elongated) u.value *= 1.2;
  }
  applyContext(tokens, units, pack);
  const sarcasm = applySarcasm(tokens, units, unitAt, pack);
  const raw = { positive: 0, negative: 0 };
  for (const u of units) {
    if (u.value > 0) raw.positive += u.value;
    else raw.negative -= u.value;
  }
  applyClauseWeights(tokens, units, pack, unitAt);

  let positive = 0;
  let negative = 0;
  for (const u of units) {
    if (u.value > 0) positive += u.value;
    else negative -= u.value;
  }
  let extra = (context?.churnRisk ? CHURN_EVIDENCE : 0) + (context?.escalationRequested ? ESCALATION_EVIDENCE : 0);
  // "Hoe kan ik opzeggen?": a question about leaving, with no complaint, is a request.
  if (extra > 0 && negative === 0 && tokens.some((t) => t.kind === 'punct' && t.text.includes('?'))) extra *= 0.5;
  // Signal evidence tips the balance but never makes a text MIXED on its own.
  negative += extra;
  return { sentiment: toSentiment(positive, negative, raw), units, positive, negative, sarcasm, negatedTokens };
}

/**
 * Sentiment of a text in a given language (ISO 639-1; 'und' = try English and Dutch).
 * @example scoreSentiment('De levering was niet goed', 'nl').label // 'NEGATIVE'
 */
export function scoreSentiment(text: string, language: string): Sentiment {
  return analyzeSentiment(tokenize(text), language).sentiment;
}

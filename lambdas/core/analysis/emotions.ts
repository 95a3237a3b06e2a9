/**
 * CX emotions from hand-written cue lexicons plus rules: negation-aware word cues, phrase cues,
 * emoji, "!!!" and capitals (anger/frustration), questions (confusion), and sarcasm (thanks that
 * are not thanks).
 */
import { EMOTIONS, type EmotionName, type EmotionScore } from '../schema/feedback.ts';
import {
  EMOJI_EMOTIONS,
  EN_EMOTION_PHRASES,
  EN_EMOTION_WORDS,
  type EmotionPhrase,
  NL_EMOTION_PHRASES,
  NL_EMOTION_WORDS,
} from './emotion-lexicon.ts';
import { dutchCandidates, englishCandidates, stripDiacritics } from './lexicon.ts';
import { analyzeSentiment, type SentimentAnalysis } from './sentiment.ts';
import { type TokenizedText, tokenize } from './tokenize.ts';
import { ALL_GATES, registerGate } from './triggers.ts';

interface Cue {
  readonly weights: readonly (readonly [number, number])[];
  /** Words one of which must directly precede the cue. */
  readonly requirePrev: ReadonlySet<string> | undefined;
}

const EMOTION_INDEX = new Map<string, number>(EMOTIONS.map((e, i) => [e, i]));
const POSITIVE_EMOTIONS = new Set([EMOTION_INDEX.get('joy')!, EMOTION_INDEX.get('gratitude')!, EMOTION_INDEX.get('trust')!]);
const JOY = EMOTION_INDEX.get('joy')!;
const GRATITUDE = EMOTION_INDEX.get('gratitude')!;
const TRUST = EMOTION_INDEX.get('trust')!;
const FRUSTRATION = EMOTION_INDEX.get('frustration')!;
const ANGER = EMOTION_INDEX.get('anger')!;
const DISAPPOINTMENT = EMOTION_INDEX.get('disappointment')!;
const CONFUSION = EMOTION_INDEX.get('confusion')!;

const CUE_RE = /^(.+?):((?:[a-z]+=[\d.]+,?)+)(?:@(.+))?$/;

function parseWeights(spec: string): [number, number][] {
  return spec
    .split(',')
    .filter((s) => s !== '')
    .map((pair) => {
      const [name, w] = pair.split('=');
      const index = EMOTION_INDEX.get(name!);
      if (index === undefined) throw new Error(`unknown emotion "${name}" in emotion lexicon`);
      return [index, Number(w)];
    });
}

function parseCues(data: string): Map<string, Cue> {
  const out = new Map<string, Cue>();
  for (const item of data.split(/\s+/)) {
    if (item === '') continue;
    const m = CUE_RE.exec(item);
    if (m === null) throw new Error(`bad emotion cue "${item}"`);
    out.set(stripDiacritics(m[1]!), { weights: parseWeights(m[2]!), requirePrev: m[3] === undefined ? undefined : new Set(m[3].split('|')) });
  }
  return out;
}

function compilePhrases(list: readonly EmotionPhrase[]): { re: RegExp; weights: [number, number][][]; gate: number } {
  return {
    re: new RegExp(list.map(([p]) => `(${p})`).join('|'), 'g'),
    weights: list.map(([, w]) => parseWeights(w)),
    gate: registerGate(list.flatMap(([, , words]) => words.split(' '))),
  };
}

// Group numbers shift when phrase patterns contain their own groups; map outer groups to cues.
function outerGroupStarts(list: readonly EmotionPhrase[]): number[] {
  const starts: number[] = [];
  let group = 1;
  for (const [p] of list) {
    starts.push(group);
    group += 1 + (p.match(/\((?!\?)/g)?.length ?? 0);
  }
  return starts;
}

const NL_CUES = parseCues(NL_EMOTION_WORDS);
const EN_CUES = parseCues(EN_EMOTION_WORDS);
const EMOJI_CUES = parseCues(EMOJI_EMOTIONS);
const NL_PHRASE_SET = { ...compilePhrases(NL_EMOTION_PHRASES), starts: outerGroupStarts(NL_EMOTION_PHRASES) };
const EN_PHRASE_SET = { ...compilePhrases(EN_EMOTION_PHRASES), starts: outerGroupStarts(EN_EMOTION_PHRASES) };

const MEMO_LIMIT = 50_000;
const nlMemo = new Map<string, Cue | null>();
const enMemo = new Map<string, Cue | null>();

function resolveCue(word: string, cues: Map<string, Cue>, candidates: (w: string) => string[], memo: Map<string, Cue | null>): Cue | undefined {
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? undefined;
  let cue = cues.get(word);
  if (cue === undefined) {
    for (const c of candidates(word)) {
      cue = cues.get(c);
      if (cue !== undefined) break;
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, cue ?? null);
  return cue;
}

function cueFor(word: string, language: string): Cue | undefined {
  if (language === 'nl') return resolveCue(stripDiacritics(word), NL_CUES, dutchCandidates, nlMemo);
  if (language === 'en') return resolveCue(word, EN_CUES, englishCandidates, enMemo);
  if (language === 'und') {
    return resolveCue(stripDiacritics(word), NL_CUES, dutchCandidates, nlMemo) ?? resolveCue(word, EN_CUES, englishCandidates, enMemo);
  }
  return undefined;
}

const INTERROGATIVES = new Set(['waarom', 'hoe', 'why', 'how', 'wanneer', 'when', 'wat', 'what', 'waar', 'where']);
const WORRY = EMOTION_INDEX.get('worry')!;
// "niet veilig", "not safe": a negated feeling of safety is worry, not disappointment.
const SAFETY_WORDS = new Set(['veilig', 'safe', 'secure', 'gerust', 'zeker']);
// A negation in the few words before a phrase cue cancels it: "never once let me down".
const PHRASE_NEGATION_RE = /\b(?:never|not|no|n't|dont|didnt|doesnt|niet|nooit|geen|nobody|niemand)\s+(?:\S+\s+){0,2}$/;
const PHRASE_LOOKBACK = 30;

/**
 * Emotions of an already tokenised and sentiment-scored text: scores in 0..1, only those above 0,
 * strongest first. `lowerText` is the text in lower case (phrase cues run on it); `gates` are the
 * trigger gates open in it (triggers.ts).
 */
export function detectEmotionsFrom(
  tokenized: TokenizedText,
  sentiment: SentimentAnalysis,
  language: string,
  lowerText: string,
  gates = ALL_GATES,
): EmotionScore[] {
  const raw: number[] = new Array(EMOTIONS.length).fill(0);
  const { tokens } = tokenized;
  const lexical = language === 'nl' || language === 'en' || language === 'und';

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let cue: Cue | undefined;
    if (t.kind === 'emoji' || t.kind === 'emoticon') cue = EMOJI_CUES.get(t.text);
    else if (t.kind === 'word' && lexical) cue = cueFor(t.norm, language);
    if (cue === undefined) continue;
    if (cue.requirePrev !== undefined && !cue.requirePrev.has(tokens[i - 1]?.norm ?? '')) continue;
    const emphasis = t.caps || t.elongated ? 1.3 : 1;
    const negated = sentiment.negatedTokens[i] === 1;
    for (const [e, w] of cue.weights) {
      if (!negated) raw[e]! += w * emphasis;
      // "niet blij", "not happy": the positive emotion turns into disappointment; "niet boos" is nothing.
      else if (POSITIVE_EMOTIONS.has(e)) raw[SAFETY_WORDS.has(t.norm) ? WORRY : DISAPPOINTMENT]! += 0.6 * w;
    }
  }

  if (lexical) {
    const sets = language === 'nl' ? [NL_PHRASE_SET] : language === 'en' ? [EN_PHRASE_SET] : [NL_PHRASE_SET, EN_PHRASE_SET];
    for (const set of sets) {
      if ((set.gate & gates) === 0) continue;
      set.re.lastIndex = 0;
      for (let m = set.re.exec(lowerText); m !== null; m = set.re.exec(lowerText)) {
        const k = set.starts.findIndex((g) => m![g] !== undefined);
        if (k < 0) continue;
        if (m.index > 0 && PHRASE_NEGATION_RE.test(lowerText.slice(Math.max(0, m.index - PHRASE_LOOKBACK), m.index))) continue;
        for (const [e, w] of set.weights[k]!) raw[e]! += w;
      }
    }
  }

  const s = sentiment.sentiment;
  const negativeTone = s.scores.negative + s.scores.mixed * 0.5;
  // Shouting: "!!!" and words in capitals raise frustration and anger in a negative text.
  let bangs = 0;
  let questions = 0;
  let interrogative = false;
  for (const t of tokens) {
    if (t.kind === 'punct') {
      for (const c of t.text) if (c === '!') bangs++;
      if (t.text.includes('?')) questions++;
    } else if (t.kind === 'word' && INTERROGATIVES.has(t.norm)) interrogative = true;
  }
  if (negativeTone > 0.3) {
    const shout = Math.min(bangs, 4);
    raw[FRUSTRATION]! += 0.12 * shout;
    raw[ANGER]! += 0.08 * shout;
    const capsShare = tokenized.words > 0 ? tokenized.capsWords / tokenized.words : 0;
    if (tokenized.capsWords >= 2 || (capsShare > 0.5 && tokenized.words > 0)) {
      raw[ANGER]! += 0.4;
      raw[FRUSTRATION]! += 0.2;
    }
  }
  // Questions hint at doubt (a plain information question alone stays below the threshold);
  // "waarom ...?" in a complaint is exasperation too.
  if (questions > 0) {
    raw[CONFUSION]! += 0.2;
    if (interrogative && negativeTone > 0.3) raw[FRUSTRATION]! += 0.2;
  }
  // Enthusiasm: praise said with "!" (not in a complaint) turns approval into joy.
  if (bangs > 0 && raw[JOY]! > 0 && s.scores.positive > 0.4 && negativeTone < 0.2) raw[JOY]! += 0.1 * Math.min(bangs, 3);
  // Sarcastic praise and thanks: no gratitude or joy, but frustration.
  if (sentiment.sarcasm) {
    raw[GRATITUDE] = 0;
    raw[JOY] = 0;
    raw[TRUST] = 0;
    raw[FRUSTRATION]! += 0.6;
    raw[ANGER]! += 0.2;
  }
  // Emotions are labelled only when expressed, so there is no fallback from sentiment alone. In a
  // text that is negative overall, praise and loyalty words are concessions or background
  // ("loyal customer for 12 years and ..."), not joy or trust.
  if (s.label === 'NEGATIVE') {
    raw[JOY]! *= 0.25;
    raw[TRUST]! *= 0.25;
  }

  const out: EmotionScore[] = [];
  for (let e = 0; e < raw.length; e++) {
    if (raw[e]! <= 0) continue;
    const score = Math.round((1 - Math.exp(-1.2 * raw[e]!)) * 1000) / 1000;
    if (score > 0) out.push({ name: EMOTIONS[e] as EmotionName, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * CX emotions of a text in a language (ISO 639-1; 'und' = English and Dutch cues).
 * @example detectEmotions('Ik snap het niet, waarom is mijn factuur zo hoog?', 'nl')[0].name // 'confusion'
 */
export function detectEmotions(text: string, language: string): EmotionScore[] {
  const tokenized = tokenize(text);
  return detectEmotionsFrom(tokenized, analyzeSentiment(tokenized, language), language, text.toLowerCase().replace(/’/g, "'"));
}

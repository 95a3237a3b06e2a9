/**
 * Language detection with `eld` (Efficient Language Detector, 60 languages), tuned for short
 * feedback: noise (URLs, placeholders, handles, digits, emoji) is removed first, the source's
 * declared language is used only when detection is unreliable, and very short English/Dutch texts
 * are settled by a vote of distinctive words.
 */
import { eld } from 'eld/extrasmall';

/** An unreliable detection of a text shorter than this (in letters) is not trusted. */
const MIN_FALLBACK_LETTERS = 8;
/** Score margin between the best and second language for a detection to count as reliable. */
const RELIABLE_MARGIN = 0.05;
const FALLBACK_MARGIN = 0.03;
/** Texts with at least this many characters (mostly letters) are long enough to trust eld's answer. */
const LONG_TEXT = 60;

const URL_RE = /(?:https?:\/\/|www\.)\S+/g;
const AT_RE = /(?<![\w.+-])[\w.+-]*@[\w.-]*/g;
const PLACEHOLDER_RE = /\[[A-Z]+\]/g;
const DIGITS_RE = /[\d_]+/g;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;
const NON_ASCII_RE = /[\u0080-\uffff]/;
const THREE_LETTERS_RE = /\p{L}[^\p{L}]*\p{L}[^\p{L}]*\p{L}/u;

/** Removes what says nothing about the language: URLs, e-mail/handles, placeholders, digits, emoji. */
function withoutNoise(text: string): string {
  let t = text;
  if (t.includes('http') || t.includes('www.')) t = t.replace(URL_RE, ' ');
  if (t.includes('@')) t = t.replace(AT_RE, ' ');
  if (t.includes('[')) t = t.replace(PLACEHOLDER_RE, ' ');
  t = t.replace(DIGITS_RE, ' ');
  return NON_ASCII_RE.test(t) ? t.replace(EMOJI_RE, ' ') : t;
}
const WORD_RE = /\p{L}+(?:'\p{L}+)?/gu;

// Words that are frequent in one of our two languages and rare in the other.
const NL_MARKERS = new Set(
  `de het een en niet geen ik je jij jullie mijn van voor met op maar wel heel erg goed slecht bedankt dank nog al weer
  ook zijn wordt kan heb hebben dit dat wat waarom hoe naar bij te zeer echt helaas graag leuk fijn prima snel traag
  duur werkt levering bezorging factuur klantenservice storing kut klote waardeloos waardeloze slechte goede
  geweldig doet nooit niks niets hier daar zo dus want omdat u uw mij me ze wij hun ben bent zit zat krijg
  geholpen geleverd bezorgd opgelost dankjewel dankuwel hoi hallo alsjeblieft aub`.split(/\s+/),
);
const EN_MARKERS = new Set(
  `the a an and not no i you my your of for with on but very good bad thanks thank still again also are was can have
  this that what why how to it is great terrible awful love hate works work doesn't don't didn't can't won't never
  nothing delivery bill invoice customer service outage app's please help just really so because they we me us
  our their been has had be would could should slow fast helpful useless amazing awesome worst best fixed
  refund hello hi`.split(/\s+/),
);

// Function words frequent in one language and absent from the other (and rare in German, French
// or Spanish), for the fast path: a text full of them needs no n-gram model.
const NL_FUNCTION = new Set(
  `de het een niet ik jij jullie mijn van voor met op maar wel ook nog geen bij naar zijn wordt heb heeft dat dit wat hoe
  waarom er om aan als zo kan weer te en ze uw mij niks niets dan nu toch heel erg`.split(/\s+/),
);
const EN_FUNCTION = new Set(
  `the and to of it not i you for with but my this that was have is are be at on can just your they i'm don't it's very
  what there been has had would from an`.split(/\s+/),
);
/** At least this many function words of one language, none of the other, and this share of all words. */
const FAST_MIN_HITS = 3;
const FAST_MIN_SHARE = 0.25;

/** 'en' or 'nl' when the words settle it beyond doubt, else undefined (ask eld). */
function functionWordVote(words: readonly string[]): 'en' | 'nl' | undefined {
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (NL_FUNCTION.has(w)) nl++;
    else if (EN_FUNCTION.has(w)) en++;
  }
  // Short texts (up to 10 words) have fewer function words to show: two suffice there.
  const minHits = words.length <= 10 ? FAST_MIN_HITS - 1 : FAST_MIN_HITS;
  if (nl >= minHits && en === 0 && nl >= words.length * FAST_MIN_SHARE) return 'nl';
  if (en >= minHits && nl === 0 && en >= words.length * FAST_MIN_SHARE) return 'en';
  return undefined;
}

const ISO_HINT_RE = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i;
const THREE_LETTER: Readonly<Record<string, string>> = { nld: 'nl', dut: 'nl', eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr' };
const NAMES: Readonly<Record<string, string>> = { dutch: 'nl', nederlands: 'nl', english: 'en', engels: 'en', flemish: 'nl', vlaams: 'nl' };

/** Normalises a declared language ("nl-NL", "NLD", "Dutch") to ISO 639-1, or undefined. */
export function normalizeLanguageHint(hint: string | undefined): string | undefined {
  if (hint === undefined) return undefined;
  const h = hint.trim().toLowerCase();
  if (h === '' || h === 'und') return undefined;
  const named = NAMES[h] ?? THREE_LETTER[h];
  if (named !== undefined) return named;
  const m = ISO_HINT_RE.exec(h);
  return m === null ? undefined : m[1];
}

/** Approximate letter count (ASCII letters plus any non-ASCII character left after noise removal). */
function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || c >= 0xc0) n++;
  }
  return n;
}

function markerVote(words: readonly string[]): 'en' | 'nl' | undefined {
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (NL_MARKERS.has(w)) nl++;
    if (EN_MARKERS.has(w)) en++;
  }
  if (nl > en) return 'nl';
  if (en > nl) return 'en';
  return undefined;
}

/**
 * Detects the language of a text as ISO 639-1 ('en', 'nl', 'de', ...), or 'und' when the text is
 * too short or unclear. The `hint` (the source's declared language) is used only when detection
 * is unreliable.
 * @example detectLanguage('De levering was weer te laat') // 'nl'
 */
export function detectLanguage(text: string, hint?: string): string {
  const normalizedHint = normalizeLanguageHint(hint);
  const clean = withoutNoise(text);
  if (!THREE_LETTERS_RE.test(clean)) return normalizedHint ?? 'und';
  const words = clean.toLowerCase().match(WORD_RE) ?? [];
  const obvious = functionWordVote(words);
  if (obvious !== undefined) return obvious;

  const result = eld.detect(clean);
  const detected = result.language;
  // A long text is settled by eld's best guess; scoring reliability costs as much as detection.
  if (detected !== '' && clean.length >= LONG_TEXT && countLetters(clean) >= LONG_TEXT * 0.7) return detected;
  // Reading the scores out of eld is costly: only when a decision needs the margin.
  let margin: number | undefined;
  const scoreMargin = (): number => {
    if (margin === undefined) {
      const scores = Object.values(result.getScores()).sort((a, b) => b - a);
      margin = (scores[0] ?? 0) - (scores[1] ?? 0);
    }
    return margin;
  };
  if (detected !== '' && result.isReliable() && scoreMargin() >= RELIABLE_MARGIN) return detected;
  if (normalizedHint !== undefined) return normalizedHint;
  const vote = markerVote(words);
  if (vote !== undefined) return vote;
  if (detected !== '' && scoreMargin() >= FALLBACK_MARGIN && countLetters(clean) >= MIN_FALLBACK_LETTERS) return detected;
  return 'und';
}

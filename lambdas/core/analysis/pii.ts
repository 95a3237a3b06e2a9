/**
 * PII redaction before anything is stored: e-mail, phone numbers (Dutch and international), IBAN
 * (mod-97), card numbers (Luhn), Dutch BSN (11-proof), postcodes with a house number, URLs that
 * carry secrets, and optionally @handles. Every candidate is validated, so order numbers, amounts,
 * dates and years are left alone.
 */

/** Options for {@link redactPii}. */
export interface PiiOptions {
  /** Also replace @handles (social posts) with `[HANDLE]`. */
  handles?: boolean;
}

/** Redacted text plus what was removed. */
export interface PiiRedaction {
  text: string;
  /** Number of replaced spans. */
  redacted: number;
  /** Distinct placeholder types, sorted (e.g. ['EMAIL', 'PHONE']). */
  types: string[];
}

type PiiType = 'URL' | 'EMAIL' | 'IBAN' | 'CARD' | 'PHONE' | 'BSN' | 'POSTCODE' | 'HANDLE';

interface Span {
  start: number;
  end: number;
}

/** Collects replacements for one pass and applies them. */
class Redactor {
  redacted = 0;
  readonly types = new Set<PiiType>();

  constructor(public text: string) {}

  apply(type: PiiType, spans: readonly Span[]): void {
    if (spans.length === 0) return;
    let out = '';
    let last = 0;
    for (const s of spans) {
      out += this.text.slice(last, s.start) + `[${type}]`;
      last = s.end;
    }
    this.text = out + this.text.slice(last);
    this.redacted += spans.length;
    this.types.add(type);
  }

  /** Runs a global regex and keeps the spans the validator returns. */
  pass(type: PiiType, re: RegExp, validate: (m: RegExpExecArray, text: string) => Span | undefined): void {
    const spans: Span[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
      const span = validate(m, this.text);
      const previous = spans[spans.length - 1];
      if (span !== undefined && (previous === undefined || span.start >= previous.end)) {
        spans.push(span);
        re.lastIndex = Math.max(re.lastIndex, span.end);
      }
      if (m[0].length === 0) re.lastIndex++;
    }
    this.apply(type, spans);
  }
}

function whole(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

// ---- URL with secrets -------------------------------------------------------------------------

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const URL_TRAILING_RE = /[.,;:!?)\]}]+$/;
const QUERY_PARAM_RE = /[?&#;]([^=&#?\s]+)=[^&#\s]+/g;
const SECRET_PARAM_RE = /token|key|sig|code|session|sid|auth|pass|pwd|secret|otp|jwt|ticket|hash|cred|nonce/i;

function secretUrl(m: RegExpExecArray): Span | undefined {
  const url = m[0].replace(URL_TRAILING_RE, '');
  QUERY_PARAM_RE.lastIndex = 0;
  for (let p = QUERY_PARAM_RE.exec(url); p !== null; p = QUERY_PARAM_RE.exec(url)) {
    if (SECRET_PARAM_RE.test(p[1]!)) return { start: m.index, end: m.index + url.length };
  }
  return undefined;
}

// ---- E-mail -----------------------------------------------------------------------------------

const EMAIL_RE = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

// ---- IBAN -------------------------------------------------------------------------------------

/** IBAN length per country (ISO 13616 registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};
const IBAN_START_RE = /\b([A-Za-z]{2})(\d{2})(?=[ -]?[A-Za-z0-9])/g;
const ALNUM_RE = /[A-Za-z0-9]/;

/** ISO 7064 mod-97-10 check of a compact, upper-case IBAN. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && expected !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}

function iban(m: RegExpExecArray, text: string): Span | undefined {
  const country = m[1]!.toUpperCase();
  const expected = IBAN_LENGTHS[country];
  const lengths = expected !== undefined ? [expected] : Array.from({ length: 20 }, (_, i) => 34 - i);
  // Read alphanumerics after the country code, allowing single spaces or dashes between groups.
  let compact = country + m[2]!;
  const ends: number[] = [];
  let i = m.index + 4;
  while (i < text.length && compact.length < 34) {
    const ch = text[i]!;
    if (ALNUM_RE.test(ch)) {
      compact += ch.toUpperCase();
      ends[compact.length] = i + 1;
      i++;
    } else if ((ch === ' ' || ch === '-') && ALNUM_RE.test(text[i + 1] ?? '')) i++;
    else break;
  }
  for (const len of lengths) {
    const end = ends[len];
    if (end === undefined || ALNUM_RE.test(text[end] ?? '')) continue;
    const candidate = compact.slice(0, len);
    if (country === 'NL' && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(candidate)) continue;
    if (isValidIban(candidate)) return { start: m.index, end };
  }
  return undefined;
}

// ---- Cards ------------------------------------------------------------------------------------

const CARD_RE = /(?<![\d+.,€$])[2-6](?:[ -]?\d){12,18}(?![\d]|[.,]\d)/g;

/** Luhn checksum over a digit string. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function card(m: RegExpExecArray): Span | undefined {
  const raw = m[0];
  const digits = digitsOf(raw);
  if (digits.length < 13 || digits.length > 19 || !passesLuhn(digits)) return undefined;
  const groups = raw.split(/[ -]/).map((g) => g.length);
  const separators = new Set(raw.match(/[ -]/g) ?? []);
  if (separators.size > 1) return undefined;
  if (groups.length > 1) {
    const amex = groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4);
    const fours = groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1]! <= 4;
    if (!amex && !fours) return undefined;
  }
  return whole(m);
}

// ---- Phones -----------------------------------------------------------------------------------

const NL_INTL_PHONE_RE = /(?<![\w+])(?:\+|00)31[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){8}(?!\d)/g;
const NL_PHONE_RE = /(?<![\w+.,/€$-])0[1-9](?:[ -]?\d){8}(?![\d]|[.,]\d)/g;
const INTL_PHONE_RE = /(?<![\w+])\+(?!31)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\d])/g;
const INTL_00_PHONE_RE = /(?<![\w+.,])00(?!31)[1-9]\d(?:[ -]?\d){8,13}(?!\d)/g;
// A date ('01-12-2026 10:00', '1.12.26'), not a phone number written in pairs ('06 12 34 56 78').
const DATE_LIKE_RE = /^\d{1,2}([./-])\d{1,2}\1\d{2,4}|^\d{1,2} \d{1,2} (?:19|20)\d{2}(?!\d)/;

// Numbers the customer labels as an order, invoice, customer or reference number are not PII.
const ORDER_CONTEXT_RE =
  /(?:\b(?:order|bestel|factuur|invoice|referentie|reference|tracking|zending|pakket|parcel|artikel|article|transactie|transaction|dossier|kenmerk)\w{0,8}|\b(?:klant|customer|contract|account|ticket|case|meter|ref)(?:nummer|nr|number|no|id|code)?|\bean)\.?(?:\s+\S+){0,2}\s*[:#]?\s*$|#\s*$/i;
const PERSONAL_CONTEXT_RE = /\b(?:bsn|burgerservice\w*|sofi\w*|tel\w*|phone|mobiel|mobile|gsm|bel|call)\b/i;

function orderContext(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return ORDER_CONTEXT_RE.test(before) && !PERSONAL_CONTEXT_RE.test(before);
}

function nlIntlPhone(m: RegExpExecArray): Span | undefined {
  return m[0].includes('(0)') || digitsOf(m[0]).length >= 11 ? whole(m) : undefined;
}

function nlPhone(m: RegExpExecArray, text: string): Span | undefined {
  const raw = m[0];
  if (DATE_LIKE_RE.test(raw) || orderContext(text, m.index)) return undefined;
  const groups = raw.split(/[ -]/);
  if (groups.length > 1) {
    if (groups[0]!.length < 2 || groups[0]!.length > 4) return undefined;
    if (groups.some((g) => g.length < 2)) return undefined;
  }
  return whole(m);
}

function intlPhone(m: RegExpExecArray): Span | undefined {
  const n = digitsOf(m[0]).length;
  return n >= 8 && n <= 15 ? whole(m) : undefined;
}

// ---- BSN --------------------------------------------------------------------------------------

const BSN_RE = /(?<![\d.,€$+\-/:#])\b\d{9}\b(?![.,]?\d|[-/]\d)/g;

/** Dutch "elfproef" for a 9-digit BSN. */
export function passesElevenProof(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || /^0{8}/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (bsn.charCodeAt(i) - 48) * (9 - i);
  sum -= bsn.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

function bsn(m: RegExpExecArray, text: string): Span | undefined {
  if (!passesElevenProof(m[0])) return undefined;
  // Part of a longer spaced number ("123 456789012") or an order number: leave it.
  if (/\d[ ]$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || /^[ ]\d/.test(text.slice(m.index + 9, m.index + 11))) return undefined;
  if (orderContext(text, m.index)) return undefined;
  return whole(m);
}

// ---- Postcode with house number ---------------------------------------------------------------

const POSTCODE_RE = /\b[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b/g;
const HOUSE_AFTER_RE = /^[ \t]*,?[ \t]*(?:nr\.?[ \t]*|huisnummer[ \t]*)?\d{1,5}(?:[ ]?[a-zA-Z](?!\p{L})|-\d{1,4})?(?!\d)/u;
const STREET_BEFORE_RE =
  /(?:\p{Lu}[\p{L}'.-]*[ ](?:(?:van|de|der|den|het|ter|ten|'t)[ ])*){0,2}\p{L}[\p{L}'.-]+[ ]\d{1,5}(?:[ ]?[a-zA-Z]|-\d{1,4})?[ \t]*,?[ \t]*$/u;

function postcode(m: RegExpExecArray, text: string): Span | undefined {
  const end = m.index + m[0].length;
  const after = HOUSE_AFTER_RE.exec(text.slice(end, end + 30));
  if (after !== null) return { start: m.index, end: end + after[0].length };
  const before = text.slice(Math.max(0, m.index - 80), m.index);
  const street = STREET_BEFORE_RE.exec(before);
  if (street !== null) return { start: m.index - (before.length - street.index), end };
  return undefined;
}

// ---- Handles ----------------------------------------------------------------------------------

const HANDLE_RE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b/g;

/**
 * Replaces PII in a text with typed placeholders (`[EMAIL]`, `[PHONE]`, `[IBAN]`, `[CARD]`,
 * `[BSN]`, `[POSTCODE]`, `[URL]`, and with `handles: true` also `[HANDLE]`).
 * @example redactPii('Bel me op 06-12345678').text // 'Bel me op [PHONE]'
 */
export function redactPii(text: string, options: PiiOptions = {}): PiiRedaction {
  const r = new Redactor(text);
  r.pass('URL', URL_RE, secretUrl);
  r.pass('EMAIL', EMAIL_RE, whole);
  r.pass('IBAN', IBAN_START_RE, iban);
  r.pass('CARD', CARD_RE, card);
  r.pass('PHONE', NL_INTL_PHONE_RE, nlIntlPhone);
  r.pass('PHONE', INTL_PHONE_RE, intlPhone);
  r.pass('PHONE', INTL_00_PHONE_RE, (m, t) => (orderContext(t, m.index) ? undefined : whole(m)));
  r.pass('PHONE', NL_PHONE_RE, nlPhone);
  r.pass('BSN', BSN_RE, bsn);
  r.pass('POSTCODE', POSTCODE_RE, postcode);
  if (options.handles === true) r.pass('HANDLE', HANDLE_RE, whole);
  return { text: r.text, redacted: r.redacted, types: [...r.types].sort() };
}

import type { Channel } from '../../schema/feedback.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';

/** One unit read from an exported object: a transcript, an utterance record, a CSV row... */
export interface ExportEntry {
  /** Entries with the same group form one FeedbackItem (a conversation id, or a row of its own). */
  group: string;
  /** When the entry happened (ISO), used to hold back conversations that may still be going on. */
  at?: string;
  /** The entry as read, handed to `normalise`. */
  raw: unknown;
  /** Line or record number within the object (1-based), for quarantine origins. */
  position: number;
}

/** Something in an object that is not an entry at all (a line that is not JSON...). */
export interface ExportProblem {
  reason: string;
  raw: unknown;
  position: number;
}

/**
 * A file format found under an S3 prefix (chat exports, the upload inbox): how to read an
 * object into entries and how to normalise one group of entries. Pure and never throws.
 */
export interface ExportFormat {
  /** Format name in reports and marker scopes, e.g. `lex-conversation-logs`. */
  readonly name: string;
  /** FeedbackItem `source` it produces. */
  readonly source: string;
  readonly channel: Channel;
  /**
   * True when one conversation may be spread over several objects (Lex logs delivered in
   * batches): groups are then collected across objects, held back while still active, and
   * remembered so a later object cannot produce the same conversation twice.
   */
  readonly groupsSpanObjects: boolean;
  /** True for object keys in this format (by extension). */
  accepts(key: string): boolean;
  read(key: string, body: Uint8Array): { entries: ExportEntry[]; problems: ExportProblem[] };
  /** One group's entries, in the order they were read. */
  normalise(entries: readonly unknown[], ctx: NormaliseContext): NormaliseResult;
}

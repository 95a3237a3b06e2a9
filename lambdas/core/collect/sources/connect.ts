import { connectTranscriptFormat } from '../formats/connect-transcript.ts';
import type { NormaliseContext, NormaliseResult } from '../source-format.ts';
import type { ExportEntry, ExportFormat, ExportProblem } from './export-format.ts';
import { isRecord, rejected } from './shared.ts';

/**
 * Amazon Connect chat transcripts under an S3 prefix (the `ChatTranscripts/` folder Connect
 * writes when a chat ends): one JSON document per contact, normalised by the shared
 * `connectTranscriptFormat` (source `chatbot`, channel `chat`).
 */
export const connectExportFormat: ExportFormat = {
  name: 'connect-transcript',
  source: connectTranscriptFormat.source,
  channel: connectTranscriptFormat.channel,
  groupsSpanObjects: false,

  accepts(key: string): boolean {
    return /\.json$/i.test(key);
  },

  read(key: string, body: Uint8Array): { entries: ExportEntry[]; problems: ExportProblem[] } {
    const text = Buffer.from(body).toString('utf8');
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (cause) {
      return { entries: [], problems: [{ reason: `${key} is not valid JSON (${(cause as Error).message})`, raw: text.slice(0, 100_000), position: 1 }] };
    }
    if (!connectTranscriptFormat.detect(key, document)) {
      return { entries: [], problems: [{ reason: `${key} is not an Amazon Connect chat transcript (no Transcript list and ContactId)`, raw: document, position: 1 }] };
    }
    const contactId = isRecord(document) && typeof document.ContactId === 'string' && document.ContactId !== '' ? document.ContactId : key;
    return { entries: [{ group: contactId, raw: document, position: 1 }], problems: [] };
  },

  normalise(entries: readonly unknown[], ctx: NormaliseContext): NormaliseResult {
    const [transcript] = entries;
    return transcript === undefined ? rejected('an empty transcript group', null) : connectTranscriptFormat.normalise(transcript, ctx);
  },
};

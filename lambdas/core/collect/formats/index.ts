import type { SourceFormat } from '../source-format.ts';
import { appStoreRssFormat } from './appstore-rss.ts';
import { connectTranscriptFormat } from './connect-transcript.ts';
import { mastodonStatusesFormat } from './mastodon-statuses.ts';

export { appStoreRssFormat } from './appstore-rss.ts';
export { connectTranscriptFormat } from './connect-transcript.ts';
export { describeZodError } from './describe-zod-error.ts';
export { htmlToText, mastodonStatusesFormat } from './mastodon-statuses.ts';

/**
 * Every file format the collectors understand, in the order they are tried. Each `detect`
 * recognises only its own documents by shape, so at most one format claims a file.
 */
export const ALL_FORMATS: SourceFormat[] = [appStoreRssFormat, mastodonStatusesFormat, connectTranscriptFormat];

import { type CollectSourcesDeps, makeCollectSourcesHandler } from './collect-reviews.ts';

/** The social collector: Mastodon (hashtags and mentions), Bluesky search and Reddit. Same deps as the review collector. */
export function makeCollectSocialHandler(deps: CollectSourcesDeps) {
  return makeCollectSourcesHandler('social', deps);
}

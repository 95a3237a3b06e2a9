// Types for the aws-sdk-client-mock-vitest matchers registered in setup.ts.
import 'vitest';
import type { CustomMatcher } from 'aws-sdk-client-mock-vitest';

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must repeat vitest's own declaration exactly
  interface Matchers<T = any> extends CustomMatcher<T> {}
}

// Silences the AWS SDK's Node-version notice so test output shows only what matters.
const originalEmitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (text.includes('NodeVersionSupportWarning') || text.includes('AWS SDK for JavaScript')) return;
  (originalEmitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

// aws-sdk-client-mock matchers (toHaveReceivedCommandTimes, toHaveReceivedCommandWith, …).
import { allCustomMatcher } from 'aws-sdk-client-mock-vitest';
import { expect } from 'vitest';

expect.extend(allCustomMatcher);

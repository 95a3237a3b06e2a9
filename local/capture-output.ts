import { appendFileSync } from 'node:fs';

type Write = typeof process.stdout.write;

/** Writers to the real terminal while output is captured. */
export interface Terminal {
  out: (text: string) => void;
  err: (text: string) => void;
  restore: () => void;
}

/**
 * Diverts what the Lambda handlers print (Powertools JSON logs and EMF metrics, on stdout and
 * stderr) to a file, as CloudWatch Logs would hold it, so the terminal shows only the
 * runtime's own progress and report. `restore` puts the streams back.
 */
export function captureOutput(file: string): Terminal {
  const originalOut = process.stdout.write.bind(process.stdout) as Write;
  const originalErr = process.stderr.write.bind(process.stderr) as Write;
  const divert = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    appendFileSync(file, typeof chunk === 'string' ? chunk : Buffer.from(chunk));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as Write;
  process.stdout.write = divert;
  process.stderr.write = divert;
  return {
    out: (text) => {
      originalOut(text);
    },
    err: (text) => {
      originalErr(text);
    },
    restore: () => {
      process.stdout.write = originalOut;
      process.stderr.write = originalErr;
    },
  };
}

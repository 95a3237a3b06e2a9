import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DocumentSource, SourceDocument } from '../../core/ports.ts';

/** DocumentSource over a local folder (the file-drop collector of the embedded runtime). */
export class DirectorySource implements DocumentSource {
  readonly scope: string;

  constructor(private readonly root: string, scope?: string) {
    this.scope = scope ?? `files:${root}`;
  }

  async *listDocuments(): AsyncIterable<SourceDocument> {
    const files = (await readdir(this.root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(json|jsonl)$/i.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) yield { name: relative(this.root, file), body: await readFile(file) };
  }
}

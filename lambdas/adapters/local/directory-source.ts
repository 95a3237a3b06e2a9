import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { DocumentSource, SourceDocument } from '../../core/ports.ts';

/** DocumentSource over a local folder (the file-drop collector of the embedded runtime). */
export class DirectorySource implements DocumentSource {
  readonly scope: string;

  /**
   * @param root folder to read, recursively
   * @param options.exclude top-level sub-folders that are not feedback (e.g. `dev-sets`)
   */
  constructor(
    private readonly root: string,
    private readonly options: { scope?: string; exclude?: readonly string[] } = {},
  ) {
    this.scope = options.scope ?? `files:${root}`;
  }

  async *listDocuments(): AsyncIterable<SourceDocument> {
    const files = (await readdir(this.root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(json|jsonl)$/i.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => !(this.options.exclude ?? []).some((folder) => relative(this.root, file).split(sep)[0] === folder))
      .sort();
    for (const file of files) yield { name: relative(this.root, file), body: await readFile(file) };
  }
}

import { isNode, LineCounter, parseDocument } from 'yaml';

export interface YamlSource {
  /** The parsed value, or `undefined` where the text is not valid YAML. */
  value: unknown;
  /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  syntaxErrors: { line: number; message: string }[];
}

/** Parses YAML keeping positions, so a problem found later can name its line. */
export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  const syntaxErrors = doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message }));
  return {
    value: syntaxErrors.length > 0 ? undefined : doc.toJS(),
    syntaxErrors,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}

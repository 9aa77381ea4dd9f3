import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { isNode, LineCounter, parseDocument, visit } from 'yaml';

export interface YamlSource {
  /** The parsed value, or `undefined` where the text is not valid YAML. */
  value: unknown;
  /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Each with its own fix when the reader knows a better one than checking the line's syntax. */
  syntaxErrors: { line: number; message: string; fix?: string }[];
}

/**
 * Parses YAML keeping positions, so a problem found later can name its line.
 *
 * A valid file is read with js-yaml, ten times faster than `yaml`, noting where each node starts as
 * it goes. Anything else (a syntax error, a duplicate key) goes to `yaml`, which reports every error
 * with its line. test/yaml-positions-are-the-same-either-way.test.ts holds the two to the same answers.
 */
export function parseYamlSource(text: string): YamlSource {
  return readValid(text) ?? readWithErrors(text);
}

/** Where a node starts, and its children: a mapping's as key and value, in turn; a sequence's items. */
interface Located {
  /** Where js-yaml began reading the node: for a value, just after its key's colon. */
  position: number;
  result?: unknown;
  children: Located[];
}

function readValid(text: string): YamlSource | undefined {
  const root: Located = { position: 0, children: [] };
  const open: Located[] = [root];
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      listener(event: 'open' | 'close', state: State) {
        if (event === 'open') {
          const node: Located = { position: state.position, children: [] };
          open.at(-1)!.children.push(node);
          open.push(node);
        } else {
          open.pop()!.result = state.result;
        }
      },
    });
  } catch {
    return undefined;
  }
  // js-yaml composes some nodes twice over (a block node and its content): keep the inner one.
  const unwrap = (node: Located): Located => {
    let inner = node;
    while (inner.children.length === 1 && inner.children[0]!.result === inner.result && typeof inner.result === 'object') inner = inner.children[0]!;
    return inner;
  };
  // A node starts at its first character past spaces, line breaks and comments, as `yaml` counts it:
  // a block list or mapping where its first entry starts, a value written under its key on that line.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const startLine = (node: Located): number => {
    let at = node.position;
    for (;;) {
      while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
      if (text[at] !== '#') break;
      while (at < text.length && text[at] !== '\n') at++;
    }
    // An empty value (an implicit null) has no text of its own: it stands where its key's colon does.
    if (node.result === null && !/^(~|null|Null|NULL)/.test(text.slice(at, at + 4))) return lineAt(node.position);
    return lineAt(at);
  };
  const top = root.children[0];
  return {
    value: value === undefined ? null : value,
    syntaxErrors: [],
    lineOf(path) {
      if (!top) return 1;
      let node = unwrap(top);
      let line = startLine(node);
      for (const key of path) {
        let next: Located | undefined;
        if (Array.isArray(node.result)) next = typeof key === 'number' ? node.children[key] : undefined;
        else if (node.result !== null && typeof node.result === 'object') {
          for (let i = 0; i + 1 < node.children.length; i += 2) if (String(node.children[i]!.result) === String(key)) next = node.children[i + 1];
        }
        if (!next) return line;
        node = unwrap(next);
        line = startLine(node);
      }
      return line;
    },
  };
}

/**
 * How many values aliases may repeat in all: a content file needs none, and ten levels of ten aliases
 * each ("a billion laughs") would repeat ten billion. `yaml`'s own default, here stated.
 */
const MOST_ALIASED = 100;

function readWithErrors(text: string): YamlSource {
  const lineCounter = new LineCounter();
  // Tags beyond the core schema (`!!binary`, `!!timestamp`, `!foo`) are warnings to `yaml` and errors
  // to js-yaml; a content file has no use for them, so both readers refuse them.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  const syntaxErrors: YamlSource['syntaxErrors'] = [
    ...doc.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message })),
    ...doc.warnings.map((warning) =>
      warning.code === 'TAG_RESOLVE_FAILED'
        ? { line: lineAt(warning.pos[0]), message: `the tag "${warning.message.replace(/^Unresolved tag: /, '')}" is not one a content file may use`, fix: 'remove the tag (the word starting with "!") and write the value as plain text' }
        : { line: lineAt(warning.pos[0]), message: warning.message },
    ),
  ];
  let value: unknown;
  // A tag refused still leaves a document to read, whose aliases may be reported with it.
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MOST_ALIASED });
    } catch {
      let first: { name: string; line: number } | undefined;
      visit(doc, { Alias: (_key, alias) => void (first ??= { name: alias.source, line: lineAt(alias.range?.[0] ?? 0) }) });
      syntaxErrors.push({ line: first?.line ?? 1, message: `its aliases ("*${first?.name ?? ''}" and the like) repeat more than ${MOST_ALIASED} values`, fix: 'write each value out in full where it is used, without anchors ("&name") and aliases ("*name")' });
    }
  }
  return {
    value: syntaxErrors.length > 0 ? undefined : value,
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

/** The `yaml` reading alone, for the test that holds the two readings to the same answers. */
export const parseYamlSourceWithErrors = readWithErrors;

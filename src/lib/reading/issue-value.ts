/**
 * A schema problem as an editor can find it: which entry (its id, where it has one) and what it holds
 * now. "claims[3].kind: kind must be one of …" sends the editor counting entries and guessing what
 * was wrong; "claims[3].kind of "gas-doubled" is "sourcd": …" points at it.
 */
export function issueWithValue(where: string, message: string, root: unknown, entryPath: readonly PropertyKey[], path: readonly PropertyKey[]): string {
  const entry = valueAt(root, entryPath);
  // A bad id is shown as the value; any other field names the entry by its id.
  const id = entryPath.length > 0 && path.at(-1) !== 'id' && isRecord(entry) && typeof entry.id === 'string' ? ` of "${entry.id}"` : '';
  const parent = valueAt(root, path.slice(0, -1));
  const value = valueAt(root, path);
  const shown =
    path.length === 0 || !isRecord(parent) ? '' : value === undefined ? ' is missing' : isScalar(value) ? ` is ${shorten(JSON.stringify(value))}` : '';
  return `${where}${id}${shown}: ${message}`;
}

/** A long value is shown by its ends: the message says what is wrong with it, not all of it. */
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 40)}…${text.slice(-15)}` : text);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The value at `path`, own keys only (an id may be "constructor"). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

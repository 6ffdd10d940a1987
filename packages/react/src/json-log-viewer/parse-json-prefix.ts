/**
 * Parse the beginning of a JSON document: the longest prefix that ends right after a value
 * held by a container at most `maxDepth` deep, with the containers still open closed. For
 * `{"summary":{…},"events":[{…},{…},{"ti` at depth 2 that is `{"summary":{…},"events":[{…},{…}]}`:
 * every value shown is whole, only the open containers miss their later entries. `undefined`
 * when no such point exists yet (or the text is not JSON). The scan is linear in `text`.
 *
 * The JSON log viewer shows the first rows of a large log from this while the rest still
 * streams in and parses (see `readJsonLog`).
 */
export function parseJsonPrefix(text: string, maxDepth = 2): unknown {
  let open = ''; // the open containers' brackets, outermost first
  let cut = -1; // end (exclusive) of the last prefix that ends after a whole value
  let openAtCut = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) open += c === 0x7b ? '}' : ']';
    else if (c === 0x7d || c === 0x5d) {
      open = open.slice(0, -1);
      if (open.length === 0) return tryParse(text.slice(0, i + 1)); // the whole document
      if (open.length <= maxDepth) {
        cut = i + 1;
        openAtCut = open;
      }
    } else if (c === 0x2c && open.length <= maxDepth) {
      cut = i;
      openAtCut = open;
    }
  }
  if (cut === -1) return undefined;
  return tryParse(text.slice(0, cut) + [...openAtCut].reverse().join(''));
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

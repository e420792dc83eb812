interface Frame {
  /** Keys seen so far in an object; null for an array. */
  keys: Set<string> | null;
  /** The key or index whose value is being read, for the path. */
  at: string;
  /** Array position. */
  index: number;
}

/**
 * The path (`walkout.published`) of the first key that appears twice in one
 * object of a JSON text, or null. `JSON.parse` keeps the last of two equal
 * keys without a word, so a manifest with an id written twice would silently
 * lose the first entry's facts. Expects text that `JSON.parse` accepted.
 */
export function findDuplicateJsonKey(jsonText: string): string | null {
  const stack: Frame[] = [];
  const path = (key: string): string => [...stack.slice(0, -1).map((frame) => frame.at), key].join('.');
  let i = 0;
  while (i < jsonText.length) {
    const char = jsonText[i];
    if (char === '"') {
      let end = i + 1;
      while (end < jsonText.length && jsonText[end] !== '"') end += jsonText[end] === '\\' ? 2 : 1;
      const raw = jsonText.slice(i, end + 1);
      i = end + 1;
      const top = stack.at(-1);
      if (!top?.keys) continue;
      let next = i;
      while (/\s/u.test(jsonText.charAt(next))) next++;
      if (jsonText[next] !== ':') continue;
      // Decoded, so "\u0041" and "A" are the same key, as they are to JSON.parse.
      const key = JSON.parse(raw) as string;
      if (top.keys.has(key)) return path(key);
      top.keys.add(key);
      top.at = key;
      continue;
    }
    const top = stack.at(-1);
    if (char === '{' || char === '[') {
      if (top && !top.keys) top.at = String(top.index);
      stack.push({ keys: char === '{' ? new Set() : null, at: '', index: 0 });
    } else if (char === '}' || char === ']') stack.pop();
    else if (char === ',' && top && !top.keys) top.index++;
    i++;
  }
  return null;
}

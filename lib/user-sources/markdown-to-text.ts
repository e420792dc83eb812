/** What a Markdown file says about itself in YAML front matter, and its text without the markup. */
export interface MarkdownArticle {
  fields: Partial<Record<'title' | 'author' | 'outlet' | 'published' | 'url', string>>;
  text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;
/** Front matter keys people use for each field (Jekyll, Hugo, Obsidian). */
const FIELD_KEYS: Record<string, keyof MarkdownArticle['fields']> = {
  title: 'title',
  author: 'author',
  byline: 'author',
  outlet: 'outlet',
  source: 'outlet',
  site: 'outlet',
  publication: 'outlet',
  date: 'published',
  published: 'published',
  url: 'url',
  link: 'url',
  canonical: 'url',
};

function readFrontMatter(block: string): MarkdownArticle['fields'] {
  const fields: MarkdownArticle['fields'] = {};
  for (const line of block.split(/\r?\n/u)) {
    const match = /^([A-Za-z_]+)\s*:\s*(.+?)\s*$/u.exec(line);
    const key = match?.[1] ? FIELD_KEYS[match[1].toLowerCase()] : undefined;
    if (!key || !match?.[2]) continue;
    fields[key] = match[2].replace(/^(["'])(.*)\1$/u, '$2');
  }
  return fields;
}

/**
 * Markdown to the plain text parseArticle reads: headings become their own
 * lines (so a short first heading is the headline), links and emphasis keep
 * their words, images, code fences, HTML tags and rules disappear.
 */
export function markdownToText(markdown: string): MarkdownArticle {
  const front = FRONT_MATTER.exec(markdown);
  const fields = front?.[1] ? readFrontMatter(front[1]) : {};
  const body = front ? markdown.slice(front[0].length) : markdown;
  const text = body
    .replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gmu, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gmu, '')
    .replace(/<[^>\n]+>/gu, '')
    .replace(/^#{1,6}\s+(.*?)\s*#*\s*$/gmu, '\n$1\n')
    .replace(/^\s{0,3}>\s?/gmu, '')
    .replace(/^\s*([-*_])(\s*\1){2,}\s*$/gmu, '')
    .replace(/^\s*[-*+]\s+/gmu, '')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return { fields, text };
}

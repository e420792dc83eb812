import { Lexer, type Token, type Tokens } from 'marked';

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
 * Named character references marked leaves as written (it decodes only the
 * numeric ones): those that turn up in news text. Any other name stays as
 * written rather than guessed at.
 */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  euro: '\u20ac',
  pound: '\u00a3',
};

const decodeReferences = (text: string): string =>
  text.replace(/&([a-z]+);/giu, (whole, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? whole);

/** The words of inline tokens: links, emphasis and code keep theirs; images and HTML tags have none. */
function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'image':
        case 'html':
          return '';
        case 'br':
          return '\n';
        case 'codespan':
        case 'escape':
          return decodeReferences((token as Tokens.Codespan | Tokens.Escape).text);
        default: {
          const { tokens: inner, text } = token as Tokens.Generic;
          return inner ? inlineText(inner) : decodeReferences(typeof text === 'string' ? text : '');
        }
      }
    })
    .join('');
}

/** Each block's text, a blank line between blocks, a line per list item and table row. */
function blockTexts(tokens: readonly Token[]): string[] {
  const blocks: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        blocks.push(inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens));
        break;
      case 'text': {
        const text = token as Tokens.Text;
        blocks.push(text.tokens ? inlineText(text.tokens) : decodeReferences(text.text));
        break;
      }
      case 'blockquote':
        blocks.push(...blockTexts((token as Tokens.Blockquote).tokens));
        break;
      case 'list':
        blocks.push(
          (token as Tokens.List).items.map((item) => blockTexts(item.tokens).join('\n')).join('\n'),
        );
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((row) =>
          row.map((cell) => inlineText(cell.tokens)).join(' '),
        );
        blocks.push(rows.join('\n'));
        break;
      }
      default:
        // Code, rules, HTML blocks, link definitions and blank space have no prose.
        break;
    }
  }
  // A dropped image or tag leaves the spaces either side of it.
  return blocks.map((block) => block.replace(/[ \t]{2,}/gu, ' ').trim()).filter((block) => block !== '');
}

/**
 * Markdown to the plain text parseArticle reads, through marked's lexer:
 * each heading, paragraph, list and table its own block (so a short first
 * heading is the headline), links and emphasis keep their words, character
 * references are decoded, and images, code, HTML tags and rules disappear.
 */
export function markdownToText(markdown: string): MarkdownArticle {
  const front = FRONT_MATTER.exec(markdown);
  const fields = front?.[1] ? readFrontMatter(front[1]) : {};
  const body = front ? markdown.slice(front[0].length) : markdown;
  const text = blockTexts(new Lexer({ gfm: true }).lex(body)).join('\n\n');
  return { fields, text };
}

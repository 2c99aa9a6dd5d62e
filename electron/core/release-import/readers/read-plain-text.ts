import { escapeHtml } from '../../release-render/html';
import { decodeTextFile } from './decode-text-file';
import type { ReaderOutput } from './reader-output';

/** "- item", "• item"; not "- ENDS -", which a dash closes too: that is an ornament, not a list. */
const BULLET_LINE = /^\s*[-•]\s+(.*?)(?<!\s[-–—])$/;
const NUMBERED_LINE = /^\s*(\d{1,3})[.)]\s+(.*)$/;
/** An indented line under a list item carries on that item, as in a wrapped e-mail. */
const CONTINUATION_LINE = /^\s+\S/;
/**
 * `[label](address)`: how links come out of web pages copied as text, and how the reference example
 * writes them. The converter decides which addresses may stay links. The bounds keep a line of
 * thousands of "[" from being scanned to its end from each of them.
 */
const LINK_SYNTAX = /\[([^\]\n]{1,500})\]\(([^()\s]{0,2000})\)/g;

type ListKind = 'ul' | 'ol';
type Group = { kind: 'p'; lines: string[] } | { kind: ListKind; start: number; items: string[] };

/** Text with its `[label](address)` links as HTML links, and everything else escaped. */
function inlineHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK_SYNTAX)) {
    const [whole, label = '', href = ''] = match;
    html += `${escapeHtml(text.slice(last, match.index))}<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
    last = match.index + whole.length;
  }
  return html + escapeHtml(text.slice(last));
}

function listItemOf(line: string): { kind: ListKind; start: number; text: string } | null {
  const bullet = BULLET_LINE.exec(line);
  if (bullet) return { kind: 'ul', start: 1, text: bullet[1] ?? '' };
  const numbered = NUMBERED_LINE.exec(line);
  if (numbered) return { kind: 'ol', start: Number(numbered[1]), text: numbered[2] ?? '' };
  return null;
}

/** The lines of one block, grouped into runs of plain lines and runs of list items. */
function groupLines(lines: readonly string[]): Group[] {
  const groups: Group[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    const item = listItemOf(line);
    if (item) {
      if (last?.kind === item.kind) last.items.push(item.text);
      else groups.push({ kind: item.kind, start: item.start, items: [item.text] });
    } else if (last && last.kind !== 'p' && CONTINUATION_LINE.test(line)) {
      last.items[last.items.length - 1] += ` ${line.trim()}`;
    } else if (last?.kind === 'p') {
      last.lines.push(line);
    } else {
      groups.push({ kind: 'p', lines: [line] });
    }
  }
  return groups;
}

function groupHtml(group: Group): string {
  if (group.kind === 'p') return `<p>${group.lines.map(inlineHtml).join('<br>')}</p>`;
  const items = group.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('');
  const start = group.kind === 'ol' && group.start !== 1 ? ` start="${String(group.start)}"` : '';
  return `<${group.kind}${start}>${items}</${group.kind}>`;
}

/**
 * Plain text to HTML: blocks separated by blank lines become paragraphs, their single line breaks stay
 * line breaks, and lines opening with "- ", "• " or "1. " become list items.
 */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .flatMap(groupLines)
    .map(groupHtml)
    .join('\n');
}

/** A .txt file to HTML, through {@link plainTextToHtml}. */
export function readPlainText(bytes: Uint8Array): ReaderOutput {
  return { html: plainTextToHtml(decodeTextFile(bytes, 'text')), warnings: [] };
}

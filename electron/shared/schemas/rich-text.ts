import { z } from 'zod';

/**
 * A TipTap (ProseMirror) JSON node. Core renders it to HTML without a DOM and only knows the node
 * and mark types of the release body, so the structure is checked here and the types there.
 */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichTextNode[] | undefined;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> | undefined }> | undefined;
  text?: string | undefined;
}

/**
 * TipTap's attributes (a link's href, a heading's level, a list's start): a few short names with
 * plain values. Bounded, so that no attribute can smuggle megabytes or deep objects past the
 * limits on the text itself.
 */
const attrsSchema = z
  .record(z.string().max(40), z.union([z.string().max(4_000), z.number(), z.boolean(), z.null()]))
  .refine((attrs) => Object.keys(attrs).length <= 20, 'Too many attributes');

const markSchema = z.object({
  type: z.string().min(1).max(40),
  attrs: attrsSchema.optional(),
});

/** Far deeper than any list in a list in a quote a person writes; the importer stops at the same depth. */
export const MAX_RICH_TEXT_DEPTH = 100;

/**
 * Whether `value`'s nodes nest at most `limit` deep, checked without recursion so that a hostile
 * body cannot overflow the stack before the schema has even looked at it.
 */
function nestsWithin(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > limit) return false;
    const content =
      typeof node === 'object' && node !== null ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) pending.push([child, depth + 1]);
  }
  return true;
}

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(40),
    attrs: attrsSchema.optional(),
    content: z.array(richTextNodeSchema).max(10_000).optional(),
    marks: z.array(markSchema).max(20).optional(),
    text: z.string().max(100_000).optional(),
  }),
);

/** The document node at the root of a release body. */
export const richTextDocSchema = z
  .custom<unknown>((value) => nestsWithin(value, MAX_RICH_TEXT_DEPTH), 'The text is nested too deeply')
  .pipe(
    z.object({
      type: z.literal('doc'),
      content: z.array(richTextNodeSchema).max(10_000),
    }),
  );
export type RichTextDoc = z.infer<typeof richTextDocSchema>;

/** An empty body: one empty paragraph, as TipTap starts. */
export function emptyRichTextDoc(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

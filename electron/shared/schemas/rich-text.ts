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

const markSchema = z.object({
  type: z.string().min(1).max(40),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richTextNodeSchema).max(10_000).optional(),
    marks: z.array(markSchema).max(20).optional(),
    text: z.string().max(100_000).optional(),
  }),
);

/** The document node at the root of a release body. */
export const richTextDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(richTextNodeSchema).max(10_000),
});
export type RichTextDoc = z.infer<typeof richTextDocSchema>;

/** An empty body: one empty paragraph, as TipTap starts. */
export function emptyRichTextDoc(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

import type { RichTextNode } from '../../../shared/schemas/rich-text';
import type { ImportWarning, Recognition } from '../types';
import type { SectionKind } from './section-labels';

/** Where a top-level block of the imported document ends up. */
export type BlockRole = 'body' | 'removed' | SectionKind;

/**
 * The imported document's top-level blocks while they are being sorted into release fields: each
 * recogniser gives some blocks a role (or edits one, as the dateline does its paragraph) and says
 * what it recognised.
 */
export class ReleaseLayout {
  readonly blocks: RichTextNode[];
  readonly roles: BlockRole[];
  readonly recognised: Recognition[] = [];
  readonly warnings: ImportWarning[] = [];

  constructor(blocks: readonly RichTextNode[]) {
    this.blocks = [...blocks];
    this.roles = blocks.map(() => 'body');
  }

  isBody(index: number): boolean {
    return this.roles[index] === 'body';
  }

  /** The blocks still in the body from index `from` on, in order, with their indices. */
  bodyBlocks(from = 0): { index: number; block: RichTextNode }[] {
    const found: { index: number; block: RichTextNode }[] = [];
    this.blocks.forEach((block, index) => {
      if (index >= from && this.isBody(index)) found.push({ index, block });
    });
    return found;
  }

  assign(index: number, role: BlockRole): void {
    this.roles[index] = role;
  }

  recognise(recognition: Recognition): void {
    this.recognised.push(recognition);
  }
}

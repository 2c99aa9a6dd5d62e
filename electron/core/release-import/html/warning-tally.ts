import type { ImportWarning } from '../types';

/** The warnings the converter counts: one per kind of thing it drops. */
export type CountedWarningCode =
  | 'dropped-script'
  | 'dropped-event-handler'
  | 'dropped-image'
  | 'dropped-embedded-content'
  | 'dropped-form'
  | 'dropped-hidden-text'
  | 'flattened-table';

/** How many link targets an unsupported-link warning quotes: enough to recognise them. */
const LINK_EXAMPLES = 5;
const EXAMPLE_LENGTH = 100;

/** Counts what a conversion drops, so that the user hears of it once per kind, with a number. */
export class WarningTally {
  private readonly counts = new Map<CountedWarningCode, number>();
  private unsupportedLinks = 0;
  private readonly linkExamples = new Set<string>();

  /** Counts `count` more of what `code` stands for. */
  add(code: CountedWarningCode, count = 1): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + count);
  }

  /** A link whose target is not `https:` or `mailto:`: its words stay, the link goes. */
  addUnsupportedLink(href: string): void {
    this.unsupportedLinks++;
    const example = href.trim().slice(0, EXAMPLE_LENGTH);
    if (this.linkExamples.size < LINK_EXAMPLES) this.linkExamples.add(example);
  }

  /** The warnings counted so far, in the order they were first met. */
  warnings(): ImportWarning[] {
    const counted = [...this.counts].map(([code, count]): ImportWarning => ({ code, count }));
    if (this.unsupportedLinks === 0) return counted;
    return [
      ...counted,
      { code: 'unsupported-link', count: this.unsupportedLinks, examples: [...this.linkExamples] },
    ];
  }
}

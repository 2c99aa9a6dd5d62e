import type { QueryTerm } from './query';
import type { SearchField } from './search-fields';
import type { TermMatches } from './term-matches';
import type { TimeSlicer } from './time-slicer';
import { TokenPostings } from './token-postings';

/** One searched field of every contact: its tokens, and how a query term is matched against them. */
export class FieldIndex {
  readonly #postings = new TokenPostings();
  // While a build loads, each distinct text of a field that many contacts share is tokenised once.
  #buildMemo: Map<string, string[]> | null;

  constructor(readonly field: SearchField) {
    this.#buildMemo = field.shared ? new Map() : null;
  }

  /** The tokens `text` is indexed by in this field. */
  tokensOf(text: string): readonly string[] {
    const memo = this.#buildMemo;
    if (!memo) return this.field.tokens(text);
    let tokens = memo.get(text);
    if (!tokens) {
      tokens = this.field.tokens(text);
      memo.set(text, tokens);
    }
    return tokens;
  }

  add(slot: number, tokens: readonly string[]): void {
    for (const token of tokens) this.#postings.add(token, slot);
  }

  remove(slot: number, tokens: readonly string[]): void {
    for (const token of tokens) this.#postings.remove(token, slot);
  }

  /** Ends a build's loading; see {@link TokenPostings.finishLoading}. */
  finishLoading(slicer: TimeSlicer): Promise<void> {
    this.#buildMemo = null;
    return this.#postings.finishLoading(slicer);
  }

  /** Offers `matches` every contact whose tokens in this field match `term`, weighted by how. */
  collect(term: QueryTerm, matches: TermMatches): void {
    const { exact, prefix, typo } = this.field.weights;
    const words = this.field.matches === 'words' ? term.words : term.digits;
    for (const word of words) {
      this.#postings.offerPrefix(word, exact, prefix, matches);
      if (typo > 0 && term.maxTypos > 0) this.#postings.offerTypos(word, term.maxTypos, typo, matches);
    }
  }
}

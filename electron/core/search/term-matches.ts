/** The best weight each contact slot earned for one query term, and the slots that earned any. */
export class TermMatches {
  /** Best weight per slot; 0 means no match. */
  readonly best: Uint8Array;
  /** Every slot with a weight, in the order found. */
  readonly slots: number[] = [];

  constructor(capacity: number) {
    this.best = new Uint8Array(capacity);
  }

  offer(slot: number, weight: number): void {
    const current = this.best[slot]!;
    if (current === 0) this.slots.push(slot);
    if (weight > current) this.best[slot] = weight;
  }
}

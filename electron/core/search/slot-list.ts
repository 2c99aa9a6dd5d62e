import type { TermMatches } from './term-matches';

/**
 * The contact slots that hold one token, or undefined for none. Most phone and e-mail tokens belong
 * to a single contact, so one slot is a bare number: a one-element array would cost about 50 bytes
 * more for each of hundreds of thousands of tokens. Lists are unordered.
 */
export type SlotList = number | number[] | undefined;

/** `slots` with `slot` added (arrays are grown in place). */
export function withSlot(slots: SlotList, slot: number): SlotList {
  if (slots === undefined) return slot;
  if (typeof slots === 'number') return [slots, slot];
  slots.push(slot);
  return slots;
}

/** `slots` without `slot` (arrays are shrunk in place). */
export function withoutSlot(slots: SlotList, slot: number): SlotList {
  if (slots === undefined || typeof slots === 'number') return slots === slot ? undefined : slots;
  const position = slots.indexOf(slot);
  if (position === -1) return slots;
  // Order does not matter, so the last slot fills the gap instead of shifting the rest.
  slots[position] = slots[slots.length - 1]!;
  slots.pop();
  return slots.length === 1 ? slots[0] : slots;
}

/** Offers every slot of `slots` to `matches` with `weight`. */
export function offerSlots(slots: SlotList, weight: number, matches: TermMatches): void {
  if (slots === undefined) return;
  if (typeof slots === 'number') {
    matches.offer(slots, weight);
    return;
  }
  for (let index = 0; index < slots.length; index += 1) matches.offer(slots[index]!, weight);
}

/**
 * Calls `visit(position, distance)` for every token of `sorted` whose edit distance to `word` is at
 * most `maxDistance`, counting an insertion, a deletion, a substitution or a swap of two adjacent
 * letters as one edit (optimal string alignment, the usual "Damerau" distance of spell checkers).
 *
 * `sorted` must be sorted by UTF-16 code units and hold distinct tokens. It is walked as an implicit
 * trie: the tokens that share a prefix are a contiguous range, so the distance table is computed
 * once per prefix rather than once per token, and a whole range is skipped as soon as its prefix is
 * already too far from `word`. That costs no memory beyond the array (a deletion-neighbourhood map
 * would hold every token's variants) and visits a few hundred prefixes for a distance of 1.
 */
export function forEachWithinDistance(
  sorted: readonly string[],
  word: string,
  maxDistance: number,
  visit: (position: number, distance: number) => void,
): void {
  const wordLength = word.length;
  const width = wordLength + 1;
  const deepest = wordLength + maxDistance;
  // Row `depth` holds the distances between the current prefix of that length and each prefix of `word`.
  const rows = new Int32Array((deepest + 1) * width);
  const rowMinimum = new Int32Array(deepest + 1);
  for (let column = 0; column < width; column += 1) rows[column] = column;

  /** Fills the row for a prefix one letter longer (the letter is `token[depth - 1]`); returns its minimum. */
  const fillRow = (token: string, depth: number): number => {
    const letter = token.charCodeAt(depth - 1);
    const previousLetter = depth > 1 ? token.charCodeAt(depth - 2) : -1;
    const row = depth * width;
    const above = row - width;
    const twoAbove = above - width;
    rows[row] = depth;
    let minimum = depth;
    for (let column = 1; column < width; column += 1) {
      const wordLetter = word.charCodeAt(column - 1);
      let best = Math.min(
        rows[above + column]! + 1,
        rows[row + column - 1]! + 1,
        rows[above + column - 1]! + (wordLetter === letter ? 0 : 1),
      );
      if (
        column > 1 &&
        depth > 1 &&
        letter === word.charCodeAt(column - 2) &&
        previousLetter === wordLetter
      ) {
        best = Math.min(best, rows[twoAbove + column - 2]! + 1);
      }
      rows[row + column] = best;
      if (best < minimum) minimum = best;
    }
    return minimum;
  };

  /** First index in [from, to) whose letter at `depth` sorts after `letter`. */
  const endOfLetter = (from: number, to: number, depth: number, letter: number): number => {
    let low = from;
    let high = to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.charCodeAt(depth) <= letter) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  /** Visits the tokens in [from, to), which all start with the same prefix of length `depth`. */
  const descend = (from: number, to: number, depth: number): void => {
    let start = from;
    // The prefix itself, when it is a token, sorts before every longer token that starts with it.
    if (depth > 0 && sorted[start]!.length === depth) {
      const distance = rows[depth * width + wordLength]!;
      if (distance <= maxDistance) visit(start, distance);
      start += 1;
    }
    if (depth === deepest) return;
    while (start < to) {
      const token = sorted[start]!;
      const end = endOfLetter(start, to, depth, token.charCodeAt(depth));
      const minimum = fillRow(token, depth + 1);
      rowMinimum[depth + 1] = minimum;
      // A swap reaches back two rows, so a longer prefix can never beat the parent's minimum plus one.
      if (Math.min(minimum, rowMinimum[depth]! + 1) <= maxDistance) descend(start, end, depth + 1);
      start = end;
    }
  };

  if (sorted.length > 0) descend(0, sorted.length, 0);
}

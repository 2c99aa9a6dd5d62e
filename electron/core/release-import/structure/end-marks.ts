/**
 * A line that only marks the end of a release: "ENDS", "-ends-", "###", "# # #", "-30-", "Fin",
 * "- FIN -", "*** ENDS ***". The printed release adds its own end mark, in its own language.
 */
const END_MARK = /^(?:[-–—*\s]*(?:ends?|fin|ende)[-–—*\s]*|[-–—]\s*30\s*[-–—]|#\s*#\s*#)$/i;

/** End marks are short; a longer line is not even tested. */
const MAX_END_MARK_LENGTH = 20;

/** Whether a line is nothing but an end mark. */
export function isEndMark(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= MAX_END_MARK_LENGTH && END_MARK.test(trimmed);
}

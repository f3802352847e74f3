/**
 * What to send for a GET's Range header (RFC 9110 §14): one well-formed range is a part (206), a
 * range that starts at or past the end is unsatisfiable (416), and everything else is ignored, so
 * the whole file goes out with a 200, as §14.2 allows: malformed or reversed ranges (`bytes=10-5`),
 * other units, and several ranges (they would need multipart/byteranges, which nothing here asks
 * for). Not range-parser (behind `send` and express): it answers malformed headers as unsatisfiable
 * and reads `0x10` or `1e3` as numbers.
 */

export type RangeAnswer = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

const WHOLE: RangeAnswer = { kind: 'whole' };
const RANGES = /^bytes=(.*)$/i;
const FIRST_TO_LAST = /^(\d+)-(\d*)$/;
const SUFFIX = /^-(\d+)$/;

/** `size` is the length of the representation being sent (the compressed copy's, if one is). */
export function answerRange(header: string | undefined, size: number): RangeAnswer {
  const set = header === undefined ? null : RANGES.exec(header.trim());
  // An empty file has no byte to start a part at: the whole (empty) file answers any range.
  if (!set || size === 0) return WHOLE;
  // Lists may carry empty elements and spaces around commas (RFC 9110 §5.6.1).
  const specs = (set[1] ?? '')
    .split(',')
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '');
  if (specs.length !== 1) return WHOLE;
  const spec = specs[0] ?? '';

  const suffix = SUFFIX.exec(spec);
  if (suffix) {
    // Digits beyond Number's precision are still compared correctly against any real size.
    const length = Number(suffix[1]);
    if (length === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - length), end: size - 1 };
  }

  const span = FIRST_TO_LAST.exec(spec);
  if (!span) return WHOLE;
  const first = Number(span[1]);
  const last = span[2] === '' ? Infinity : Number(span[2]);
  if (last < first) return WHOLE;
  if (first >= size) return { kind: 'unsatisfiable' };
  return { kind: 'part', start: first, end: Math.min(last, size - 1) };
}

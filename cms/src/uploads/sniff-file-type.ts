/**
 * What a file's first bytes say it is, for the media types the upload config allows. Strapi
 * cannot detect a type in text content and falls back to the file name, so HTML named "x.png"
 * would be stored as image/png; these signatures catch that.
 * https://en.wikipedia.org/wiki/List_of_file_signatures
 */

const SIGNATURES: { mime: string; matches: (head: Buffer) => boolean }[] = [
  { mime: 'image/png', matches: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { mime: 'image/gif', matches: (h) => h.subarray(0, 4).toString('latin1') === 'GIF8' },
  { mime: 'image/webp', matches: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mime: 'image/avif', matches: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]/.test(h.subarray(8, 12).toString('latin1')) },
  { mime: 'application/pdf', matches: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mime: 'video/mp4', matches: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' },
  { mime: 'video/webm', matches: (h) => h.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])) },
];

/** The allowed media type the bytes belong to, or undefined when they match none. */
export function sniffMediaType(head: Buffer): string | undefined {
  return SIGNATURES.find((signature) => signature.matches(head))?.mime;
}

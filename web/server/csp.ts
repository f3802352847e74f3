/**
 * The site's Content-Security-Policy (https://www.w3.org/TR/CSP3/). Scripts run only from this
 * origin or when their hash is listed: the inline scripts (index.html's theme switch, which must
 * run before the first paint, and page-html.ts's loader) are hashed from the built pages, and the
 * prerendered state is a JSON data block that never executes. Styles likewise, except `style` attributes: KaTeX sizes
 * glyphs and Shiki colours tokens with them inside stored post bodies, which cannot be hashed
 * ahead of time, so `style-src-attr` alone allows inline (attributes cannot run script).
 */
import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline scripts that execute, and of the inline `<style>` elements, in `html`. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue; // data blocks (JSON, JSON-LD)
    scripts.push(sha256(match[2] ?? ''));
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => sha256(match[1] ?? ''));
  return { scripts, styles };
}

/**
 * `framedBy` lists the origins the admin is opened at (./admin-origins.ts), for draft previews:
 * the admin shows them in its preview panel, an iframe on its own origin. Every other page may be
 * framed by no one.
 */
export function contentSecurityPolicy(pages: string[], cmsUrl: string, framedBy: readonly string[] = []): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    const hashes = inlineHashes(html);
    hashes.scripts.forEach((hash) => scripts.add(hash));
    hashes.styles.forEach((hash) => styles.add(hash));
  }
  const cms = new URL(cmsUrl).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${[...scripts].join(' ')}`.trim(),
    `style-src 'self' ${[...styles].join(' ')}`.trim(),
    "style-src-attr 'unsafe-inline'",
    // Avatars and uploads come from the CMS; post bodies may show images from anywhere on https.
    `img-src 'self' data: https: ${cms}`,
    `media-src 'self' ${cms}`,
    "font-src 'self' data:",
    `connect-src 'self' ${cms}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    framedBy.length > 0 ? `frame-ancestors 'self' ${framedBy.join(' ')}` : "frame-ancestors 'none'",
  ].join('; ');
}

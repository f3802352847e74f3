import { describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './body-shape';

const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

describe('nestsDeeperThan', () => {
  it('counts each object or array as one level', () => {
    expect(nestsDeeperThan({ a: 1 }, 1)).toBe(false);
    expect(nestsDeeperThan({ a: { b: 1 } }, 1)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: [] }] }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan(null, 0)).toBe(false);
  });

  it('finds the deep branch beside shallow ones', () => {
    expect(nestsDeeperThan({ shallow: 1, other: [2], deep: nested(MAX_BODY_DEPTH) }, MAX_BODY_DEPTH)).toBe(true);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan(nested(100_000), MAX_BODY_DEPTH)).toBe(true);
  });

  it('lets an admin save of a rich-text post through', () => {
    const post = { data: { title: 'FP4', body: '# h', tags: { connect: [{ documentId: 'x', position: { end: true } }] }, blocks: [{ type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: 'a' }] }] }] } };
    expect(nestsDeeperThan(post, MAX_BODY_DEPTH)).toBe(false);
  });
});

/** A published post with everything the CMS renders on save: headings, math and code. */
import { createPublished, postFields, uniqueMarker } from './published';

/**
 * Two headings (so the page shows a table of contents), inline and display math wider than a
 * phone, and code with a comment and a line wider than a phone: math and code scroll inside
 * their boxes, never the page.
 */
export const MATH_POST_BODY = [
  'Energy and mass are one: $E=mc^2$, as every physics student learns.',
  '',
  '## The scaling law',
  '',
  'The loss falls as a power of the parameter count:',
  '',
  '$$',
  'L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N} + L_\\infty, \\qquad \\alpha_N \\approx 0.076, \\quad N_c \\approx 8.8 \\times 10^{13}',
  '$$',
  '',
  '## Trying it',
  '',
  '```python',
  '# one loss per model size',
  'def loss_of(size):',
  '    return size ** -0.076',
  '',
  'print(1)',
  'losses = [loss_of(parameter_count) for parameter_count in model_sizes_from_the_smallest_to_the_largest_we_trained]',
  '```',
  '',
  'That is all.',
].join('\n');

export interface MathPost {
  slug: string;
  title: string;
}

/** Creates and publishes the post; its slug is unique to this call. */
export async function publishMathPost(): Promise<MathPost> {
  const marker = uniqueMarker('math');
  const fields = postFields(marker, { title: `Scaling laws, worked ${marker}`, body: MATH_POST_BODY });
  await createPublished('api::blog-post.blog-post', fields);
  return { slug: marker, title: fields.title };
}

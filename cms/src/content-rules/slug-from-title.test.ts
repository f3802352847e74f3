import { describe, expect, it } from 'vitest';
import { slugFromTitle } from './slug-from-title';

describe('content-rules/slug-from-title', () => {
  describe('slugFromTitle', () => {
    it.each([
      ['Efficient MoE Training', 'efficient-moe-training'],
      ['FP8-LM: Training FP8 Large Language Models', 'fp8-lm-training-fp8-large-language-models'],
      ['Sigma-MoE-Tiny Technical Report', 'sigma-moe-tiny-technical-report'],
      ['LLaMA-Adapter and GPT-4o', 'llama-adapter-and-gpt-4o'],
      ['DeepSpeed ZeRO++', 'deepspeed-zero'],
      ['BERTs Are Few-Shot Learners', 'berts-are-few-shot-learners'],
      ["Don't Stop Pretraining", 'dont-stop-pretraining'],
      ['What’s in a Name?', 'whats-in-a-name'],
      ['Über-schnelle Quantisierung', 'ueber-schnelle-quantisierung'],
      ['Megatron-LM', 'megatron-lm'],
    ])('slugs %j as %j', (title, slug) => {
      expect(slugFromTitle(title)).toBe(slug);
    });

    it('cuts a long title at a word, leaving room for a "-1" within the field limit', () => {
      const title = 'Recycling Pretrained Checkpoints: Orthogonal Growth of Mixture-of-Experts for Efficient Large Language Model Pre-Training';
      const slug = slugFromTitle(title, 100);
      expect(slug).toBe('recycling-pretrained-checkpoints-orthogonal-growth-of-mixture-of-experts-for-efficient-large');
      expect(`${slug}-1`.length).toBeLessThanOrEqual(100);
      expect(slugFromTitle('Mixture of Experts at a Scale Nobody Has Tried Before in Practice', 40)).toBe('mixture-of-experts-at-a-scale-nobody');
    });

    it('gives an empty slug for a title without Latin letters or digits (Strapi then falls back to the type name)', () => {
      expect(slugFromTitle('混合专家模型')).toBe('');
    });
  });
});

import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createCmsClient } from '../api/client';
import { provideCms } from '../composables/cms';
import { createSiteI18n } from '../modules/i18n';
import { createSiteRouter } from '../modules/router';
import { fakeTransport, TEST_CMS_URL } from '../../test/transport';
import BibtexBlock from './BibtexBlock.vue';

const BIBTEX = '@inproceedings{wang2025fp4,\n  title = {Optimizing Large Language Model Training Using {FP4} Quantization},\n  year = {2025}\n}\n';

function mountBlock(answer: (url: string) => { status: number; data: unknown }) {
  const { transport, paths: urls } = fakeTransport(answer);
  const cms = createCmsClient({ baseURL: TEST_CMS_URL, transport });
  const wrapper = mount(BibtexBlock, {
    props: { slug: 'fp4-training', title: 'FP4 training' },
    attachTo: document.body,
    global: {
      plugins: [createSiteI18n(createSiteRouter(createMemoryHistory())), { install: (app) => provideCms(app, cms) }],
    },
  });
  return { wrapper, urls };
}

async function open(wrapper: ReturnType<typeof mountBlock>['wrapper']) {
  const details = wrapper.find('details');
  (details.element as HTMLDetailsElement).open = true;
  await details.trigger('toggle');
  await flushPromises();
}

const bib = () => ({ status: 200, data: BIBTEX });

describe('components/BibtexBlock', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('is collapsed and asks the CMS for nothing until opened', () => {
    const { wrapper, urls } = mountBlock(bib);
    expect((wrapper.find('details').element as HTMLDetailsElement).open).toBe(false);
    expect(wrapper.find('summary').text()).toContain('BibTeX');
    expect(urls).toEqual([]);
  });

  it('fetches the citation endpoint once when opened and shows the entry as code', async () => {
    const { wrapper, urls } = mountBlock(bib);
    await open(wrapper);
    await open(wrapper);
    expect(urls).toEqual(['/api/citations/publications/fp4-training.bib']);
    expect(wrapper.find('pre code').text()).toBe(BIBTEX.trim());
  });

  it('copies with the clipboard API and confirms it visibly and to screen readers', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { wrapper } = mountBlock(bib);
    await open(wrapper);
    await wrapper.find('button.copy').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(BIBTEX);
    expect(wrapper.find('button.copy').text()).toBe('Copied');
    expect(wrapper.find('[role="status"]').text()).toBe('BibTeX copied to the clipboard.');
  });

  it('selects the entry when the clipboard is unavailable, and says how to copy it', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const { wrapper } = mountBlock(bib);
    await open(wrapper);
    await wrapper.find('button.copy').trigger('click');
    await flushPromises();
    expect(window.getSelection()?.toString()).toBe(BIBTEX);
    expect(wrapper.find('[role="status"]').text()).toContain('selected');
  });

  it('says what failed when the CMS does not answer, and tries again on Retry', async () => {
    let status = 503;
    const { wrapper, urls } = mountBlock(() => (status === 200 ? bib() : { status, data: { error: { message: 'down' } } }));
    await open(wrapper);
    expect(wrapper.find('[role="alert"]').text()).toContain('Could not load BibTeX');
    status = 200;
    await wrapper.find('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('pre code').text()).toBe(BIBTEX.trim());
    expect(urls).toHaveLength(2);
  });
});

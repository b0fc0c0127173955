import { describe, expect, it } from 'vitest';
import { appUrl, embedCode, embedUrl } from './embed-code';

describe('embedUrl and appUrl', () => {
  it('add or take away embed=1 and keep the view’s parameters', () => {
    const view = 'https://example.dk/klyngekort/?business=construction&lang=en&view=coverage#main';
    expect(embedUrl(view)).toBe(
      'https://example.dk/klyngekort/?business=construction&lang=en&view=coverage&embed=1',
    );
    expect(embedUrl(`${embedUrl(view)}&embed=true`)).toBe(embedUrl(view));
    expect(appUrl(embedUrl(view))).toBe(
      'https://example.dk/klyngekort/?business=construction&lang=en&view=coverage',
    );
  });
});

describe('embedCode', () => {
  it('writes an iframe with the address, a title and the size', () => {
    expect(
      embedCode({ src: 'https://example.dk/?embed=1&lang=da', title: 'Kort · Status', size: 'small' }),
    ).toBe(
      '<iframe src="https://example.dk/?embed=1&amp;lang=da" title="Kort · Status" width="600" height="400" style="border: 0" loading="lazy"></iframe>',
    );
    expect(embedCode({ src: 'https://example.dk/', title: 'x', size: 'full' })).toContain(
      'width="100%" height="500"',
    );
  });

  it('keeps a title with quotes and markup inside its attribute', () => {
    const code = embedCode({ src: 'https://example.dk/', title: 'A "B" <script>&', size: 'medium' });
    expect(code).toContain('title="A &quot;B&quot; &lt;script&gt;&amp;"');
    const parsed = code.match(/title="([^"]*)"/);
    expect(parsed?.[1]).toBe('A &quot;B&quot; &lt;script&gt;&amp;');
  });
});

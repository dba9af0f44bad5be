// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, normalizeSite, type OptionsViewProps } from './options-view';

afterEach(cleanup);

function props(over: Partial<OptionsViewProps> = {}): OptionsViewProps {
  return {
    disabledSites: ['news.example'],
    onAddSite: vi.fn(),
    onRemoveSite: vi.fn(),
    highlightKinds: { person: true, organization: true, place: true, claims: true },
    onHighlightKindsChange: vi.fn(),
    wikipediaLookup: false,
    onWikipediaLookupChange: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...over,
  };
}

describe('normalizeSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://www.bbc.co.uk/news/world?x=1', 'www.bbc.co.uk'],
    ['news.example.com:8080/a', 'news.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['', null],
    ['not a site', null],
    ['example', null],
    ['javascript:alert(1)', null],
  ])('%j -> %j', (input, out) => expect(normalizeSite(input)).toBe(out));
});

describe('OptionsView', () => {
  it('lists disabled sites; Remove fires onRemoveSite', async () => {
    const p = props();
    render(<OptionsView {...p} />);
    const list = screen.getByRole('list', { name: 'Sites where Dramatis is off' });
    expect(within(list).getByText('news.example')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Turn Dramatis back on for news.example' }));
    expect(p.onRemoveSite).toHaveBeenCalledWith('news.example');
  });

  it('adds a site, normalized; rejects junk and duplicates with a message', async () => {
    const p = props();
    render(<OptionsView {...p} />);
    const box = screen.getByRole('textbox', { name: 'Turn Dramatis off for a site' });
    await userEvent.type(box, 'https://Www.Example.org/path{Enter}');
    expect(p.onAddSite).toHaveBeenCalledWith('www.example.org');
    expect((box as HTMLInputElement).value).toBe('');
    await userEvent.type(box, 'nonsense');
    await userEvent.click(screen.getByRole('button', { name: 'Turn off for this site' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a site such as example.com.');
    await userEvent.clear(box);
    await userEvent.type(box, 'news.example{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Dramatis is already off for news.example.');
    expect(p.onAddSite).toHaveBeenCalledTimes(1);
  });

  it('highlight kinds are checkboxes that report the whole new set', async () => {
    const p = props();
    render(<OptionsView {...p} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Places' }));
    expect(p.onHighlightKindsChange).toHaveBeenCalledWith({ person: true, organization: true, place: false, claims: true });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Attributed claims' }));
    expect(p.onHighlightKindsChange).toHaveBeenLastCalledWith({ person: true, organization: true, place: true, claims: false });
  });

  it('the Wikipedia lookup is a switch, off here, with a sentence on what is sent', async () => {
    const p = props();
    render(<OptionsView {...p} />);
    const sw = screen.getByRole('switch', { name: 'Look up background on Wikipedia' });
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText(/sends that name, and nothing\s+else, to Wikipedia/)).toBeTruthy();
    await userEvent.click(sw);
    expect(p.onWikipediaLookupChange).toHaveBeenCalledWith(true);
  });

  it('export buttons fire onExport with the format', async () => {
    const p = props();
    render(<OptionsView {...p} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reading list as Markdown' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reading list as CSV' }));
    expect(vi.mocked(p.onExport).mock.calls.map((c) => c[0])).toEqual(['json', 'markdown', 'csv']);
  });

  it('import hands over the chosen file', async () => {
    const p = props();
    const { container } = render(<OptionsView {...p} />);
    const file = new File(['title,url\n'], 'pocket.csv', { type: 'text/csv' });
    await userEvent.upload(container.querySelector('input[type=file]') as HTMLInputElement, file);
    expect(p.onImport).toHaveBeenCalledTimes(1);
    expect(vi.mocked(p.onImport).mock.calls[0][0].name).toBe('pocket.csv');
  });

  it('import progress and errors are shown', () => {
    render(<OptionsView {...props({ importState: { status: 'working', progress: 0.5 } })} />);
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import…' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    render(<OptionsView {...props({ importState: { status: 'error', message: 'This file is not a Dramatis or Pocket export.' } })} />);
    expect(screen.getByRole('alert').textContent).toBe('This file is not a Dramatis or Pocket export.');
  });
});

describe('OptionsView import preview', () => {
  it('shows what would be imported and skipped (with reasons) and writes only on "Import"', async () => {
    const onConfirmImport = vi.fn();
    const onCancelImport = vi.fn();
    const skipped = [
      { where: 'row 2', reason: 'date added 318857-01-01 is out of range' },
      { where: 'row 9', reason: 'url: not an http(s) URL ("notaurl")' },
    ];
    render(
      <OptionsView
        {...props({
          importState: { status: 'preview', message: '312 articles; 2 skipped', articles: 312, skipped, notes: ['The Wikipedia lookup is on in this file; here it stays off.'] },
          onConfirmImport,
          onCancelImport,
        })}
      />,
    );
    const preview = screen.getByRole('region', { name: 'Import preview' });
    expect(within(preview).getByText('312 articles; 2 skipped')).toBeTruthy();
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'row 2: date added 318857-01-01 is out of range',
      'row 9: url: not an http(s) URL ("notaurl")',
    ]);
    expect(within(preview).getByText(/stays off/)).toBeTruthy();
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 312 articles' }));
    expect(onConfirmImport).toHaveBeenCalledTimes(1);
    await userEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(onCancelImport).toHaveBeenCalledTimes(1);
  });

  it('lists at most 20 skipped rows and says how many more', () => {
    const skipped = Array.from({ length: 25 }, (_, i) => ({ where: `row ${i + 2}`, reason: 'bad' }));
    render(<OptionsView {...props({ importState: { status: 'preview', message: '1 article; 25 skipped', skipped }, onConfirmImport: vi.fn(), onCancelImport: vi.fn() })} />);
    expect(screen.getAllByRole('listitem').filter((li) => /^row/.test(li.textContent ?? ''))).toHaveLength(20);
    expect(screen.getByText('and 5 more')).toBeTruthy();
  });
});

describe('OptionsView storage', () => {
  it('says whether the browser keeps the reading list when space runs low, and why it asks', () => {
    render(<OptionsView {...props({ storage: { persisted: true, usage: 5 * 1024 * 1024, quota: 1024 * 1024 * 1024 } })} />);
    const section = screen.getByRole('region', { name: 'Storage' });
    expect(section.textContent).toMatch(/kept when disk space runs low/);
    expect(section.textContent).toMatch(/5 MB used/);
    cleanup();
    render(<OptionsView {...props({ storage: { persisted: false, usage: null, quota: null } })} />);
    expect(screen.getByRole('region', { name: 'Storage' }).textContent).toMatch(/may clear your reading list when disk space runs low/);
  });
});

describe('OptionsView private windows', () => {
  it('shows the private-window switch off by default and reports a change', async () => {
    const onAllowPrivateChange = vi.fn();
    render(<OptionsView {...props({ allowPrivate: false, onAllowPrivateChange })} />);
    const toggle = screen.getByRole('switch', { name: /Save articles from private windows/ });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await userEvent.click(toggle);
    expect(onAllowPrivateChange).toHaveBeenCalledWith(true);
  });

  it('hides the switch when the caller does not offer it', () => {
    render(<OptionsView {...props()} />);
    expect(screen.queryByRole('switch', { name: /private windows/ })).toBeNull();
  });
});

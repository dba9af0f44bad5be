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

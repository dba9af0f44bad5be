// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderView } from './reader-view';
import { HOSTILE, TEXT, analysis } from './test-fixtures';

afterEach(cleanup);

describe('ReaderView', () => {
  it('shows title, meta and the text with highlights re-painted from the analysis', () => {
    const { container } = render(
      <ReaderView title="Pompeo in Baghdad" text={TEXT} analysis={analysis} site="news.example" url="https://news.example/a" byline="By A. Writer" savedAt={Date.UTC(2026, 10, 20, 12)} locale="en-US" />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Pompeo in Baghdad' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'news.example' })).toBeTruthy();
    expect(screen.getByText(/By A\. Writer · saved Nov 20, 2026/)).toBeTruthy();
    expect(screen.getByText('4 claims, 2 from anonymous sources')).toBeTruthy();
    expect(container.querySelector('.dr-reader__body')!.textContent).toBe(TEXT);
    const persons = [...container.querySelectorAll('.dr-hl--person')].map((e) => e.textContent);
    expect(persons).toEqual(['Mike Pompeo', 'Pompeo']);
    const anon = [...container.querySelectorAll('mark.dr-hl--anonymous')].map((e) => e.textContent);
    expect(anon).toEqual(['militias were moving', 'talks will continue']);
  });

  it('mentions are buttons when onSelectActor is given', async () => {
    const onSelectActor = vi.fn();
    render(<ReaderView title="t" text={TEXT} analysis={analysis} onSelectActor={onSelectActor} />);
    await userEvent.click(screen.getByRole('button', { name: 'Baghdad' }));
    expect(onSelectActor).toHaveBeenCalledWith(analysis.actors[1]);
  });

  it('respects the highlighted kinds', () => {
    const { container } = render(
      <ReaderView title="t" text={TEXT} analysis={analysis} highlightKinds={{ person: false, claims: false }} />,
    );
    expect(container.querySelector('.dr-hl--person')).toBeNull();
    expect(container.querySelector('.dr-hl--claim')).toBeNull();
    expect(container.querySelectorAll('.dr-hl--place').length).toBe(2);
  });

  it('saved text containing markup is shown as text', () => {
    const { container } = render(<ReaderView title={HOSTILE} text={`${HOSTILE}\n${HOSTILE}`} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('.dr-reader__body p').length).toBe(2);
  });
});

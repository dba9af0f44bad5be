// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryOptions } from './history-options';

afterEach(cleanup);

function setup(over: Partial<Parameters<typeof HistoryOptions>[0]> = {}) {
  const props = {
    on: true,
    onChange: vi.fn(),
    days: 90,
    dayChoices: [7, 30, 90, 365],
    onDaysChange: vi.fn(),
    size: { articles: 24, since: Date.UTC(2026, 2, 3) },
    onForgetSite: vi.fn(async () => 3),
    onForgetAll: vi.fn(async () => undefined),
    ...over,
  };
  render(<HistoryOptions {...props} />);
  return props;
}

describe('HistoryOptions', () => {
  it('shows the switch on, the retention and the count', () => {
    setup();
    expect(screen.getByRole('switch', { name: /remember the articles i read/i }).getAttribute('aria-checked')).toBe('true');
    expect((screen.getByLabelText('Keep the reading history for') as HTMLSelectElement).value).toBe('90');
    expect(screen.getByText(/24 articles remembered since/)).toBeTruthy();
  });

  it('turns off, changes retention, forgets a site', async () => {
    const user = userEvent.setup();
    const p = setup();
    await user.click(screen.getByRole('switch'));
    expect(p.onChange).toHaveBeenCalledWith(false);
    await user.selectOptions(screen.getByLabelText('Keep the reading history for'), '30');
    expect(p.onDaysChange).toHaveBeenCalledWith(30);
    await user.type(screen.getByLabelText('Site to forget'), 'example.com');
    await user.click(screen.getByRole('button', { name: 'Forget this site' }));
    expect(p.onForgetSite).toHaveBeenCalledWith('example.com');
    expect(await screen.findByText('Forgot 3 articles from example.com.')).toBeTruthy();
  });

  it('"forget everything" asks first', async () => {
    const user = userEvent.setup();
    const p = setup();
    await user.click(screen.getByRole('button', { name: 'Forget everything…' }));
    expect(p.onForgetAll).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Forget everything' }));
    expect(p.onForgetAll).toHaveBeenCalledOnce();
    expect(await screen.findByText('The reading history is empty.')).toBeTruthy();
  });
});

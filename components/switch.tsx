import type { ReactNode } from 'react';
import { cx } from './format';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Visible label, part of the switch's accessible name. */
  children: ReactNode;
  className?: string;
  disabled?: boolean;
}

/** An on/off switch: a real button with role="switch", so Space/Enter toggle it and screen readers announce its state. */
export function Switch({ checked, onChange, children, className, disabled }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      disabled={disabled}
      className={cx('dr-switch', className)}
      onClick={() => onChange(!checked)}
    >
      <span className="dr-switch__track" aria-hidden="true" />
      <span>{children}</span>
    </button>
  );
}

import type { Ref } from 'react';
import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler } from 'react-router';

type LinkButtonProps = Omit<ButtonProps, 'href' | 'onClick'> & {
  to: string;
  /** The rendered link, e.g. to give it the focus when it is the obvious next step. */
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * Navigation that looks like a button but is one real link: a single tab stop (Refine's buttons nest a
 * <button> in an <a>), opens in a new tab on ctrl/middle click, and navigates in-app on a plain click.
 */
export function LinkButton({ to, ref, ...props }: LinkButtonProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLElement>(to);
  // antd's Button renders an <a> when given href, and hands that element to the ref.
  return <Button {...props} ref={ref as unknown as Ref<HTMLButtonElement>} href={href} onClick={navigate} />;
}

import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler } from 'react-router';

type LinkButtonProps = Omit<ButtonProps, 'href' | 'onClick'> & { to: string };

/**
 * Navigation that looks like a button but is one real link: a single tab stop (Refine's buttons nest a
 * <button> in an <a>), opens in a new tab on ctrl/middle click, and navigates in-app on a plain click.
 */
export function LinkButton({ to, ...props }: LinkButtonProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLElement>(to);
  return <Button {...props} href={href} onClick={navigate} />;
}

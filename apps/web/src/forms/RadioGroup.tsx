import { Radio, type RadioGroupProps } from 'antd';

/**
 * Radios as one named group for assistive technology (antd's group is a plain div). The shared `name`
 * makes them one group for the keyboard too: Tab enters at the chosen one, the arrow keys choose. The
 * states Form.Item hands down (aria-required, aria-invalid, aria-describedby) belong to the group role,
 * not to antd's role-less div.
 */
export function RadioGroup({ label, ...props }: RadioGroupProps & { name: string; label: string }) {
  const aria = Object.fromEntries(Object.entries(props).filter(([key]) => key.startsWith('aria-')));
  const rest = Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith('aria-'))) as RadioGroupProps;
  return (
    <div role="radiogroup" aria-label={label} {...aria}>
      <Radio.Group {...rest} />
    </div>
  );
}

/** `33 98 00 12` → `tel:+4533980012`: Danish numbers as printed, dialled from any phone. */
export function telHref(phone: string): string {
  return `tel:+45${phone.replace(/\s/g, '')}`;
}

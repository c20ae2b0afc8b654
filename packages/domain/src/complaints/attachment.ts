/** [policy] What may be attached to a complaint: documents and photos, recognised by content, not by name. */
export const attachmentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

const signatures: [AttachmentType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The file's real type from its first bytes, or null when it is none of the accepted types. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const match = signatures.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  return match ? match[0] : null;
}

const extensions: Record<AttachmentType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
const sameType: Record<AttachmentType, readonly string[]> = { 'application/pdf': ['pdf'], 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'] };

/**
 * The name a file is stored and downloaded under: its extension always tells its sniffed type, so `klage.html`
 * holding a PDF becomes `klage.pdf` and no program opens it as a web page.
 */
export function attachmentFileName(name: string, type: AttachmentType): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (sameType[type].includes(extension)) return name;
  return `${dot > 0 ? name.slice(0, dot) : name}.${extensions[type]}`;
}

import {
  isMessageKey,
  methodsFor,
  policy,
  ZVisitEvidence,
  type AssuranceLevel,
  type MessageKey,
  type TVisitEvidenceInput,
  type VerificationMethod,
  type VisitService,
} from '@skranke/domain';
import { parseDanishDate } from '../../../forms/danishDate';

/** Step 2: what the citizen came for and how the identity is to be established. */
export type StartValues = {
  service: VisitService;
  method: VerificationMethod;
  targetLevel: AssuranceLevel;
  inPerson: boolean;
};

/** Step 3 as the form holds it: dates as typed, numbers possibly blank. */
export type DocumentValues = { kind?: string; expiresOn?: string; temporary?: boolean; digitalCopy?: boolean; chipRead?: boolean };
export type EvidenceValues = {
  documents?: DocumentValues[];
  cprQuestions?: { asked?: number | null; correct?: number | null };
  witness?: {
    cpr?: string;
    name?: string;
    mitIdSince?: string;
    photoIdSeen?: boolean;
    photoIdHasCpr?: boolean;
    cprDocumentSeen?: boolean;
  };
  notes?: string;
};

/** The start a service begins with: its default method (CPR questions for a credential [seed]), BETYDELIG, in person. */
export function startFor(service: VisitService): StartValues {
  return { service, method: methodsFor(service)[0]!, targetLevel: 'BETYDELIG', inPerson: true };
}

/** The most common visit, so it takes the fewest keys: a new MitID on a driving licence and CPR questions. */
export const defaultStart: StartValues = startFor('newMitId');

export const defaultDocument: DocumentValues = { kind: 'drivingLicence', expiresOn: '', temporary: false, digitalCopy: false, chipRead: false };

export const defaultEvidence: EvidenceValues = {
  documents: [defaultDocument],
  // The policy's minimum is the routine number asked; the right answers are always typed.
  cprQuestions: { asked: policy.cprQuestionsMinimum, correct: null },
  witness: { cpr: '', name: '', mitIdSince: '', photoIdSeen: false, photoIdHasCpr: true, cprDocumentSeen: false },
  notes: '',
};

/** Whether a kind has an expiry date printed on it (from the reference data); an unchosen kind is assumed to. */
export type HasExpiry = (kind: string | undefined) => boolean;

/** A problem with what is typed, at its path in the evidence (`documents.0.expiresOn`), as a message key. */
export type Issue = { path: string; code: MessageKey };

export type EvidenceResult = { ok: true; evidence: TVisitEvidenceInput } | { ok: false; issues: Issue[] };

function date(text: string | undefined, path: string, required: boolean, issues: Issue[]): string | null {
  const parsed = parseDanishDate(text);
  if (parsed === 'invalid') issues.push({ path, code: 'validation.date' });
  else if (parsed === null && required) issues.push({ path, code: 'validation.required' });
  return parsed === 'invalid' ? null : parsed;
}

/**
 * The evidence the API takes, built from both forms, or what keeps it from being complete. Only the chosen
 * method's part is sent. Checked with the API's own schema, so the server never sees a malformed request.
 */
export function toEvidence(start: StartValues, values: EvidenceValues, hasExpiry: HasExpiry): EvidenceResult {
  const issues: Issue[] = [];
  const documents = (values.documents ?? []).map((doc, i) => ({
    kind: doc.kind,
    // A kind without an expiry date sends none, whatever is left in the field.
    expiresOn: hasExpiry(doc.kind) ? date(doc.expiresOn, `documents.${i}.expiresOn`, true, issues) : null,
    temporary: doc.temporary ?? false,
    digitalCopy: doc.digitalCopy ?? false,
    chipRead: doc.chipRead ?? false,
  }));
  const q = values.cprQuestions;
  const w = values.witness;
  const candidate = {
    method: start.method,
    targetLevel: start.targetLevel,
    inPerson: start.inPerson,
    documents,
    cprQuestions: start.method === 'cprQuestions' ? { asked: q?.asked ?? undefined, correct: q?.correct ?? undefined } : null,
    witness:
      start.method === 'witness'
        ? {
            cpr: (w?.cpr ?? '').replace(/\s+/g, ''),
            name: w?.name ?? '',
            mitIdSince: date(w?.mitIdSince, 'witness.mitIdSince', true, issues) ?? '',
            photoIdSeen: w?.photoIdSeen ?? false,
            photoIdHasCpr: w?.photoIdHasCpr ?? true,
            cprDocumentSeen: w?.photoIdHasCpr === false && (w?.cprDocumentSeen ?? false),
          }
        : null,
    notes: values.notes ?? '',
  };
  const parsed = ZVisitEvidence.safeParse(candidate);
  for (const issue of parsed.error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    // A date already reported above (blank or unreadable) also fails the schema: report it once.
    if (issues.some((known) => known.path === path)) continue;
    issues.push({ path, code: isMessageKey(issue.message) ? issue.message : 'validation.invalid' });
  }
  return issues.length ? { ok: false, issues } : { ok: true, evidence: candidate as TVisitEvidenceInput };
}

/** `documents.0.expiresOn` → the form's name path `['documents', 0, 'expiresOn']`. */
export function toNamePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

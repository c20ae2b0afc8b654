import type { Faker } from '@faker-js/faker';
import { complaintChannels, complaintTransitions, ZComplaintInput, type ComplaintStatus } from '@skranke/domain';
import type { Queryable } from '../client.js';
import { addComplaintEvent, insertComplaint, updateComplaint } from '../queries/complaints.js';
import type { CitizenRow } from '../schema.js';

const descriptions = [
  'Borgeren fik afslag på MitID, fordi vidnet ikke kunne godkendes, og er uenig i afgørelsen.',
  'Borgerens MitID er spærret, uden at borgeren selv har bedt om det.',
  'Borgeren mener, at ventetiden ved skranken var urimelig lang.',
  'Borgeren fik afslag, fordi kørekortet var udløbet, men havde et nyt på vej.',
];

/** The path a demo complaint has walked so far: the workflow's main road, `steps` long. */
const mainRoad: ComplaintStatus[] = ['received', 'inProgress', 'forwarded', 'answered', 'closed'];

/**
 * Two months of complaints in every state, some overdue, each with a timeline written through the same
 * queries as the API, so the demo shows follow-up as it happens.
 */
export function seedDemoComplaints(db: Queryable, f: Faker, now: Date, citizens: CitizenRow[], staff: { id: number; displayName: string }[]): void {
  for (const citizen of citizens.slice(170, 195)) {
    const receivedAt = new Date(now.getTime() - f.number.int({ min: 0, max: 60 }) * 86_400_000 - f.number.int({ min: 0, max: 8 * 3_600_000 }));
    const subject = f.helpers.arrayElement(['refusalToIssue', 'unrequestedBlock', 'other'] as const);
    const data = ZComplaintInput.parse({
      channel: f.helpers.arrayElement(complaintChannels),
      subject,
      scheme: 'mitId',
      complainantName: citizen.name,
      complainantPhone: citizen.phone ?? '70 10 18 18',
      description: f.helpers.arrayElement(descriptions),
      mitIdUserId: `${citizen.name.split(' ')[0]!.toLowerCase()}${f.number.int({ min: 10, max: 99 })}`,
      complainantAddress: citizen.address ?? citizen.postalAddress,
      citizenId: citizen.id,
    });
    const by = f.helpers.arrayElement(staff).id;
    const complaint = insertComplaint(db, data, by, receivedAt);
    addComplaintEvent(db, { complaintId: complaint.id, at: receivedAt, staffId: by, kind: 'created' });
    if (f.number.float() < 0.2) continue; // still unassigned
    const assignee = f.helpers.arrayElement(staff);
    const assigneeId = assignee.id;
    let at = new Date(receivedAt.getTime() + 3_600_000);
    updateComplaint(db, complaint.id, { assigneeId }, at);
    addComplaintEvent(db, { complaintId: complaint.id, at, staffId: by, kind: 'assigned', changes: { assignee: [null, assignee.displayName] } });
    const steps = f.number.int({ min: 0, max: mainRoad.length - 1 });
    for (let i = 1; i <= steps; i++) {
      const [from, to] = [mainRoad[i - 1]!, mainRoad[i]!];
      if (!complaintTransitions[from].includes(to)) break;
      at = new Date(Math.min(now.getTime(), at.getTime() + f.number.int({ min: 1, max: 12 }) * 86_400_000));
      const forwardedVia = to === 'forwarded' ? f.helpers.arrayElement(['phone', 'email', 'letter'] as const) : undefined;
      updateComplaint(db, complaint.id, { status: to, ...(forwardedVia ? { forwardedVia } : {}), ...(to === 'closed' ? { closedAt: at } : {}) }, at);
      addComplaintEvent(db, {
        complaintId: complaint.id,
        at,
        staffId: assigneeId,
        kind: 'transition',
        changes: { status: [from, to], ...(forwardedVia ? { forwardedVia: [null, forwardedVia] } : {}) },
      });
    }
  }
}

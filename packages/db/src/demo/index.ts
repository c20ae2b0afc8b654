/**
 * The demo data: a month at a counter with fictitious citizens, made with faker. Its own entry point
 * (`@skranke/db/demo`), so a production server, which seeds nothing, never loads it.
 */
export { demoPassword, demoStaff, seedDemoData } from './seed.js';

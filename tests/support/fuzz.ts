/**
 * Request bodies for fuzzing tRPC procedures, derived from their zod 4 schemas through zod's public introspection
 * (`schema._zod.def`). Half the inputs keep to the schema's shape with plausible values, so that some pass validation
 * and reach the procedures' own rules and SQL; the other half mix wrong values in at every level: hostile ones (deep
 * nesting, huge strings, NUL bytes, full-width digits, extreme dates, wrong types), lengths and numbers just past
 * their bounds, enum values almost right, a field left out or an unknown one added.
 */
import fc from 'fast-check';
import { addDays, todayIso } from '@skranke/domain';

/** The part of a zod 4 schema the generator reads. */
export type Schema = { _zod: { def: Def } };
type Check = { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: unknown; inclusive?: boolean } } };
type Def = {
  type: string;
  coerce?: boolean;
  checks?: Check[];
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  innerType?: Schema;
  in?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
};

/**
 * Strings the database under test holds, by the name of the field that takes them (`cpr` for every field whose name
 * ends so): some calls then find what they ask for. Every string field now and then gets any of them.
 */
export type Known = Readonly<Record<string, readonly string[]>>;

type Options = {
  known: Known;
  /** Whether wrong values are mixed in at every level, or the input keeps to the schema's shape throughout. */
  hostile: boolean;
  /** The name of the field being made: it may tell what kind of string the field holds. */
  field?: string;
};

/** Nested arrays and objects, alternating: the server refuses bodies nested deeper than 32 before parsing them. */
const nested = (depth: number): unknown => (depth === 0 ? 'x' : depth % 2 ? [nested(depth - 1)] : { a: nested(depth - 1) });

const hostileValues: unknown[] = [
  // Text that breaks naive handling: NUL bytes, a lone surrogate, a bidi override, injections, digits NFKC maps.
  '',
  ' ',
  '\u0000',
  'Jens\u0000Hansen',
  '\ud800',
  '\u202egnp.exe',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%s%n%x',
  '１５０９９７１８９７',
  '１５０９９７-１８９７',
  // Dates that are none, or that no calendar of the counter's holds.
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  '+275760-09-13',
  '-271821-04-20',
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(0),
  // Numbers at the edges of a double and of the safe integers; JSON has no NaN or Infinity, so those come as text.
  1e308,
  -1e308,
  -0,
  0.5,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 53),
  2 ** 31,
  'NaN',
  'Infinity',
  '1e400',
  // Wrong types.
  null,
  true,
  [],
  {},
  [null],
  // Sizes: past every body limit but the upload's (413 before parsing), and within it (zod's length checks).
  'x'.repeat(300_000),
  'ø'.repeat(60_000),
  nested(40),
  nested(20),
];

const hostileValue = fc.constantFrom(...hostileValues);

/** What superjson (the server's transformer) reads from `meta`: some of it is refused, none of it may crash. */
const hostileMeta = fc.constantFrom(
  { values: ['nope'] },
  { values: { 'a\\b': ['Date'] } },
  { values: { '__proto__.polluted': ['Date'] } },
  { values: { 'constructor.prototype.polluted': ['Date'] } },
  { values: ['set'] },
  { values: [['class', 'Foo']] },
  { referentialEqualities: { '': ['a.b'] } },
  'not meta',
);

const today = todayIso(new Date());
const everyday = [today, addDays(today, -1), addDays(today, 1), '12345678', '+45 12 34 56 78', 'Vej 1, 1000 København'];
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const cprNumber = fc
  .tuple(fc.date({ min: new Date('1900-01-01'), max: new Date(), noInvalidDate: true }), fc.integer({ min: 0, max: 9999 }), fc.boolean())
  .map(([birth, serial, dash]) => {
    const [yyyy, mm, dd] = birth.toISOString().slice(0, 10).split('-');
    return `${dd}${mm}${yyyy!.slice(2)}${dash ? '-' : ''}${String(serial).padStart(4, '0')}`;
  });
const phone = fc.stringMatching(/^(\+45 )?[2-9]\d{7}$/);
const email = fc.stringMatching(/^[a-z]{1,10}(\.[a-z]{1,10})?@[a-z]{2,10}\.(dk|com)$/);
const magicBytes = [[0x25, 0x50, 0x44, 0x46, 0x2d], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff], []];
// The upload's base64: files the server takes (PDF, PNG, JPEG by their first bytes) and one it does not.
const file = fc
  .tuple(fc.constantFrom(...magicBytes), fc.uint8Array({ maxLength: 64 }))
  .map(([magic, rest]) => Buffer.from([...magic, ...rest]).toString('base64'));

/** Field names that tell what a string holds: such fields mostly get that kind, so more inputs pass validation. */
const hints: [RegExp, fc.Arbitrary<string>][] = [
  [/cpr/i, cprNumber],
  [/^(from|to|day)$|On$|Since$/, isoDate],
  [/phone/i, phone],
  [/email/i, email],
  [/base64/i, file],
];

function plausibleString({ known, field = '' }: Options): fc.Arbitrary<string> {
  const words = fc.constantFrom(...Object.values(known).flat(), ...everyday);
  const any = fc.oneof(words, isoDate, cprNumber, fc.string({ maxLength: 40 }), email, file);
  const fitting = [
    ...hints.filter(([pattern]) => pattern.test(field)).map(([, arbitrary]) => arbitrary),
    ...Object.entries(known)
      .filter(([name, values]) => values.length > 0 && field.toLowerCase().endsWith(name.toLowerCase()))
      .map(([, values]) => fc.constantFrom(...values)),
  ];
  return fitting.length ? fc.oneof({ weight: 3, arbitrary: fc.oneof(...fitting) }, { weight: 1, arbitrary: any }) : any;
}

/** `usual`, or in a hostile input now and then `wrong` (one time in `odds + 1`). */
function sometimes<T, U>(options: Options, usual: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>, odds: number): fc.Arbitrary<T | U> {
  return options.hostile ? fc.oneof({ weight: odds, arbitrary: usual }, { weight: 1, arbitrary: wrong }) : usual;
}

/**
 * Bounds from the schema's checks, inclusive: lengths of strings and arrays, values of numbers and dates (in ms). An
 * exclusive bound becomes the next integer inside it: `positive()` starts at 1.
 */
function limits(def: Def): { min?: number; max?: number } {
  const found: { min?: number; max?: number } = {};
  for (const { _zod: check } of def.checks ?? []) {
    const { minimum, maximum, value, inclusive = true } = check.def;
    const step = inclusive ? 0 : 1;
    if (check.def.check === 'min_length' || check.def.check === 'greater_than') found.min = Number(minimum ?? value) + step;
    if (check.def.check === 'max_length' || check.def.check === 'less_than') found.max = Number(maximum ?? value) - step;
  }
  return found;
}

/** Just inside and just outside each bound, where off-by-one mistakes live. */
const edges = ({ min, max }: { min?: number; max?: number }) => [min, max].flatMap((n) => (n === undefined ? [] : [n - 1, n, n + 1]));

function stringFor(def: Def, options: Options): fc.Arbitrary<unknown> {
  const lengths = edges(limits(def)).filter((n) => n >= 0);
  if (lengths.length === 0) return plausibleString(options);
  // Built by repetition, not drawn character by character: the upload's limit is millions of characters.
  const atTheLimits = fc.tuple(fc.constantFrom(...lengths), fc.constantFrom('x', 'ø', ' ')).map(([length, char]) => char.repeat(length));
  return sometimes(options, plausibleString(options), atTheLimits, 8);
}

function numberFor(def: Def, options: Options): fc.Arbitrary<unknown> {
  const bounds = limits(def);
  const { min = 1, max = 250 } = bounds;
  const high = Math.max(min, Math.min(max, 250));
  // Mostly small: the demo data's ids (a few tables hold only a handful of rows), pages and counts.
  const id = fc.oneof(fc.integer({ min, max: Math.min(high, min + 9) }), fc.integer({ min, max: high }));
  const odd = fc.oneof(fc.constantFrom(0, -1, ...edges(bounds)), fc.double({ noNaN: true, noDefaultInfinity: true }));
  if (!def.coerce) return sometimes(options, id, odd, 3);
  // Coercing schemas take text too, as lists kept in the address send it.
  const oddText = fc.oneof(odd.map(String), fc.constantFrom(' 7 ', '0x1F', '1e3', '１２', ''));
  return sometimes(options, fc.oneof(id, id.map(String)), fc.oneof(odd, oddText), 3);
}

function dateFor(def: Def, options: Options): fc.Arbitrary<unknown> {
  const usual = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
  const wrong = fc.constantFrom(new Date(0), ...edges(limits(def)).map((ms) => new Date(ms)));
  const dates = sometimes(options, usual, wrong, 3);
  return def.coerce ? fc.oneof(dates, dates.map((d) => d.toISOString())) : dates;
}

/** One of the allowed values; in a hostile input now and then one that is almost allowed. */
function choiceOf(values: readonly unknown[], options: Options): fc.Arbitrary<unknown> {
  const almost = values.flatMap((v) => (typeof v === 'string' ? [v.toUpperCase(), `${v}\u0000`, ` ${v}`] : [String(v)]));
  return sometimes(options, fc.constantFrom(...values), fc.constantFrom(...almost), 6);
}

function withoutKey(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

function objectFor(def: Def, options: Options): fc.Arbitrary<unknown> {
  const shape = def.shape!;
  const keys = Object.keys(shape);
  const whole = fc.record(Object.fromEntries(keys.map((key) => [key, inputFor(shape[key]!, { ...options, field: key })])));
  if (keys.length === 0) return whole;
  const mangled = fc.oneof(
    fc.tuple(whole, fc.constantFrom(...keys)).map(([object, key]) => withoutKey(object, key)),
    // A computed `__proto__` key is an own property, sent as such: it must pollute nothing on the server.
    fc
      .tuple(whole, fc.constantFrom('__proto__', 'constructor', 'extra'), hostileValue)
      .map(([object, key, value]) => ({ ...object, [key]: value })),
  );
  return sometimes(options, whole, mangled, 4);
}

function arrayFor(def: Def, options: Options): fc.Arbitrary<unknown> {
  const element = inputFor(def.element!, options);
  const { max } = limits(def);
  const usual = fc.array(element, { maxLength: Math.min(max ?? 3, 3) });
  if (max === undefined) return usual;
  return sometimes(options, usual, fc.array(element, { minLength: max + 1, maxLength: max + 1 }), 9);
}

/** Values of the schema's shape, if not always valid ones: the schema's kind decides how they are made. */
function shapedBy(def: Def, options: Options): fc.Arbitrary<unknown> {
  switch (def.type) {
    case 'object':
      return objectFor(def, options);
    case 'array':
      return arrayFor(def, options);
    case 'union':
      return fc.oneof(...def.options!.map((option) => inputFor(option, options)));
    case 'optional':
    case 'default':
      return fc.option(inputFor(def.innerType!, options), { nil: undefined });
    case 'nullable':
      return fc.option(inputFor(def.innerType!, options), { nil: null });
    case 'pipe':
      // What the pipe takes in; what its transform makes of it is the server's business.
      return shapedBy(def.in!._zod.def, options);
    case 'string':
      return stringFor(def, options);
    case 'number':
      return numberFor(def, options);
    case 'date':
      return dateFor(def, options);
    case 'boolean':
      return sometimes(options, fc.boolean(), fc.constantFrom('true', 1, 0), 4);
    case 'enum':
      return choiceOf(Object.values(def.entries!), options);
    case 'literal':
      return choiceOf(def.values!, options);
    default:
      // Nothing to derive a shape from (any, unknown, a bare transform).
      return hostileValue;
  }
}

function inputFor(schema: Schema, options: Options): fc.Arbitrary<unknown> {
  return sometimes(options, shapedBy(schema._zod.def, options), hostileValue, 19);
}

const escapeKey = (key: string) => key.replace(/\\/g, '\\\\').replace(/\./g, '\\.');

/**
 * The request body the web app's client sends for a value, in superjson's wire form: dates as ISO text, their paths
 * listed in `meta` so that the server turns them back into dates.
 */
function superjsonOf(value: unknown): { json: unknown; meta?: unknown } {
  if (value instanceof Date) return { json: value.toISOString(), meta: { values: ['Date'], v: 1 } };
  const dates: Record<string, ['Date']> = {};
  const plain = (v: unknown, path: string[]): unknown => {
    if (v instanceof Date) {
      dates[path.map(escapeKey).join('.')] = ['Date'];
      return v.toISOString();
    }
    if (Array.isArray(v)) return v.map((item, i) => plain(item, [...path, String(i)]));
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, plain(item, [...path, k])]));
  };
  const json = plain(value, []);
  return Object.keys(dates).length ? { json, meta: { values: dates, v: 1 } } : { json };
}

/**
 * Request bodies for a procedure with this input schema, or none (it ignores its input): half of them plausible,
 * half hostile, one in ten of those with hostile superjson `meta` as well.
 */
export function bodyFor(schema: Schema | undefined, known: Known): fc.Arbitrary<{ json: unknown; meta?: unknown }> {
  const input = (hostile: boolean) => (schema ? inputFor(schema, { known, hostile }) : hostile ? hostileValue : fc.constant(undefined));
  return fc.oneof(
    { weight: 10, arbitrary: input(false).map(superjsonOf) },
    { weight: 9, arbitrary: input(true).map(superjsonOf) },
    { weight: 1, arbitrary: fc.tuple(input(true), hostileMeta).map(([value, meta]) => ({ ...superjsonOf(value), meta })) },
  );
}

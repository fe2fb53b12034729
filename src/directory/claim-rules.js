// The rules for what a directory may claim to the people who read it: "free"
// only with a source, a press address never offered as a way to get help, a
// status other than active only with a reason people can read, an old record
// called active only with a reason. Plain JavaScript with types beside it
// (claim-rules.d.ts), so that both checkers call the same rules: the
// browser's check of a `src` directory (check-directory.ts) calls
// claimProblems(), whose errors it fixes before anything is shown;
// `npm run validate-data` (scripts/data/validate-directory.js) calls it and
// editorialProblems(), the warnings an editor acts on, which the browser does
// not need (and so does not ship).
import { DEFAULT_STALE_YEARS, isOlderThan, newestSourceDate } from './information-age.js';

/** "free" and "gratis" in the directory's languages, as words. */
const FREE_WORDS = /(^|[^\p{L}])(free|gratuit\p{L}*|gratis)(?![\p{L}])/iu;
/** Local parts of press addresses: medios@, media@, press@, prensa@ (also press-office@). */
const PRESS_MAILBOX = /^(medios|media|press|prensa)([._+-][^@]*)?@/i;
/** Words that say a contact is for the press. */
const PRESS_WORDS = /(^|[^\p{L}])(media|medios|prensa|press|periodistas|journalists)(?![\p{L}])/iu;

const isObject = (v) => v != null && typeof v === 'object' && !Array.isArray(v);
const asArray = (v) => (Array.isArray(v) ? v : []);
const texts = (v) => (isObject(v) ? Object.values(v).filter((s) => typeof s === 'string') : []);
const isText = (v) => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every((s) => typeof s === 'string' && s !== '');
const hasSourceFor = (record, ...fields) => asArray(record.provenance).some((p) => isObject(p) && fields.includes(p.field));
const services = (org) => asArray(org.services).map((record, i) => ({ record, path: `services[${i}]` })).filter((s) => isObject(s.record));
const locations = (org) => asArray(org.locations).map((record, i) => ({ record, path: `locations[${i}]` })).filter((s) => isObject(s.record));
/** The organisation and each of its services and locations, with the path to each. */
const records = (org) => [{ record: org, path: '' }, ...services(org), ...locations(org)];
const at = (path, key) => (path ? `${path}.${key}` : key);

/**
 * @typedef {object} ClaimProblem
 * @property {string} record id of the record at fault (the organisation, a service or a location)
 * @property {string} path where, from the organisation: "services[0].free"
 * @property {string} message what is wrong and what to do
 * @property {'error' | 'warning'} severity an error is a claim the elements must not show as it is
 * @property {() => void} [fix] makes the record safe to show: drops the unsupported claim, marks the press contact
 * @property {string} [fixed] what fix() does, for the browser's console: "ignored", "shown as for the press only"
 */

/** @returns {(record: object, path: string, message: string, severity: 'error' | 'warning', fix?: () => void) => void} */
const collector = (problems) => (record, path, message, severity, fix, fixed = 'ignored') =>
  problems.push({ record: String(record.id ?? ''), path, message, severity, ...(fix ? { fix, fixed } : {}) });

/**
 * The claims the elements must not show as they are, each with its fix: a
 * service's `free` without a provenance entry for the field "free", a press
 * contact not marked `purpose: "media"`, and (unless the JSON Schema has
 * checked types already) a `free`, `fees_description`, `status_reason` or
 * `purpose` of the wrong type, or the former organisation-level `fees`.
 * Never throws, whatever the input.
 * @param {unknown} org one organisation, as a directory file has it
 * @param {{ schemaChecked?: boolean }} [options]
 * @returns {ClaimProblem[]}
 */
export function claimProblems(org, options = {}) {
  const problems = [];
  if (!isObject(org)) return problems;
  const add = collector(problems);
  const typed = !options.schemaChecked;
  const ignored = (record, target, key, path, message) => add(record, path, message, 'error', () => delete target[key]);
  if (typed && org.fees !== undefined) ignored(org, org, 'fees', 'fees', 'is not read: give each service "free" and "fees_description"');
  for (const { record, path } of records(org)) {
    if (typed && record.status_reason !== undefined && !isText(record.status_reason)) ignored(record, record, 'status_reason', at(path, 'status_reason'), 'must be translated text');
    for (const key of ['emails', 'phones']) {
      asArray(record[key]).forEach((contact, i) => {
        if (!isObject(contact)) return;
        const where = `${at(path, key)}[${i}]`;
        if (typed && contact.purpose !== undefined && contact.purpose !== 'media') ignored(record, contact, 'purpose', `${where}.purpose`, 'must be "media"');
        const press = PRESS_MAILBOX.test(contact.email) || texts(contact.description).some((s) => PRESS_WORDS.test(s));
        if (press && contact.purpose !== 'media') {
          const fix = () => (contact.purpose = 'media');
          add(record, where, `${JSON.stringify(contact.email ?? contact.number)} is for the press: mark it "purpose": "media", so that it is never offered as the way to get help`, 'error', fix, 'shown as for the press only');
        }
      });
    }
  }
  for (const { record: service, path } of services(org)) {
    if (typed && service.fees_description !== undefined && !isText(service.fees_description)) ignored(service, service, 'fees_description', `${path}.fees_description`, 'must be translated text');
    if (typed && service.free !== undefined && typeof service.free !== 'boolean') ignored(service, service, 'free', `${path}.free`, 'must be true or false');
    else if (service.free !== undefined && !hasSourceFor(service, 'free')) {
      ignored(service, service, 'free', `${path}.free`, 'has no source: add a provenance entry with "field": "free" quoting the source');
    }
  }
  return problems;
}

/**
 * What an editor should fix, and the elements can live with: a status other
 * than active without `status_reason`; an active record whose newest source
 * is more than DEFAULT_STALE_YEARS years older than its assured_date, without
 * a `status_reason` (its own or its organisation's); "free" in a name or
 * description without a fee source; a provenance entry for a field without a
 * note. All warnings.
 * @param {unknown} org one organisation, as a directory file has it
 * @returns {ClaimProblem[]}
 */
export function editorialProblems(org) {
  const problems = [];
  if (!isObject(org)) return problems;
  const add = collector(problems);
  for (const { record, path } of records(org)) {
    if (record.status !== 'active' && typeof record.status === 'string' && record.status_reason === undefined) {
      add(record, at(path, 'status_reason'), `is missing: the record is "${record.status}", and people need to read why`, 'warning');
    }
    const newest = newestSourceDate([record]);
    const checked = Date.parse(record.assured_date);
    const reason = record.status_reason ?? (record === org ? undefined : org.status_reason);
    if (record.status === 'active' && reason === undefined && newest && isOlderThan(newest, DEFAULT_STALE_YEARS, checked)) {
      add(record, at(path, 'status'), `is "active", but its newest source (${newest}) is over ${DEFAULT_STALE_YEARS} years older than its assured_date (${record.assured_date}): say why in status_reason, or change the status`, 'warning');
    }
    asArray(record.provenance).forEach((entry, i) => {
      if (isObject(entry) && entry.field !== undefined && !entry.note) {
        add(record, `${at(path, 'provenance')}[${i}].note`, `is missing: quote the source's words for the field "${entry.field}"`, 'warning');
      }
    });
  }
  const saysFree = (text) => texts(text).some((s) => FREE_WORDS.test(s));
  const feeSource = (service) => hasSourceFor(service, 'free', 'fees_description');
  for (const { record: service, path } of services(org)) {
    for (const key of ['name', 'description']) {
      if (saysFree(service[key]) && !feeSource(service)) {
        add(service, `${path}.${key}`, 'says "free", but the service has no provenance entry for the field "free" or "fees_description"', 'warning');
      }
    }
  }
  if (saysFree(org.description) && !services(org).some((s) => feeSource(s.record))) {
    add(org, 'description', 'says "free", but none of its services has a provenance entry for the field "free" or "fees_description"', 'warning');
  }
  return problems;
}

const EMAIL = /^[^\s@<>()?&]+@[^\s@<>()?&]+\.[a-zA-Z]{2,}$/;

/**
 * A `src` directory's maintainer as the elements can use it: only a valid
 * e-mail address and an http(s) address are kept.
 * @param {unknown} value the directory's `maintainer`
 * @returns {{ maintainer?: { name?: string, email?: string, url?: string }, problems: string[] }}
 */
export function checkMaintainer(value) {
  if (value === undefined) return { problems: [] };
  if (!isObject(value)) return { problems: ['maintainer: must be an object with email or url; ignored'] };
  const problems = [];
  const maintainer = {};
  if (typeof value.name === 'string') maintainer.name = value.name;
  for (const [key, valid] of [['email', EMAIL], ['url', /^https?:\/\//i]]) {
    if (typeof value[key] === 'string' && valid.test(value[key])) maintainer[key] = value[key];
    else if (value[key] !== undefined) problems.push(`maintainer.${key}: ${JSON.stringify(value[key])} is not usable; ignored`);
  }
  return { maintainer, problems };
}

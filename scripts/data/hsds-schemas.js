// The official HSDS 3.0 schemas (vendored in test/fixtures/hsds/v3.0/schema,
// with their licence and source commit), compiled with ajv for JSON Schema
// draft 2020-12. Each file is added under its own name, so that the schemas'
// "$ref": "phone.json" resolve; ajv-formats checks uuid, email, uri and
// date-time. The schemas carry keywords of their own (name, constraints,
// example, core…), which strict mode would refuse.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schemaDir = new URL('../../test/fixtures/hsds/v3.0/schema/', import.meta.url);
let ajv;

/**
 * @param {string} object an HSDS object name: "organization", "service", "location"…
 * @returns {import('ajv').ValidateFunction} a validator of that object (with everything it nests)
 */
export function hsdsValidator(object) {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const file of readdirSync(schemaDir)) {
      if (file.endsWith('.json') && file !== 'openapi.json') ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')), file);
    }
  }
  return ajv.getSchema(`${object}.json`);
}

/**
 * Checks a compiled organization: the organization schema, and each of its
 * services against the service schema, since HSDS 3.0's organization.json
 * does not list "services" (a compiled organization nests them all the same,
 * as the official organization_full example does).
 * @returns {{ path: string, message: string }[]} what is wrong, empty when valid
 */
export function hsdsOrganizationErrors(org) {
  const errors = [];
  const check = (object, value, at) => {
    const validate = hsdsValidator(object);
    if (!validate(value)) for (const e of validate.errors) errors.push({ path: `${at}${e.instancePath}`, message: e.message });
  };
  check('organization', org, '');
  (Array.isArray(org.services) ? org.services : []).forEach((service, i) => check('service', service, `/services/${i}`));
  return errors;
}

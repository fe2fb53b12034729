// Keeps only the fields of Camino's format (data/schema/directory.schema.json)
// in a directory read from HSDS: the browser leaves the others where they are
// and ignores them, but a file written by `npm run import` should hold what
// Camino shows and nothing else.
import schema from '../../data/schema/directory.schema.json' with { type: 'json' };
const resolve = (node) => {
  while (node?.$ref || node?.allOf) node = node.$ref ? schema.definitions[node.$ref.split('/').pop()] : node.allOf[0];
  return node;
};

/** A copy of `value` with only the properties `node` (a part of the schema) defines. */
function prune(value, node) {
  const type = resolve(node);
  if (Array.isArray(value)) return value.map((item) => prune(item, type?.items));
  if (value === null || typeof value !== 'object' || !type?.properties) return value;
  const kept = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined && key in type.properties) kept[key] = prune(item, type.properties[key]);
  }
  return kept;
}

/** @param {object} directory a checked Camino directory */
export const pruneToSchema = (directory) => prune(directory, schema);

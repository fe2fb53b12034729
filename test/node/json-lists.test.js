// Reading a big directory's JSON in pieces (src/directory/json-lists.ts): the
// whole text gives what JSON.parse gives, and while it still comes, the
// organisations that have come whole can be read already.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importSource } from '../../scripts/lib/import-source.js';

const { JsonText } = await importSource(`export { JsonText } from './src/directory/json-lists.ts';`);

const directory = {
  camino_directory: 1,
  sources: [{ id: 's1', title: { es: 'Fuente "uno" [a], {b}' } }, { id: 's2', title: { es: 'Fuente \\\\ dos' } }],
  organizations: Array.from({ length: 70 }, (_, i) => ({ id: `org-${i}`, name: { es: `Organización ${i}, "con" [corchetes] y {llaves}` }, locations: [{ id: `l-${i}` }] })),
  after: { note: 'a field after the list' },
};
const TEXT = JSON.stringify(directory, null, 1);

/** `text` cut into pieces of `size` characters (cutting strings, escapes and numbers anywhere). */
const pieces = (text, size) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

/** Every item of a split list, parsed in batches of `batch`. */
const itemsOf = (items, batch) => {
  const all = [];
  for (let from = 0; from < items.count; from += batch) all.push(...items.parse(from, Math.min(items.count, from + batch)));
  return all;
};

test('the whole text, in pieces of any size, gives what JSON.parse gives', () => {
  for (const size of [1, 7, 64, 1000, TEXT.length]) {
    const text = new JsonText();
    for (const piece of pieces(TEXT, size)) text.add(piece);
    const { value, lists } = text.split();
    for (const [list, items] of lists) list.push(...itemsOf(items, 32));
    assert.deepEqual(value, directory, `pieces of ${size}`);
  }
});

test('while the text comes, head() gives the fields before the organisations and those that came whole; none before a batch has', () => {
  for (const size of [5, 333, 4096]) {
    const text = new JsonText();
    let seen = 0;
    let firstHead;
    for (const piece of pieces(TEXT, size)) {
      text.add(piece);
      const head = text.head(32);
      if (!head) continue;
      firstHead ??= head;
      // Only whole items are counted, and they are the file's own, in order.
      const items = head.lists.get(head.open);
      assert.ok(items.count >= 32, `pieces of ${size}: a head before 32 whole items (${items.count})`);
      assert.ok(items.count >= seen && items.count <= directory.organizations.length - 1, `pieces of ${size}: count ${items.count}`);
      seen = items.count;
      assert.deepEqual(itemsOf(items, 32), directory.organizations.slice(0, items.count));
      assert.equal(head.value.organizations, head.open);
      assert.equal(head.value.after, undefined, 'a field after the list is not known yet');
      for (const [list, listItems] of head.lists) if (list !== head.open) list.push(...itemsOf(listItems, 32));
      assert.deepEqual(head.value.sources, directory.sources);
    }
    assert.ok(firstHead, `pieces of ${size}: no head while the organisations came`);
    // The first head's list grows as the text comes: its count is read when asked.
    assert.equal(firstHead.lists.get(firstHead.open).count, directory.organizations.length - 1, 'the last item has no comma after it until the list closes');
    assert.equal(text.head(32), undefined, 'once the list is closed, there is no head');
  }
});

test('head() is undefined outside a top-level list, and throws a SyntaxError when the text before the list is not JSON', () => {
  const text = new JsonText();
  text.add('{"camino_directory": 1, "name": "x"');
  assert.equal(text.head(1), undefined);
  assert.equal(text.openList, -1);
  const broken = new JsonText();
  broken.add('{"camino_directory": 1 "sources": [], "organizations": [{"id": "a"}, {"id": "b"},');
  assert.ok(broken.openList > 0);
  assert.throws(() => broken.head(2), SyntaxError);
  // A list at the top (an HSDS export of organisations) is cut the same way.
  const list = new JsonText();
  list.add('[{"id": "a"}, {"id": "b"}, {"id": "c"');
  const head = list.head(2);
  assert.equal(head.value, head.open);
  assert.deepEqual(head.lists.get(head.open).parse(0, 2), [{ id: 'a' }, { id: 'b' }]);
});

/**
 * The event that dist/camino-map.js dispatches on its own `<script>` element,
 * the one camino.js created to load it, with the engine as `detail`. The
 * engine reaches the camino.js that asked for it, and no other; nothing is
 * left in the page's globals.
 */
export const ENGINE_HANDOFF = 'camino-map-engine';

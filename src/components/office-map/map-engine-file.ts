// What dist/camino-map.js runs: the map engine, handed to the camino.js that
// added this script (map-engine-script.ts), through its <script> element.
// Loaded any other way (a <script> tag of its own), it does nothing.
import * as engine from './map-engine.js';
import { ENGINE_HANDOFF } from './map-engine-handoff.js';

document.currentScript?.dispatchEvent(new CustomEvent(ENGINE_HANDOFF, { detail: engine }));

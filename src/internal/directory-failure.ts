import { html } from 'lit';
import { msg } from '@lit/localize';
import type { LoadedDirectory } from '../directory/load-directory.js';

/**
 * The visible side of a `src` that could not be used. The precise reason has
 * gone to the console already; a person needs to know only that the
 * information is missing, not why.
 */
export function renderDirectoryFailure(loaded: LoadedDirectory) {
  if (!loaded.failure) return undefined;
  const text =
    loaded.failure === 'unreachable'
      ? msg('No se pudo cargar el directorio de servicios. Revise su conexión e intente de nuevo más tarde.')
      : msg('El directorio de servicios de esta página tiene un error y no se puede mostrar.');
  return html`<p class="message" role="alert" part="message">${text}</p>`;
}

/** Said when some records of a `src` were skipped: the rest still shows. */
export function renderSkippedRecords(loaded: LoadedDirectory) {
  if (loaded.failure || loaded.problems.length === 0) return undefined;
  return html`<p class="message" role="status" part="message">
    ${msg('Parte de la información de este directorio tiene errores y no se muestra.')}
  </p>`;
}

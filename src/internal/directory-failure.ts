import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { MAX_DIRECTORY_BYTES, type LoadedDirectory } from '../directory/load-directory.js';
import { numberFormat } from './intl-cache.js';

/**
 * The visible side of a `src` that could not be used. The precise reason has
 * gone to the console already; a person needs to know that the information is
 * missing, whether trying again may help (then a button does it), and, for a
 * file too large, that it is not broken.
 */
export function renderDirectoryFailure(loaded: LoadedDirectory, locale: string, retry: () => void) {
  const { failure } = loaded;
  if (!failure) return undefined;
  const size = numberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(MAX_DIRECTORY_BYTES / 1e6);
  const text =
    failure === 'unreachable'
      ? msg('No pudimos cargar la lista de servicios. Revise su internet e intente otra vez más tarde.')
      : failure === 'timeout'
        ? msg('La lista de servicios no responde. Puede intentar otra vez.')
        : failure === 'too-large'
          ? msg(str`La lista de servicios de esta página es demasiado grande para mostrarla: pasa de ${size}.`)
          : msg('La lista de servicios de esta página tiene un error y no se puede mostrar.');
  return html`<div class="message" role="alert" part="message">
    <p>${text}</p>
    ${failure === 'unreachable' || failure === 'timeout'
      ? html`<button type="button" class="retry" @click=${retry}>${msg('Intentar otra vez')}</button>`
      : nothing}
  </div>`;
}

/** Said when some records of a `src` were skipped: the rest still shows. */
export function renderSkippedRecords(loaded: LoadedDirectory) {
  if (loaded.failure || loaded.problems.length === 0) return undefined;
  return html`<p class="message" role="status" part="message">
    ${msg('Parte de la información tiene errores y no se muestra.')}
  </p>`;
}

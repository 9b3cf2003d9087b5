// mamori/standard-schema for browsers and bundlers. The web build must be
// initialized (its wasm fetched) once: the first validation starts that and
// returns a Promise, as Standard Schema allows; once ready, validation is
// synchronous. Call `await ready()` at start-up to have it synchronous from the
// first keystroke (form libraries' synchronous validators need that).
import init, * as engine from '../web/mamori.js';
import { contactFormValidator, standardSchema } from './schema.mjs';

let loaded = false;
/** @type {Promise<void> | null} */
let loading = null;

/**
 * Loads the web build once; `input` is passed to its init() (default: fetch the wasm next to it).
 * @param {{ module_or_path: import('../web/mamori.js').InitInput | Promise<import('../web/mamori.js').InitInput> }} [input]
 * @returns {Promise<void>}
 */
export function ready(input) {
  if (!loading) {
    loading = init(input).then(
      () => {
        loaded = true;
      },
      (e) => {
        loading = null; // a later call may try again
        throw e;
      },
    );
  }
  return loading;
}

/** Whether the web build is usable now (also when the page called its init() itself). */
function isLoaded() {
  if (!loaded) {
    try {
      engine.version();
      loaded = true;
    } catch {
      // not initialized yet
    }
  }
  return loaded;
}

/**
 * A contact-form schema with options ({ locale, output }).
 * @param {import('./common.js').ContactFormSchemaOptions} [options]
 */
export function createContactFormSchema(options) {
  const validate = contactFormValidator(engine, options);
  return standardSchema((value) => (isLoaded() ? validate(value) : ready().then(() => validate(value))));
}

export const contactFormSchema = createContactFormSchema();

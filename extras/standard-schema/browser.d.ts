// mamori/standard-schema in browsers: validation returns a Promise until the web
// build is loaded (see ready()), then a plain result.
import type {
  ContactForm, ContactFormResult, ContactFormSchemaOptions, NormalizedForm, StandardSchemaV1,
} from "./common.js";
import type { InitInput } from "../web/mamori.js";

export type * from "./common.js";

/** The contact form as a Standard Schema; `Values` is the form library's value type. */
export interface ContactFormSchema<Values extends ContactForm = ContactForm> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "mamori";
    readonly validate: (
      value: unknown,
      options?: StandardSchemaV1.Options | undefined,
    ) => ContactFormResult | Promise<ContactFormResult>;
    readonly types?: StandardSchemaV1.Types<Values, NormalizedForm> | undefined;
  };
}

/** The contact-form schema with the default options (Japanese messages, normalized output). */
export declare const contactFormSchema: ContactFormSchema;

/** A contact-form schema with options. */
export declare function createContactFormSchema<Values extends ContactForm = ContactForm>(
  options?: ContactFormSchemaOptions,
): ContactFormSchema<Values>;

/**
 * Loads the web build once (its init(); `input` as init takes it, by default the
 * wasm next to the module). After it resolves, validation is synchronous.
 */
export declare function ready(input?: { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

// mamori/standard-schema in Node: validation is synchronous.
import type {
  ContactForm, ContactFormResult, ContactFormSchemaOptions, NormalizedForm, StandardSchemaV1,
} from "./common.js";

export type * from "./common.js";

/** The contact form as a Standard Schema; `Values` is the form library's value type. */
export interface ContactFormSchema<Values extends ContactForm = ContactForm> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "mamori";
    readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => ContactFormResult;
    readonly types?: StandardSchemaV1.Types<Values, NormalizedForm> | undefined;
  };
}

/** The contact-form schema with the default options (Japanese messages, normalized output). */
export declare const contactFormSchema: ContactFormSchema;

/** A contact-form schema with options. */
export declare function createContactFormSchema<Values extends ContactForm = ContactForm>(
  options?: ContactFormSchemaOptions,
): ContactFormSchema<Values>;

/** Resolves at once in Node (the Node build needs no loading); for code shared with the browser. */
export declare function ready(): Promise<void>;

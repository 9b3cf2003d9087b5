// Types shared by the Node and browser entries of mamori/standard-schema.
import type { ContactForm, FormField, FormIssueCode, FormOptions, NormalizedForm } from "../node/mamori.js";

export type { ContactForm, FormField, FormIssueCode, FormOptions, NormalizedForm };

/**
 * The Standard Schema v1 interface (https://standardschema.dev), declared here so
 * that using mamori/standard-schema needs no other package. Structurally the same
 * as `StandardSchemaV1` of `@standard-schema/spec`.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/** The codes of validateForm's warnings: they never stop a form, so they are never issues. */
export type ContactFormWarningCode = "sensitive_data_will_be_masked" | "looks_like_disclosure_request";

/** Codes of the issues: validateForm's error codes, or "invalid_type" for a value that is not text. */
export type ContactFormIssueCode = Exclude<FormIssueCode, ContactFormWarningCode> | "invalid_type";

/** One issue: a validateForm error with its Standard Schema path (`[field]`). */
export interface ContactFormIssue extends StandardSchemaV1.Issue {
  /** In the language of the schema's `locale` (Japanese by default). */
  readonly message: string;
  /** Always English. */
  readonly messageEn: string;
  readonly code: ContactFormIssueCode;
  /** The field, also the only path segment; absent when the value is not an object at all. */
  readonly field?: FormField;
  /** With first_line_mismatch: the line to write instead. */
  readonly suggestion?: string;
  readonly path: readonly [FormField] | readonly [];
}

/** What validate returns: the normalized form, or the issues. */
export type ContactFormResult =
  | { readonly value: NormalizedForm; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<ContactFormIssue> };

/** Options of createContactFormSchema. */
export interface ContactFormSchemaOptions {
  /** Language of `message`: "ja" (default) or "en". */
  locale?: "ja" | "en";
  /**
   * The value of a valid form: "normalized" (default) is validateForm's
   * `normalized`; "submission" is prepareSubmission's payload, with the body redacted.
   */
  output?: "normalized" | "submission";
  /** validateForm's options (required fields, length limits, …), as the server uses them. */
  form?: FormOptions;
}

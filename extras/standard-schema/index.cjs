// mamori/standard-schema for Node (CommonJS): synchronous, like the Node build.
'use strict';
const engine = require('../node/mamori.js');
const { contactFormValidator, standardSchema } = require('./schema.cjs');

/**
 * A contact-form schema with options ({ locale, output }).
 * @param {import('./common.js').ContactFormSchemaOptions} [options]
 */
function createContactFormSchema(options) {
  return standardSchema(contactFormValidator(engine, options));
}

/** The Node build needs no loading: resolves at once. */
function ready() {
  return Promise.resolve();
}

const contactFormSchema = createContactFormSchema();

module.exports = { contactFormSchema, createContactFormSchema, ready };

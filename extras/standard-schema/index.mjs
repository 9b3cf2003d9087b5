// mamori/standard-schema for Node (ESM): the CommonJS entry's exports, one instance.
import m from './index.cjs';

export const { contactFormSchema, createContactFormSchema, ready } = m;

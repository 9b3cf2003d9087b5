// @redactpii/node with its default rules.
import { Redactor } from '@redactpii/node';
const redactor = new Redactor();
export const redact = (/** @type {string} */ text) => redactor.redact(text);
export const first = () => redact('マイナンバーは 1234 5678 9018 です');

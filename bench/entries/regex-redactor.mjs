// The hand-written JavaScript regex version of mamori's detectors.
import { redact } from '../peers/regex-redactor.mjs';
export { redact };
export const first = () => redact('マイナンバーは 1234 5678 9018 です');

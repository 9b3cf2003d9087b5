// A zod schema for the contact form (bench/peers/zod-form.mjs).
import { validate } from '../peers/zod-form.mjs';
export { validate };
export const first = () => validate({ inquiryType: 'その他', name: '山田 太郎', phone: '03-1234-5678', body: '個人情報の開示等請求\n開示を請求します。' });

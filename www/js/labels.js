// Japanese names of the codes mamori returns, for what the page shows.

/** The phrase section 6 of the privacy notice asks for on the first line. */
export const REQUEST_PHRASE = '個人情報の開示等請求';

/** What a disclosure request asks for, as the privacy notice words it. */
export const DISCLOSURE_KINDS = Object.freeze({
  purpose_notification: '利用目的の通知',
  disclosure: '開示',
  correction: '訂正・追加・削除',
  suspension: '利用停止',
  erasure: '消去',
  stop_third_party_provision: '第三者への提供の停止',
  third_party_record_disclosure: '第三者提供記録の開示',
});

/** Who asks. */
export const REQUESTERS = Object.freeze({ self: '本人', agent: '代理人' });

/** The kinds of sensitive number that redact() finds. */
export const SENSITIVE_KINDS = Object.freeze({
  my_number: 'マイナンバー（個人番号）',
  insurer_number: '保険者番号',
  insured_number: '被保険者証の記号・番号',
  public_expense_payer: '公費負担者番号',
  public_expense_recipient: '公費の受給者番号',
  credit_card: 'クレジットカード番号',
  bank_account: '口座番号',
  passport: '旅券番号',
  residence_card: '在留カード番号',
  drivers_license: '運転免許証番号',
  pension_number: '基礎年金番号',
  phone: '電話番号',
  email: 'メールアドレス',
});

/** The form's fields in page order, with their labels. */
export const FIELD_LABELS = Object.freeze({
  inquiryType: 'お問い合わせの種類',
  name: '氏名',
  phone: '電話番号',
  email: 'メールアドレス',
  body: 'お問い合わせ内容',
});

/** @param {readonly string[]} list */
export const joinJa = (list) => list.join('、');

// One module for every runtime: the same file runs in the browser (plain ES modules
// or a bundler) and in Node, because every build of mamori has a default `init()`.
// In the browser it loads the WebAssembly; in Node it resolves at once.
import init, { normalize, parsePhone, prepareSubmission, redact, version } from 'mamori';

/** Loads mamori once and runs a few calls; what a page or a server would do. */
export async function check() {
  await init();
  const submission = prepareSubmission({
    inquiryType: 'その他',
    name: 'やまだ　たろう',
    phone: '０９０ー１２３４ー５６７８',
    body: '個人情報の開示等請求\n本人です。保険者番号 06137350 の記録の開示を請求します。',
  });
  return {
    version: version(),
    kana: normalize('やまだ たろう', 'kana'),
    phone: parsePhone('０３ー１２３４ー５６７８').e164,
    masked: redact('マイナンバーは 1234 5678 9018 です').text,
    ok: submission.ok,
    body: submission.ok ? submission.payload.body : null,
  };
}

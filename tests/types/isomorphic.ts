// The package as an ESM project gets it ("mamori" through the exports conditions,
// moduleResolution nodenext): the default init is callable and awaited, as in the
// browser build, and results narrow on `ok`.
import init, { prepareSubmission, redact, type Submission } from "mamori";

export async function start(): Promise<string> {
  await init();
  await init({ module_or_path: "ignored in Node" });
  const s: Submission = prepareSubmission({ name: "山田 太郎", phone: "03-1234-5678", body: "質問です" });
  return s.ok ? redact(s.payload.body).text : s.errors[0].messageEn;
}

// redact of the built package on what people write rather than what forms print:
// labelled values that fail their check digit or are a digit short or long, and
// layouts where the label is not right before the value (lines above, a heading,
// after the value, a table's header, the sentence), odd separators, kana, romaji
// and half-width labels. Every letter and digit of the value must be masked; the
// decoys around it must stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { redact } = require(path.resolve('pkg') + '/');

const alnum = /[\p{L}\p{N}]/u;

/** Asserts that every letter/digit of `value` (found in `text`) is masked, and
 * that `keep` (if given) comes back unchanged. */
function masks(text, value, keep = []) {
  const out = redact(text).text;
  assert.equal(out.length, text.length, text);
  const at = text.indexOf(value);
  assert.ok(at >= 0, `test text holds ${value}`);
  for (let i = at; i < at + value.length; i++) {
    if (alnum.test(text[i])) assert.notEqual(out[i], text[i], `${JSON.stringify(text)} → ${JSON.stringify(out)}`);
  }
  for (const k of keep) assert.ok(out.includes(k), `${JSON.stringify(out)} keeps ${k}`);
}

test('labelled values are masked even when their check digit fails or a digit is missing or extra', () => {
  masks('マイナンバー：１２３４ ５６７８ ９０１２', '１２３４ ５６７８ ９０１２');
  masks('カード番号 5500 0000 0000 0005', '5500 0000 0000 0005');
  masks('マイナンバー\n4111 1111 1111 1112', '4111 1111 1111 1112');
  masks('旅券番号 TK123456', 'TK123456');
  masks('口座番号 123456', '123456');
  masks('保険者番号：0113001', '0113001');
  masks('公費負担者番号 2113601', '2113601');
  masks('受給者番号 40182145', '40182145');
  masks('在留カード番号 AB1234567CD', 'AB1234567CD');
  masks('運転免許証番号 12345678901', '12345678901');
  masks('基礎年金番号 1234-56789', '1234-56789');
});

test('labels where people put them: lines above, a heading, after the value, a table, the sentence', () => {
  masks('保険者番号\n（保険証の右下に記載）\n01130012', '01130012');
  masks('■年金番号について\n手帳の番号：1234-567890', '1234-567890');
  masks('1234567（口座番号）', '1234567');
  masks('振込は楽天銀行の当座で、番号は8406662です', '8406662');
  masks('免許証は5495 8794 5400、旅券はTK1234567です', '5495 8794 5400');
  masks('カードの番号は4539 5787 6362 1487で', '4539 5787 6362 1487');
  masks('氏名,保険者番号,記号,番号\n山田 太郎,01130012,国保板橋,40211', '国保板橋', ['山田 太郎']);
  masks('氏名\t口座番号\t備考\n山田 太郎\t1234567\tなし', '1234567', ['山田 太郎']);
  masks('| 氏名 | 受給者番号 |\n|---|---|\n| 山田 | 7791833 |', '7791833');
  masks('6913818 と 80017957 （受給者番号と負担者番号）', '6913818');
  masks('記号 市川 番号 0158773', '市川');
});

test('separators and spellings as people type them', () => {
  masks('口座番号 6736 - 1210 - 4403', '6736 - 1210 - 4403');
  masks('マイナンバー ８６４４　－　７６２０　－　１２３４', '８６４４　－　７６２０　－　１２３４');
  masks('カード 8083  8045  0248  1234', '8083  8045  0248  1234');
  masks('ﾏｲﾅﾝﾊﾞｰ（123456789012）', '123456789012');
  masks('カードNo. 4539 5787 6362 1487', '4539 5787 6362 1487');
  masks('口座 No.\n1234567', '1234567');
  masks('こうざばんごう 1234567', '1234567');
  masks('kouza bangou: 1234567', '1234567');
  masks('mai nanbaa: 0172 7795 39868 desu', '0172 7795 39868');
  masks('保険者番号 O 6 3 7 7 3 6 0', 'O 6 3 7 7 3 6 0');
});

test('a run of digit groups is masked whole, never in part', () => {
  const text = 'マイナンバー 1234 5678 9018 1112';
  const out = redact(text).text;
  assert.equal(out, 'マイナンバー **** **** **** ****');
});

test('numbers that are not sensitive stay: orders, tracking, postal codes, dates, amounts, quantities', () => {
  const keep = [
    '注文番号 123456789012',
    '追跡番号 1234 5678 9012',
    '〒100-0001',
    '2026年11月25日',
    '2026/11/25',
    '12,800円',
    'ロキソプロフェン60mg 3錠',
    '請求書 T1234567890123',
    '診察券番号 12345678',
    '医療機関コード 1312345',
    'お問い合わせ番号：3398-1015-7720',
    'アプリのバージョンは 17.4.1 です',
    '[2024-10-07 10:14:30] CS: 080-6621-4493です',
  ];
  for (const text of keep) assert.equal(redact(text).text, text);
});

test('a negative label right before a number settles it; an amount, postal code, room or dose is no value', () => {
  // 受付番号 refuses the number after it, whatever a heading above names.
  for (const text of [
    '■マイナンバーについて\n受付番号：1234 5678 9012',
    '【口座の変更】\n連絡先は 090-1234-5678 です',
    '口座番号：¥12,800',
    '保険者番号 〒150-0001',
    '口座番号 1506号室',
    'マイナンバー 60mg',
  ]) assert.equal(redact(text).text, text);
  // The values beside them are still masked.
  masks('■マイナンバーについて\n番号：1234 5678 9012', '1234 5678 9012');
  masks('受付番号：1234 マイナンバー 1234 5678 9018', '1234 5678 9018', ['受付番号：1234']);
  masks('口座番号 1234567（手数料 ¥220）', '1234567', ['¥220']);
});

test('layouts of exports, chats and phones: aligned columns, key/value tables, broken lines, lists, corrections', () => {
  // Columns aligned with spaces, a row with an empty cell read by where its cells start.
  const listing = '受付No  患者名     保険者番号  公費負担者番号  受給者番号\n'
    + '------  ---------  ----------  --------------  ----------\n'
    + '0003    高橋 美咲              54139696        7402373';
  masks(listing, '54139696', ['0003']);
  masks(listing, '7402373');
  // A key/value table under a row that is no header; a short component in Markdown.
  masks('| 項目 | 内容 |\n| --- | --- |\n| お問い合わせ種別 | 個人情報の開示請求 |\n| 基礎年金番号 | 2598-195335 |', '2598-195335');
  masks('| 氏名 | 記号 | 番号 |\n|---|---|---|\n| 山田 | 12 | 345 |', '345');
  // A number broken over lines of its own, and its last digits on the next line.
  for (const part of ['1234', '5678', '9011']) masks('マイナンバー\n1234\n5678\n9011', part);
  masks('個人番号：9257 6373 40\n09', '\n09');
  // A list under one label in a chat, and a correction on the same line.
  masks('田中：受給者番号の確認お願いします\n森：佐藤さま 5047527\n森：小川さま 0038349', '0038349');
  masks('口座番号は5894646ではなく5894664です', '5894664');
  // Labels: a length on the label's line, romaji glued to its number word, a kanji 記号.
  masks('マイナンバー（12桁）\n123456789011', '123456789011');
  masks('hokenshabango 06131234', '06131234');
  masks('保険者番号 270439\n記号 大阪\n番号 1234567', '大阪');
  // Decoys stay: a date in the next CSV cell, an identifier.
  const csv = redact('記号,番号,有効期限\n1234,56,2026/03/31').text;
  assert.ok(csv.endsWith('2026/03/31'), csv);
  assert.ok(redact('決済ID 7721-0046-1182-5539').text.includes('7721-0046-1182-5539'));
});

test('tables typed on a phone or drawn with boxes, forms read by OCR, chats, staff notes', () => {
  // Full-width pipes; boxes; one digit per box of a printed form.
  masks('｜氏名｜保険者番号｜記号｜番号｜\n｜－－｜－－｜－－｜－－｜\n｜中島 理沙｜０６１３０３４８｜３６７５０｜7654｜', '３６７５０');
  masks('┌────┬────┐\n│公費負担者番号│受給者番号│\n├────┼────┤\n│52272788│2778652│\n│　　　　│8026148│\n└────┴────┘', '8026148');
  masks('個人番号　｜3｜8｜4｜1｜2｜6｜3｜6｜3｜3｜9｜0｜', '3｜8｜4｜1｜2｜6｜3｜6｜3｜3｜9｜0');
  // A row's key under a column whose header names nothing or a negative word.
  masks('|項目|請求者|配偶者|\n|---|---|---|\n|基礎年金番号|9092-305360|8142-318004|', '9092-305360');
  // Labels stacked above their values; a question and its answer; two chat messages.
  masks('公費負担者番号\n受給者番号\n15111883\n8411647', '8411647');
  masks('係：記号をお願いします。\n客：記号は 96381544。\n係：番号をお願いします。\n客：320。', '320');
  masks('[10:02] 係: 新しいカード番号をご入力ください。\n[10:03] 客: 5577 6767\n[10:04] 客: 8380 7828', '8380 7828');
  // Odd separators, abbreviations, a 記号 in kanji, a label after the value.
  masks('mynumber=7452_0381_6575 doc=card.jpg', '7452_0381_6575');
  masks('保番：01336882', '01336882');
  masks('{\n  "symbol": "千代田5",\n  "number": "669772"\n}', '千代田5');
  masks('秋田駅前支店 9708689（普通預金）', '9708689');
  masks('枝番は私が「01」、主人が「00」です。', '00');
  // Decoys stay: an approval code, a file size, an amount after a 枝番.
  masks('カード 4088 1915 3237 2418 の件、承認番号は 919618 です', '4088 1915 3237 2418', ['919618']);
  masks('保険者番号 06240204\n添付: jukyusha.jpg (1217KB)', '06240204', ['1217KB']);
  masks('枝番 00　自己負担額 86,430円', '00', ['86,430円']);
});

test('labels in brackets after their values, double-lined tables, rules under stacked labels, misread letters', () => {
  // A label in brackets names the value before it, not the one after.
  masks('12144119（負担者番号）／5317201（受給者番号）', '12144119');
  masks('06137566（保険者）、12・345（記号・番号）', '12・345');
  masks('╔════╦════╗\n║ 公費負担者番号 ║ 受給者番号 ║\n╠════╬════╣\n║ 54116777 ║ 1058189 ║\n╚════╩════╝', '54116777');
  masks('保険者番号\n記号\n番号\n------\n147009\nイ55\n835957\n------', 'イ55');
  masks('旅券番号を共有します。\n佐野 恭平：TK6244971\n村上 里奈：MU96O8510（OCR）', 'MU96O8510');
  masks('記号「葛\u{E0100}飾35」、番号「901135」', '葛\u{E0100}飾35');
  // Employee numbers stay; an error code before a component's word is no value.
  masks('社員番号は 260735、マイナンバーは 1234 5678 9018 です', '1234 5678 9018', ['260735']);
  masks('保険者番号 06240204\nE102 枝番桁数', '06240204', ['E102']);
});

test('call logs and chats: a speaker named 顧客, an account type ending its line, a timestamped message between, a correction under a rule', () => {
  masks('顧客: えー 常陽銀行の 水戸支店 で 普通の\n顧客: 7 6 0 8 6 0 6 です', '7 6 0 8 6 0 6');
  masks('18:21 高田: 年金の番号これです\n18:21 高田: [写真]\n18:22 高田: 3345 509237', '3345 509237');
  masks('きごう 66142410\nばんごう 296\n（手でうちました）\n──\nごめんなさい ばんごう まちがえてました\nただしくは 496 です', '496');
  // Decoys: a customer number, a deposit certificate, a value before the next JSON key.
  masks('顧客番号: 60817886 / マイナンバー 1234 5678 9018', '1234 5678 9018', ['60817886']);
  masks('定期預金 — 証書番号 350535、口座番号 1234567', '1234567', ['350535']);
  masks('{"patient":"2097260","kouhi_futansha":"21132410"}', '21132410', ['2097260']);
});

test('heavy-lined and ruled tables, a card cut after three groups, keys parted by underscores, timestamps and column names', () => {
  masks('┏━━━━┳━━━━┓\n┃ 公費負担者番号 ┃ 受給者番号 ┃\n┣━━━━╋━━━━┫\n┃ 28137016 ┃ 4402917 ┃\n┗━━━━┻━━━━┛', '4402917');
  masks('─────────\n 続柄 │ 保険者番号 │ 記号 │ 番号\n─────────\n 本人 │ 01130012 │ 512 │ 7730\n─────────', '7730');
  masks('+------+------------+\n| 区分 | 受給者番号 |\n+------+------------+\n| 難病 | 5021346 |\n+------+------------+', '5021346');
  masks('カード番号 4539 5787 6362\n1486 有効期限 11/28', '1486', ['11/28']);
  masks('resource=patient/P0073321 field=my_number old="063693735901"', '063693735901', ['P0073321']);
  // Decoys: a chat's timestamp under a label line, a digit in a column's name.
  masks('保険証の記号と番号ですが\n[2025-06-16 09:12] 小林: 記号は 1566', '1566', ['2025-06-16 09:12']);
  masks('ｷｺﾞｳ,ﾊﾞﾝｺﾞｳ,ｺｳﾋ1ﾌﾀﾝｼｬ\n1566,1178,21132410', '21132410', ['ｺｳﾋ1ﾌﾀﾝｼｬ']);
});

test('a value changed in a history, romaji for the card, cancellation numbers', () => {
  masks('記号 114523 → 中央8\n負担割合 3割 → 2割', '中央8', ['3割 → 2割']);
  masks('hokensho no bango wa 4505 desu.', '4505');
  // Decoy: a cancellation number.
  masks('取消済みです（取消番号 7330462685）。マイナンバー 1234 5678 9018', '1234 5678 9018', ['7330462685']);
});

test('a listing ruled with dashes, a prefix in a column name, a combined label in romaji, a provider number', () => {
  const listing = '区分 銀行  支店 科目 口座番号 受取人名\n---- ----- ---- ---- -------- ----------------\n2    0005  469  1    8514504  ﾔﾏﾀﾞ ﾀﾛｳ';
  masks(listing, '8514504', ['0005  469  1']);
  masks('氏名\t国保 記号\t国保 番号\n田村\t北7\t37', '37', ['田村']);
  masks('記号,番号,公費1負担者\n1234,56,21136015', '21136015', ['公費1負担者']);
  masks('"kigo_bango": "タ373 / 0401896"', '0401896');
  masks('当施設の介護保険事業所番号は1474030259、利用者の被保険者番号は0000328089です', '0000328089', ['1474030259']);
  const phone = redact('お問い合わせは 0120-484-215（平日9:00〜18:00）', { kinds: ['phone'] });
  assert.equal(phone.text, 'お問い合わせは ****-***-***（平日9:00〜18:00）');
});

test("a label on the next line, an SQL insert on one line, a passport's machine-readable line, a chat remark", () => {
  masks('15:43 私: 静岡銀行の浜松支店\n15:43 私: ３１２５４３７\n15:44 私: 普通です', '３１２５４３７');
  masks("INSERT INTO refund (customer_id, bank_code, branch_code, account_type, account_no, holder_kana) VALUES (4418270, '0005', '363', 1, '7089529', 'ﾐﾔﾓﾄ')", '7089529', ["'0005', '363'"]);
  masks('P<JPNSUZUKI<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<\nTZ03480892JPN9004090F3012310<<<<<<<<<<<<<<04', 'TZ0348089', ['2JPN9004090F']);
  masks('14:02 佐藤: マイナンバー送ります\n14:02 佐藤: 3014 3205\n14:03 佐藤: あ、途中で送信しちゃった\n14:03 佐藤: 7682', '7682');
});

test('groups typed with odd marks, a phone word in an aside, camelCase and Kunrei-shiki keys, branch_no', () => {
  masks('（再掲）マイナンバー 9769~5055~7068', '9769~5055~7068');
  masks('受給者番号　628・1539', '628・1539');
  masks('受給者番号 1234567 上限2,500円', '1234567', ['2,500円']);
  masks('免許証番号（FAX控え）1274・5813・6269', '1274・5813・6269', ['FAX控え']);
  masks('{"hokenshaNo": "32395360", "pensionNo": "4109-171031"}', '4109-171031', ['hokenshaNo']);
  masks('{"hokenshaNo": "32395360"}', '32395360');
  masks('hokenja_bango,kigo,bangou,jukyusya_no,hutansya_no\n34178525,3386,94061,1089564,21261789', '1089564,21261789');
  masks('insured_symbol: AB12\ninsured_no: 8686\nbranch_no: 01', '01', ['branch_no']);
});

test('values said aloud, sent in parts, or printed in the boxes and columns of a paper form', () => {
  // A value sent over a call in turns, the other speaker's short reply between.
  const call = '係：マイナンバーをお伺いします。\nお客様：1291\n係：はい。\nお客様：4350\nお客様：えー、7290、です。';
  masks(call, '1291');
  masks(call, '4350');
  masks(call, '7290', ['えー、', '、です。']);
  // The parts of a value written again near it: first under a vague word.
  masks('お客様：番号は…4383、6165、0196\n係：個人番号、4383、6165、0196ですね。', '4383、6165、0196');
  masks('個人番号 4383 6165 0196\n受付番号：8383-0090 (2025年4383円)', '4383 6165 0196', ['8383-0090', '2025年4383円']);
  for (const part of ['8413', '4898', '0534']) masks('口頭で聴取（マイナンバー）：8413の4898の0534', part);
  masks('個人番号［7］［4］［7］［5］［3］［4］［3］［8］［1］［6］［O］［1］', '7］［4］［7］［5］［3］［4］［3］［8］［1］［6］［O］［1');
  masks('被保険者証の番号' + '\u3000'.repeat(24) + '308\n生年月日', '308', ['生年月日']);
  masks('制度名　　公費負担者番号　　受給者番号\n難病　　　54122270　　　6900740', '6900740');
  masks('返金は 4762326（普通口座）にお願いします。', '4762326');
  masks('{"kouhiFutanshaBango": "52239704"}', '52239704');
  masks('Insurer No;Symbol;Number\n34314286;ABC18;459', 'ABC18;459');
  masks('カード会員番号 5549 9679 7596 7140', '5549 9679 7596 7140');
  masks('保検者番号 01131044 記弓 19133259', '19133259');
});

test('staff abbreviations, words said while thinking, and a value named by the label after it', () => {
  masks('被保番：33　記号：7120', '33');
  masks('被保険者番号は、えーと、33です', '33', ['えーと']);
  masks('被保険者番号は…12', '12');
  masks('06133615が保険者番号で、33が番号です', '06133615');
  masks('7120が記号で33が番号です', '7120');
});

test('an expiry after a card number, labels listed in a sentence, a 番号 before its 記号, a blank line under a label', () => {
  masks('カード：4980 0000 0000 0004 12/28', '4980 0000 0000 0004', ['12/28']);
  const listed = 'マイナンバーとカード番号を送ります\n123456789012\n4539 5787 6362 1487';
  masks(listed, '123456789012');
  masks(listed, '4539 5787 6362 1487');
  const card = '以下の保険者番号、記号、番号で登録してください。\n06132013\n7120\n33';
  masks(card, '7120');
  masks(card, '\n33');
  masks('番号：33　記号：7120', '33');
  masks('保険証は番号33、記号7120です', '33');
  masks('記号は7120で、33が番号です', '33');
  masks('7120-33 記号番号', '7120-33');
  masks('マイナンバーについて。\n\n123456789012', '123456789012');
  masks('マイナンバー 1234,5678,9012', '1234,5678,9012');
});

test('an account after its bank or branch, mistyped or romaji labels, a label on the line below, parts spaced as said', () => {
  masks('三井住友銀行 新宿支店 1234567', '1234567');
  masks('ゆうちょ 10180-12345671', '10180-12345671');
  masks('みずほ銀行 渋谷支店 137 普通 1234567', '1234567', ['137']);
  masks('個人晩号 123456789012', '123456789012');
  masks('maina nanba 123456789012', '123456789012');
  masks('kurejitto kaado 4980 0000 0000 0004', '4980 0000 0000 0004');
  masks('123456789012\n（これがマイナンバー）', '123456789012');
  for (const part of ['1234', '5678', '9012']) masks('マイナンバーは 1234 の 5678 の 9012', part);
});

test('a value said in parts with words, log keys, staff words, and what stays: amounts, tags, tickets, branch codes, a card\'s expiry, JAN codes', () => {
  const said = 'マイナンバー、電話だと聞き取りにくいと思うので分けて送りますね。\n上4桁は2663、\n次が0494、\n最後が0328です。';
  for (const part of ['2663', '0494', '0328']) masks(said, part);
  for (const part of ['5301', '6623', '2625', '3665']) masks('カード番号の最初の4つが5301、次が6623、その次が2625、最後が3665です。', part);
  masks('基礎年金番号は、4桁が4418、6桁が367135です', '4418');
  const log = 'hihoken_bango=1042279 kouhi1=88032099 jukyusha1=1299171';
  for (const v of ['1042279', '88032099', '1299171']) masks(log, v, ['kouhi1=', 'jukyusha1=']);
  masks('ﾎｹﾝ 34133314', '34133314');
  masks('上田 キヨ　後期 １２００４５５８', '１２００４５５８');
  masks('保険者番号が330365、記号が世田谷、番号が40217です', '世田谷');
  masks('{"recipientNo": "6997431", "limitYen": 10000}', '6997431', ['10000']);
  masks('受給者番号 6997431 上限 10000', '6997431', ['10000']);
  masks('客: カード番号送ります\n客: 4459\n客: 9819\n客: 9384\n客: 6079\n客: きげんは 07/26', '6079', ['07/26']);
  masks('[09:58] 客：記号は\n[09:59] 客：西14', '西14', ['[09:59]']);
  for (const text of [
    '#dev-crm\nbuild: 20240612.3 / commit 9b1e4f27c0a8',
    '【チケット #48213】返金口座変更依頼',
    'Bank: Yucho\nBranch: 〇二八 (028)',
    'JAN,商品名,売価\n4901234567894,"マスク 7枚入",328',
  ]) assert.equal(redact(text).text, text);
});

test('a text whose only digits are kanji apart, circled, spoken two for a 枝番 or in katakana English reaches the engine', () => {
  // The JavaScript side passes over a text it deems to hold no value: it must let
  // in every text the engine reads a number in.
  masks('受給者番号 ⑧③⑨⑤①②①', '⑧③⑨⑤①②①');
  masks('口座番号　二 五 六 九 九 一 五', '二 五 六 九 九 一 五');
  masks('基礎年金番号は\n五\n八\n〇\n七\n〇\n五\n五\n〇\n五\n二\nです', '五\n八\n〇\n七\n〇\n五\n五\n〇\n五\n二');
  masks('枝番が ゼロニ のまま入ってたけど本当は ゼロイチ。', 'ゼロニ');
  masks('保険者番号は ゼロ、ロク、イチ、サン、ゴー、ナナ、ハチ、キュウ です', 'ゼロ、ロク、イチ、サン、ゴー、ナナ、ハチ、キュウ');
  // English digits in katakana, as a call's transcript writes them.
  masks(
    'カード番号は フォー ファイブ スリー ナイン、ファイブ セブン エイト セブン、シックス スリー シックス ツー、ワン フォー エイト シックス です',
    'フォー ファイブ スリー ナイン、ファイブ セブン エイト セブン、シックス スリー シックス ツー、ワン フォー エイト シックス',
  );
  const prose = '一度お電話しましたが、一緒に伺います。';
  assert.equal(redact(prose).text, prose);
});

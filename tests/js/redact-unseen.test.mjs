// redact of the built package on 30,105 texts written for it by two hundred and
// eleven writers who had not seen the engine nor the corpora
// (tests/fixtures/redact-unseen.jsonl; ids by writer): letters and phone memos
// (a…), exports, chats and romaji (b…),
// transcripts, handover notes and quoted mails (c…), back-office documents full of
// look-alikes (d…), pharmacy and clinic notes with OCR pastes (e…), phone and chat
// messages with voice-input slips (f…), tables, CSV, JSON, HTML, logs and SQL
// (g…), money and identity documents among adversarial look-alikes (h…),
// prescriptions, claim lists and vertical OCR (i…), family and shop chats with
// numbers said aloud (j…), system exports, diffs and fixed-width records (k…), the
// public's contact-form messages read off their cards (l…), municipal and insurer
// paperwork (m…), foreign residents writing in English and their own languages
// (n…), OCR of scans and PDFs (o…), spreadsheets pasted by office staff (p…),
// helpdesk tickets and quoted, hard-wrapped mail (q…), staff chat full of input-method
// slips and abbreviations (r…), PDF and spreadsheet conversions (s…), and the public
// explaining where on their cards their numbers are (t…), payroll and HR staff
// collecting their people's numbers (u…), logs, configuration and markup pasted
// into tickets (v…), older people's letters and phone memos (w…), and OCR of cards
// and paper forms (x…), chats, exports and letters with labels after their values,
// in table headers, in hiragana, half-width kana, romaji and typos (y…), and
// back-office forms, spreadsheets, mail, logs, call transcripts and OCR (z000–z159)
// and the public's messages typed on phones (z160–z319), back-office tables, listings,
// logs and OCR of certificates (z320–z479), the public's letters, chats and
// dictation (z480–z639), front-desk memos, chats and OCR (z640–z779), system
// exports and data formats (z780–z919), the public's handwriting and voice input
// (z920–z1069), office paperwork and data (z1070–z1219), contact-form messages
// (z1220–z1369), staff notes and threads (z1370–z1519), the paperwork and
// interchange formats of clinics, pharmacies and care offices (z1520–z1669), and
// the public's phone-typed, dictated and foreign-language messages (z1670–z1819),
// insurers', card companies' and shops' back offices (z1820–z1969), and families and
// older people writing about a parent's care, medicine and money (z1970–z2119), taxes,
// benefits and the municipal office (z2120–z2239), and the pharmacy counter and the
// delivery round (z2240–z2359), care managers', families' and foreign residents'
// messages about care and public expense (z2360–z2499), and back-office exports,
// logs and OCR with shorthand labels (z2500–z2639), clinics' and pharmacies' claims
// and eligibility work (z2640–z2779), and the public's messages typed on phones
// with input-method slips (z2780–z2919), pharmacy counters' and call centres'
// transcripts and notes (z2920–z3059), employers' HR and payroll and insurers'
// back offices (z3060–z3199), and older people, their families and scanned paper
// (z3200–z3339), municipal welfare and public-expense work (z3340–z3479), an online
// pharmacy's support, payment and app teams (z3480–z3619), and foreign residents,
// interpreters and multilingual front desks (z3620–z3759; their numbers abroad,
// phones too, are no spans: the phone kind is Japanese numbers), dental and eye
// clinics, home-visit nursing and home-care pharmacists (z3760–z3899), health
// insurance societies' and mutual aid associations' staff (z3900–z4039), and the
// public posting and chatting online (z4040–z4179), the change to My Number
// insurance cards (z4180–z4319), requests for disclosure and their paperwork
// (z4320–z4459), and data engineers' and developers' artefacts (z4460–z4599),
// medical billing clerks and clinic reception (z4600–z4739), guardians, lawyers and
// families settling a person's affairs (z4740–z4879), young people on phones and
// social apps (z4880–z5019), an online pharmacy's support by e-mail
// (z5020–z5159), speech-recognition transcripts of calls (z5160–z5299), and HR,
// payroll and general-affairs staff (z5300–z5439), faxes and OCR of paper forms
// (z5440–z5579), tables pasted by office staff (z5580–z5719), logs, URLs, JSON,
// XML and SQL a data engineer masks (z5720–z5859), young people typing on phones
// (z5860–z5999), securities and life-insurance back offices (z6000–z6139),
// identity checks at counters (z6140–z6279), hospital documents (z6280–z6419),
// accident and workers' compensation claims (z6420–z6559), parents' and
// children's paperwork (z6560–z6699), online shops' support (z6700–z6839), the
// municipal office's My Number procedures (z6840–z6979), text copied or read off
// phone screens (z6980–z7119), dispensing pharmacies (z7120–z7259), mail threads
// to a support desk (z7260–z7399), HR, payroll and onboarding (z7400–z7539),
// call-centre transcripts (z7540–z7679), OCR and copies of cards and certificates
// (z7680–z7819), family chats (z7820–z7959), foreign residents and those who help
// them (z7960–z8099), machine-made text pasted into tickets (z8100–z8239), care
// managers and care homes (z8240–z8379), public Q&A sites and forums
// (z8380–z8519), travel agents, airlines and hotels (z8520–z8659), the municipal
// office's counters (z8660–z8799), debt and inheritance work at law offices
// (z8800–z8939), speech-to-text (z8940–z9079), insurers' claims (z9080–z9219),
// dental and osteopathic clinics (z9220–z9359), online shops' support
// (z9360–z9499), childcare and schools (z9500–z9639), PDF and OCR copies
// (z9640–z9779), bank counters (z9780–z9919), hospital records and medical
// clerks (z9920–z10059), rentals and rent guarantees (z10060–z10199), staffing
// agencies and foreign workers (z10200–z10339), accidents and car rental
// (z10340–z10479), disaster relief and non-profits (z10480–z10619), and scams as
// consumer centres see them (z10620–z10759), tax returns (z10760–z10899), prompts
// pasted into an AI assistant (z10900–z11039), old systems' half-width exports
// (z11040–z11179), and workplace chat (z11180–z11319), securities firms
// (z11320–z11459), universities and scholarships (z11460–z11599), home-visit
// nursing (z11600–z11739), driving schools, car dealers and drivers' onboarding
// (z11740–z11879), pensions and handwritten forms (z11880–z12019), older people on
// LINE and SMS (z12020–z12159), welfare caseworkers (z12160–z12299), web forms as
// developers see them (z12300–z12439), the paperwork after a death (z12440–z12579),
// home loans (z12580–z12719), mobile-phone shops (z12720–z12859), support tickets
// with values masked by hand (z12860–z12999), multilingual front desks
// (z13000–z13139), spreadsheets pasted from Excel (z13140–z13279), children's
// medical subsidies (z13280–z13419), lost cards and wallets (z13420–z13559),
// couriers and customs (z13560–z13699), hotels and vacation rentals
// (z13700–z13839), hospital billing for long treatments (z13840–z13979),
// freelancers' invoices and payouts (z13980–z14119), clubs, gyms and events
// (z14120–z14259), phone systems' voice menus and transcripts (z14260–z14399),
// clinical research (z14400–z14539), bank transfers and payment slips
// (z14540–z14679), emergency rooms and ambulances (z14680–z14819), benefits and
// their accounts (z14820–z14959), corporate expenses (z14960–z15099), non-life
// insurance agencies (z15100–z15239), utilities and subscriptions
// (z15240–z15379), personal notes and memo apps (z15380–z15519), legal and
// registry paperwork (z15520–z15659), transport and commuting (z15660–z15799),
// dispensing pharmacies (z15800–z15939), hiring and payroll (z15940–z16079),
// call centres' notes (z16080–z16219), moving house (z16220–z16359), online
// shops' refunds (z16360–z16499), long-term care (z16500–z16639), foreign
// residents at offices (z16640–z16779), clinic receptions reading cards by OCR
// (z16780–z16919), life and medical insurance claims (z16920–z17059), child
// allowances and nurseries (z17060–z17199), fraud and police reports
// (z17200–z17339), telemedicine apps (z17340–z17479), My Number portal help desks
// (z17480–z17619), tax accountants' files (z17620–z17759), hospital admissions
// (z17760–z17899), voice input and chatbots (z17900–z18039), disclosure requests
// through a contact form (z18040–z18179), data exports (z18180–z18319), family
// chats (z18320–z18459), English and Japanese mixed (z18460–z18599), staff notes
// under headings (z18600–z18739), short messages (z18740–z18879), tables in many
// forms (z18880–z19019), OCR of paper forms (z19020–z19159), veterinary
// hospitals and pet insurance (z19160–z19299), university student affairs
// (z19300–z19439), pension consultations (z19440–z19579), car dealers and rentals
// (z19580–z19719), phone carriers' shops (z19720–z19859), welfare offices
// (z19860–z19999), disclosure requests to a pharmacy chain (z20000–z20139), and
// spreadsheets pasted into chats and tickets (z20140–z20279), home-visit nursing
// (z20280–z20419), online shops' support (z20420–z20559), paper forms read by
// OCR (z20560–z20699), numbers given in pieces in conversations (z20700–z20839),
// machine-made text (z20840–z20979), municipal offices (z20980–z21119), lists
// (z21120–z21259), foreign residents writing in several languages
// (z21260–z21399), pregnancy and childbirth paperwork (z21400–z21539), farming and
// fishing cooperatives (z21540–z21679), mail threads pasted into tickets
// (z21680–z21819), handwritten notes and their corrections (z21820–z21959),
// application logs and help-desk records (z21960–z22099), disability services
// (z22100–z22239), card companies' call centres and disputes (z22240–z22379),
// social media and forums (z22380–z22519), schools and universities
// (z22520–z22659), rentals (z22660–z22799), old people's letters and calls
// (z22800–z22939), data engineers' exports and reports (z22940–z23079), disclosure
// requests to a pharmacy chain (z23080–z23219), OCR of photos of cards
// (z23220–z23359), travel and airlines (z23360–z23499), and employers and
// payroll (z23500–z23639), gig workers and ride-share drivers (z23640–z23779),
// neighbourhood associations and community groups (z23780–z23919), renewals of
// intractable diseases' public-expense certificates (z23920–z24059), credit unions'
// and regional banks' identity checks (z24060–z24199), Hello Work and employment
// insurance (z24200–z24339), IT teams' chats and tickets (z24340–z24479),
// hometown-tax donations (z24480–z24619), accounting exports and 全銀 files
// (z24620–z24759), drug makers' adverse-event reports (z24760–z24899), school
// sports injuries' mutual-aid claims (z24900–z25039), fintech identity checks
// (z25040–z25179), funeral homes and 互助会 contracts (z25180–z25319), dating
// apps' age checks (z25320–z25459), immigration paperwork (z25460–z25599),
// visually impaired users and screen readers (z25600–z25739), spreadsheets
// pasted with Excel's artefacts (z25740–z25879), OCR of handwritten boxed forms
// (z25880–z26019), and lost and stolen cards reported to the police and card
// companies (z26020–z26159). Same
// record format and scoring as the corpora: a letter or digit inside a span left
// unchanged is leaked; a changed one outside the spans is over-masked. The records
// that still leak are listed, each with the layout it is; any other leak fails, as
// does more over-masking than measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { redact } = require(path.resolve('pkg') + '/');

/** @type {{ id: string, text: string, spans: { kind: string, start: number, end: number }[], kinds: string[] }[]} */
const records = readFileSync(path.resolve('tests/fixtures/redact-unseen.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** The records that still leak, and why. */
const KNOWN = new Map([
  ['c013', 'a 記号 said after fillers (記号のところは、えー、江戸川って)'],
  ['c056', "a handover's change line (→新）組合 06138218 / 9730-85959)"],
  ['c141', "residents' numbers listed under a mail's subject"],
  ['c154', 'a 記号 said after fillers (記号が、えー、漢字で杉並)'],
  ['g044', 'HTML cells one a line, their columns said after them with one that names nothing (氏名)'],
  ['i138', 'a legend in brackets a line below its row, parted by spaces (上の段：記号　番号　枝番)'],
  ['j045', 'a chat speaker named 社員, a word of employee numbers, before a mistyped value'],
  ['j117', 'a value whose label comes two messages later, in a question about it'],
  ['k011', "a test table's input column, its kind said in a sentence below"],
  ['k089', "diff lines of a CSV whose header stands in the hunk's @@ line"],
  ['k107', "a test table's input column, its kind said in a sentence below"],
  ['l039', 'a 記号 and 番号 said as 「その横が」 and a 枝番 as 「小さい方」'],
  ['m022', 'a 番号 of three digits in a sentence about a payslip (番号は604で)'],
  ['m046', 'a 枝番 of one digit said after an arrow below (7 ← 枝番です)'],
  ['m068', "an old card's line under the new one's, with no labels of its own (旧：134916 大田9 211087)"],
  ['m082', "a family's 番号 and 枝番 listed under one label line (配偶者 907（01）)"],
  ['n013', "a 記号 in quotes and an insurer's number a digit short in English prose"],
  ['n027', "an insured number called a policy no., a word of other insurers' numbers"],
  ['o066', 'a pension number in boxes parted by a dash (［6929］－［969576］)'],
  ['o157', 'a label broken by a page footer (公費負担者番⏎Page 2 of 5⏎号　54403209)'],
  ['p058', 'a corrected row pasted below a quoted table (↓修正後)'],
  ['p064', 'a corrected row pasted below a quoted table (↓修正後)'],
  ['q067', "a pension number and its label both broken by a mailer's line wrap (基礎年⏎金番号 … 7435⏎-467837)"],
  ['q070', "an insurer's number broken by a mailer's line wrap with a sentence going on after it (****⏎70、記号は)"],
  ['r112', 'a 枝番 in brackets named in a question after it (「57」って…枝番ってこっち？)'],
  ['s030', "a form's labels listed first and its values after them, in the same order"],
  ['s048', 'an account number a spreadsheet shows with a thousands comma (355,759)'],
  ['s124', "a form's values listed first and its labels after them, in the same order"],
  ['v055', 'a My Number a digit short echoed back in an error about input.myNumber'],
  ['v081', 'a full-width bango in a JSON error row ("field":"bango","value":"９６６")'],
  ['v097', "insurer numbers as a failing test's Expected and Received under its name"],
  ['v154', "a licence number a digit long in an SQL comment's 旧値 after license_no"],
  ['y041', "a card's number broken over two lines, one digit alone on the second"],
  ['z057', "an operator's read-back of an account the caller gave in two turns (担当：0239258ですね)"],
  ['z073', 'a 枝番 of one digit after っていうのが in a call log'],
  ['z211', "a card's 記号 and 番号 named after them behind an arrow (8801 の 43021 ←記号と番号)"],
  ['z257', "a passport's lower-case letters after a romaji label (pasupooto wa me 1230426)"],
  ['z425', "an OCR'd certificate's 番号 under 保険者, its address line between (保険者⏎　所在地 …⏎　番号　0 1 1 2 4 1 4 8)"],
  ['z700', "a phone number OCR spaced out with o for 0 (o 8 o - 3 8 0 0 - 4 6 3 8)"],
  ['z715', "a kanji 記号 in an OCR box layout with its label under it (横浜港　3O812⏎（記号）)"],
  ['z717', "an e-mail address broken before its @ over a line"],
  ['z775', "a combined label in romaji before values parted by a slash (KIGO/BANGO: ７７/１０２)"],
  ['z806', "an SQL UPDATE's bango with no kigo on its line, named in a comment above"],
  ['z809', "FHIR XML's subscriberId (記号:番号), dependent and the payor's OID"],
  ['z821', "quoted CSV rows with no header, a card among order data"],
  ['z844', "a My Number a digit long in a traceback's local variable, named by the code above"],
  ['z891', "a pension number in English prose two sentences after its word"],
  ['z899', "a licence number OCR'd with l for 1 and its correction, named a sentence above"],
  ['z903', "a fixed-width return file whose insurer and 記号 are glued under a header of single-spaced words"],
  ['z967', "a card sent in chat messages, its word only in a reply after them"],
  ['z1021', "a kanji 記号 between の in a sentence (31136484の警視の40122)"],
  ['z1118', "a number and a 枝番 of one or two digits answering numbered questions (③3, ④00)"],
  ['z1122', "a listing's 枝番 column under the abbreviation ED"],
  ['z1158', "an account sent in two chat messages, quoted (「普通の 6104」…「続きは 135 です」)"],
  ['z1160', "a pension number two lines under its word, spaced 4 6 (3993 838363)"],
  ['z1423', "a phone number sent in two chat messages (090-8866 … 5256)"],
  ['z1448', "a phone number a digit long after 登録番号, its word in the ticket's title"],
  ['z1549', "a FHIR Coverage's subscriberId, dependent and class values, named by JSON keys alone"],
  ['z1552', 'a fixed-width record with glued fields, its layout in a comment of byte ranges'],
  ['z1569', "an HL7 v2 Z-segment of the sender's own (ZI1) holding an insurer's number"],
  ['z1571', 'an OCR 枝番 of two letter Os in brackets after the 番号'],
  ['z1649', "an insurer's number sent in two chat messages a day apart"],
  ['z1708', 'a pension number sent in two messages, the first ending in a hyphen'],
  ['z1799', "a card's first half sent in a chat, unlabelled"],
  ['z1883', 'bank accounts in rows aligned with spaces, their header below'],
  ['z1931', 'a phone number a digit short, in brackets after 折返し先として'],
  ['z1953', 'an e-mail address whose domain was cut off (no dot)'],
  ['z1966', 'kanji digits parted by a katakana ノ, as an old pension book prints them (七八三八ノ四八〇〇三二)'],
  ['z2011', 'kanji digits with 十 said for a 記号 and 番号 by voice input'],
  ['z2059', "a recipient's number broken off while reading it out (743…あ、ちょっと待って…)"],
  ['z2163', 'a pension number second in each row under a heading that names My Number and the pension number'],
  ['z2356', "a recipient's number broken off while reading it out (725……えっと、⏎4931)"],
  ['z2611', 'an OCR-spaced 記号 of kanji and a digit (記 号  南 区 3)'],
  ['z2703', "a 記号 in quotes a line below the question naming it (保険証見たら「淀川1」でした)"],
  ['z2706', "枝番s as typed wrongly, in brackets after the right ones (正 03（入力 04）)"],
  ['z2928', 'an account sent in two chat messages, the first cut off after three digits (口座番号 482 … 途中で送信しちゃった 9157)'],
  ['z3270', "a phone number OCR'd with O for 0 and l for 1 (O776-6l-22O4)"],
  ['z3284', "a recipient's number quoted alone, its label said two sentences later (「受給者番号」とあり)"],
  ['z3410', "recipients' numbers in rows after 同上 standing for the payer's number above (B様 同上／0942227)"],
  ['z3579', "a 枝番 answered alone in a chat (娘：02) under a sentence about 枝番s"],
  ['z3827', "a parent's care insurance numbers after 父 and 母 under their insurer's number (父 0001187723 ／ 母 0001187730)"],
  ['z3901', "an Excel row shifted left under its header, a 記号 where the company's name stood"],
  ['z3906', 'My Numbers glued between a birth date and an amount in a fixed-width record'],
  ['z3946', "a 番号 of one digit in a table keyed by its first cells, one person a column"],
  ['z3955', 'a 番号 of one digit after ばんごう in hiragana'],
  ['z3962', 'My Numbers glued between a sex and birth date and an amount in a fixed-width record'],
  ['z3980', "an account in a row shifted under a spreadsheet's header"],
  ['z4069', "a card's parts described by where they stand on it (真ん中に 7250 と 88, その横に小さく 01), named in an answer below"],
  ['z4197', 'a 番号 of two digits recognised from speech by an answering machine (認識結果「にー、ごー」)'],
  ['z4241', "an insurer's number read out a digit short, then whole, after ……あ、違う、最後にもう1けた"],
  ['z4243', "a child's 枝番 in brackets after 娘の分, a line under the family's list"],
  ['z4300', "an HL7 segment of the sender's own holding a card's 番号 and 枝番 after ^"],
  ['z4314', 'a 枝番 called 家族No.'],
  ['z4387', "an insurer's number a line under a sentence about it, and its correction (登録されてるのは 01230117 で、ほんとは 01230119)"],
  ['z4445', "a new 記号 and 番号 in a change log's table, old and new side by side"],
  ['z4522', 'a fixed-width listing whose columns a header names in romaji abbreviations'],
  ['z4525', "BigQuery's JSON rows (\"f\": [{\"v\": …}]), their schema far above"],
  ['z4571', 'pension numbers in an SQL result under a column named in a query above'],
  ['z4590', 'a My Number with digits swapped under a misspelt column (my_nubmer)'],
  ['z4596', "payer numbers in a GROUP BY's result, the column named in the query"],
  ['z4741', 'an account six digits long two lines under its heading, a blank line between (■口座の種類および口座番号⏎普通預金⏎⏎183133)'],
  ['z4773', 'a pension number wrapped by a word processor, its label far before it in the sentence (1986-039⏎884です)'],
  ['z4815', 'a 番号 wrapped by a word processor mid-number, the sentence going on (番号は1769⏎697で)'],
  ['z4827', "a family's 記号 and 枝番 in rows with 同上 in the 番号 column"],
  ['z4946', 'a 記号・番号 after a quoted combined label and a clause (「保険証の記号番号」書く欄あって、1234／56)'],
  ['z4972', 'a 記号 of two kanji words parted by a full-width space (記号は 公立学校　東京 で)'],
  ['z5113', 'a 記号 of kanji alone in prose (記号は 建設 です)'],
  ['z5163', "a card's group said in kanji with place values (七千三百九十二)"],
  ['z5180', 'a 番号 said with a kanji place value (三十)'],
  ['z5181', "an insurer's number dictated a turn after its word, the reading's own value shorter (あーこれか いち よん きゅう …)"],
  ['z5210', 'an account said after a label misheard as 講座, in a transcript without brackets'],
  ['z5223', "a pension number's groups joined by の, the first in kanji with place values"],
  ['z5248', 'a phone number dictated in kana, its word only in ショートメール'],
  ['z5256', "a family member's licence number with no word of its own (家内のも 4510-7475-5531)"],
  ['z5260', 'passport numbers spelt in the NATO alphabet (Tango Romeo five three …)'],
  ['z5278', "a recipient's number dictated after an ordinal (二番目の方 ごろくきゅう…)"],
  ['z5291', "a residence card said with letters' names beside written digits (ディー エム 5589 ぜろごごご ジェー シー)"],
  ['z5360', "a TSV table's second person's column (配偶者) under its 記号 and 番号 rows"],
  ['z5400', 'new values in a change log after v3 (記号：v2（空欄）→ v3 3975)'],
  ['z5540', "an American Express number one digit wrong under 会員番号, a member's number's word"],
  ['z5783', "a 13-digit My Number in a database error's row, its column named a line later"],
  ['z5875', 'a passport number typed in lower case with a space (tk 9975960) in a chat'],
  ['z5996', "a child's 枝番 said after あなたは, a line after the other child's"],
  ['z6261', 'a passport number spelt with letter names in hiragana (てぃー、あーる、はち…)'],
  ['z6366', "a residence card's number OCR read with a letter too many (LG1633733SZJ), its word past an aside"],
  ['z6615', "a child's 枝番 said again in brackets on the next line (末っ子なので 03)"],
  ['z6629', "a 枝番 said again as the subject of a correction (01 は長男)"],
  ['z6665', "a licence's number in 第…号 after an empty 「第　　　号」, its word a sentence before"],
  ['z6712', "an account's corrected number after 先頭の0が抜けてました, its word a message before"],
  ['z7106', "a My Number one digit wrong in a clipboard's history, no word near it"],
  ['z7340', 'a one-kana 記号 in hiragana after a hiragana label (きごうは さ)'],
  ['z7382', "a card's numbers on lines of their own, their labels in the line after them (上から保険者番号、記号、番号)"],
  ['z7386', "a card's number in kanji digits two lines after its word, a member card's word between (カード会員証の控えによると)"],
  ['z7492', "a listing's rows with fields parted by one space under a header parted alike (REC SHAIN  HOKENJA)"],
  ['z7546', "a 記号 said over two turns, the second after the operator's はい"],
  ['z7547', 'a 記号 of a kanji and a spoken digit (記号本、に)'],
  ['z7551', 'a 記号 of a kanji and a spoken digit (記号が港、ごー), and kanji digit groups with fillers between'],
  ['z7590', "a residence card said in letters' names and digits, its word two turns before"],
  ['z7598', 'a 記号 of one spoken word (記号さん)'],
  ['z7610', "a residence card said in letters' names and digits, its word in the turn before"],
  ['z7627', "a residence card's letters and spaced digits said apart, its word in the turn before (K N、3 5 3 0 9 4 3 7、R F)"],
  ['z7636', "a card said four digits a turn, the agent's はい between"],
  ['z7643', 'a My Number said four digits a turn, with timestamps and はい between'],
  ['z7654', 'a 記号 of a letter and digits said apart (記号がア、9、一)'],
  ['z7677', 'a card said in kanji digits over three turns'],
  ['z7857', 'a My Number in kanji digits sent in two chat messages, six digits each'],
  ['z7874', '枝番 listed per child after names (枝番 はると02 めい03)'],
  ['z7935', 'a phone number said with キュー for 9 (ゼロキューゼロの…), read with no label near'],
  ['z8055', "a card's number with an OCR'd l for 1 in Vietnamese (Thẻ em: 438473099284l049)"],
  ['z8091', "insurer numbers after 誤：and 正： for a heading's word"],
  ['z8162', "a pension number a digit long in an SQL error's row, no word for it"],
  ['z8169', "pension numbers in a diff's CSV rows without a header"],
  ['z8186', "a card's number in a URL encoded twice (card%3D…)"],
  ['z8206', "a data frame's right-aligned columns, 枝番 under edaban"],
  ['z8521', "a mobile number glued to a PNR's APM element (819056525234/P1)"],
  ['z8613', "a My Number failing its check, its word in the sentence before"],
  ['z8974', "a residence card's letters said in katakana, a filler between its digits"],
  ['z9008', "a passport's letters said with ・ between (ティー・エス 5547022)"],
  ['z9048', "a My Number's last group after an aside (あ、二回言っちゃった、8051)"],
  ['z9063', "a My Number in kanji groups with ゼロ said in katakana at its end (一六九ゼロ)"],
  ['z9065', "a card's 番号 of one kanji digit said after its word (番号九)"],
  ['z9068', "a My Number said in kana and digits, its word after it"],
  ['z9235', "a card's 記号・番号・枝番 as a transposed table, one column per visit"],
  ['z9266', "a 記号 written vertically, one kanji digit a line"],
  ['z9481', "an unlabelled card sent in two parts after a speaker's >, no times"],
  ['z9666', "a licence number broken over two lines inside 第…号"],
  ['z9682', "an insurer's number spaced by U+3000 with an OCR'd B"],
  ['z9752', "an insurer's number spaced out, a page footer between it and its word"],
  ['z10642', "a My Number's second half after 後半→ in a chat, the first half glued to text"],
  ['z10652', "a My Number's second half after 後半→ in a chat, the first half after a sentence"],
  ['z10850', "a 記号 of a city's name and a digit with a space between (さいたま 7)"],
  ['z11010', "a card's 記号 and 番号 on the line under two public-expense numbers, no word of their own"],
  ['z11088', "a My Number in an old system's fixed-width listing, no header over it"],
  ['z11112', "an account in a zengin-like record with its branch glued before it"],
  ['z11143', "a My Number a digit too long in an old system's listing"],
  ['z12084', "a spare card's number, unlabelled, its last digit smudged (no Luhn)"],
  ['z12432', "an account a digit short in an HTML table, its branch's name on the row above"],
  ['z12564', "a fixed-line number a digit too long (0466-210-0772)"],
  ['z13353', "枝番 listed one a line before their holders (03：長男), under a heading"],
  ['z13472', "a pension number said in hiragana, の between its groups with three spaces each side"],
  ['z14713', "an insurer's number after an ER's shorthand (Hk#)"],
  ['z14776', "an insurer's number after an ER's shorthand (Hk#), a second sheet"],
  ['z15388', "枝番 listed by name in brackets (ゆい=03 そうた=04)"],
  ['z15818', "a 記号 OCR read as kana (記号・番号: 練ま・0891819)"],
  ['z15902', "card numbers after a bare 番号 in rows far under the 記号 that names them"],
  ['z16099', "a family card failing its check after the member's card, on a chat's line"],
  ['z16176', "a My Number written four digits a line, pointed at from below (↑3行で1つの個人番号)"],
  ['z16186', "a My Number heard a digit short, in a list after the first (奥様 2795 8394 653)"],
  ['z17061', "a sibling's card in a full-width row whose 記号 and 番号 the first row's header names far above"],
  ['z17121', "a card failing its check after a member number's value in a list of cards"],
  ['z17161', "a My Number dictated in romaji digits (san nana hachi roku / …)"],
  ['z17182', "a child's My Number failing its check in a table parted by two U+3000"],
  ['z17362', "an insurer's number with its label after it past a space and a bracket (06137054 （保険者番号）)"],
  ['z17365', "a My Number of mixed widths in a chat line under a message that names it"],
  ['z17438', "a card's 番号 corrected in a sentence (番号 64 じゃなくて、番号 176)"],
  ['z17453', "cards failing their check listed by ordinal (1枚目 …)"],
  ['z17617', "a card failing its check in a list parted by ／ after the label"],
  ['z17620', "a spouse's My Number failing its check in a family table with eras"],
  ['z17655', "an OCR slip in the label (受絵者番号)"],
  ['z17697', "a residence card spaced letter by letter under an OCR slip (在留力ード)"],
  ['z17846', "a My Number failing its check in dated rows with an insurer's name after"],
  ['z17862', "a My Number dictated with middle dots between its digits (ご・いち・きゅう…)"],
  ['z17906', "a speech recognizer's kanji for a digit inside written digits (175市079)"],
  ['z17919', "a card dictated in katakana digits with fillers between groups (あの, で)"],
  ['z17937', "a passport's number a digit long after a romaji label (pasupooto wa MS88644203)"],
  ['z17940', "a 記号 said as a number in words (さんぜんななひゃくにじゅうはち)"],
  ['z17947', "a card dictated in katakana digits, its label after it past an arrow"],
  ['z17973', "a passport said letter by letter in katakana (ティー エイチ …)"],
  ['z18005', "a speech recognizer's kanji for digits ending a card (61蜂区)"],
  ['z18009', "a phone number dictated in hiragana groups parted by 、"],
  ['z18022', "a 記号 with a city's name before a slash (横浜6／39117)"],
  ['z18043', "a 記号 of a kana and letters in a transposed Markdown table (イ18 | YM829)"],
  ['z18189', "an account in a fixed-width transfer record with no header"],
  ['z18217', "a residence card with a letter O for a zero under a romaji YAML key"],
  ['z18229', "a 記号's old value in a change log (column=hihokensha_kigo before=67232)"],
  ['z18247', "an account in a diff's removed row of a TSV without its header"],
  ['z18255', "an insurer's number in a diff's removed row of an INSERT whose columns are above the hunk"],
  ['z18302', "a 枝番 in a CSV whose header's columns are named in kanji two lines up"],
  ['z18469', "an account a digit short, corrected in an English chat"],
  ['z18567', "a payer's number under a speaker's name in an English chat"],
  ['z18577', "a recipient's number corrected in an English mail (The correct one might be …)"],
  ['z18655', "a pension number dictated in kana with ハイフン and 、 between each digit"],
  ['z18729', "a list of recipients' numbers with dates after each under a bracketed heading"],
  ['z18746', "a passport with a letter O for a zero in a family list"],
  ['z18823', "枝番 listed by family member (本人00 妻01)"],
  ['z18904', "a second insurer's number in a box-drawn table column"],
  ['z18954', "a payer's number in full-width digits under a header spaced by U+3000 runs"],
  ['z19010', "a card with letter Os for zeros in a fixed-width listing"],
  ['z19054', "a My Number in digit boxes parted by |, one box doubled (|4|8|1|2|1|7||4|…)"],
  ['z19069', "a 記号 in kanji and digits from an OCR'd card (警大 973)"],
  ['z19085', "a 記号 with OCR slips after 言己号 (警大 l7B)"],
  ['z19099', "a card in digit boxes parted by |, a blank box between groups"],
  ['z19104', "a residence card in letter and digit boxes parted by |"],
  ['z19226', "an account under a form's header spaced by U+3000 runs, its 口座番号 two lines above"],
  ['z19293', "a My Number failing its check in an OCR'd list of pages (p.4  6423 6317 0494)"],
  ['z19431', "記号／番号／枝番 after each row's insurer, parted by ／, named once in the title"],
  ['z19523', "a spoken My Number going on over a line break after 、"],
  ['z19535', "a recipient's number named by a legend below (左：負担者番号、右：受給者番号)"],
  ['z19716', "an account with its type after it in brackets (2563047（普通・…）)"],
  ['z19807', "a My Number with an l for a 1 in a list of them (案件…：222443285l67)"],
  ['z19810', "a phone number said in kana, only に電話ください after it"],
  ['z19986', "a My Number a digit too long in a family list (13桁→要確認)"],
  ['z20387', "My Numbers a digit short or failing the check in a staff list (桁不足, チェックデジット不一致)"],
  ['z20720', "a card's middle group corrected alone in a chat (真ん中の6桁…795297)"],
  ['z20778', "a My Number sent in four-digit chat messages, a timestamp over each"],
  ['z20823', "a card's components read back without labels (受付：274811、ア698、76397)"],
  ['z20852', "an audit table's old and new values of kigo and bango fields"],
  ['z20932', "accounts in ISO 20022 XML (<DbtrAcct><Id><Othr><Id>…)"],
  ['z21049', "a card broken over a line end without a hyphen (47736221⏎　43747770)"],
  ['z21098', "a My Number in digit boxes parted by ｜, a box doubled"],
  ['z21193', "a card a digit short in a list of cards"],
  ['z21332', "a 記号 in kanji (豊田) before ` / ` after 記号・番号 with a Vietnamese aside"],
  ['z21517', 'a fixed-line number a digit short (03-543-5191), phones asked for'],
  ['z21586', 'a 記号 said as a kana digit and a written one (記号が、く 3、)'],
  ['z21752', 'a card sent in two mails, its second half first, its kind named after the quoted first half'],
  ['z22136', 'a pension number a digit short before its pension code (基礎年金番号・年金コード　6456-49269 6350)'],
  ['z22687', 'a card said in two quoted halves, the first named by no part word (番号は「51467300」まで…残り「47855578」)'],
  ['z22787', 'a licence number read by OCR with a letter in its 第…号 (第 30l652258940 号)'],
  ['z22837', 'an account in the old formal digits (壱参六四参六四)'],
  ['z22849', 'a pension number in kanji digits joined by a katakana ノ after a katakana label (ネンキン　バンゴウ　二三三九ノ〇七五…)'],
  ['z22880', 'a 記号 and a number said as quantities (記号はね、とお、番号は、さんびゃくにじゅうご)'],
  ['z22912', 'the last of three parts after a bare 下 (上の4けた 4498⏎まん中 7372⏎下 2751)'],
  ['z22917', 'a phone number spoken in one kana string joined by の (まるななまるのななごにろくの…)'],
  ['z22943', 'a fixed-width row\'s 枝番 of two digits under a header of romaji keys'],
  ['z22947', 'a data-quality report\'s value column under a heading that names the kind above it'],
  ['z22954', 'a fixed-width transfer file in half-width kana, its columns named by no header'],
  ['z22956', 'a data-quality result\'s list of unexpected values under its column\'s name'],
  ['z22986', 'a CSV header garbled by a wrong encoding (蜿｣蠎ｧ逡ｪ蜿ｷ)'],
  ['z22996', 'a validation report\'s passport values that fail its pattern (tt7749507, MU126312)'],
  ['z23012', 'spreadsheet cells\' phone numbers in brackets, phones asked for'],
  ['z23035', 'phone numbers with a long-vowel mark or dots for hyphens (０７０ー０６６２ー…, 06.1558.7685), phones asked for'],
  ['z23048', 'a full-width CSV with romaji keys (ＫＩＧＯ), the 記号 in kanji'],
  ['z23062', 'a card said in kana in a JSON transcript\'s text field, its label two records up'],
  ['z23072', 'a card\'s 2-digit number under card_number after a card_symbol of 8 digits'],
  ['z23168', 'a 記号 said with digits and の among fillers (記号が、2 の 1？)'],
  ['z23178', 'a 記号 after its label in hiragana, a kana prefix (きごう→しん12)'],
  ['z23405', 'a passport number with a digit too many, in full width (ＴＫ６３１４１７０５)'],
  ['z23507', 'a later part sent before the quoted first part (後半4桁：2793 … > 個人番号（前半8桁）)'],
  ['z23759', 'an account in two parts an operator asks for in a chat (上3桁をお願いします。⏎お客様：409)'],
  ['z24039', "a mutual-aid card's member number before its 記号 (組合員番号  3781739　記号 KS439)"],
  ['z24068', 'a card sent four digits a message, in quotes, under a line that says so (「4377」)'],
  ['z24102', 'a My Number said in spaced katakana after ハイ エット, its word in the question above'],
  ['z24186', 'the rest of a spoken My Number after a pause and a few words (……ななきゅうごに)'],
  ['z24235', "a My Number's last part after 残りの4桁が, its first read as a card's by a カード above"],
  ['z24481', 'a My Number said aloud a line under the 個人番号 an operator declined to take'],
  ['z24784', "a payer's number said in spaced katakana after 数字で言いますね"],
  ['z24810', 'a 枝番 in a fixed-width row whose header stands far above'],
  ['z24820', "a My Number's second part in a mail whose subject says マイナンバー（後半）"],
  ['z25192', "a card's second half written after （追記）, the first a few lines above"],
  ['z25279', "an account's head said again after さっき言った"],
  ['z25437', "an OCR'd 番号 spaced apart (番 号 385) after a 記号 read as 言己号"],
  ['z25525', "a residence card's number sent in two chat messages of letters and digits (GC3015⏎5231UR)"],
  ['z25600', 'a My Number a screen reader reads one katakana digit a line'],
  ['z25606', "a card read out as written and spoken groups in turn, its word in the operator's question"],
  ['z25649', 'an e-mail address read out in katakana (ヤマダ ドット ケイ アットマーク …)'],
  ['z25667', 'a card in two messages with no word for a card (最初の8桁は …⏎残りは キュウサンハチゴ 6919)'],
  ['z25668', 'a card a screen reader reads with its spaces said (3606 スペース 801859 スペース 5822)'],
  ['z25687', "a passport's letters said in a phonetic alphabet (マイクのエム、ゼブラのゼット、1233280)"],
  ['z25695', 'a phone number said aloud from プラス はちいち'],
  ['z25701', 'a My Number one group a line under a heading with a count in its aside (1グループずつ)'],
  ['z25703', "an account's 番号 a sentence after 当座 (当座で管理しています。番号は …)"],
  ['z25733', "a My Number's last four digits corrected a sentence below (正しくは最後が 5582)"],
  ['z25738', 'a My Number in kanji, written and spoken groups, its word after it (← これが母のマイナンバー)'],
  ['z25745', 'a 枝番 of two digits in a tab-parted table pasted under 記号 番号 枝番'],
  ['z25800', 'a phone number whose leading 0 a spreadsheet dropped (9019658551)'],
  ['z25943', 'an account OCR read with 〓 for a digit it could not read (783〓967)'],
  ['z26000', 'a phone number said aloud after 折り返しは in a voicemail'],
  ['z26021', "a card said aloud a line under the operator's question (番号はお分かりになりますか)"],
]);

const alnum = /[\p{L}\p{N}]/u;

test('the texts of writers who had not seen the engine leak only where listed, and over-mask little', () => {
  const leaking = [];
  let over = 0;
  let other = 0;
  for (const r of records) {
    const out = redact(r.text, { kinds: r.kinds }).text;
    assert.equal(out.length, r.text.length, r.id);
    const inSpan = new Array(r.text.length).fill(false);
    for (const s of r.spans) for (let i = s.start; i < s.end; i++) inSpan[i] = true;
    let leaked = 0;
    for (let i = 0; i < r.text.length; i++) {
      if (!alnum.test(r.text[i])) continue;
      const changed = out[i] !== r.text[i];
      if (inSpan[i] && !changed) leaked++;
      if (!inSpan[i]) {
        other++;
        if (changed) over++;
      }
    }
    if (leaked) leaking.push(r.id);
  }
  const unexpected = leaking.filter((id) => !KNOWN.has(id));
  assert.deepEqual(unexpected, [], `leaks outside the known ones: ${unexpected.join(', ')}`);
  // And the list says only what still leaks.
  const fixed = [...KNOWN.keys()].filter((id) => !leaking.includes(id));
  assert.deepEqual(fixed, [], `listed but no longer leaking: ${fixed.join(', ')}`);
  // Measured: 0.42 % of the other letters and digits of the 30,105 texts (most of
  // it: a card's number column of a point-card export, masked since its header
  // says card; ゆうちょ's 記号 and 番号; unlabelled numbers that pass a card's Luhn
  // check; numbers after a bare 番号 or No.; the numbers of residents' home
  // countries under a word for a licence or an insurance card; 雇用保険's
  // 被保険者番号, masked as a person's insured number, which most writers left
  // unmarked).
  assert.ok(over / other <= 0.005, `over-masked ${((100 * over) / other).toFixed(2)} %`);
});

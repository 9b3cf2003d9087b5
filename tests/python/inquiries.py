"""Generated inquiry texts for the Spark tests and benchmark (bench/spark.py): what a
pharmacy's contact form receives, with labelled My Numbers (valid check digits),
insurer and insured numbers, bank accounts and cards (valid Luhn digits), plain
prose, and nulls. Deterministic: the same seed gives the same rows.

Each row comes with the sensitive values written into it, so that a test can check
that none of them survives masking."""

import random
from typing import List, Optional, Tuple

FULL = str.maketrans("0123456789", "０１２３４５６７８９")

PROSE = [
    "お薬の受け取りについて質問です。",
    "来週の火曜日に伺います。よろしくお願いします。",
    "先日の処方で、飲み合わせが気になる薬がありました。",
    "営業時間を教えてください。駐車場はありますか。",
    "領収書の再発行をお願いできますか。金額は1,200円です。",
    "〒100-0001 東京都千代田区の店舗で受け取りたいです。",
    "2024年4月1日から保険証が変わりました。",
    "ジェネリックに変更できますか。錠剤は1日2回です。",
    "在庫の確認をお願いします。3箱必要です。",
    "電話がつながらなかったのでフォームから連絡しました。",
]


def my_number(rng: random.Random) -> str:
    """Twelve digits whose last is the My Number check digit (番号法施行規則 第5条)."""
    digits = [rng.randrange(10) for _ in range(11)]
    total = sum(d * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(digits), start=1))
    r = total % 11
    return "".join(map(str, digits)) + str(0 if r <= 1 else 11 - r)


def card(rng: random.Random) -> str:
    """Sixteen digits starting 4 whose last is the Luhn check digit."""
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def grouped(digits: str, size: int, sep: str) -> str:
    return sep.join(digits[i : i + size] for i in range(0, len(digits), size))


def sensitive(rng: random.Random) -> Tuple[str, List[str]]:
    """One labelled sensitive value: the sentence and the value as written."""
    kind = rng.randrange(5)
    if kind == 0:
        v = my_number(rng)
        v = rng.choice([grouped(v, 4, " "), grouped(v, 4, "-"), v, v.translate(FULL)])
        label = rng.choice(["マイナンバーは", "個人番号：", "マイナンバー"])
        return f"{label} {v} です。", [v]
    if kind == 1:
        v = f"{rng.choice(['01', '06', '31', '63', '67'])}{rng.randrange(10**6):06d}"
        return f"保険者番号：{v}\n記号 {rng.randrange(1000, 9999)} 番号 {rng.randrange(10, 999)}", [v]
    if kind == 2:
        v = card(rng)
        v = rng.choice([grouped(v, 4, " "), grouped(v, 4, "-"), v])
        return f"カード番号 {v} で支払いました。", [v]
    if kind == 3:
        v = f"{rng.randrange(10**6, 10**7)}"
        return f"返金先の口座番号 普通 {v} にお願いします。", [v]
    v = my_number(rng)
    return f"通知カードの番号 {grouped(v, 4, ' ')} を書きます。", [grouped(v, 4, " ")]


def inquiries(n: int, seed: int = 20261202) -> List[Tuple[Optional[str], List[str]]]:
    """`n` rows: (text or None, the sensitive values in it)."""
    rng = random.Random(seed)
    rows: List[Tuple[Optional[str], List[str]]] = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.02:
            rows.append((None, []))
            continue
        parts = [rng.choice(PROSE)]
        values: List[str] = []
        if roll < 0.6:
            sentence, found = sensitive(rng)
            parts.append(sentence)
            values += found
        if roll < 0.15:
            sentence, found = sensitive(rng)
            parts.append(sentence)
            values += found
        parts.append(rng.choice(PROSE))
        rows.append(("\n".join(parts), values))
    return rows

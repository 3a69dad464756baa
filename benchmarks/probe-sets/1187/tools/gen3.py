"""p1187-3: formal report (UBND tỉnh Long An), martial arts movement 2023, flattened | medal table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LONG AN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 18 tháng 12 năm 2023

BÁO CÁO
Tình hình phát triển phong trào võ cổ truyền năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Phong trào cơ sở
Tính đến ngày 30/11/2023, toàn tỉnh có 134 câu lạc bộ võ cổ truyền, tăng 11 câu lạc bộ so với cuối năm 2022, với 6.870 võ sinh và 212 huấn luyện viên, hướng dẫn viên; trong đó 38 câu lạc bộ hoạt động trong trường học. Có 15/15 huyện, thị xã, thành phố đã thành lập Liên đoàn hoặc Chi hội võ cổ truyền.

2. Thành tích thi đấu
Năm 2023, đội tuyển võ cổ truyền tỉnh tham gia 3 giải quốc gia, giành 31 huy chương, vượt 6 huy chương so với chỉ tiêu được giao. Kết quả cụ thể:
Đơn vị tính: huy chương
Giải đấu | Vàng | Bạc | Đồng | Tổng số
Vô địch quốc gia | 3 | 4 | 6 | 13
Vô địch trẻ quốc gia | 4 | 3 | 5 | 12
Các câu lạc bộ mạnh toàn quốc | 2 | 1 | 3 | 6
Tổng cộng | 9 | 8 | 14 | 31

3. Kinh phí
Tổng kinh phí cho phong trào võ cổ truyền năm 2023 là 2,35 tỷ đồng, bằng 117,5% so với năm 2022; trong đó ngân sách nhà nước 1,6 tỷ đồng, xã hội hóa 750 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu phát triển thêm ít nhất 10 câu lạc bộ, mỗi câu lạc bộ duy trì từ 30 đến 60 võ sinh; đội tuyển tỉnh giành 32 huy chương tại các giải quốc gia, trong đó có 10 HCV.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Vô địch quốc gia", ["3", "4", "6", "13"]),
        ("Vô địch trẻ quốc gia", ["4", "3", "5", "12"]),
        ("Các câu lạc bộ mạnh toàn quốc", ["2", "1", "3", "6"]),
        ("Tổng cộng", ["9", "8", "14", "31"])]
COLS = ["Vàng", "Bạc", "Đồng", "Tổng số"]


def table():
    out = []
    for label, cells in ROWS:
        line = label + " | " + " | ".join(cells)
        prev = label
        for col, cell in zip(COLS, cells):
            lead = prev if prev == label else "| " + prev
            anchor = f"{lead} | {cell}" + ("\n" if col == "Tổng số" else " |")
            row = "giải " + label if label != "Tổng cộng" else "tổng cộng"
            subject = f"huy chương {col.lower()} {row}"
            out.append(F(anchor, cell, int(cell), "count", "huy chương", subject=subject, period=I(Y23)))
            prev = cell
    return out


FIGS = [
    F("có 134 câu lạc bộ", "134", 134, "count", "câu lạc bộ",
      change=C("increase", 11, "câu lạc bộ", "cuối năm 2022"), subject="câu lạc bộ võ cổ truyền", period=ASOF),
    F("với 6.870 võ sinh", "6.870", 6870, "count", "võ sinh", subject="võ sinh của các câu lạc bộ võ cổ truyền",
      period=ASOF),
    F("212 huấn luyện viên", "212", 212, "count", "huấn luyện viên, hướng dẫn viên",
      subject="huấn luyện viên, hướng dẫn viên võ cổ truyền", period=ASOF),
    F("trong đó 38 câu lạc bộ", "38", 38, "count", "câu lạc bộ", total=134,
      subject="câu lạc bộ võ cổ truyền hoạt động trong trường học", period=ASOF),
    F("15/15", "15", 15, "count", "huyện, thị xã, thành phố", total=15,
      subject="huyện, thị xã, thành phố đã thành lập Liên đoàn hoặc Chi hội võ cổ truyền"),
    F("tham gia 3 giải", "3", 3, "count", "giải", subject="giải quốc gia đội tuyển võ cổ truyền tỉnh tham gia",
      period=Y23),
    F("giành 31 huy chương", "31", 31, "count", "huy chương",
      change=C("increase", 6, "huy chương", "chỉ tiêu được giao"),
      subject="huy chương đội tuyển võ cổ truyền tỉnh giành tại các giải quốc gia", period=Y23),
] + table() + [
    F("là 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", percent=117.5,
      subject="tổng kinh phí cho phong trào võ cổ truyền", period=Y23b),
    F("nước 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", total=2.35e9,
      subject="kinh phí từ ngân sách nhà nước cho phong trào võ cổ truyền", period=Y23b),
    F("hóa 750 triệu", "750", 750e6, "money", "đồng", total=2.35e9,
      subject="kinh phí xã hội hóa cho phong trào võ cổ truyền", period=Y23b),
    F("ít nhất 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ", approx="at_least", status="target",
      subject="câu lạc bộ võ cổ truyền phát triển thêm", period=Y24),
    F("từ 30 đến 60", "30", 30, "measure", "võ sinh/câu lạc bộ", value_max=60, status="target",
      subject="võ sinh mỗi câu lạc bộ duy trì", period=Y24),
    F("giành 32 huy chương", "32", 32, "count", "huy chương", status="target",
      subject="huy chương đội tuyển tỉnh giành tại các giải quốc gia", period=Y24),
    F("có 10 HCV", "10", 10, "count", "HCV", total=32, status="target",
      subject="HCV đội tuyển tỉnh giành tại các giải quốc gia", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH LONG AN', 'Số: 318/BC-UBND', 'Long An, ngày 18 tháng 12 năm 2023' (published).",
    "Distractors: Số: 318/BC-UBND, section numbers I./II./1.-3., 'Lưu: VT, KGVX', 'KT. CHỦ TỊCH'.",
    "'trong đó 38 câu lạc bộ' takes the whole 134 (same noun), not 212 huấn luyện viên standing right before the cue.",
    "'vượt 6 huy chương so với chỉ tiêu được giao' is a gap to a plan: change +6 huy chương, baseline the plan (FIGURES.md §3).",
    "Flattened '|' table, 'Đơn vị tính: huy chương': row = tournament, column = medal colour; subject = column + row label;",
    "period 'Năm 2023' of the sentence before the table (inherited); cells get no totals; the Tổng số column and Tổng cộng row are figures.",
    "'bằng 117,5% so với năm 2022' is a share after 'bằng' → percent attribute. Section II targets inherit 'PHƯƠNG HƯỚNG NĂM 2024'.",
    "revised after the first run: 6.870 võ sinh subject 'võ sinh' (the unit only) → 'võ sinh của các câu lạc bộ võ cổ truyền' (the sentence says",
    "whose students they are); '10 HCV' subject 'huy chương vàng …' → 'HCV …' as the text writes it (as in every other medal figure of the set).",
    "'mỗi câu lạc bộ duy trì từ 30 đến 60 võ sinh' is a per-club range: measure, unit võ sinh/câu lạc bộ.",
]

if __name__ == "__main__":
    write("p1187-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Long An")

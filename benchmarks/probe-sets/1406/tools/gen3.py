"""p1406-3: formal report (UBND tỉnh Gia Lai, Số: 486/BC-UBND), flattened '|' table of rates by district."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """UBND TỈNH GIA LAI
Số: 486/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án tăng cường tiếng Việt cho trẻ mầm non, học sinh tiểu học vùng dân tộc thiểu số năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô, đội ngũ
Năm 2023, toàn tỉnh có 68.412 trẻ mầm non, trong đó trẻ dân tộc thiểu số là 35.270 trẻ, chiếm 51,6%; học sinh tiểu học dân tộc thiểu số có 79.180 em. Có 1.940 giáo viên mầm non, tiểu học là người dân tộc thiểu số; 612 giáo viên người Kinh đã được bồi dưỡng tiếng Jrai, tiếng Bahnar, đạt 102% kế hoạch. Kinh phí thực hiện Đề án năm 2023 là 6,85 tỷ đồng, tăng 11,4% so với năm 2022.

2. Tỷ lệ trẻ mẫu giáo 5 tuổi người dân tộc thiểu số nói thạo tiếng Việt
Đơn vị tính: %
Đơn vị | Năm 2022 | Năm 2023 | Kế hoạch 2025
Huyện Kbang | 91,4 | 94,0 | 98
Huyện Chư Păh | 88,7 | 92,3 | 97
Huyện Krông Pa | 85,2 | 89,6 | 96
Toàn tỉnh | 92,8 | 95,1 | 98,5

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% trẻ mẫu giáo 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1; mở 30 lớp bồi dưỡng tiếng Jrai, tiếng Bahnar cho khoảng 900 cán bộ, giáo viên; dự kiến kinh phí 7,2 tỷ đồng.

Nơi nhận:
- Bộ Giáo dục và Đào tạo (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = year("Năm 2023", 2023)
Y23b = year("năm 2023", 2023)
Y24 = year("NĂM 2024", 2024)
COLS = {"Năm 2022": year("Năm 2022", 2022), "Năm 2023": year("Năm 2023", 2023),
        "Kế hoạch 2025": year("Kế hoạch 2025", 2025)}
IND = "tỷ lệ trẻ mẫu giáo 5 tuổi người dân tộc thiểu số nói thạo tiếng Việt"


def cell(anchor, number, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    v = float(number.replace(",", "."))
    return fig(anchor, number, v, "percent", "%", subject=f"{IND} {col.lower()}", period=COLS[col],
               location=place, **kw)


ROWS = [("Huyện Kbang", "Kbang", ["91,4", "94,0", "98"]), ("Huyện Chư Păh", "Chư Păh", ["88,7", "92,3", "97"]),
        ("Huyện Krông Pa", "Krông Pa", ["85,2", "89,6", "96"]), ("Toàn tỉnh", "Gia Lai", ["92,8", "95,1", "98,5"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    fig("có 68.412 trẻ", "68.412", 68412, "count", "trẻ", subject="trẻ mầm non", period=Y23),
    fig("là 35.270 trẻ", "35.270", 35270, "count", "trẻ", total=68412, percent=51.6,
        subject="trẻ dân tộc thiểu số", period=Y23),
    fig("có 79.180 em", "79.180", 79180, "count", "em", subject="học sinh tiểu học dân tộc thiểu số", period=Y23),
    fig("Có 1.940 giáo viên", "1.940", 1940, "count", "giáo viên",
        subject="giáo viên mầm non, tiểu học là người dân tộc thiểu số", period=inh(Y23)),
    fig("; 612 giáo viên", "612", 612, "count", "giáo viên", percent=102,
        subject="giáo viên người Kinh đã được bồi dưỡng tiếng Jrai, tiếng Bahnar", period=inh(Y23)),
    fig("là 6,85 tỷ", "6,85", 6.85e9, "money", "đồng", change=chg("increase", 11.4, "%", "năm 2022"),
        subject="kinh phí thực hiện Đề án", period=Y23b),
] + CELLS + [
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trẻ mẫu giáo 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt trước khi vào lớp 1",
        period=inh(Y24)),
    fig("mở 30 lớp", "30", 30, "count", "lớp", status="target", subject="lớp bồi dưỡng tiếng Jrai, tiếng Bahnar",
        period=inh(Y24)),
    fig("khoảng 900 cán bộ", "900", 900, "count", "cán bộ, giáo viên", approx="about", status="target",
        subject="cán bộ, giáo viên được bồi dưỡng tiếng Jrai, tiếng Bahnar", period=inh(Y24)),
    fig("kinh phí 7,2 tỷ", "7,2", 7.2e9, "money", "đồng", status="forecast",
        subject="kinh phí", period=inh(Y24)),
]

NOTES = [
    "Formal report: 'UBND TỈNH GIA LAI', 'Số: 486/BC-UBND', 'Gia Lai, ngày 20 tháng 12 năm 2023', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: the document number, the letterhead date, section numbers, 'lớp 1', 'trẻ mẫu giáo 5 tuổi' (age label), '(b/c)'.",
    "Flattened '|' table, 'Đơn vị tính: %', rows are districts + 'Toàn tỉnh': the place goes to location (Gia Lai for the total row),",
    "subject = caption indicator + column label; period from column headers; 'Kế hoạch 2025' -> target. Cells get no total.",
    "'35.270 trẻ, chiếm 51,6%' after 'trong đó' -> total 68.412 and percent 51,6. '79.180 em' (primary pupils) is not a part of the preschool whole.",
    "'612 giáo viên ..., đạt 102% kế hoạch' -> percent 102. Section II sentences inherit 'NĂM 2024' from the heading (not scored);",
    "'Phấn đấu' governs the first clauses (target); 'dự kiến kinh phí 7,2 tỷ đồng' has its own cue -> forecast.",
]

if __name__ == "__main__":
    write("p1406-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Gia Lai")

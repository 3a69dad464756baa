"""p1250-3: formal report (UBND tỉnh Quảng Nam): network of special-purpose hydro-met stations 2024, '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý, vận hành mạng lưới trạm quan trắc khí tượng thủy văn chuyên dùng năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Mạng lưới trạm
Đến ngày 30/11/2024, toàn tỉnh có 228 trạm quan trắc khí tượng thủy văn tự động, trong đó 61 trạm do các chủ hồ chứa thủy điện, thủy lợi đầu tư theo Nghị định số 38/2016/NĐ-CP. Năm 2024 lắp mới 37 trạm, vượt 8,8% kế hoạch.

Đơn vị tính: trạm
TT | Loại trạm | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Trạm đo mưa tự động | 142 | 168 | 190
2 | Trạm đo mực nước tự động | 37 | 45 | 52
3 | Trạm khí tượng tự động | 12 | 15 | 18
 | Tổng cộng | 191 | 228 | 260

2. Vận hành, khai thác số liệu
Năm 2024, tỷ lệ trạm hoạt động ổn định đạt 94,3% (chỉ tiêu đề ra là 95%). Số liệu được chia sẻ cho 18 huyện, thị xã, thành phố và 241 xã, phường, thị trấn qua Hệ thống giám sát thiên tai của tỉnh. Kinh phí duy tu, bảo dưỡng năm 2024 ước đạt 3,45 tỷ đồng, bằng 92% dự toán được giao.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ trạm hoạt động ổn định đạt trên 96%; lắp mới 22 trạm đo mưa tại các huyện Nam Trà My, Bắc Trà My, Phước Sơn. Kinh phí dự kiến khoảng 4,2 tỷ đồng.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Hưng
"""

ASOF = period("Đến ngày 30/11/2024", None, "2024-11-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", period("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Trạm đo mưa tự động", ["142", "168", "190"]),
        ("Trạm đo mực nước tự động", ["37", "45", "52"]),
        ("Trạm khí tượng tự động", ["12", "15", "18"]),
        ("Tổng cộng", ["191", "228", "260"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        kw = {"status": st} if st else {}
        CELLS.append(F(anchor, n, int(n), "count", "trạm", subject=f"{label.lower()} {col}", per=per, **kw))
        prev = n

FIGS = [
    F("có 228 trạm", "228", 228, "count", "trạm", subject="trạm quan trắc khí tượng thủy văn tự động",
      per=ASOF),
    F("trong đó 61 trạm", "61", 61, "count", "trạm", total=228,
      subject="trạm do các chủ hồ chứa thủy điện, thủy lợi đầu tư", per=ASOF),
    F("lắp mới 37 trạm", "37", 37, "count", "trạm", change=change("increase", 8.8, "%", "kế hoạch"),
      subject="trạm lắp mới", per=Y24),
] + CELLS + [
    F("đạt 94,3%", "94,3", 94.3, "percent", "%", target=target(95, "%", False),
      subject="tỷ lệ trạm hoạt động ổn định", per=Y24),
    F("cho 18 huyện", "18", 18, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố được chia sẻ số liệu"),
    F("241 xã", "241", 241, "count", "xã, phường, thị trấn",
      subject="xã, phường, thị trấn được chia sẻ số liệu"),
    F("ước đạt 3,45 tỷ", "3,45", 3.45e9, "money", "đồng", percent=92, status="estimate",
      subject="kinh phí duy tu, bảo dưỡng", per=Y24b),
    F("trên 96%", "96", 96, "percent", "%", approx="over", status="target",
      subject="tỷ lệ trạm hoạt động ổn định", per=inherit(Y25)),
    F("lắp mới 22 trạm", "22", 22, "count", "trạm", status="target", subject="trạm đo mưa lắp mới",
      per=inherit(Y25)),
    F("khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí", per=inherit(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NAM', 'Số: 215/BC-UBND', 'Quảng Nam, ngày 18 tháng 12 năm 2024' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: Số 215/BC-UBND, Nghị định số 38/2016/NĐ-CP, section numbers I., II., 1., 2., table row numbers 1-3, 'Lưu: VT, KTN'.",
    "Flattened '|' table, 'Đơn vị tính: trạm': every numeric cell a figure; subject = row + column label; period from the column;",
    "  'Kế hoạch 2025' column -> target. Table cells get no total. Sums check: 142+37+12 = 191, 168+45+15 = 228, 190+52+18 = 260.",
    "'Đến ngày 30/11/2024' is an as-of date for 228 and 61 (trong đó -> total 228).",
    "'lắp mới 37 trạm, vượt 8,8% kế hoạch': a gap to plan is a change (increase 8.8%, baseline kế hoạch).",
    "'đạt 94,3% (chỉ tiêu đề ra là 95%)' -> target 95. 'bằng 92% dự toán' after an amount -> percent 92; 'ước đạt' -> estimate.",
    "Section II 'NHIỆM VỤ NĂM 2025' is a heading: period inherited. 'Phấn đấu' governs both ';' clauses (target);",
    "  'Kinh phí dự kiến' has its own cue (forecast). 22 trạm in three districts: location stays Quảng Nam.",
    "18 huyện / 241 xã: counts of the province's own units, location Quảng Nam, no period stated.",
]

if __name__ == "__main__":
    write("p1250-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Quảng Nam")

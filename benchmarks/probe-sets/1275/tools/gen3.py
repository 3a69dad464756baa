"""p1275-3: formal report (UBND tỉnh Thái Nguyên): lactation rooms at workplaces 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI NGUYÊN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện Kế hoạch số 86/KH-UBND về hỗ trợ xây dựng phòng vắt, trữ sữa tại nơi làm việc năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Công tác tuyên truyền
Các cấp công đoàn đã tổ chức 126 buổi truyền thông về nuôi con bằng sữa mẹ với khoảng 8.400 lượt người tham gia; in, cấp phát 15 nghìn tờ rơi.

2. Xây dựng phòng vắt, trữ sữa
Năm 2024 ước có 119 phòng vắt, trữ sữa tại nơi làm việc, tăng 22 phòng so với năm 2023, đạt 95,2% kế hoạch (kế hoạch 125 phòng). Kinh phí hỗ trợ từ ngân sách tỉnh và Quỹ Bảo trợ trẻ em là 640 triệu đồng, mức hỗ trợ từ 5 đến 7 triệu đồng/phòng. Số lao động nữ được hưởng lợi khoảng 27.500 người, chiếm 31% tổng số lao động nữ trong các doanh nghiệp trên địa bàn.

Bảng: Số phòng vắt, trữ sữa tại nơi làm việc
Đơn vị tính: phòng
Khối | Năm 2022 | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Doanh nghiệp trong KCN | 46 | 58 | 71 | 85
Doanh nghiệp ngoài KCN | 21 | 27 | 33 | 40
Cơ quan, đơn vị sự nghiệp | 9 | 12 | 15 | 18
Tổng cộng | 76 | 97 | 119 | 143

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu xây dựng mới ít nhất 24 phòng, nâng tổng số lên 143 phòng; 100% khu công nghiệp có ít nhất một phòng vắt, trữ sữa dùng chung cho các doanh nghiệp nhỏ.

Nơi nhận:
- Bộ Y tế;
- Thường trực Tỉnh ủy;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Minh Quân
"""

Y24H = per("NĂM 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25H = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Doanh nghiệp trong KCN", ["46", "58", "71", "85"]),
        ("Doanh nghiệp ngoài KCN", ["21", "27", "33", "40"]),
        ("Cơ quan, đơn vị sự nghiệp", ["9", "12", "15", "18"]),
        ("Tổng cộng", ["76", "97", "119", "143"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "phòng",
                         subject=f"phòng vắt, trữ sữa {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("tổ chức 126 buổi", "126", 126, "count", "buổi",
        subject="buổi truyền thông về nuôi con bằng sữa mẹ", period=inh(Y24H)),
    fig("khoảng 8.400 lượt", "8.400", 8400, "count", "lượt người", approx="about",
        subject="lượt người tham gia truyền thông", period=inh(Y24H)),
    fig("15 nghìn tờ rơi", "15", 15000, "count", "tờ rơi", subject="tờ rơi in, cấp phát",
        period=inh(Y24H)),
    fig("ước có 119 phòng", "119", 119, "count", "phòng", status="estimate",
        change=chg("increase", 22, "phòng", "năm 2023"), percent=95.2, target=tgt(125, "phòng"),
        subject="phòng vắt, trữ sữa tại nơi làm việc", period=Y24),
    fig("là 640 triệu", "640", 640e6, "money", "đồng",
        subject="kinh phí hỗ trợ từ ngân sách tỉnh và Quỹ Bảo trợ trẻ em", period=inh(Y24)),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/phòng", value_max=7e6,
        subject="mức hỗ trợ mỗi phòng", period=inh(Y24)),
    fig("khoảng 27.500 người", "27.500", 27500, "count", "người", approx="about", percent=31,
        subject="lao động nữ được hưởng lợi", period=inh(Y24)),
] + CELLS + [
    fig("ít nhất 24 phòng", "24", 24, "count", "phòng", approx="at_least", status="target",
        subject="phòng vắt, trữ sữa xây dựng mới", period=inh(Y25H)),
    fig("lên 143 phòng", "143", 143, "count", "phòng", status="target",
        subject="tổng số phòng vắt, trữ sữa", period=inh(Y25H)),
    fig("100% khu công nghiệp", "100", 100, "percent", "%", status="target",
        subject="khu công nghiệp có phòng vắt, trữ sữa dùng chung", period=inh(Y25H)),
    fig("ít nhất một phòng", "một", 1, "count", "phòng", approx="at_least", status="target",
        subject="phòng vắt, trữ sữa dùng chung mỗi khu công nghiệp", period=inh(Y25H), optional=True),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI NGUYÊN', 'Số: 412/BC-UBND', 'Thái Nguyên, ngày 18 tháng 12 năm 2024', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, 'Kế hoạch số 86/KH-UBND', section numbers, years in headings and column headers, 'Lưu: VT, VX'.",
    "Section I heading 'NĂM 2024' is the period of its paragraphs (another line: inherited). '15 nghìn tờ rơi' = 15000.",
    "'ước có 119 phòng ..., tăng 22 phòng so với năm 2023, đạt 95,2% kế hoạch (kế hoạch 125 phòng)': estimate, change 22 phòng,",
    "percent 95.2, target 125 (the plan in brackets is an attribute, not a figure).",
    "Flattened '|' table, 'Đơn vị tính: phòng': 16 cells, subject = caption + row + column; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total. Row labels are not places.",
    "Section II: 'Phấn đấu' governs the whole sentence (target). 'ít nhất một phòng' is the criterion of the 100%: optional.",
]

if __name__ == "__main__":
    write("p1275-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Thái Nguyên")

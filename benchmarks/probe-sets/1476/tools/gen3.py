"""p1476-3: formal report (UBND tỉnh Hà Nam): stationery and art-supplies industry 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ NAM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                 Độc lập - Tự do - Hạnh phúc
Số: 42/BC-UBND                   Hà Nam, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển ngành sản xuất văn phòng phẩm, họa cụ năm 2024 và nhiệm vụ năm 2025

Thực hiện Kế hoạch số 1128/KH-UBND ngày 22/8/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, giá trị sản xuất ngành văn phòng phẩm, họa cụ ước đạt 1.260 tỷ đồng, tăng 9,6% so với năm 2023, đạt 102,4% kế hoạch. Sản lượng một số sản phẩm chủ yếu như sau:

Đơn vị tính: triệu sản phẩm
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Bút sáp màu | 31,4 | 35,2 | 112,1 | 38,0
Bút chì màu | 18,6 | 19,3 | 103,8 | 21,0
Màu nước, màu bột | 9,8 | 11,5 | 117,3 | 12,5
Tổng cộng | 59,8 | 66,0 | 110,4 | 71,5

2. Doanh nghiệp, lao động
Đến ngày 31/12/2024, toàn tỉnh có 23 cơ sở sản xuất họa cụ, tăng 4 cơ sở so với năm 2023, tập trung tại thị xã Duy Tiên (9 cơ sở) và huyện Thanh Liêm (6 cơ sở), thu hút 2.950 lao động.

3. Hạn chế
Qua kiểm tra 35 cơ sở kinh doanh, lực lượng quản lý thị trường phát hiện 6 cơ sở bán bút sáp màu, màu nước không rõ nguồn gốc, xử phạt 48,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu giá trị sản xuất toàn ngành đạt khoảng 1.380 tỷ đồng; thu hút thêm ít nhất 2 dự án sản xuất màu vẽ, bút màu.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hòa
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SEC24 = per("NĂM 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
SEC25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("so với cùng kỳ", inh(per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")), None),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Bút sáp màu", ["31,4", "35,2", "112,1", "38,0"]),
        ("Bút chì màu", ["18,6", "19,3", "103,8", "21,0"]),
        ("Màu nước, màu bột", ["9,8", "11,5", "117,3", "12,5"]),
        ("Tổng cộng", ["59,8", "66,0", "110,4", "71,5"])]

CELLS = []
for label, nums in ROWS:
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        anchor = f"{label} | {n}" if i == 0 else (f"| {n}\n" if i == len(nums) - 1 else f"| {n} |")
        x = float(n.replace(",", "."))
        kw = {"status": st} if st else {}
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, x, "percent", "%", subject=f"sản lượng {label.lower()} so với cùng kỳ",
                             period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, x * 1e6, "count", "sản phẩm", subject=f"sản lượng {label.lower()} {col}",
                             period=p, **kw))

FIGS = [
    fig("ước đạt 1.260 tỷ", "1.260", 1260e9, "money", "đồng", status="estimate", percent=102.4,
        change=chg("increase", 9.6, "%", "năm 2023"),
        subject="giá trị sản xuất ngành văn phòng phẩm, họa cụ", period=Y24),
] + CELLS + [
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", change=chg("increase", 4, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất họa cụ", period=ASOF),
    fig("(9 cơ sở)", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất họa cụ", period=ASOF, location="Duy Tiên"),
    fig("(6 cơ sở)", "6", 6, "count", "cơ sở", subject="cơ sở sản xuất họa cụ", period=ASOF, location="Thanh Liêm"),
    fig("hút 2.950 lao động", "2.950", 2950, "count", "lao động", subject="lao động các cơ sở sản xuất họa cụ thu hút",
        period=ASOF),
    fig("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở", subject="cơ sở kinh doanh được kiểm tra", period=inh(SEC24)),
    fig("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở bán bút sáp màu, màu nước không rõ nguồn gốc", period=inh(SEC24)),
    fig("xử phạt 48,5 triệu", "48,5", 48.5e6, "money", "đồng", subject="tiền xử phạt", period=inh(SEC24)),
    fig("khoảng 1.380 tỷ", "1.380", 1380e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất toàn ngành", period=inh(SEC25)),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất màu vẽ, bút màu thu hút thêm", period=inh(SEC25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ NAM', 'Số: 42/BC-UBND', 'Hà Nam, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 42/BC-UBND, 'Kế hoạch số 1128/KH-UBND ngày 22/8/2023', section numbers, 'Lưu: VT, KT', the letterhead date.",
    "1.260 tỷ: estimate, change 9,6% (năm 2023), 'đạt 102,4% kế hoạch' → percent attribute.",
    "Flattened '|' table, 'Đơn vị tính: triệu sản phẩm': every cell a figure; subject = 'sản lượng' + row + column label;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; period from column headers (scored).",
    "'So với cùng kỳ (%)' cells are percents (value as written, the 'triệu' of the unit line does not apply); their header has",
    "no year, so the period (2024) is marked inherited (not scored); no status cue in that header, so actual. Cells get no total.",
    "'Đến ngày 31/12/2024' is an as-of date for the whole sentence; 23 cơ sở: change +4 cơ sở (năm 2023).",
    "'tập trung tại thị xã Duy Tiên (9 cơ sở) và huyện Thanh Liêm (6 cơ sở)' does not add up to 23: no total; places → location.",
    "'phát hiện 6 cơ sở' after 'kiểm tra 35 cơ sở': no part-of cue, no total. Section 3 inherits 'NĂM 2024' from the heading.",
    "Section II targets inherit 'NĂM 2025' from the heading (not scored).",
]

if __name__ == "__main__":
    write("p1476-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hà Nam")

"""p1475-3: formal report (Sở Công Thương Nam Định, Số: 87/BC-SCT): chăn, gối 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NAM ĐỊNH
SỞ CÔNG THƯƠNG
Số: 87/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 10 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất chăn, gối năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, toàn tỉnh có 486 hộ và 9 doanh nghiệp sản xuất chăn bông, ruột chăn, gối; giá trị sản xuất ước đạt 214,5 tỷ đồng, tăng 9,6% so với năm 2023, đạt 102,1% kế hoạch.

2. Sản lượng theo địa phương
Đơn vị tính: nghìn chiếc
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
Huyện Ý Yên | 168,4 | 181,2 | 190
Huyện Nam Trực | 74,6 | 79,3 | 85
Huyện Hải Hậu | 41,0 | 46,5 | 50
Các địa phương khác | 22,8 | 24,0 | 25
Tổng cộng | 306,8 | 331,0 | 350

3. Lao động, thu nhập và quản lý chất lượng
Ngành thu hút khoảng 3.400 lao động, trong đó lao động nữ chiếm 68%; thu nhập bình quân 7,2 triệu đồng/người/tháng, cao hơn 0,6 triệu đồng so với năm 2023. Qua kiểm tra 57 cơ sở, lực lượng quản lý thị trường phát hiện 6 cơ sở sử dụng bông tái chế không rõ nguồn gốc, xử phạt 84 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu giá trị sản xuất năm 2025 đạt 235 tỷ đồng, tăng khoảng 9,6% so với năm 2024; hỗ trợ ít nhất 2 cơ sở xây dựng nhãn hiệu tập thể "Chăn bông Ý Yên"; thực hiện Nghị định số 98/2018/NĐ-CP về liên kết sản xuất.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Kế hoạch và Đầu tư;
- Lưu: VT, QLCN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SEC24 = inh(per("KẾT QUẢ NĂM 2024", "2024-01-01", "2024-12-31"))
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("Huyện Ý Yên", "Ý Yên", ["168,4", "181,2", "190"]),
        ("Huyện Nam Trực", "Nam Trực", ["74,6", "79,3", "85"]),
        ("Huyện Hải Hậu", "Hải Hậu", ["41,0", "46,5", "50"]),
        ("Các địa phương khác", None, ["22,8", "24,0", "25"]),
        ("Tổng cộng", None, ["306,8", "331,0", "350"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            p, st = COLS[col]
            kw = {"status": st} if st else {}
            if place:
                kw["location"] = place
                subj = f"sản lượng chăn, gối {col}"
            else:
                subj = f"sản lượng chăn, gối {label.lower()} {col}"
            v = float(n.replace(",", ".")) * 1e3
            out.append(fig(f"{prev} | {n}", n, v, "count", "chiếc", subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 486 hộ", "486", 486, "count", "hộ", subject="hộ sản xuất chăn bông, ruột chăn, gối", period=Y24),
    fig("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất chăn bông, ruột chăn, gối", period=Y24),
    fig("ước đạt 214,5 tỷ", "214,5", 214.5e9, "money", "đồng", status="estimate", percent=102.1,
        change=chg("increase", 9.6, "%", "năm 2023"), subject="giá trị sản xuất", period=Y24),
] + cells() + [
    fig("khoảng 3.400 lao động", "3.400", 3400, "count", "lao động", approx="about",
        subject="lao động ngành thu hút", period=SEC24),
    fig("chiếm 68%", "68", 68, "percent", "%", subject="lao động nữ", period=SEC24),
    fig("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 0.6e6, "đồng", "năm 2023"), subject="thu nhập bình quân", period=SEC24),
    fig("kiểm tra 57 cơ sở", "57", 57, "count", "cơ sở", subject="cơ sở được kiểm tra", period=SEC24),
    fig("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở sử dụng bông tái chế không rõ nguồn gốc", period=SEC24),
    fig("xử phạt 84 triệu", "84", 84e6, "money", "đồng", subject="tiền xử phạt", period=SEC24),
    fig("đạt 235 tỷ", "235", 235e9, "money", "đồng", status="target",
        change=chg("increase", 9.6, "%", "năm 2024", approx="about"), subject="giá trị sản xuất", period=Y25),
    fig("ít nhất 2 cơ sở", "2", 2, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ xây dựng nhãn hiệu tập thể", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Nam Định - Sở Công Thương, 'Số: 87/BC-SCT', 'Nam Định, ngày 10 tháng 01 năm 2025'),",
    "sections I/II and 1-3, 'Nơi nhận', 'Lưu: VT, QLCN'.",
    "Distractors: 87/BC-SCT, letterhead date, section numbers, Nghị định số 98/2018/NĐ-CP, years in the title.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' (count, unit chiếc, ×1000). Place column: a district row gives its",
    "location; 'Các địa phương khác' and 'Tổng cộng' stay Nam Định and go into the subject. Period from column headers;",
    "'Kế hoạch 2025' → target. Cells get no total.",
    "'đạt 102,1% kế hoạch' → percent attribute of 214,5 tỷ; 'ước đạt' governs only its own clause (486 hộ, 9 DN actual).",
    "Section 3 figures take 2024 from the section heading (inherited, not scored). 'lao động nữ chiếm 68%' has no",
    "base amount of its own: a percent figure. 6 cơ sở after 'Qua kiểm tra 57 cơ sở' has no part-of cue: no total.",
    "Section II 'Phấn đấu' governs the whole sentence: 235 tỷ and 'ít nhất 2 cơ sở' are targets for năm 2025.",
]

if __name__ == "__main__":
    write("p1475-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Nam Định")

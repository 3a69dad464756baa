"""p1449-3: formal report (UBND tỉnh Nam Định), flattened '|' table by place, 2024 results."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển ngành dệt kim, sản xuất tất năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, sản lượng tất, vớ toàn tỉnh ước đạt 74,6 triệu đôi, tăng 9,2% so với năm 2023, vượt 3,6% kế hoạch. Giá trị sản xuất ước đạt 1.420 tỷ đồng.

Bảng 1. Sản lượng tất, vớ theo địa phương
Đơn vị tính: nghìn đôi
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
TP Nam Định | 28.450 | 30.120 | 31.500 | 105,9
Huyện Ý Yên | 19.300 | 22.150 | 24.000 | 114,8
Huyện Nam Trực | 20.570 | 22.330 | 23.500 | 108,6
Tổng cộng | 68.320 | 74.600 | 79.000 | 109,2

2. Lao động, thị trường
Đến cuối năm 2024, toàn ngành có 37 doanh nghiệp và 1.150 hộ sản xuất tất (tăng 5 doanh nghiệp so với năm 2023), sử dụng khoảng 9.400 lao động. Kim ngạch xuất khẩu tất, vớ năm 2024 đạt 46,3 triệu USD, bằng 112% cùng kỳ; trong đó thị trường EU chiếm 38%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng đạt 79 triệu đôi, kim ngạch xuất khẩu đạt 50 triệu USD; hỗ trợ 2 cụm công nghiệp dệt kim theo Nghị quyết số 12/2021/NQ-HĐND.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, SCT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Quang
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
END24 = P("Đến cuối năm 2024", None, "2024-12-31")
Y25 = P("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [
    ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("ước thực hiện 2024", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
    ("so với cùng kỳ", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True), None),
]
ROWS = [
    ("TP Nam Định", "TP Nam Định", ["28.450", "30.120", "31.500", "105,9"]),
    ("Huyện Ý Yên", "Ý Yên", ["19.300", "22.150", "24.000", "114,8"]),
    ("Huyện Nam Trực", "Nam Trực", ["20.570", "22.330", "23.500", "108,6"]),
    ("Tổng cộng", None, ["68.320", "74.600", "79.000", "109,2"]),
]

CELLS = []
for label, place, nums in ROWS:
    for (col, per, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        head = "tổng cộng sản lượng tất, vớ" if label == "Tổng cộng" else "sản lượng tất, vớ"
        if col == "so với cùng kỳ":
            CELLS.append(F(f"| {n}\n", n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"{head} so với cùng kỳ", period=per, **kw))
        else:
            CELLS.append(F(f"| {n} |", n, float(n.replace(".", "")) * 1e3, "count", "đôi",
                           subject=f"{head} {col}", period=per, **kw))

FIGS = [
    F("ước đạt 74,6 triệu", "74,6", 74.6e6, "count", "đôi", status="estimate",
      change=C("increase", 9.2, "%", "năm 2023"), subject="sản lượng tất, vớ toàn tỉnh", period=Y24),
    F("vượt 3,6% kế hoạch", "3,6", 3.6, "percent", "%", status="estimate", optional=True,
      subject="sản lượng tất, vớ toàn tỉnh so với kế hoạch", period=Y24),
    F("ước đạt 1.420 tỷ", "1.420", 1420e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất", period=I(Y24)),
] + CELLS + [
    F("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
      change=C("increase", 5, "doanh nghiệp", "năm 2023"), subject="doanh nghiệp sản xuất tất", period=END24),
    F("và 1.150 hộ", "1.150", 1150, "count", "hộ", subject="hộ sản xuất tất", period=END24),
    F("khoảng 9.400 lao động", "9.400", 9400, "count", "lao động", approx="about",
      subject="lao động toàn ngành sử dụng", period=END24),
    F("đạt 46,3 triệu USD", "46,3", 46.3e6, "money", "USD", percent=112,
      subject="kim ngạch xuất khẩu tất, vớ", period=Y24b),
    F("chiếm 38%", "38", 38, "percent", "%",
      subject="thị trường EU trong kim ngạch xuất khẩu tất, vớ", period=Y24b),
    F("đạt 79 triệu", "79", 79e6, "count", "đôi", status="target", subject="sản lượng", period=Y25),
    F("đạt 50 triệu USD", "50", 50e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu", period=Y25),
    F("hỗ trợ 2 cụm", "2", 2, "count", "cụm công nghiệp", status="target",
      subject="cụm công nghiệp dệt kim được hỗ trợ", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 21/BC-UBND', 'Nam Định, ngày 15 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận'.",
    "Flattened '|' table with 'Đơn vị tính: nghìn đôi' (28.450 = 28 450 000 đôi), a place column (location) and a 'Tổng cộng' row.",
    "Table cells: subject = row head + column label; period from the column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures (index vs the same period); the column names no period and no status cue:",
    "  period 2024 marked inherited (not scored), status actual. Table cells get no total.",
    "'tăng 9,2% ..., vượt 3,6% kế hoạch': the first change is the attribute; the second is its own percent figure (optional, spec §3).",
    "'(tăng 5 doanh nghiệp so với năm 2023)' stands after '1.150 hộ' but names doanh nghiệp: it is the change of '37 doanh nghiệp'.",
    "'Đến cuối năm 2024' is an as-of date (end 2024-12-31). 'bằng 112% cùng kỳ' → percent attribute 112. 'trong đó thị trường EU chiếm 38%' is a percent figure.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target; the year stands in the heading (inherited).",
    "Distractors: 'Số: 21/BC-UBND', the letterhead date, 'Bảng 1.', section numbers I./II./1./2., Nghị quyết số 12/2021/NQ-HĐND, 'Lưu: VT, SCT'.",
]

if __name__ == "__main__":
    write("p1449-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Nam Định")

"""p995-3: Báo cáo UBND tỉnh Bến Tre (formal report, letterhead) — hoa kiểng Tết Giáp Thìn; flattened '|' table."""
from lib import F, P, I, C, T, write

ROWS = [
    ("Chợ Lách", ["1.050", "2.760", "2.650", "610"]),
    ("Mỏ Cày Bắc", ["180", "520", "495", "96"]),
    ("TP Bến Tre", ["110", "330", "320", "74"]),
    ("Các huyện còn lại", ["80", "240", "215", "40"]),
    ("Tổng cộng", ["1.420", "3.850", "3.680", "820"]),
]
TABLE = "\n".join(f"{lab} | " + " | ".join(cells) for lab, cells in ROWS)

TEXT = """UBND TỈNH BẾN TRE
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Bến Tre, ngày 05 tháng 3 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ hoa kiểng Tết Nguyên đán Giáp Thìn

Thực hiện Công văn số 1125/BNN-TT ngày 20/02/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT
Vụ Tết Giáp Thìn, toàn tỉnh xuống giống 3,85 triệu chậu hoa kiểng các loại, tăng 5,3% so với vụ Tết năm trước, đạt 104% kế hoạch; diện tích sản xuất 1.420 ha.

Bảng 1. Sản xuất, tiêu thụ hoa kiểng Tết theo địa phương
Đơn vị tính: diện tích: ha; sản lượng, tiêu thụ: nghìn chậu; doanh thu: tỷ đồng
Địa phương | Diện tích | Sản lượng | Tiêu thụ | Doanh thu
""" + TABLE + """

II. TIÊU THỤ
Tính đến ngày 08/02/2024 (29 tháng Chạp), toàn tỉnh đã tiêu thụ khoảng 3,68 triệu chậu, đạt 95,6% sản lượng; doanh thu ước đạt 820 tỷ đồng, tăng 9,1% so với Tết năm 2023. Giá bán bình quân tăng 5-10% so với năm trước; riêng mai vàng ghép giảm khoảng 15% do nguồn cung lớn. Ngành hoa kiểng thu hút khoảng 12.500 hộ với hơn 30.000 lao động; tiền công lao động thời vụ 250.000-350.000 đồng/ngày. Từ đầu năm đến nay, các doanh nghiệp đã xuất khẩu khoảng 45.000 cây kiểng sang Campuchia, Trung Quốc, trị giá 1,8 triệu USD.

III. NHIỆM VỤ NĂM 2024
1. Phấn đấu duy trì diện tích hoa kiểng trên 1.400 ha.
2. Đến năm 2025 có 40% diện tích hoa kiểng áp dụng tưới tiết kiệm.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

# column: (subject, kind, unit, multiplier)
COLS = [("diện tích hoa kiểng", "measure", "ha", 1),
        ("sản lượng hoa kiểng", "count", "chậu", 1e3),
        ("hoa kiểng tiêu thụ", "count", "chậu", 1e3),
        ("doanh thu hoa kiểng", "money", "đồng", 1e9)]
PLACE = {"Chợ Lách": "Chợ Lách", "Mỏ Cày Bắc": "Mỏ Cày Bắc", "TP Bến Tre": "TP Bến Tre",
         "Các huyện còn lại": "Bến Tre", "Tổng cộng": "Bến Tre"}


def num(s):
    return float(s.replace(".", ""))


FIGS = []
for lab, cells in ROWS:
    prev = lab
    for (subj, kind, unit, mult), cell in zip(COLS, cells):
        if lab == "Các huyện còn lại":
            subj = subj + " các huyện còn lại"
        elif lab == "Tổng cộng":
            subj = "tổng " + subj
        FIGS.append(F(f"{prev} | {cell}", cell, num(cell) * mult, kind, unit, subj, location=PLACE[lab]))
        prev = cell

ASOF = P("Tính đến ngày 08/02/2024", None, "2024-02-08")
N24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-05")
T25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xuống giống 3,85 triệu chậu", "3,85", 3.85e6, "count", "chậu", "chậu hoa kiểng xuống giống",
      change=C("increase", 5.3, baseline="vụ Tết năm trước"), percent=104),
    F("diện tích sản xuất 1.420 ha", "1.420", 1420, "measure", "ha", "diện tích sản xuất hoa kiểng"),
] + FIGS + [
    F("khoảng 3,68 triệu chậu", "3,68", 3.68e6, "count", "chậu", "hoa kiểng tiêu thụ", ASOF, approx="about",
      percent=95.6),
    F("ước đạt 820 tỷ đồng", "820", 820e9, "money", "đồng", "doanh thu hoa kiểng", ASOF, status="estimate",
      change=C("increase", 9.1, baseline="Tết năm 2023")),
    F("tăng 5-10%", "5", 5, "percent", "%", "giá bán bình quân hoa kiểng tăng", value_max=10),
    F("giảm khoảng 15%", "15", 15, "percent", "%", "giá mai vàng ghép giảm", approx="about"),
    F("khoảng 12.500 hộ", "12.500", 12500, "count", "hộ", "hộ tham gia ngành hoa kiểng", approx="about"),
    F("hơn 30.000 lao động", "30.000", 30000, "count", "lao động", "lao động ngành hoa kiểng", approx="over"),
    F("250.000-350.000 đồng/ngày", "250.000", 250000, "money", "đồng/ngày", "tiền công lao động thời vụ",
      value_max=350000),
    F("khoảng 45.000 cây", "45.000", 45000, "count", "cây", "cây kiểng xuất khẩu", YTD, approx="about"),
    F("trị giá 1,8 triệu USD", "1,8", 1.8e6, "money", "USD", "giá trị cây kiểng xuất khẩu", YTD),
    F("trên 1.400 ha", "1.400", 1400, "measure", "ha", "diện tích hoa kiểng duy trì", N24, approx="over",
      status="target"),
    F("có 40% diện tích", "40", 40, "percent", "%", "diện tích hoa kiểng áp dụng tưới tiết kiệm", T25,
      status="target"),
]

COMMENTS = [
    "p995-3 — Báo cáo số 38/BC-UBND của UBND tỉnh Bến Tre, 'Bến Tre, ngày 05 tháng 3 năm 2024' (published = the report's date).",
    "Flattened '|' table with a 'Đơn vị tính:' line giving a unit per column (ha; nghìn chậu; tỷ đồng): every cell is a figure,",
    "district rows give location, 'Các huyện còn lại' and 'Tổng cộng' rows stay Bến Tre; no period in the table (the Tết season",
    "is not a calendar period); table cells get no totals; the text figures (3,85 triệu, 1.420 ha, 820 tỷ) are figures of their own.",
    "'đạt 104% kế hoạch' and 'đạt 95,6% sản lượng' are percent attributes; 'tăng 5-10%', 'giảm khoảng 15%' (no base amount) are percent figures.",
    "'NHIỆM VỤ NĂM 2024' heading gives the inherited period of item 1. Distractors: Số: 38/BC-UBND, Công văn số 1125/BNN-TT ngày 20/02/2024,",
    "'Từ đầu năm đến nay' runs to the report's date; the export partners Campuchia, Trung Quốc are not places of the figures.",
    "'(29 tháng Chạp)', section numbers I.-III., 1.-2., 'Bảng 1.'.",
]

write("p995-3", TEXT, FIGS, COMMENTS, published="2024-03-05", location="Bến Tre")

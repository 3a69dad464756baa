"""p1522-3: formal report (Sở Công Thương Đồng Nai, Số: 186/BC-SCT): sofa 2024, flattened '|' table by place."""
from lib import F, P, inh, C, T, write

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ CÔNG THƯƠNG
Số: 186/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu sofa và ghế bọc nệm năm 2024

I. TÌNH HÌNH CHUNG
Đến ngày 31/12/2024, toàn tỉnh có 87 doanh nghiệp và 214 cơ sở sản xuất sofa, ghế bọc nệm, sử dụng khoảng 21.500 lao động. Năm 2024, kim ngạch xuất khẩu sofa, ghế bọc nệm của tỉnh ước đạt 612 triệu USD, tăng 18,3% so với năm 2023, chiếm 14,2% kim ngạch xuất khẩu đồ gỗ, nội thất; trong đó thị trường Hoa Kỳ chiếm 61%.

II. GIÁ TRỊ SẢN XUẤT THEO ĐỊA BÀN
Đơn vị tính: tỷ đồng
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Biên Hòa | 3.140 | 3.605 | 114,8
Huyện Trảng Bom | 2.285 | 2.690 | 117,7
Huyện Vĩnh Cửu | 940 | 1.012 | 107,7
Các địa bàn khác | 615 | 683 | 111,1
Tổng cộng | 6.980 | 7.990 | 114,5

III. CÔNG TÁC HỖ TRỢ
Trong năm, Sở phối hợp tổ chức 2 đợt xúc tiến thương mại tại Hoa Kỳ và Hàn Quốc với 26 doanh nghiệp tham gia; hỗ trợ 9 cơ sở ứng dụng máy may tự động, tổng kinh phí 1,35 tỷ đồng, trong đó ngân sách tỉnh 720 triệu đồng.

IV. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu giá trị sản xuất ngành đạt 9.000 tỷ đồng, tăng 12,6% so với năm 2024; kim ngạch xuất khẩu đạt 680-700 triệu USD.

Nơi nhận:
- Bộ Công Thương;
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
"""

ASOF = P("Đến ngày 31/12/2024", None, "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INYEAR = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def cell(anchor, number, place, col):
    v = float(number.replace(".", "").replace(",", "."))
    if col == "so với cùng kỳ":
        return F(anchor, number, v, "percent", "%", subject="giá trị sản xuất so với cùng kỳ",
                 period=inh(Y24), location=place)
    per = Y23 if col == "năm 2023" else Y24
    return F(anchor, number, v * 1e9, "money", "đồng", subject=f"giá trị sản xuất {col}", period=per,
             location=place)


ROWS = [("TP Biên Hòa", "Biên Hòa", ["3.140", "3.605", "114,8"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["2.285", "2.690", "117,7"]),
        ("Huyện Vĩnh Cửu", "Vĩnh Cửu", ["940", "1.012", "107,7"]),
        ("Các địa bàn khác", "Đồng Nai", ["615", "683", "111,1"]),
        ("Tổng cộng", "Đồng Nai", ["6.980", "7.990", "114,5"])]
COLS = ["năm 2023", "năm 2024", "so với cùng kỳ"]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        c = cell(f"{prev} | {n}", n, place, col)
        if label == "Các địa bàn khác":
            c["subject"] = c["subject"].replace("giá trị sản xuất", "giá trị sản xuất các địa bàn khác")
        if label == "Tổng cộng":
            c["subject"] = c["subject"].replace("giá trị sản xuất", "tổng cộng giá trị sản xuất")
        CELLS.append(c)
        prev = n

FIGS = [
    F("có 87 doanh nghiệp", "87", 87, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất sofa, ghế bọc nệm",
      period=ASOF),
    F("và 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở sản xuất sofa, ghế bọc nệm", period=ASOF),
    F("khoảng 21.500 lao động", "21.500", 21500, "count", "lao động", approx="about",
      subject="lao động sản xuất sofa, ghế bọc nệm", period=ASOF),
    F("ước đạt 612 triệu", "612", 612e6, "money", "USD", status="estimate", percent=14.2,
      change=C("increase", 18.3, "%", "năm 2023"), subject="kim ngạch xuất khẩu sofa, ghế bọc nệm của tỉnh",
      period=Y24),
    F("Hoa Kỳ chiếm 61%", "61", 61, "percent", "%", status="estimate",
      subject="thị trường Hoa Kỳ trong kim ngạch xuất khẩu", period=Y24),
] + CELLS + [
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", subject="đợt xúc tiến thương mại", period=INYEAR),
    F("với 26 doanh nghiệp", "26", 26, "count", "doanh nghiệp", subject="doanh nghiệp tham gia xúc tiến thương mại",
      period=INYEAR),
    F("hỗ trợ 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở được hỗ trợ ứng dụng máy may tự động",
      period=INYEAR),
    F("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=INYEAR),
    F("tỉnh 720 triệu", "720", 720e6, "money", "đồng", total=1.35e9, subject="ngân sách tỉnh hỗ trợ",
      period=INYEAR),
    F("đạt 9.000 tỷ", "9.000", 9e12, "money", "đồng", status="target", change=C("increase", 12.6, "%", "năm 2024"),
      subject="giá trị sản xuất ngành", period=Y25),
    F("đạt 680-700 triệu", "680", 680e6, "money", "USD", value_max=700e6, status="target",
      subject="kim ngạch xuất khẩu", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI / SỞ CÔNG THƯƠNG', 'Số: 186/BC-SCT', 'Đồng Nai, ngày 15 tháng 01 năm 2025' (published),",
    "sections I-IV, 'Nơi nhận'. Distractors: the document number, the letterhead date, section numbers, 'Lưu: VT, QLCN'.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' -> money cells x10^9; the place column goes to location (TP Biên Hòa, huyện",
    "Trảng Bom, huyện Vĩnh Cửu); 'Các địa bàn khác' and 'Tổng cộng' stay Đồng Nai and keep their label in the subject.",
    "'So với cùng kỳ (%)' cells are percent figures (the ratio is the claim, no change object); the header gives no year, so their",
    "period (năm 2024) is marked inherited. Table cells get no total.",
    "'trong đó thị trường Hoa Kỳ chiếm 61%' is a percent figure of its own (a share with no base amount), estimate like its clause;",
    "Hoa Kỳ is a market, not a place of the figure (location Đồng Nai).",
    "'Trong năm' in an annual report = năm 2024. '720 triệu' after 'trong đó' takes total 1,35 tỷ.",
    "Section IV: 'Năm 2025, phấn đấu ...; kim ngạch xuất khẩu đạt 680-700 triệu USD' -> both target, range.",
]

if __name__ == "__main__":
    write("p1522-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Đồng Nai")

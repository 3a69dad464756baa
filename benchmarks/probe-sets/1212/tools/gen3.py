"""p1212-3: formal report (UBND tỉnh Quảng Ngãi) on 2023 mine action, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Chương trình 504 trên địa bàn tỉnh năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Khảo sát, rà phá bom mìn
Năm 2023, các lực lượng đã khảo sát kỹ thuật 4.520 ha; ước cả năm rà phá làm sạch 1.318 ha đất bị ô nhiễm bom mìn, bằng 105,4% kế hoạch, phát hiện và xử lý 6.274 quả bom, mìn, vật liệu nổ.

2. Kết quả rà phá theo địa bàn
Đơn vị tính: ha
Địa bàn | Kế hoạch năm 2023 | Ước thực hiện năm 2023
Huyện Bình Sơn | 320 | 346
Huyện Sơn Tịnh | 210 | 228
Huyện Nghĩa Hành | 280 | 301
Thị xã Đức Phổ | 440 | 443
Tổng cộng | 1.250 | 1.318

3. Hỗ trợ nạn nhân, giáo dục nguy cơ
Trong năm, trên địa bàn tỉnh xảy ra 3 vụ tai nạn bom mìn, làm 2 người chết, 5 người bị thương. Tỉnh đã hỗ trợ 146 nạn nhân bom mìn, trong đó 38 người được hỗ trợ sinh kế với mức 15 triệu đồng/hộ; tổng kinh phí hỗ trợ 1,9 tỷ đồng. Các đơn vị tổ chức 212 buổi giáo dục nguy cơ bom mìn cho khoảng 18.600 lượt người dân và học sinh.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu rà phá làm sạch từ 1.300 đến 1.500 ha; hoàn thành khảo sát không kỹ thuật tại 100% số xã của 6 huyện miền núi.

Nơi nhận:
- Bộ Quốc phòng (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
INYEAR = P("Trong năm", "2023-01-01", "2023-12-31")
PLAN = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
EST = P("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
CAP = "kết quả rà phá"


def cell(anchor, number, value, row, col):
    plan = col.startswith("Kế hoạch")
    kw = {"status": "target" if plan else "estimate"}
    if row == "Tổng cộng":
        subj = f"{CAP} {col.lower()} tổng cộng"
    else:
        subj = f"{CAP} {col.lower()}"
        kw["location"] = row
    return F(anchor, number, value, "measure", "ha", subject=subj, period=PLAN if plan else EST, **kw)


FIGS = [
    F("kỹ thuật 4.520 ha", "4.520", 4520, "measure", "ha",
      subject="diện tích khảo sát kỹ thuật", period=Y23),
    F("làm sạch 1.318 ha", "1.318", 1318, "measure", "ha", percent=105.4, status="estimate",
      subject="đất bị ô nhiễm bom mìn được rà phá làm sạch", period=Y23),
    F("xử lý 6.274 quả", "6.274", 6274, "count", "quả bom, mìn, vật liệu nổ", status="estimate",
      subject="bom, mìn, vật liệu nổ được phát hiện và xử lý", period=Y23),
    cell("Bình Sơn | 320", "320", 320, "Bình Sơn", "Kế hoạch năm 2023"),
    cell("320 | 346", "346", 346, "Bình Sơn", "Ước thực hiện năm 2023"),
    cell("Sơn Tịnh | 210", "210", 210, "Sơn Tịnh", "Kế hoạch năm 2023"),
    cell("210 | 228", "228", 228, "Sơn Tịnh", "Ước thực hiện năm 2023"),
    cell("Nghĩa Hành | 280", "280", 280, "Nghĩa Hành", "Kế hoạch năm 2023"),
    cell("280 | 301", "301", 301, "Nghĩa Hành", "Ước thực hiện năm 2023"),
    cell("Đức Phổ | 440", "440", 440, "Đức Phổ", "Kế hoạch năm 2023"),
    cell("440 | 443", "443", 443, "Đức Phổ", "Ước thực hiện năm 2023"),
    cell("Tổng cộng | 1.250", "1.250", 1250, "Tổng cộng", "Kế hoạch năm 2023"),
    cell("1.250 | 1.318", "1.318", 1318, "Tổng cộng", "Ước thực hiện năm 2023"),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ tai nạn", subject="vụ tai nạn bom mìn", period=INYEAR),
    F("làm 2 người chết", "2", 2, "count", "người", subject="người chết do tai nạn bom mìn", period=INYEAR),
    F("5 người bị thương", "5", 5, "count", "người", subject="người bị thương do tai nạn bom mìn", period=INYEAR),
    F("hỗ trợ 146 nạn nhân", "146", 146, "count", "nạn nhân",
      subject="nạn nhân bom mìn được hỗ trợ", period=I(INYEAR)),
    F("trong đó 38 người", "38", 38, "count", "người", total=146,
      subject="nạn nhân bom mìn được hỗ trợ sinh kế", period=I(INYEAR)),
    F("mức 15 triệu", "15", 15000000, "money", "đồng/hộ",
      subject="mức hỗ trợ sinh kế", period=I(INYEAR)),
    F("hỗ trợ 1,9 tỷ", "1,9", 1900000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ nạn nhân bom mìn", period=I(INYEAR)),
    F("tổ chức 212 buổi", "212", 212, "count", "buổi",
      subject="buổi giáo dục nguy cơ bom mìn", period=I(INYEAR)),
    F("khoảng 18.600 lượt", "18.600", 18600, "count", "lượt người dân và học sinh", approx="about",
      subject="lượt người dân và học sinh được giáo dục nguy cơ bom mìn", period=I(INYEAR)),
    F("từ 1.300 đến 1.500 ha", "1.300", 1300, "measure", "ha", value_max=1500, status="target",
      subject="diện tích rà phá làm sạch", period=Y24),
    F("tại 100% số xã", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ xã của các huyện miền núi hoàn thành khảo sát không kỹ thuật", period=Y24),
    F("của 6 huyện", "6", 6, "count", "huyện miền núi", optional=True, status="target",
      subject="huyện miền núi"),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH QUẢNG NGÃI', 'Số: 318/BC-UBND', 'Quảng Ngãi, ngày 20 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: ha'; row labels are districts (location), subject = caption + column label; the column",
    "'Kế hoạch năm 2023' gives status target, 'Ước thực hiện năm 2023' estimate; period from the column header. 'Tổng cộng' row = Quảng Ngãi.",
    "'ước cả năm rà phá …, bằng 105,4% kế hoạch, phát hiện và xử lý 6.274 quả' is one continued clause: both estimate; 4.520 ha before ';' is actual.",
    "Distractors: Số: 318/BC-UBND, 'Chương trình 504', section numbers I./II./1.-3., 'TM.', 'KT.'. '6 huyện miền núi' only names the scope (optional).",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the target period (inherited).",
]

if __name__ == "__main__":
    write("p1212-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Quảng Ngãi")

"""p1234-3: formal report (UBND tỉnh Tây Ninh), Núi Bà Đen cable cars 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH TÂY NINH
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tình hình khai thác hệ thống cáp treo tại Khu du lịch quốc gia Núi Bà Đen năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Lượng khách
Năm 2024, Khu du lịch quốc gia Núi Bà Đen đón 5,21 triệu lượt khách, bằng 108,5% kế hoạch, tăng 6,3% so với năm 2023; trong đó khách đi cáp treo khoảng 3,78 triệu lượt, chiếm 72,6%.

2. Lượt khách theo tuyến cáp treo
Đơn vị tính: nghìn lượt khách
Tuyến cáp | Năm 2023 | Năm 2024 | Kế hoạch 2025
Chùa Hang | 1.415 | 1.502 | 1.600
Vân Sơn | 1.688 | 1.826 | 1.950
Tây Bắc | 410 | 452 | 500
Tổng cộng | 3.513 | 3.780 | 4.050

3. Doanh thu và an toàn vận hành
Doanh thu dịch vụ cáp treo đạt 1.326 tỷ đồng, tăng 8,1% so với năm 2023; nộp ngân sách nhà nước 214,6 tỷ đồng. Hệ thống gồm 3 tuyến cáp với tổng chiều dài gần 5.800 m, trong đó tuyến Vân Sơn dài 1.847 m. Trong năm, đơn vị vận hành thực hiện 12 đợt kiểm định định kỳ, tổ chức hai cuộc diễn tập cứu hộ trên cao; không xảy ra sự cố mất an toàn.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu đón 5,6 triệu lượt khách, trong đó khách đi cáp treo 4,05 triệu lượt; doanh thu dịch vụ cáp treo từ 1.400 đến 1.450 tỷ đồng; 100% nhân viên vận hành được huấn luyện an toàn định kỳ.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TITLE = P("năm 2024", "2024-01-01", "2024-12-31")
INYEAR = P("Trong năm", "2024-01-01", "2024-12-31")
PLAN = I(P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31"))
COLS = {"Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31"),
        "Kế hoạch 2025": P("Kế hoạch 2025", "2025-01-01", "2025-12-31")}


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    label = "tổng cộng" if row == "Tổng cộng" else f"tuyến cáp {row}"
    return F(anchor, number, float(number.replace(".", "")) * 1000, "count", "lượt khách",
             subject=f"lượt khách {label} {col.lower()}", period=COLS[col], **kw)


FIGS = [
    F("đón 5,21 triệu", "5,21", 5210000, "count", "lượt khách", percent=108.5,
      change=C("increase", 6.3, "%", "năm 2023"),
      subject="lượt khách Khu du lịch quốc gia Núi Bà Đen đón", period=Y24),
    F("khoảng 3,78 triệu", "3,78", 3780000, "count", "lượt", approx="about", total=5210000, percent=72.6,
      subject="khách đi cáp treo", period=Y24),
    cell("Chùa Hang | 1.415", "1.415", "Chùa Hang", "Năm 2023"),
    cell("1.415 | 1.502", "1.502", "Chùa Hang", "Năm 2024"),
    cell("1.502 | 1.600", "1.600", "Chùa Hang", "Kế hoạch 2025"),
    cell("Vân Sơn | 1.688", "1.688", "Vân Sơn", "Năm 2023"),
    cell("1.688 | 1.826", "1.826", "Vân Sơn", "Năm 2024"),
    cell("1.826 | 1.950", "1.950", "Vân Sơn", "Kế hoạch 2025"),
    cell("Tây Bắc | 410", "410", "Tây Bắc", "Năm 2023"),
    cell("410 | 452", "452", "Tây Bắc", "Năm 2024"),
    cell("452 | 500", "500", "Tây Bắc", "Kế hoạch 2025"),
    cell("Tổng cộng | 3.513", "3.513", "Tổng cộng", "Năm 2023"),
    cell("3.513 | 3.780", "3.780", "Tổng cộng", "Năm 2024"),
    cell("3.780 | 4.050", "4.050", "Tổng cộng", "Kế hoạch 2025"),
    F("đạt 1.326 tỷ", "1.326", 1326e9, "money", "đồng", change=C("increase", 8.1, "%", "năm 2023"),
      subject="doanh thu dịch vụ cáp treo", period=I(TITLE)),
    F("nước 214,6 tỷ", "214,6", 214.6e9, "money", "đồng",
      subject="nộp ngân sách nhà nước", period=I(TITLE)),
    F("gồm 3 tuyến", "3", 3, "count", "tuyến cáp", subject="tuyến cáp của hệ thống cáp treo"),
    F("gần 5.800 m", "5.800", 5800, "measure", "m", approx="nearly", subject="tổng chiều dài các tuyến cáp"),
    F("dài 1.847 m", "1.847", 1847, "measure", "m", total=5800, subject="chiều dài tuyến Vân Sơn"),
    F("thực hiện 12 đợt", "12", 12, "count", "đợt", subject="đợt kiểm định định kỳ", period=INYEAR),
    F("hai cuộc", "hai", 2, "count", "cuộc", subject="cuộc diễn tập cứu hộ trên cao", period=INYEAR),
    F("đón 5,6 triệu", "5,6", 5600000, "count", "lượt khách", status="target",
      subject="lượt khách Khu du lịch quốc gia Núi Bà Đen đón", period=PLAN),
    F("treo 4,05 triệu", "4,05", 4050000, "count", "lượt", status="target", total=5600000,
      subject="khách đi cáp treo", period=PLAN),
    F("từ 1.400 đến 1.450 tỷ", "1.400", 1400e9, "money", "đồng", value_max=1450e9, status="target",
      subject="doanh thu dịch vụ cáp treo", period=PLAN),
    F("100% nhân viên", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ nhân viên vận hành được huấn luyện an toàn định kỳ", period=PLAN),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH TÂY NINH, 'Số: 18/BC-UBND', 'Tây Ninh, ngày 20 tháng 01 năm 2025' (published); 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt khách' (cells ×1000); rows are cable lines (items, no place): subject = indicator + row + column,",
    "period from the column header (scored), 'Kế hoạch 2025' → target. Cells get no totals; the 'Tổng cộng' row is its own figures.",
    "Distractors: 'Số: 18/BC-UBND', section numbers I./II./1.-3., 'Tây Bắc' (a line's name, not a place). Location Tây Ninh throughout.",
    "Section 3 sentences take 'năm 2024' from the title (inherited); 'Trong năm' in this annual report is 2024 (scored). Section II heading gives 2025 (inherited).",
    "1.847 m is part of 'tổng chiều dài gần 5.800 m' (trong đó) → total 5800.",
]

if __name__ == "__main__":
    write("p1234-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Tây Ninh")

"""p1158-3: formal report (UBND tỉnh Cao Bằng) on the 2023 buckwheat flower season, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH CAO BẰNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 08 tháng 12 năm 2023

BÁO CÁO
Kết quả tổ chức mùa hoa tam giác mạch năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản phẩm
Thực hiện Kế hoạch số 1865/KH-UBND, năm 2023 toàn tỉnh gieo trồng 96,5 ha hoa tam giác mạch, đạt 120,6% kế hoạch, gồm: huyện Nguyên Bình 32 ha, Bảo Lạc 28,5 ha, Hà Quảng 21 ha, Trùng Khánh 15 ha. Có 14 hợp tác xã, tổ hợp tác tham gia trồng hoa; giá trị thu từ hạt tam giác mạch ước 1,2 tỷ đồng.

2. Khách du lịch
Trong mùa hoa (tháng 10 và tháng 11/2023), các điểm hoa đón 118.450 lượt khách, tăng 32,3% so với cùng kỳ.
Đơn vị tính: lượt khách
Huyện | Năm 2022 | Năm 2023 | So sánh (%)
Nguyên Bình | 31.200 | 42.600 | 136,5
Bảo Lạc | 24.800 | 30.150 | 121,6
Hà Quảng | 18.500 | 26.900 | 145,4
Trùng Khánh | 15.000 | 18.800 | 125,3
Tổng cộng | 89.500 | 118.450 | 132,3

3. Hiệu quả kinh tế - xã hội
Tổng thu từ khách du lịch mùa hoa ước đạt 86 tỷ đồng; khoảng 450 lao động địa phương tham gia phục vụ, thu nhập bình quân từ 4,5 đến 6 triệu đồng/người/tháng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu mở rộng diện tích hoa tam giác mạch lên 120 ha; đón ít nhất 150.000 lượt khách mùa hoa.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SEASON = P("tháng 10 và tháng 11/2023", "2023-10-01", "2023-11-30")
COL = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31")}
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
AREA = "diện tích gieo trồng hoa tam giác mạch"


def cell(anchor, number, value, place, col):
    loc = {"location": place} if place else {}
    if col.startswith("So sánh"):
        return F(anchor, number, value, "percent", "%", subject="so sánh lượt khách", **loc)
    return F(anchor, number, value, "count", "lượt khách", subject=f"lượt khách {col.lower()}",
             period=COL[col], **loc)


ROWS = [("Nguyên Bình", "Nguyên Bình", ["31.200", "42.600", "136,5"]),
        ("Bảo Lạc", "Bảo Lạc", ["24.800", "30.150", "121,6"]),
        ("Hà Quảng", "Hà Quảng", ["18.500", "26.900", "145,4"]),
        ("Trùng Khánh", "Trùng Khánh", ["15.000", "18.800", "125,3"]),
        ("Tổng cộng", None, ["89.500", "118.450", "132,3"])]
COLS = ["Năm 2022", "Năm 2023", "So sánh (%)"]


def table():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            val = float(num.replace(".", "").replace(",", "."))
            out.append(cell(f"{prev} | {num}", num, val, place, col))
            prev = num
    return out


FIGS = [
    F("gieo trồng 96,5 ha", "96,5", 96.5, "measure", "ha", percent=120.6, subject=AREA, period=Y23),
    F("Nguyên Bình 32 ha", "32", 32, "measure", "ha", total=96.5, subject=AREA, period=Y23, location="Nguyên Bình"),
    F("Bảo Lạc 28,5 ha", "28,5", 28.5, "measure", "ha", total=96.5, subject=AREA, period=Y23, location="Bảo Lạc"),
    F("Hà Quảng 21 ha", "21", 21, "measure", "ha", total=96.5, subject=AREA, period=Y23, location="Hà Quảng"),
    F("Trùng Khánh 15 ha", "15", 15, "measure", "ha", total=96.5, subject=AREA, period=Y23, location="Trùng Khánh"),
    F("Có 14 hợp tác xã", "14", 14, "count", "hợp tác xã, tổ hợp tác",
      subject="hợp tác xã, tổ hợp tác tham gia trồng hoa", period=I(Y23)),
    F("ước 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="estimate",
      subject="giá trị thu từ hạt tam giác mạch", period=I(Y23)),
    F("đón 118.450 lượt", "118.450", 118450, "count", "lượt khách",
      change=C("increase", 32.3, "%", "cùng kỳ"), subject="lượt khách các điểm hoa đón trong mùa hoa",
      period=SEASON),
    *table(),
    F("ước đạt 86 tỷ", "86", 86e9, "money", "đồng", status="estimate",
      subject="tổng thu từ khách du lịch mùa hoa", period=I(SEASON)),
    F("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about",
      subject="lao động địa phương tham gia phục vụ", period=I(SEASON)),
    F("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=6e6,
      subject="thu nhập bình quân lao động địa phương tham gia phục vụ", period=I(SEASON)),
    F("lên 120 ha", "120", 120, "measure", "ha", status="target", subject="diện tích hoa tam giác mạch",
      period=Y24),
    F("ít nhất 150.000", "150.000", 150000, "count", "lượt khách", approx="at_least", status="target",
      subject="lượt khách mùa hoa", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH CAO BẰNG, 'Số: 412/BC-UBND', 'Cao Bằng, ngày 08 tháng 12 năm 2023' (published).",
    "Distractors: Số 412/BC-UBND, Kế hoạch số 1865/KH-UBND, sections I./II./1.-3., 'Nơi nhận', 'VX'.",
    "Districts after 'gồm:' add up to 96,5 ha: total 96.5, location = district. 'đạt 120,6% kế hoạch' is the percent of 96,5 ha.",
    "Flattened '|' table, 'Đơn vị tính: lượt khách'; row labels are districts (location), so subject = indicator + column label;",
    "period from the column header (Năm 2022 / Năm 2023); the 'So sánh (%)' column holds percents (2023 as % of 2022), no period.",
    "Table cells get no totals; the 'Tổng cộng' row is its own figures (location Cao Bằng). Section II heading gives the target period (inherited).",
]

if __name__ == "__main__":
    write("p1158-3", TEXT, NOTES, FIGS, published="2023-12-08", location="Cao Bằng")

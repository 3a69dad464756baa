"""p1033-7: department site (Sở VHTTDL Kon Tum), book rotation 2022-2025, no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH KON TUM
Trang chủ » Thư viện - Văn hóa đọc

Kết quả luân chuyển sách về cơ sở năm 2024

Năm 2024, Thư viện tỉnh Kon Tum đã luân chuyển 42.800 bản sách đến 126 điểm thư viện, tủ sách cơ sở, tăng 6.300 bản so với năm 2023, đạt 107% kế hoạch. Trong đó, luân chuyển cho thư viện cấp huyện 17.500 bản, cho trường học 16.200 bản, cho đồn biên phòng, đơn vị quân đội 9.100 bản.

Kết quả luân chuyển sách giai đoạn 2022-2024
Đơn vị tính: bản
Nội dung
Năm 2022
Năm 2023
Năm 2024
Kế hoạch 2025
Thư viện cấp huyện
14.200
15.800
17.500
18.000
Trường học
12.600
13.900
16.200
17.000
Đồn biên phòng, đơn vị quân đội
5.900
6.800
9.100
10.000
Tổng cộng
32.700
36.500
42.800
45.000

Thư viện tỉnh phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh duy trì 14 tủ sách tại các đồn, trạm biên phòng; xây dựng mới 9 tủ sách tại các trường tiểu học ở huyện Đắk Glei. Số lượt bạn đọc tại các điểm luân chuyển năm 2024 ước đạt khoảng 96.000 lượt.

Năm 2025, thư viện phấn đấu mở thêm 15 điểm luân chuyển tại các xã biên giới huyện Ngọc Hồi, Ia H'Drai.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH KON TUM
Địa chỉ: Số 132 Bà Triệu, TP. Kon Tum, tỉnh Kon Tum
Điện thoại: 0260.3862.315 - Fax: 0260.3862.316
Tổng lượt truy cập: 1.284.560
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COL = {"2022": P("Năm 2022", "2022-01-01", "2022-12-31"), "2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
       "2024": P("Năm 2024", "2024-01-01", "2024-12-31"), "KH": P("Kế hoạch 2025", "2025-01-01", "2025-12-31")}
# subject = row label + column label (FIGURES.md, Tables; cf. /work/shared/gold/h24.toml). Revised after the first run.
ROWS = {"TV": "Thư viện cấp huyện", "TH": "Trường học", "BP": "Đồn biên phòng, đơn vị quân đội", "TC": "Tổng cộng"}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col == "KH" else {}
    return F(anchor, number, value, "count", "bản", f"{ROWS[row]} {COL[col]['text']}", COL[col], **kw)


FIGS = [
    F("luân chuyển 42.800 bản", "42.800", 42800, "count", "bản sách", "sách Thư viện tỉnh luân chuyển", Y24,
      change=C("increase", 6300, "bản", baseline="năm 2023"), percent=107),
    F("đến 126 điểm", "126", 126, "count", "điểm thư viện, tủ sách cơ sở", "điểm thư viện, tủ sách cơ sở nhận sách luân chuyển", Y24),
    F("huyện 17.500 bản", "17.500", 17500, "count", "bản", "sách luân chuyển cho thư viện cấp huyện", I(Y24), total=42800),
    F("học 16.200 bản", "16.200", 16200, "count", "bản", "sách luân chuyển cho trường học", I(Y24), total=42800),
    F("đội 9.100 bản", "9.100", 9100, "count", "bản", "sách luân chuyển cho đồn biên phòng, đơn vị quân đội", I(Y24),
      total=42800),
    cell("huyện\n14.200", "14.200", 14200, "TV", "2022"),
    cell("14.200\n15.800", "15.800", 15800, "TV", "2023"),
    cell("15.800\n17.500", "17.500", 17500, "TV", "2024"),
    cell("17.500\n18.000", "18.000", 18000, "TV", "KH"),
    cell("học\n12.600", "12.600", 12600, "TH", "2022"),
    cell("12.600\n13.900", "13.900", 13900, "TH", "2023"),
    cell("13.900\n16.200", "16.200", 16200, "TH", "2024"),
    cell("16.200\n17.000", "17.000", 17000, "TH", "KH"),
    cell("đội\n5.900", "5.900", 5900, "BP", "2022"),
    cell("5.900\n6.800", "6.800", 6800, "BP", "2023"),
    cell("6.800\n9.100", "9.100", 9100, "BP", "2024"),
    cell("9.100\n10.000", "10.000", 10000, "BP", "KH"),
    cell("cộng\n32.700", "32.700", 32700, "TC", "2022"),
    cell("32.700\n36.500", "36.500", 36500, "TC", "2023"),
    cell("36.500\n42.800", "42.800", 42800, "TC", "2024"),
    cell("42.800\n45.000", "45.000", 45000, "TC", "KH"),
    F("duy trì 14 tủ sách", "14", 14, "count", "tủ sách", "tủ sách tại các đồn, trạm biên phòng"),
    F("mới 9 tủ sách", "9", 9, "count", "tủ sách", "tủ sách xây dựng mới tại các trường tiểu học", location="Đắk Glei"),
    F("khoảng 96.000 lượt", "96.000", 96000, "count", "lượt", "lượt bạn đọc tại các điểm luân chuyển", Y24s,
      approx="about", status="estimate"),
    F("thêm 15 điểm", "15", 15, "count", "điểm luân chuyển", "điểm luân chuyển mở thêm tại các xã biên giới", Y25,
      status="target"),
]

NOTES = [
    "Department site (Sở VHTTDL Kon Tum), no dateline: published absent. Footer address, phone, fax and 'Tổng lượt truy cập: 1.284.560'.",
    "Distractors: table title 'giai đoạn 2022-2024', column headers 'Năm 2022' ... 'Kế hoạch 2025', 'Số 132 Bà Triệu', phone/fax numbers.",
    "One-cell-per-line table (Đơn vị tính: bản): every numeric cell is a figure; period from the column header (scored),",
    "'Kế hoạch 2025' column -> status target; subject = row label + column label (revised; first gold used table title + row label); no totals.",
    "Parts after 'Trong đó,' (new sentence) take the whole 42.800 (17.500 + 16.200 + 9.100 = 42.800); their period is inherited.",
    "'tăng 6.300 bản so với năm 2023' is the change (unit bản), 'đạt 107% kế hoạch' the percent of 42.800.",
    "'15 điểm ... huyện Ngọc Hồi, Ia H'Drai' spans two districts: location stays Kon Tum. '9 tủ sách ... huyện Đắk Glei' -> Đắk Glei.",
    "'duy trì 14 tủ sách' has no period phrase in its sentence (none recorded).",
]

write("p1033-7", TEXT, NOTES, FIGS, location="Kon Tum")

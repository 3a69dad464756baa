"""p680-7: Sở NN&PTNT Cao Bằng (department site, no dateline) — sericulture 2023, one-cell-per-line table by district."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH CAO BẰNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả sản xuất dâu tằm năm 2023, kế hoạch năm 2024

Năm 2023, toàn tỉnh trồng được 2.965 ha dâu, sản lượng kén đạt 2.140 tấn, giá trị ước đạt 385 tỷ đồng. Toàn tỉnh hiện có 4.200 hộ nuôi tằm, thu nhập bình quân 120-150 triệu đồng/hộ/năm. Kết quả tại một số huyện trọng điểm như sau:

Huyện

Diện tích dâu năm 2023 (ha)

Sản lượng kén năm 2023 (tấn)

Kế hoạch diện tích năm 2024 (ha)

Hòa An

1.020

765

1.100

Quảng Hòa

684

492

720

Hà Quảng

455

318

500

Bảo Lạc

236

152

260

Trong năm 2023, các hộ đã nuôi 48.600 hộp trứng giống, tăng 12% so với năm 2022; giá kén bình quân đạt 180.000 đồng/kg. Toàn tỉnh có 2 cơ sở ươm tơ với tổng công suất 300 tấn kén/năm, tiêu thụ khoảng 40% sản lượng kén, phần còn lại bán sang Lâm Đồng.

Năm 2024, tỉnh hỗ trợ 50% giá trứng giống, tối đa 300.000 đồng/hộp, và 15 triệu đồng/ha trồng mới dâu. Đến hết quý I/2024, các huyện đã đăng ký trồng mới 186 ha, đạt 62% kế hoạch.

Để được hướng dẫn kỹ thuật, người dân liên hệ Chi cục Trồng trọt và Bảo vệ thực vật tỉnh hoặc Trạm Khuyến nông các huyện.

Địa chỉ: Số 042 Hoàng Đình Giong, phường Hợp Giang, TP Cao Bằng
Điện thoại: 0206.3852.174
Tổng số lượt truy cập: 1.207.455
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")
C24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Đến hết quý I/2024", None, "2024-03-31")

ROWS = [  # district, area 2023, cocoon 2023, plan 2024
    ("Hòa An", "1.020", "765", "1.100"),
    ("Quảng Hòa", "684", "492", "720"),
    ("Hà Quảng", "455", "318", "500"),
    ("Bảo Lạc", "236", "152", "260"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for d, a, c, k in ROWS:
    TABLE += [
        F(f"{d}\n\n{a}\n", a, num(a), "measure", "ha", "Diện tích dâu năm 2023", C23, location=d),
        F(f"{a}\n\n{c}\n", c, num(c), "measure", "tấn", "Sản lượng kén năm 2023", C23, location=d),
        F(f"{c}\n\n{k}\n", k, num(k), "measure", "ha", "Kế hoạch diện tích năm 2024", C24, status="target",
          location=d),
    ]

FIGS = [
    F("được 2.965 ha", "2.965", 2965, "measure", "ha", "diện tích dâu trồng được", Y23),
    F("đạt 2.140 tấn", "2.140", 2140, "measure", "tấn", "sản lượng kén", Y23),
    F("ước đạt 385 tỷ đồng", "385", 385000000000, "money", "đồng", "giá trị", Y23, status="estimate"),
    F("có 4.200 hộ", "4.200", 4200, "count", "hộ", "hộ nuôi tằm"),
    F("120-150 triệu", "120", 120000000, "money", "đồng/hộ/năm", "thu nhập bình quân", value_max=150000000),
] + TABLE + [
    F("nuôi 48.600 hộp", "48.600", 48600, "count", "hộp trứng", "hộp trứng giống đã nuôi", C23,
      change=CH("increase", 12, "%", "năm 2022")),
    F("đạt 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá kén bình quân", C23),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở ươm tơ", "cơ sở ươm tơ"),
    F("công suất 300 tấn", "300", 300, "measure", "tấn/năm", "tổng công suất cơ sở ươm tơ"),
    F("khoảng 40%", "40", 40, "percent", "%", "sản lượng kén được cơ sở ươm tơ tiêu thụ", approx="about"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ giá trứng giống", Y24),
    F("tối đa 300.000 đồng/hộp", "300.000", 300000, "money", "đồng/hộp", "mức hỗ trợ giá trứng giống", Y24,
      approx="at_most"),
    F("15 triệu đồng/ha", "15", 15000000, "money", "đồng/ha", "hỗ trợ trồng mới dâu", Y24),
    F("mới 186 ha", "186", 186, "measure", "ha", "diện tích đăng ký trồng mới", Q1, percent=62),
]

COMMENTS = [
    "Sở NN&PTNT Cao Bằng site (invented), no dateline (published null): sericulture 2023, plan 2024, support policy.",
    "One-cell-per-line table with the units in the column headers '(ha)', '(tấn)'; district rows -> location; periods from the",
    "column headers (scored, as in shared h23); 'Kế hoạch diện tích năm 2024' -> target. Districts do not add up to the province",
    "total ('một số huyện trọng điểm'), and table cells carry no total. 'tối đa' -> at_most. 'đạt 62% kế hoạch' -> percent of 186 ha.",
    "Not figures: Số 042 Hoàng Đình Giong, phone, 'Tổng số lượt truy cập: 1.207.455'.",
    "revised after first scoring: unit of '300 tấn kén/năm' -> 'tấn/năm' (commodity in the subject).",
]

if __name__ == "__main__":
    emit("p680-7", TEXT, COMMENTS, FIGS, published=None, location="Cao Bằng")

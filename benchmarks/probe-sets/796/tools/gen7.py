"""p796-7: Sở NN&PTNT Phú Thọ site (no dateline) — hồng không hạt Gia Thanh, one-cell-per-line table 2021-2023."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ THỌ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nâng cao giá trị hồng không hạt Gia Thanh

Hồng không hạt Gia Thanh là đặc sản của huyện Phù Ninh, được bảo hộ chỉ dẫn địa lý theo Quyết định số 3829/QĐ-SHTT. Những năm gần đây, diện tích và sản lượng hồng trên địa bàn tỉnh tăng đều qua từng năm.

Diện tích, sản lượng hồng không hạt tỉnh Phú Thọ
Đơn vị tính: ha, tấn
Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Diện tích hiện có (ha)
385
402
426
Diện tích cho thu hoạch (ha)
318
334
351
Sản lượng (tấn)
2.540
2.720
2.950

Năm 2023, năng suất hồng bình quân đạt 84 tạ/ha, tăng 2,6 tạ/ha so với năm 2022. Giá hồng ngâm tại vườn dao động 30.000-40.000 đồng/kg, hồng loại đặc biệt có giá 60.000 đồng/kg. Giá trị sản xuất hồng cả năm đạt khoảng 105 tỷ đồng.

Trên địa bàn tỉnh hiện có 5 hợp tác xã và 27 tổ hợp tác sản xuất, tiêu thụ hồng; 2 sản phẩm hồng ngâm Gia Thanh đạt OCOP 3 sao. Tại xã Gia Thanh, khoảng 70% số hộ trồng hồng, nhiều hộ có thu nhập trên 100 triệu đồng/năm.

Mục tiêu đến năm 2025, tỉnh phát triển 500 ha hồng không hạt, trong đó 150 ha được chứng nhận VietGAP; sản lượng dự kiến đạt 3.500 tấn.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ THỌ
Địa chỉ: Số 1515, đại lộ Hùng Vương, phường Gia Cẩm, TP Việt Trì, tỉnh Phú Thọ
Điện thoại: 0210.3846.318 - Email: snn@phutho.gov.vn
Tổng lượt truy cập: 1.284.730 | Đang truy cập: 57
"""

YEARS = [year(f"Năm {y}", y) for y in (2021, 2022, 2023)]
ROWS = [
    ("Diện tích hiện có (ha)", "ha", "diện tích hồng không hạt hiện có", ("385", "402", "426")),
    ("Diện tích cho thu hoạch (ha)", "ha", "diện tích hồng không hạt cho thu hoạch", ("318", "334", "351")),
    ("Sản lượng (tấn)", "tấn", "sản lượng hồng không hạt", ("2.540", "2.720", "2.950")),
]
TABLE = []
for label, unit, subj, cells in ROWS:
    prev = label
    for y, p, cell in zip((2021, 2022, 2023), YEARS, cells):
        TABLE.append(Fig(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "measure", unit,
                         f"{subj} năm {y}", p))
        prev = cell

P23 = year("Năm 2023", 2023)
P_CANAM = year("cả năm", 2023)
P2025 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    *TABLE,
    Fig("đạt 84 tạ/ha", "84", 84, "measure", "tạ/ha", "năng suất hồng bình quân", P23,
        change=change("increase", 2.6, "tạ/ha", "năm 2022")),
    Fig("30.000-40.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá hồng ngâm tại vườn", value_max=40000),
    Fig("giá 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá hồng loại đặc biệt"),
    Fig("khoảng 105 tỷ đồng", "105", 105e9, "money", "đồng", "giá trị sản xuất hồng", P_CANAM, approx="about"),
    Fig("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã sản xuất, tiêu thụ hồng"),
    Fig("27 tổ hợp tác", "27", 27, "count", "tổ hợp tác", "tổ hợp tác sản xuất, tiêu thụ hồng"),
    Fig("2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm hồng ngâm Gia Thanh đạt OCOP 3 sao"),
    Fig("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP", optional=True),
    Fig("khoảng 70%", "70", 70, "percent", "%", "hộ trồng hồng tại xã Gia Thanh", approx="about",
        location="Phù Ninh"),
    Fig("trên 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "thu nhập của hộ trồng hồng", approx="over",
        location="Phù Ninh"),
    Fig("phát triển 500 ha", "500", 500, "measure", "ha", "diện tích hồng không hạt", P2025, status="target"),
    Fig("150 ha", "150", 150, "measure", "ha", "diện tích hồng không hạt được chứng nhận VietGAP", P2025,
        total=500, status="target"),
    Fig("3.500 tấn", "3.500", 3500, "measure", "tấn", "sản lượng hồng không hạt", P2025, status="forecast"),
]

NOTES = [
    "Department site (Sở NN&PTNT Phú Thọ), no dateline (no 'published'); footer with address, phone, visit counter.",
    "Table pasted one cell per line: subject = row label + year, unit from the row label, period from the column header (scored).",
    "'cả năm' in the sentence after 'Năm 2023' = 2023. Xã Gia Thanh lies in huyện Phù Ninh: its two figures are located there.",
    "'sản lượng dự kiến đạt 3.500 tấn' has its own cue inside the 'Mục tiêu' sentence: forecast. 'OCOP 3 sao' optional.",
    "Not figures: Quyết định số 3829/QĐ-SHTT, 'Số 1515, đại lộ Hùng Vương', phone, 'Tổng lượt truy cập: 1.284.730', 'Đang truy cập: 57'.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Phú Thọ")

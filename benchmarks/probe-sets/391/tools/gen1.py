from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC
Trang chủ > Tin tức > Kinh tế
Cập nhật: 14/01/2025 08:30 | Lượt xem: 2.341

Ngành điều Bình Phước năm 2024: sản lượng tăng, giá thu mua phục hồi

Năm 2024, tổng diện tích điều toàn tỉnh đạt 147.520 ha, chiếm 48,6% diện tích điều cả nước; trong đó diện tích cho thu hoạch 139.800 ha. Năng suất bình quân ước đạt 1,32 tấn/ha, tăng 0,1 tấn/ha so với năm 2023; sản lượng ước đạt 184.500 tấn, tăng 9,7% so với cùng kỳ.

Các huyện có diện tích điều lớn gồm Bù Gia Mập (32.150 ha), Phú Riềng (24.800 ha) và Bù Đốp (18.460 ha). Riêng thị xã Phước Long, diện tích điều trồng xen với cây trồng khác khoảng 2.300 ha.

Giá điều thô đầu vụ dao động từ 28.000 đến 31.000 đồng/kg, cuối vụ có thời điểm lên 36.000 đồng/kg, cao hơn khoảng 8.000 đồng/kg so với vụ trước. Doanh thu từ cây điều của nông dân ước đạt gần 6 nghìn tỷ đồng.

Về tái canh, trong năm toàn tỉnh đã ghép cải tạo, trồng mới 3.215 ha điều bằng các giống cao sản PN1, AB0508, vượt 7,2% kế hoạch. Tỉnh hiện có 12 mã số vùng trồng điều với tổng diện tích gần 1.600 ha; diện tích điều được chứng nhận hữu cơ đạt 4.020 ha.

Năm 2025, tỉnh phấn đấu giữ ổn định diện tích điều khoảng 145.000 ha, năng suất bình quân đạt 1,4 tấn/ha, sản lượng trên 195.000 tấn. Giai đoạn 2021-2025, Bình Phước thực hiện Đề án "Phát triển cây điều bền vững" theo Quyết định số 1789/QĐ-UBND ngày 18/8/2021 với mục tiêu ghép cải tạo 15.000 ha.

Mọi thông tin liên hệ: Sở Nông nghiệp và Phát triển nông thôn, số 679 Quốc lộ 14, phường Tân Bình, TP Đồng Xoài; điện thoại: 0271.3879.466.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đạt 147.520 ha", "147.520", 147520, "measure", "ha", "tổng diện tích điều", Y24, percent=48.6),
    F("thu hoạch 139.800 ha", "139.800", 139800, "measure", "ha", "diện tích điều cho thu hoạch", Y24, total=147520),
    F("ước đạt 1,32 tấn/ha", "1,32", 1.32, "measure", "tấn/ha", "năng suất điều bình quân", Y24i, status="estimate",
      change={"direction": "increase", "value": 0.1, "unit": "tấn/ha", "baseline": "năm 2023"}),
    F("ước đạt 184.500 tấn", "184.500", 184500, "measure", "tấn", "sản lượng điều", Y24i, status="estimate",
      change={"direction": "increase", "value": 9.7, "unit": "%", "baseline": "cùng kỳ"}),
    F("Bù Gia Mập (32.150 ha)", "32.150", 32150, "measure", "ha", "diện tích điều", Y24i, location="Bù Gia Mập"),
    F("Phú Riềng (24.800 ha)", "24.800", 24800, "measure", "ha", "diện tích điều", Y24i, location="Phú Riềng"),
    F("Bù Đốp (18.460 ha)", "18.460", 18460, "measure", "ha", "diện tích điều", Y24i, location="Bù Đốp"),
    F("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", "diện tích điều trồng xen với cây trồng khác", Y24i,
      approx="about", location="Phước Long"),
    F("từ 28.000 đến 31.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá điều thô đầu vụ", Y24i, value_max=31000),
    F("lên 36.000 đồng/kg", "36.000", 36000, "money", "đồng/kg", "giá điều thô cuối vụ", Y24i,
      change={"direction": "increase", "value": 8000, "unit": "đồng/kg", "approx": "about", "baseline": "vụ trước"}),
    F("gần 6 nghìn tỷ đồng", "6", 6e12, "money", "đồng", "doanh thu từ cây điều của nông dân", Y24i,
      approx="nearly", status="estimate"),
    F("mới 3.215 ha", "3.215", 3215, "measure", "ha", "diện tích điều ghép cải tạo, trồng mới",
      P("trong năm", "2024-01-01", "2024-12-31"),
      change={"direction": "increase", "value": 7.2, "unit": "%", "baseline": "kế hoạch"}),
    F("có 12 mã số vùng trồng", "12", 12, "count", "mã số vùng trồng", "mã số vùng trồng điều"),
    F("gần 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích mã số vùng trồng điều", approx="nearly"),
    F("đạt 4.020 ha", "4.020", 4020, "measure", "ha", "diện tích điều được chứng nhận hữu cơ"),
    F("khoảng 145.000 ha", "145.000", 145000, "measure", "ha", "diện tích điều", Y25, approx="about", status="target"),
    F("đạt 1,4 tấn/ha", "1,4", 1.4, "measure", "tấn/ha", "năng suất điều bình quân", Y25, status="target"),
    F("trên 195.000 tấn", "195.000", 195000, "measure", "tấn", "sản lượng điều", Y25, approx="over", status="target"),
    F("cải tạo 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích điều ghép cải tạo",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Bình Phước): cashew area, yield, output, farm-gate price, grafting/replanting 2024; 2025 targets.",
    "'Cập nhật: 14/01/2025 08:30 | Lượt xem: 2.341': dateline + view counter (furniture). Distractors: Quyết định số 1789/QĐ-UBND ngày 18/8/2021,",
    "cultivar names PN1, AB0508, address 'số 679 Quốc lộ 14', phone 0271.3879.466, 'Giai đoạn 2021-2025' as a period.",
    "'chiếm 48,6% diện tích điều cả nước' is the share (percent) of 147.520 ha; 139.800 ha after 'trong đó' has total 147.520.",
    "District list items take location; 'vượt 7,2% kế hoạch' is a change against plan (baseline 'kế hoạch'); 'cao hơn khoảng 8.000 đồng/kg",
    "so với vụ trước' is the change of the late-season price. 'trong năm' = 2024. 2025 figures after 'phấn đấu' are targets.",
]

if __name__ == "__main__":
    write("p391-1", TEXT, FIGS, COMMENTS, published="2025-01-14", location="Bình Phước")

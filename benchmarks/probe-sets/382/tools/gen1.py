from lib import F, P, C, T, emit

TEXT = """Cổng Thông tin điện tử tỉnh Thái Nguyên
Trang chủ > Tin tức > Kinh tế
Cập nhật: 15:42 | 12/01/2025
Lượt xem: 2.317

Thái Nguyên: Giá trị sản phẩm chè năm 2024 ước đạt trên 13.000 tỷ đồng

Năm 2024, tổng diện tích chè toàn tỉnh đạt 22.800 ha, tăng 150 ha so với năm 2023; trong đó diện tích chè kinh doanh là 21.350 ha, chiếm 93,6%. Năng suất chè búp tươi bình quân đạt 125,5 tạ/ha; sản lượng chè búp tươi ước đạt 270.500 tấn, tăng 2,8% so với cùng kỳ. Giá trị sản phẩm chè ước đạt trên 13.000 tỷ đồng; giá trị thu được trên 1 ha chè đạt khoảng 570 triệu đồng.

Toàn tỉnh hiện có 9.700 ha chè được sản xuất theo tiêu chuẩn VietGAP và tương đương (chiếm 42,5% tổng diện tích), 160 ha chè hữu cơ được cấp chứng nhận. Tỷ lệ giống chè mới, chè chất lượng cao chiếm trên 95% diện tích chè của tỉnh.

Các địa phương có diện tích chè lớn gồm huyện Đại Từ (6.900 ha), huyện Phú Lương (4.000 ha), huyện Đồng Hỷ (2.850 ha) và thành phố Thái Nguyên (1.470 ha). Đại Từ tiếp tục dẫn đầu với sản lượng gần 85.000 tấn búp tươi.

Về tổ chức sản xuất, chế biến, tỉnh có 218 hợp tác xã, 13 doanh nghiệp và hơn 800 tổ hợp tác, hộ làng nghề chè; 183 sản phẩm chè đạt chuẩn OCOP từ 3 sao trở lên, trong đó 4 sản phẩm đạt 5 sao quốc gia.

Năm 2025, tỉnh phấn đấu giá trị sản phẩm chè đạt 14.000 tỷ đồng, diện tích chè áp dụng quy trình sản xuất an toàn đạt 10.500 ha.

Thông tin chi tiết liên hệ Sở Nông nghiệp và Phát triển nông thôn, số 14 đường Đội Cấn, điện thoại 0208.3855.526.
Minh Hằng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y24h = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("năm 2024 ước đạt trên 13.000", "13.000", 13000e9, "money", "đồng", "giá trị sản phẩm chè", Y24h,
      approx="over", status="estimate"),
    F("đạt 22.800 ha", "22.800", 22800, "measure", "ha", "tổng diện tích chè", Y24,
      change=C("increase", 150, "ha", "năm 2023")),
    F("là 21.350 ha", "21.350", 21350, "measure", "ha", "diện tích chè kinh doanh", Y24,
      total=22800, percent=93.6),
    F("đạt 125,5 tạ/ha", "125,5", 125.5, "measure", "tạ/ha", "năng suất chè búp tươi bình quân", Y24i),
    F("ước đạt 270.500 tấn", "270.500", 270500, "measure", "tấn", "sản lượng chè búp tươi", Y24i,
      change=C("increase", 2.8, "%", "cùng kỳ"), status="estimate"),
    F("chè ước đạt trên 13.000 tỷ", "13.000", 13000e9, "money", "đồng", "giá trị sản phẩm chè", Y24i,
      approx="over", status="estimate"),
    F("khoảng 570 triệu đồng", "570", 570e6, "money", "đồng/ha", "giá trị thu được trên 1 ha chè", Y24i,
      approx="about"),
    F("có 9.700 ha", "9.700", 9700, "measure", "ha", "diện tích chè sản xuất theo tiêu chuẩn VietGAP và tương đương",
      percent=42.5),
    F("160 ha chè hữu cơ", "160", 160, "measure", "ha", "diện tích chè hữu cơ được cấp chứng nhận"),
    F("chiếm trên 95%", "95", 95, "percent", "%", "tỷ lệ giống chè mới, chè chất lượng cao", approx="over"),
    F("Đại Từ (6.900 ha)", "6.900", 6900, "measure", "ha", "diện tích chè", location="Đại Từ"),
    F("Phú Lương (4.000 ha)", "4.000", 4000, "measure", "ha", "diện tích chè", location="Phú Lương"),
    F("Đồng Hỷ (2.850 ha)", "2.850", 2850, "measure", "ha", "diện tích chè", location="Đồng Hỷ"),
    F("thành phố Thái Nguyên (1.470 ha)", "1.470", 1470, "measure", "ha", "diện tích chè", location="Thái Nguyên"),
    F("gần 85.000 tấn", "85.000", 85000, "measure", "tấn", "sản lượng chè búp tươi", approx="nearly",
      location="Đại Từ"),
    F("có 218 hợp tác xã", "218", 218, "count", "hợp tác xã", "hợp tác xã chè"),
    F("13 doanh nghiệp", "13", 13, "count", "doanh nghiệp", "doanh nghiệp chè"),
    F("hơn 800 tổ hợp tác", "800", 800, "count", "tổ hợp tác", "tổ hợp tác, hộ làng nghề chè", approx="over"),
    F("183 sản phẩm chè", "183", 183, "count", "sản phẩm", "sản phẩm chè đạt chuẩn OCOP"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", approx="at_least", optional=True),
    F("đó 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm chè đạt 5 sao quốc gia", total=183),
    F("đạt 5 sao quốc gia", "5", 5, "measure", "sao", optional=True),
    F("đạt 14.000 tỷ đồng", "14.000", 14000e9, "money", "đồng", "giá trị sản phẩm chè", Y25, status="target"),
    F("đạt 10.500 ha", "10.500", 10500, "measure", "ha", "diện tích chè áp dụng quy trình sản xuất an toàn", Y25,
      status="target"),
]

emit("p382-1", TEXT, [
    "Provincial portal (Cổng TTĐT tỉnh Thái Nguyên): tea area, yield, output, value 2024; districts list; OCOP; 2025 targets.",
    "'trên 1 ha' is the rate denominator (đồng/ha), not a figure; '3 sao', '5 sao' are rating labels (optional).",
    "'hiện có' gives no period. Phone, address 'số 14', 'Lượt xem: 2.317' are distractors.",
], FIGS, published="2025-01-12", location="Thái Nguyên")

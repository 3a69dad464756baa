"""p1072-2: huyện Chương Mỹ (Hà Nội) district portal, bưởi Diễn for Tết (18/01/2024)."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ
Trang chủ > Kinh tế > Nông nghiệp

Bưởi Diễn Chương Mỹ vào vụ Tết

Thứ năm, 18/01/2024 - 10:20

Những ngày này, các vùng bưởi Diễn của huyện đang vào vụ thu hoạch phục vụ thị trường Tết Giáp Thìn. Toàn huyện hiện có 1.260 ha cây ăn quả có múi, trong đó bưởi Diễn chiếm 865 ha, tăng 45 ha so với năm 2022. Diện tích bưởi tập trung tại các xã Đông Phương Yên (215 ha), Trần Phú (180 ha), Thanh Bình (125 ha) và Hoàng Văn Thụ (98 ha).

Theo Phòng Kinh tế huyện, diện tích bưởi Diễn cho quả năm 2023 đạt khoảng 690 ha, năng suất bình quân 19-21 tấn/ha; sản lượng ước đạt 14.200 tấn, doanh thu ước đạt 425 tỷ đồng. Hiện có 1.870 hộ trồng bưởi, 6 hợp tác xã và 3 sản phẩm bưởi đạt chứng nhận OCOP 3 sao, 4 sao.

Tại thôn 3, xã Đông Phương Yên, gia đình ông Nguyễn Văn Bảy có 2,5 ha với 1.100 gốc bưởi Diễn từ 8 năm tuổi trở lên. Ông cho biết, vụ này vườn cho khoảng 45.000 quả, giá bán tại vườn 35.000-50.000 đồng/quả tùy loại, cao hơn 10% so với Tết năm ngoái; trừ chi phí, gia đình lãi gần 700 triệu đồng.

Bưởi Diễn đạt chuẩn VietGAP có giá cao gấp 1,5 lần bưởi thường nhưng vẫn không đủ hàng bán. Dự kiến trong tháng 1 và tháng 2/2024, các hộ sẽ xuất bán khoảng 9.000 tấn, chiếm hơn 60% sản lượng cả vụ.

Năm 2024, huyện phấn đấu mở rộng thêm 50 ha bưởi Diễn theo hướng hữu cơ, nâng tỷ lệ diện tích áp dụng VietGAP lên 35%.

Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TET = P("trong tháng 1 và tháng 2/2024", "2024-01-01", "2024-02-29")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.260 ha", "1.260", 1260, "measure", "ha", "diện tích cây ăn quả có múi"),
    F("chiếm 865 ha", "865", 865, "measure", "ha", "diện tích bưởi Diễn", total=1260,
      change=C("increase", 45, "ha", baseline="năm 2022")),
    F("Đông Phương Yên (215 ha)", "215", 215, "measure", "ha", "diện tích bưởi"),
    F("Trần Phú (180 ha)", "180", 180, "measure", "ha", "diện tích bưởi"),
    F("Thanh Bình (125 ha)", "125", 125, "measure", "ha", "diện tích bưởi"),
    F("Hoàng Văn Thụ (98 ha)", "98", 98, "measure", "ha", "diện tích bưởi"),
    F("khoảng 690 ha", "690", 690, "measure", "ha", "diện tích bưởi Diễn cho quả", Y23, approx="about"),
    F("bình quân 19-21 tấn/ha", "19", 19, "measure", "tấn/ha", "năng suất bình quân", Y23, value_max=21),
    F("ước đạt 14.200 tấn", "14.200", 14200, "measure", "tấn", "sản lượng bưởi Diễn", Y23, status="estimate"),
    F("ước đạt 425 tỷ đồng", "425", 425000000000, "money", "đồng", "doanh thu bưởi Diễn", Y23, status="estimate"),
    F("có 1.870 hộ", "1.870", 1870, "count", "hộ", "hộ trồng bưởi"),
    F("6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã trồng bưởi"),
    F("3 sản phẩm bưởi", "3", 3, "count", "sản phẩm", "sản phẩm bưởi đạt chứng nhận OCOP"),
    F("có 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích bưởi Diễn của gia đình ông Nguyễn Văn Bảy"),
    F("1.100 gốc", "1.100", 1100, "count", "gốc", "gốc bưởi Diễn của gia đình ông Nguyễn Văn Bảy"),
    F("từ 8 năm tuổi", "8", 8, "measure", "năm tuổi", "tuổi cây bưởi", approx="at_least", optional=True),
    F("khoảng 45.000 quả", "45.000", 45000, "count", "quả", "số quả bưởi vườn cho trong vụ", approx="about"),
    F("vườn 35.000-50.000 đồng/quả", "35.000", 35000, "money", "đồng/quả", "giá bán bưởi tại vườn",
      value_max=50000, change=C("increase", 10, baseline="Tết năm ngoái")),
    F("lãi gần 700 triệu đồng", "700", 700000000, "money", "đồng", "tiền lãi của gia đình", approx="nearly"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá bưởi Diễn đạt chuẩn VietGAP so với bưởi thường"),
    F("khoảng 9.000 tấn", "9.000", 9000, "measure", "tấn", "sản lượng bưởi xuất bán", TET,
      approx="about", percent=60, status="forecast"),
    F("thêm 50 ha", "50", 50, "measure", "ha", "diện tích bưởi Diễn mở rộng theo hướng hữu cơ", Y24, status="target"),
    F("lên 35%", "35", 35, "percent", "%", "tỷ lệ diện tích áp dụng VietGAP", Y24, status="target"),
]

NOTES = [
    "Chương Mỹ district portal (Hà Nội): bưởi Diễn before Tết Giáp Thìn; dateline 'Thứ năm, 18/01/2024 - 10:20'.",
    "Not figures: 10:20, Tết Giáp Thìn, thôn 3, ông Nguyễn Văn Bảy (a name), 'OCOP 3 sao, 4 sao' (rating classes, like mức độ 3, 4).",
    "Location: FIGURES.md gives province, city or district; the communes in the list (xã Đông Phương Yên ...) lie in Chương Mỹ,",
    "so every figure keeps the district Chương Mỹ (the commune is no province, city or district).",
    "'từ 8 năm tuổi trở lên' describes the trees of the example garden (a class threshold): optional.",
    "865 ha after 'trong đó bưởi Diễn chiếm' is part of the 1.260 ha of citrus: total 1260; 'tăng 45 ha so với năm 2022' its change.",
    "'chiếm hơn 60% sản lượng cả vụ' is the share of the 9.000 tấn forecast: percent 60.",
]

write(2, TEXT, FIGS, NOTES, published="2024-01-18", location="Chương Mỹ")

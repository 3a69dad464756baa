"""p794-8: Báo Hà Tĩnh online ((HTO) tag, headline figure) - ốc hương in coastal sand ponds."""
from lib import F, build, chg, inh, per

TEXT = """Báo Hà Tĩnh điện tử > Kinh tế > Nông nghiệp
Ốc hương ao cát mang về hơn 120 tỷ đồng cho nông dân Hà Tĩnh
Thứ Ba, 26/11/2024 - 10:32

(HTO) - 10 tháng đầu năm, người nuôi ốc hương trên ao cát ven biển Hà Tĩnh thu hoạch được 465 tấn, doanh thu hơn 120 tỷ đồng, tăng 18% so với cùng kỳ năm 2023.

Toàn tỉnh hiện có 142 ha ao nuôi ốc hương, tập trung tại thị xã Kỳ Anh (68 ha), huyện Cẩm Xuyên (41 ha), Thạch Hà (20 ha) và Nghi Xuân (13 ha). Số hộ nuôi đã tăng từ 96 hộ năm 2022 lên 215 hộ hiện nay, trong đó có 38 hộ nuôi quy mô trên 1 ha.

Ông Phan Văn Chín ở phường Kỳ Phương (thị xã Kỳ Anh) có 4 ao nuôi với tổng diện tích 1,2 ha. Vụ đầu năm nay, ông thả 600.000 con giống, sau 5 tháng thu hoạch 9,5 tấn ốc cỡ 90-110 con/kg, bán với giá 270.000 đồng/kg, lãi hơn 1,1 tỷ đồng.

Theo Chi cục Thủy sản Hà Tĩnh, năm nay tỷ lệ ao nuôi bị ốc chết do bệnh sưng vòi, tuột nhớt chỉ còn khoảng 8%, thấp hơn 5 điểm phần trăm so với năm 2023. Hiện giá ốc hương thương phẩm dao động 250.000-280.000 đồng/kg; khoảng 70% sản lượng được thương lái đưa vào Nha Trang và TP Hồ Chí Minh tiêu thụ.

Năm 2025, tỉnh phấn đấu nâng diện tích nuôi ốc hương lên 200 ha, sản lượng đạt 700 tấn. Dự kiến trong quý I/2025, Trung tâm Khuyến nông tỉnh sẽ hỗ trợ 3 mô hình nuôi ốc hương trong ao lót bạt với tổng kinh phí 450 triệu đồng, triển khai theo Quyết định số 2456/QĐ-UBND dọc tuyến đường ven biển 547.

Thu Trang
"""

P10 = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
NAY = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
DT = "diện tích ao nuôi ốc hương"

FIGS = [
    F("về hơn 120 tỷ đồng", "120", 120e9, "money", "đồng", "tiền nuôi ốc hương ao cát mang về cho nông dân",
      approx="over"),
    F("được 465 tấn", "465", 465, "measure", "tấn", "sản lượng ốc hương thu hoạch", P10),
    F("doanh thu hơn 120 tỷ đồng", "120", 120e9, "money", "đồng", "doanh thu nuôi ốc hương", P10, approx="over",
      change=chg("increase", 18, baseline="cùng kỳ năm 2023")),
    F("có 142 ha", "142", 142, "measure", "ha", DT),
    F("(68 ha)", "68", 68, "measure", "ha", DT, total=142, location="Kỳ Anh"),
    F("(41 ha)", "41", 41, "measure", "ha", DT, total=142, location="Cẩm Xuyên"),
    F("(20 ha)", "20", 20, "measure", "ha", DT, total=142, location="Thạch Hà"),
    F("(13 ha)", "13", 13, "measure", "ha", DT, total=142, location="Nghi Xuân"),
    F("từ 96 hộ", "96", 96, "count", "hộ", "hộ nuôi ốc hương", per("năm 2022", "2022-01-01", "2022-12-31")),
    F("lên 215 hộ", "215", 215, "count", "hộ", "hộ nuôi ốc hương"),
    F("có 38 hộ", "38", 38, "count", "hộ", "hộ nuôi ốc hương quy mô trên 1 ha", total=215),
    F("trên 1 ha", "1", 1, "measure", "ha", approx="over", optional=True),
    F("có 4 ao", "4", 4, "count", "ao", "ao nuôi ốc hương của ông Chín", location="Kỳ Anh"),
    F("diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích ao nuôi của ông Chín", location="Kỳ Anh"),
    F("thả 600.000 con giống", "600.000", 600000, "count", "con giống", "con giống ốc hương thả",
      location="Kỳ Anh"),
    F("sau 5 tháng", "5", 5, "measure", "tháng", optional=True, location="Kỳ Anh"),
    F("thu hoạch 9,5 tấn", "9,5", 9.5, "measure", "tấn", "sản lượng ốc hương thu hoạch", location="Kỳ Anh"),
    F("cỡ 90-110 con/kg", "90", 90, "measure", "con/kg", value_max=110, optional=True, location="Kỳ Anh"),
    F("giá 270.000 đồng/kg", "270.000", 270000, "money", "đồng/kg", "giá bán ốc hương", location="Kỳ Anh"),
    F("lãi hơn 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "lãi nuôi ốc hương", approx="over",
      location="Kỳ Anh"),
    F("khoảng 8%", "8", 8, "percent", "%", "tỷ lệ ao nuôi bị ốc chết do bệnh", NAY, approx="about",
      change=chg("decrease", 5, "điểm phần trăm", "năm 2023")),
    F("dao động 250.000-280.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá ốc hương thương phẩm",
      value_max=280000),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", "sản lượng ốc hương được thương lái đưa đi tiêu thụ",
      approx="about"),
    F("lên 200 ha", "200", 200, "measure", "ha", "diện tích nuôi ốc hương", Y25, status="target"),
    F("đạt 700 tấn", "700", 700, "measure", "tấn", "sản lượng ốc hương", Y25, status="target"),
    F("hỗ trợ 3 mô hình", "3", 3, "count", "mô hình", "mô hình nuôi ốc hương trong ao lót bạt được hỗ trợ", Q1,
      status="forecast"),
    F("kinh phí 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí hỗ trợ mô hình", Q1, status="forecast"),
]

COMMENTS = [
    "Báo Hà Tĩnh online: headline figure 'hơn 120 tỷ đồng' (no period in the headline), 'Thứ Ba, 26/11/2024 - 10:32', tag '(HTO) -'.",
    "'10 tháng đầu năm' (no year) takes 2024 from the dateline. District breakdown in brackets adds up to 142 ha -> total.",
    "'tăng từ 96 hộ năm 2022 lên 215 hộ hiện nay' gives two figures and no change value; '38 hộ' after 'trong đó' -> total 215.",
    "'quy mô trên 1 ha' is a category threshold; '5 tháng' and 'cỡ 90-110 con/kg' the example's specification: optional.",
    "The farmer's figures are Kỳ Anh (phường Kỳ Phương, thị xã Kỳ Anh). 'năm nay' = 2024. '8%, thấp hơn 5 điểm phần trăm' -> change in",
    "điểm phần trăm. 'Nha Trang và TP Hồ Chí Minh' are buyers' markets, not the place of the 70%.",
    "Distractors: 10:32, ông Phan Văn Chín, Quyết định số 2456/QĐ-UBND, đường ven biển 547.",
]

if __name__ == "__main__":
    build("p794-8", TEXT, FIGS, COMMENTS, published="2024-11-26", location="Hà Tĩnh")

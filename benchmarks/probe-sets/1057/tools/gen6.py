"""p1057-6: national newspaper (VnExpress style): dried cassava chip prices high, Đắk Lắk starch plants short of roots."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 14/3/2024, 07:30 (GMT+7)
Giá sắn lát cao kỷ lục, nhà máy tinh bột chạy cầm chừng
Sắn lát khô tại Đắk Lắk được thương lái thu mua 6.800-7.000 đồng một kg, tăng khoảng 1.500 đồng so với cùng kỳ năm ngoái, khiến nhiều nhà máy tinh bột thiếu nguyên liệu.

Tại Công ty CP Tinh bột sắn Ea Kar (Km 52, Quốc lộ 26, huyện Ea Kar), dây chuyền công suất 250 tấn tinh bột mỗi ngày hiện chỉ chạy khoảng 60% công suất. Ông Trần Minh Hải, Phó giám đốc, cho biết mỗi ngày nhà máy cần 1.000 tấn củ tươi nhưng chỉ mua được hơn 600 tấn, dù giá đã lên 3.300 đồng/kg, cao hơn 700 đồng so với vụ trước.

Theo ông Hải, giá tinh bột sắn xuất khẩu hiện ở mức 550-560 USD/tấn (FOB), cao nhất trong 10 năm, song giá nguyên liệu tăng nhanh hơn nên biên lợi nhuận chỉ còn 3-4%. Ngược lại, với giá hiện nay, nông dân trồng sắn lãi khoảng 25-30 triệu đồng mỗi ha.

Đắk Lắk hiện có 7 nhà máy chế biến tinh bột sắn. Diện tích sắn của tỉnh năm 2023 còn khoảng 37.000 ha, giảm gần 4.000 ha so với năm 2022 do nông dân chuyển sang trồng sầu riêng, cà phê. Theo tính toán của ngành nông nghiệp, lợi nhuận từ một ha sầu riêng gấp 8-10 lần cây sắn.

Theo Hiệp hội Sắn Việt Nam, 2 tháng đầu năm 2024, cả nước xuất khẩu 580.000 tấn sắn và sản phẩm từ sắn, trị giá 285 triệu USD, tăng lần lượt 8,5% và 26,3% so với cùng kỳ. Trung Quốc chiếm hơn 90% lượng xuất khẩu. Hiệp hội dự báo giá sắn sẽ duy trì ở mức cao ít nhất đến tháng 6, khi các nhà máy tại Tây Ninh và Campuchia bước vào vụ mới.

Hoàng Tuấn
"""

EK = "Ea Kar"
M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
VN = "Việt Nam"

FIGS = [
    F("thu mua 6.800-7.000 đồng một kg", "6.800", 6800, "money", "đồng/kg", "giá sắn lát khô thương lái thu mua", value_max=7000,
      change=C("increase", 1500, "đồng/kg", "cùng kỳ năm ngoái", approx="about")),
    F("công suất 250 tấn tinh bột", "250", 250, "measure", "tấn/ngày", "công suất dây chuyền", location=EK),
    F("khoảng 60% công suất", "60", 60, "percent", "%", "công suất dây chuyền đang chạy", approx="about", location=EK),
    F("cần 1.000 tấn củ tươi", "1.000", 1000, "measure", "tấn", "củ tươi nhà máy cần mỗi ngày", location=EK),
    F("hơn 600 tấn", "600", 600, "measure", "tấn", "củ tươi nhà máy mua được mỗi ngày", approx="over", location=EK),
    F("lên 3.300 đồng/kg", "3.300", 3300, "money", "đồng/kg", "giá củ sắn tươi", location=EK,
      change=C("increase", 700, "đồng/kg", "vụ trước")),
    F("mức 550-560 USD/tấn", "550", 550, "money", "USD/tấn", "giá tinh bột sắn xuất khẩu", value_max=560),
    F("trong 10 năm", "10", 10, "measure", "năm", "khoảng thời gian giá tinh bột sắn xuất khẩu cao nhất", optional=True),
    F("còn 3-4%", "3", 3, "percent", "%", "biên lợi nhuận", value_max=4),
    F("khoảng 25-30 triệu đồng", "25", 25e6, "money", "đồng/ha", "lãi của nông dân trồng sắn", value_max=30e6, approx="about"),
    F("có 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy chế biến tinh bột sắn"),
    F("khoảng 37.000 ha", "37.000", 37000, "measure", "ha", "diện tích sắn", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", change=C("decrease", 4000, "ha", "năm 2022", approx="nearly")),
    F("gấp 8-10 lần", "8", 8, "multiple", "lần", "lợi nhuận từ một ha sầu riêng so với cây sắn", value_max=10),
    F("xuất khẩu 580.000 tấn", "580.000", 580000, "measure", "tấn", "xuất khẩu sắn và sản phẩm từ sắn", M2, location=VN,
      change=C("increase", 8.5, "%", "cùng kỳ")),
    F("trị giá 285 triệu USD", "285", 285e6, "money", "USD", "trị giá xuất khẩu sắn và sản phẩm từ sắn", M2, location=VN,
      change=C("increase", 26.3, "%", "cùng kỳ")),
    F("hơn 90% lượng", "90", 90, "percent", "%", "thị phần của Trung Quốc trong lượng xuất khẩu sắn", I(M2), approx="over",
      location=VN),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ năm, 14/3/2024, 07:30 (GMT+7)', byline at the end. Province Đắk Lắk; the plant's",
    "figures take its district Ea Kar; the national export figures (Hiệp hội Sắn Việt Nam, 'cả nước') take Việt Nam.",
    "'đồng một kg', 'mỗi ngày', 'mỗi ha' are per-unit amounts: units đồng/kg, tấn tinh bột/ngày, đồng/ha.",
    "'tăng lần lượt 8,5% và 26,3%' distributes the changes over 580.000 tấn and 285 triệu USD.",
    "'gấp 8-10 lần' stands alone as a claim: multiple range. 'cao nhất trong 10 năm' is a time window that a reader may or may not count: optional.",
    "Not figures: 'Km 52', 'Quốc lộ 26', 07:30, '(GMT+7)', 'đến tháng 6'.",
    "revised after first.txt: capacity units written 'tấn <material>/ngày|năm' reduced to 'tấn/ngày' / 'tấn/năm' (FIGURES.md: shortest noun phrase; the set's other tonnages already use 'tấn' with the material in the subject).",
]

if __name__ == "__main__":
    build(6, TEXT, FIGS, published="2024-03-14", location="Đắk Lắk", notes=NOTES)

"""p808-6: national newspaper (VnExpress-like), Ninh Thuận sand sea cucumber (hải sâm cát) in ponds, mid-2024."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Nông nghiệp
Thứ bảy, 15/6/2024, 07:30 (GMT+7)

Nông dân Ninh Thuận thu tiền tỷ nhờ nuôi hải sâm cát

Bỏ nuôi tôm chuyển sang thả hải sâm cát trong ao đất ven đầm Nại, nhiều hộ ở Ninh Thuận có lãi cao hơn hẳn.

Anh Trần Minh Tám (45 tuổi, xã Hộ Hải, huyện Ninh Hải) có 3 ha ao. Tháng 7 năm ngoái, anh thả 60.000 con giống cỡ 5-7 g/con. Sau 9 tháng, anh thu hơn 11 tấn hải sâm, bán với giá 180.000 đồng/kg, trừ chi phí lãi khoảng 1,1 tỷ đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn Ninh Thuận, năm 2023 toàn tỉnh có 172 ha nuôi hải sâm cát, sản lượng 1.240 tấn, chiếm hơn 40% sản lượng hải sâm nuôi cả nước. Sáu tháng đầu năm nay, diện tích thả nuôi tăng lên 215 ha; giá hải sâm cát tươi loại 1 (dưới 8 con/kg) khoảng 190.000 đồng/kg, tăng 15% so với cùng kỳ.

Nguồn giống chủ yếu do Trung tâm Quốc gia giống hải sản miền Trung tại Ninh Thuận cung cấp, mỗi năm khoảng 8 triệu con, giá 2.500-3.000 đồng/con.

TS Lê Minh Hoàng, Viện Nghiên cứu Nuôi trồng thủy sản III, cho biết đề tài cấp Bộ về nuôi luân canh hải sâm cát với tôm thẻ thực hiện tại Ninh Thuận (kinh phí 4,5 tỷ đồng) đã giúp giảm 30% chi phí xử lý ao. Viện dự kiến chuyển giao quy trình cho khoảng 50 hộ nuôi tại Ninh Thuận trong năm 2025.

Tuy nhiên, theo ông Phạm Văn Hai, Chủ tịch UBND xã Hộ Hải, hạ tầng thủy lợi vùng nuôi dọc Quốc lộ 1A xuống cấp, kênh cấp nước chỉ đáp ứng khoảng 70% nhu cầu, nhiều ao phải bơm nước trực tiếp từ đầm.

Bích Ngọc
"""

H1 = P("Sáu tháng đầu năm nay", "2024-01-01", "2024-06-30")
Y2023 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("45 tuổi", "45", 45, "measure", "tuổi", "tuổi anh Trần Minh Tám", optional=True, location="Ninh Hải"),
    F("có 3 ha ao", "3", 3, "measure", "ha", "diện tích ao nuôi hải sâm của anh Trần Minh Tám", location="Ninh Hải"),
    F("thả 60.000 con giống", "60.000", 60000, "count", "con giống", "con giống hải sâm cát thả nuôi",
      P("Tháng 7 năm ngoái", "2023-07-01", "2023-07-31"), location="Ninh Hải"),
    F("cỡ 5-7 g/con", "5", 5, "measure", "g/con", "cỡ con giống", value_max=7, optional=True, location="Ninh Hải"),
    F("hơn 11 tấn", "11", 11, "measure", "tấn", "sản lượng hải sâm thu hoạch", approx="over", location="Ninh Hải"),
    F("giá 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá bán hải sâm", location="Ninh Hải"),
    F("lãi khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "lãi nuôi hải sâm cát sau khi trừ chi phí",
      approx="about", location="Ninh Hải"),
    F("có 172 ha", "172", 172, "measure", "ha", "diện tích nuôi hải sâm cát", Y2023),
    F("sản lượng 1.240 tấn", "1.240", 1240, "measure", "tấn", "sản lượng hải sâm cát", Y2023, percent=40),
    F("lên 215 ha", "215", 215, "measure", "ha", "diện tích thả nuôi hải sâm cát", H1),
    F("dưới 8 con/kg", "8", 8, "measure", "con/kg", "cỡ hải sâm cát tươi loại 1", approx="under", optional=True),
    F("khoảng 190.000 đồng/kg", "190.000", 190000, "money", "đồng/kg", "giá hải sâm cát tươi loại 1", H1,
      approx="about", change=C("increase", 15, "%", "cùng kỳ")),
    F("khoảng 8 triệu con", "8", 8e6, "count", "con", "con giống hải sâm Trung tâm Quốc gia giống hải sản miền Trung cung cấp mỗi năm",
      approx="about"),
    F("giá 2.500-3.000 đồng/con", "2.500", 2500, "money", "đồng/con", "giá con giống hải sâm", value_max=3000),
    F("kinh phí 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng",
      "kinh phí đề tài cấp Bộ về nuôi luân canh hải sâm cát với tôm thẻ"),
    F("giảm 30% chi phí", "30", 30, "percent", "%", "chi phí xử lý ao giảm"),
    F("khoảng 50 hộ", "50", 50, "count", "hộ", "hộ nuôi được chuyển giao quy trình",
      P("trong năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("khoảng 70% nhu cầu", "70", 70, "percent", "%", "nhu cầu nước được kênh cấp nước đáp ứng", approx="about",
      location="Ninh Hải"),
]

COMMENTS = [
    "National newspaper: Ninh Thuận farmers raise hải sâm cát in ponds by đầm Nại. Dateline 'Thứ bảy, 15/6/2024, 07:30 (GMT+7)';",
    "byline 'Bích Ngọc' at the end. Not figures: 'Quốc lộ 1A', 'Viện ... III', 'Sau 9 tháng' (a duration that only locates the",
    "harvest in time), names with number words (Trần Minh Tám, Phạm Văn Hai). '45 tuổi' (the farmer's age) is optional.",
    "'Tháng 7 năm ngoái' = 7/2023 (the page is dated 2024). 'Sáu tháng đầu năm nay' = H1/2024. 'chiếm hơn 40%' is the percent of",
    "1.240 tấn. The farmer's figures and the commune's irrigation (xã Hộ Hải) are located in Ninh Hải; the rest in Ninh Thuận.",
    "'cỡ 5-7 g/con', 'dưới 8 con/kg' are size classes (optional). 'giảm 30% chi phí xử lý ao' has no base amount: a percent figure.",
]

if __name__ == "__main__":
    build("p808-6", TEXT, COMMENTS, FIGS, published="2024-06-15", location="Ninh Thuận")

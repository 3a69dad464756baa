"""p902-1: province portal (Thừa Thiên Huế), làng mây tre đan Bao La, Quảng Điền."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Làng mây tre đan Bao La thu hơn 30 tỷ đồng sau 7 tháng
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

(TTĐT) - Theo UBND huyện Quảng Điền, 7 tháng đầu năm 2024, làng nghề mây tre đan Bao La (xã Quảng Phú) ước đạt doanh thu 31,5 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023, đạt 58% kế hoạch năm.

Làng nghề nằm dọc Tỉnh lộ 4, cách trung tâm thành phố Huế khoảng 15 km. Toàn làng hiện có 265 hộ làm nghề, trong đó 38 hộ chuyên làm hàng xuất khẩu; số lao động tham gia sản xuất khoảng 520 người. Thu nhập bình quân của lao động làng nghề từ 4,5 đến 6 triệu đồng/người/tháng, thợ lành nghề đạt trên 8 triệu đồng/người/tháng.

Sản phẩm chủ lực là rổ, rá, nong, nia, giỏ hoa và chao đèn. Từ đầu năm đến nay, các cơ sở đã xuất bán khoảng 186.000 sản phẩm, trong đó hàng xuất khẩu sang Nhật Bản, Hàn Quốc và Đức chiếm 42%. Giá mây sợi hiện ở mức 95.000 đồng/kg, tăng khoảng 15% so với cùng kỳ; tre gai 35.000-40.000 đồng/cây.

Ông Lê Văn Chín, Chủ tịch Hội làng nghề, cho biết đơn hàng đã kín đến tháng 12. Năm 2023, tỉnh Thừa Thiên Huế bố trí 1,2 tỷ đồng kinh phí khuyến công theo Quyết định số 1845/QĐ-UBND cho các làng nghề mây tre đan, trong đó Bao La nhận 9 mô hình máy chẻ tre, máy vót nan; hiện 75% hộ trong làng đã dùng máy ở khâu sơ chế.

Năm 2024, huyện Quảng Điền phấn đấu đưa doanh thu làng nghề Bao La đạt 54 tỷ đồng, giải quyết việc làm cho 600 lao động. Lễ hội làng nghề lần thứ 3 dự kiến tổ chức vào tháng 10 với khoảng 40 gian hàng.
"""

M7 = P("7 tháng", "2024-01-01", "2024-07-31")
M7Y = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T10 = P("tháng 10", "2024-10-01", "2024-10-31")

FIGS = [
    F("thu hơn 30 tỷ đồng", "30", 30e9, "money", "đồng", "doanh thu làng mây tre đan Bao La", M7, approx="over"),
    F("ước đạt doanh thu 31,5 tỷ đồng", "31,5", 31.5e9, "money", "đồng", "doanh thu làng nghề mây tre đan Bao La", M7Y,
      percent=58, change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 15 km", "15", 15, "measure", "km", "khoảng cách từ làng nghề đến trung tâm thành phố Huế", approx="about"),
    F("có 265 hộ làm nghề", "265", 265, "count", "hộ", "hộ làm nghề toàn làng"),
    F("trong đó 38 hộ", "38", 38, "count", "hộ", "hộ chuyên làm hàng xuất khẩu", total=265),
    F("khoảng 520 người", "520", 520, "count", "người", "lao động tham gia sản xuất", approx="about"),
    F("từ 4,5 đến 6 triệu đồng/người/tháng", "4,5", 4.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làng nghề", value_max=6e6),
    F("trên 8 triệu đồng/người/tháng", "8", 8e6, "money", "đồng/người/tháng", "thu nhập thợ lành nghề", approx="over"),
    F("khoảng 186.000 sản phẩm", "186.000", 186000, "count", "sản phẩm", "sản phẩm các cơ sở đã xuất bán", YTD,
      approx="about"),
    F("chiếm 42%", "42", 42, "percent", "%", "hàng xuất khẩu sang Nhật Bản, Hàn Quốc và Đức trong sản phẩm xuất bán", YTD),
    F("95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá mây sợi",
      change=C("increase", 15, baseline="cùng kỳ", approx="about")),
    F("35.000-40.000 đồng/cây", "35.000", 35000, "money", "đồng/cây", "giá tre gai", value_max=40000),
    F("bố trí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí khuyến công cho các làng nghề mây tre đan", Y23,
      location="Thừa Thiên Huế"),
    F("nhận 9 mô hình", "9", 9, "count", "mô hình", "mô hình máy chẻ tre, máy vót nan Bao La nhận", Y23),
    F("hiện 75% hộ", "75", 75, "percent", "%", "hộ trong làng dùng máy ở khâu sơ chế"),
    F("đạt 54 tỷ đồng", "54", 54e9, "money", "đồng", "doanh thu làng nghề Bao La", Y24, status="target"),
    F("cho 600 lao động", "600", 600, "count", "lao động", "lao động được giải quyết việc làm", Y24, status="target"),
    F("khoảng 40 gian hàng", "40", 40, "count", "gian hàng", "gian hàng lễ hội làng nghề", T10, approx="about",
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT Thừa Thiên Huế: làng mây tre đan Bao La (xã Quảng Phú, huyện Quảng Điền), 7 tháng 2024.",
    "Village figures are located in the district Quảng Điền; the province's 1,2 tỷ khuyến công money is Thừa Thiên Huế.",
    "Year-less headline '7 tháng' takes 2024 (published). '9 mô hình' after 'trong đó' counts models, not money: no total.",
    "Distractors: Lượt xem 2.316, Tỉnh lộ 4, Lê Văn Chín, 'tháng 12' (order horizon), Quyết định số 1845/QĐ-UBND, lần thứ 3.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Quảng Điền")

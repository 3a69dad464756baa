"""p789-8: provincial newspaper online (Báo Bắc Giang), mì Chũ of xã Nam Dương (Lục Ngạn); headline figure, (BGĐT) - tag."""
from lib import F, period, inherit, change, target, write

TEXT = """Báo Bắc Giang điện tử > Kinh tế > Nông nghiệp
Làng mì Chũ vào vụ Tết, mỗi ngày xuất bán 40-45 tấn
Cập nhật lúc 15:05, Thứ hai, 22/01/2024

(BGĐT) - Từ đầu tháng 12/2023 đến nay, các hộ sản xuất mì gạo ở xã Nam Dương (Lục Ngạn) đã xuất bán khoảng 760 tấn mì Chũ, tăng 12% so với cùng kỳ. Những ngày cao điểm, mỗi ngày làng xuất bán 40-45 tấn. Sản lượng này gấp 1,5-2 lần ngày thường.

Toàn xã hiện có 430 hộ làm mì, trong đó 176 hộ được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Các thôn Thủ Dương, Hải Yên, Nam Điện lần lượt có 152, 118 và 97 hộ làm mì. Dọc Quốc lộ 31 qua xã có hơn 20 cửa hàng giới thiệu sản phẩm.

Năm 2023, sản lượng mì Chũ đạt khoảng 3.600 tấn, giá trị sản xuất 216 tỷ đồng, tăng 7,4% so với năm 2022; trong đó khoảng 150 tấn được xuất khẩu sang Mỹ, Nhật Bản, Hàn Quốc. Giá mì Chũ loại thường 55.000 đồng/kg, loại đặc biệt 65.000-70.000 đồng/kg. Thu nhập bình quân đầu người của xã năm 2023 đạt 62 triệu đồng/người/năm.

Sản phẩm mì Chũ Nam Dương đã đạt OCOP 4 sao. Ông Giáp Văn Ba, Chủ tịch Hội Sản xuất và kinh doanh mì Chũ, cho biết hội đang xây dựng nhãn hiệu tập thể phiên bản thứ 2 và mã QR truy xuất nguồn gốc cho từng gói mì.

Năm 2024, xã phấn đấu có thêm 30 hộ được cấp giấy chứng nhận an toàn thực phẩm, sản lượng mì đạt 3.800 tấn.

Thanh Thảo
"""

DEC = period("Từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-22")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
L = "Lục Ngạn"

FIGS = [
    F("mỗi ngày xuất bán 40-45 tấn", "40", 40, "measure", "tấn", "mì Chũ xuất bán mỗi ngày vụ Tết", value_max=45, location=L),
    F("khoảng 760 tấn", "760", 760, "measure", "tấn", "mì Chũ xuất bán", approx="about",
      change=change("increase", 12, "%", "cùng kỳ"), period=DEC, location=L),
    F("làng xuất bán 40-45 tấn", "40", 40, "measure", "tấn", "mì xuất bán mỗi ngày cao điểm", value_max=45,
      period=inherit(DEC), location=L),
    F("gấp 1,5-2 lần", "1,5", 1.5, "multiple", "lần", "sản lượng ngày cao điểm so với ngày thường", value_max=2,
      period=inherit(DEC), location=L),
    F("có 430 hộ", "430", 430, "count", "hộ", "hộ làm mì", location=L),
    F("176 hộ", "176", 176, "count", "hộ", "hộ được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", total=430, location=L),
    F("có 152,", "152", 152, "count", "hộ", "hộ làm mì", location=L),
    F("152, 118", "118", 118, "count", "hộ", "hộ làm mì", location=L),
    F("và 97 hộ", "97", 97, "count", "hộ", "hộ làm mì", location=L),
    F("hơn 20 cửa hàng", "20", 20, "count", "cửa hàng", "cửa hàng giới thiệu sản phẩm", approx="over", location=L),
    F("khoảng 3.600 tấn", "3.600", 3600, "measure", "tấn", "sản lượng mì Chũ", approx="about", period=Y23, location=L),
    F("sản xuất 216 tỷ đồng", "216", 216e9, "money", "đồng", "giá trị sản xuất mì Chũ",
      change=change("increase", 7.4, "%", "năm 2022"), period=Y23, location=L),
    F("khoảng 150 tấn", "150", 150, "measure", "tấn", "mì Chũ xuất khẩu", approx="about", total=3600, period=Y23, location=L),
    F("thường 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá mì Chũ loại thường", period=inherit(Y23), location=L),
    F("đặc biệt 65.000-70.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá mì Chũ loại đặc biệt", value_max=70000,
      period=inherit(Y23), location=L),
    F("đạt 62 triệu đồng/người/năm", "62", 62e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người của xã",
      period=period("năm 2023", "2023-01-01", "2023-12-31"), location=L),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, location=L),
    F("thêm 30 hộ", "30", 30, "count", "hộ", "hộ được cấp giấy chứng nhận an toàn thực phẩm", status="target", period=Y24, location=L),
    F("đạt 3.800 tấn", "3.800", 3800, "measure", "tấn", "sản lượng mì", status="target", period=Y24, location=L),
]

COMMENTS = [
    "Báo Bắc Giang điện tử, 'Cập nhật lúc 15:05, Thứ hai, 22/01/2024', '(BGĐT) -' tag, headline with a range figure: mì Chũ of xã Nam Dương (Lục Ngạn).",
    "Location Lục Ngạn (district) for all; villages (thôn) are no place level; export markets are no places of figures.",
    "'Từ đầu tháng 12/2023 đến nay' = 2023-12-01 .. dateline. 'Sản lượng này gấp 1,5-2 lần ngày thường' stands alone: multiple with range.",
    "'lần lượt có 152, 118 và 97 hộ làm mì' shares 'hộ làm mì'; 367 of 430, no part-of cue: no totals. 150 tấn after 'trong đó' -> total 3.600.",
    "'tăng 7,4% so với năm 2022' follows 216 tỷ, so it is that figure's change, not 3.600 tấn's.",
    "Distractors: Quốc lộ 31, 15:05, Thứ hai, Giáp Văn Ba, phiên bản thứ 2, mã QR.",
]

write("p789-8", TEXT, FIGS, COMMENTS, published="2024-01-22", location=L)

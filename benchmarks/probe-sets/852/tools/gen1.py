"""p852-1: Bến Tre province portal, mứt dừa for Tết Giáp Thìn (2024-01-18)."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bến Tre: Dự kiến cung ứng 1.850 tấn mứt dừa dịp Tết
Cập nhật: 18/01/2024 09:45 | Lượt xem: 2.316

Theo Sở Công Thương, toàn tỉnh hiện có 126 cơ sở sản xuất mứt dừa, kẹo dừa, trong đó 38 cơ sở có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên. Các cơ sở tập trung chủ yếu ở huyện Mỏ Cày Nam (47 cơ sở), huyện Châu Thành (29 cơ sở) và TP. Bến Tre (18 cơ sở).

Từ đầu tháng 12/2023 đến nay, các cơ sở đã sản xuất khoảng 1.420 tấn mứt dừa các loại, tăng 12,5% so với cùng kỳ năm trước. Dự kiến đến trước Tết Nguyên đán, tổng sản lượng đạt khoảng 1.850 tấn.

Giá mứt dừa non tại cơ sở dao động từ 120.000 đến 160.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với Tết năm trước; mứt dừa sữa, dừa lá dứa có giá 180.000-220.000 đồng/kg. Bà Lê Thị Ba, chủ cơ sở mứt dừa Ba Thảo ở xã Định Thủy, cho biết cơ sở đã nhận đơn hàng từ các siêu thị tại TP. Hồ Chí Minh, Cần Thơ và phải tăng ca đến 22 giờ mỗi ngày.

Mùa cao điểm, các cơ sở thu hút hơn 2.400 lao động, trong đó lao động nữ chiếm gần 80%; thu nhập bình quân 7-9 triệu đồng/người/tháng.

Năm 2023, doanh thu từ mứt, kẹo dừa ước đạt 865 tỷ đồng, tăng 8,2% so với năm 2022; kim ngạch xuất khẩu ước đạt 21,4 triệu USD (năm 2022 đạt 18,6 triệu USD), đạt 107% kế hoạch năm. Sản phẩm đã có mặt tại 23 quốc gia và vùng lãnh thổ.

Theo Quyết định số 1523/QĐ-UBND, năm 2024 tỉnh phấn đấu có thêm 10 sản phẩm mứt, kẹo dừa đạt OCOP và nâng kim ngạch xuất khẩu lên 25 triệu USD.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-18")

FIGS = [
    F("cung ứng 1.850 tấn mứt dừa", "1.850", 1850, "measure", "tấn",
      "mứt dừa cung ứng dịp Tết", status="forecast"),
    F("hiện có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở sản xuất mứt dừa, kẹo dừa"),
    F("trong đó 38 cơ sở", "38", 38, "count", "cơ sở",
      "cơ sở có sản phẩm đạt chứng nhận OCOP", total=126),
    F("OCOP từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng sao OCOP",
      approx="at_least", optional=True),
    F("Mỏ Cày Nam (47 cơ sở)", "47", 47, "count", "cơ sở", "cơ sở sản xuất mứt dừa, kẹo dừa",
      location="Mỏ Cày Nam"),
    F("Châu Thành (29 cơ sở)", "29", 29, "count", "cơ sở", "cơ sở sản xuất mứt dừa, kẹo dừa",
      location="Châu Thành"),
    F("Bến Tre (18 cơ sở)", "18", 18, "count", "cơ sở", "cơ sở sản xuất mứt dừa, kẹo dừa",
      location="Bến Tre"),
    F("sản xuất khoảng 1.420 tấn", "1.420", 1420, "measure", "tấn", "mứt dừa các loại đã sản xuất",
      SINCE, approx="about", change=C("increase", 12.5, baseline="cùng kỳ năm trước")),
    F("đạt khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn", "tổng sản lượng mứt dừa",
      approx="about", status="forecast"),
    F("từ 120.000 đến 160.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá mứt dừa non tại cơ sở",
      value_max=160000, change=C("increase", 10000, "đồng/kg", "Tết năm trước", "about")),
    F("giá 180.000-220.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá mứt dừa sữa, dừa lá dứa",
      value_max=220000),
    F("hơn 2.400 lao động", "2.400", 2400, "count", "lao động", "lao động các cơ sở thu hút mùa cao điểm",
      approx="over"),
    F("chiếm gần 80%", "80", 80, "percent", "%", "lao động nữ", approx="nearly"),
    F("bình quân 7-9 triệu", "7", 7000000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      value_max=9000000),
    F("ước đạt 865 tỷ đồng", "865", 865e9, "money", "đồng", "doanh thu từ mứt, kẹo dừa", Y23,
      status="estimate", change=C("increase", 8.2, baseline="năm 2022")),
    F("ước đạt 21,4 triệu USD", "21,4", 21.4e6, "money", "USD", "kim ngạch xuất khẩu mứt, kẹo dừa", Y23,
      status="estimate", percent=107),
    F("đạt 18,6 triệu USD", "18,6", 18.6e6, "money", "USD", "kim ngạch xuất khẩu mứt, kẹo dừa",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("tại 23 quốc gia", "23", 23, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có sản phẩm", I(Y23)),
    F("thêm 10 sản phẩm", "10", 10, "count", "sản phẩm", "sản phẩm mứt, kẹo dừa đạt OCOP tăng thêm", Y24,
      status="target"),
    F("lên 25 triệu USD", "25", 25e6, "money", "USD", "kim ngạch xuất khẩu mứt, kẹo dừa", Y24,
      status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bến Tre (invented): mứt dừa for Tết Giáp Thìn. 'Cập nhật: 18/01/2024 09:45' is the dateline; 'Lượt xem: 2.316' furniture.",
    "Distractors: Quyết định số 1523/QĐ-UBND, '22 giờ' (time of day), names 'Lê Thị Ba', 'Ba Thảo', breadcrumb.",
    "'đến trước Tết Nguyên đán' and 'Mùa cao điểm' are not calendar periods: no period. 'Từ đầu tháng 12/2023 đến nay' ends at the dateline.",
    "District list (47+29+18=94) does not add up to 126 and has no part-of cue: no total. 'gần 80%' is a share of women, a percent figure of its own.",
    "Bracketed '(năm 2022 đạt 18,6 triệu USD)' has its own verb: actual; '107% kế hoạch năm' is the percent of 21,4 triệu across the bracket.",
]

if __name__ == "__main__":
    write_set(1, TEXT, FIGS, NOTES, published="2024-01-18", location="Bến Tre")

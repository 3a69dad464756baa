"""p649-6: national press - honey price collapse, national colonies/output, stock, a farmer's loss, US share, 2030 target."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 18/7/2024, 06:15 (GMT+7)
Giá mật ong xuống đáy, gần 20.000 tấn tồn kho

Giá mật ong thu mua tại vườn ở nhiều địa phương chỉ còn 22.000-25.000 đồng/kg, giảm khoảng 45% so với đầu năm 2022, khiến người nuôi ong thua lỗ nặng.

Theo Hiệp hội Nuôi ong Việt Nam, cả nước hiện có khoảng 1,6 triệu đàn ong với hơn 35.000 hộ nuôi. Sản lượng mật năm 2023 đạt khoảng 60.000 tấn, trong đó khoảng 90% dành cho xuất khẩu. Tính đến cuối tháng 6/2024, lượng mật tồn trong dân và doanh nghiệp vào khoảng 19.500 tấn, tăng gần 1,8 lần so với cùng thời điểm năm trước.

Ông Nguyễn Văn Tuấn, chủ trại ong ở huyện Krông Pắc (Đắk Lắk), cho biết gia đình nuôi 800 đàn, vụ này thu khoảng 24 tấn mật nhưng thương lái chỉ trả 23.000 đồng/kg, thấp hơn giá thành khoảng 7.000 đồng. "Cả vụ tôi lỗ hơn 160 triệu đồng, chưa tính tiền công của 4 lao động", ông Tuấn nói.

Theo ông Phùng Hữu Hào, Chủ tịch Hiệp hội, nguyên nhân chính là Hoa Kỳ, thị trường chiếm trên 85% lượng mật xuất khẩu, áp thuế chống bán phá giá cao từ năm 2022 khiến đơn hàng giảm mạnh. Hiệp hội kiến nghị Bộ Công Thương hỗ trợ xúc tiến thương mại sang EU, Nhật Bản, Hàn Quốc; phấn đấu đến năm 2030 tỷ trọng xuất khẩu sang các thị trường ngoài Hoa Kỳ đạt 40%.

Tại hội nghị ngày 16/7, đại diện Bộ Nông nghiệp và Phát triển nông thôn cho biết sẽ rà soát, đề xuất gói hỗ trợ tín dụng cho người nuôi ong, giãn nợ 12 tháng với các khoản vay đến hạn.

Hoàng Nam
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến cuối tháng 6/2024", None, "2024-06-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 20.000 tấn", "20.000", 20000, "measure", "tấn", "mật ong tồn kho", I(ASOF), approx="nearly"),
    F("22.000-25.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá mật ong thu mua tại vườn",
      value_max=25000, change=CH("decrease", 45, baseline="đầu năm 2022", approx="about")),
    F("khoảng 1,6 triệu đàn", "1,6", 1.6e6, "count", "đàn ong", "đàn ong", approx="about"),
    F("hơn 35.000 hộ", "35.000", 35000, "count", "hộ", "hộ nuôi ong", approx="over"),
    F("khoảng 60.000 tấn", "60.000", 60000, "measure", "tấn", "sản lượng mật", Y23, approx="about"),
    F("khoảng 90%", "90", 90, "percent", "%", "tỷ lệ sản lượng mật dành cho xuất khẩu", Y23, approx="about"),
    F("khoảng 19.500 tấn", "19.500", 19500, "measure", "tấn", "lượng mật tồn trong dân và doanh nghiệp", ASOF,
      approx="about", change=CH("increase", 1.8, "lần", baseline="cùng thời điểm năm trước", approx="nearly")),
    F("nuôi 800 đàn", "800", 800, "count", "đàn", "đàn ong gia đình ông Nguyễn Văn Tuấn nuôi", location="Krông Pắc"),
    F("khoảng 24 tấn", "24", 24, "measure", "tấn", "mật thu được vụ này", approx="about", location="Krông Pắc"),
    F("trả 23.000 đồng/kg", "23.000", 23000, "money", "đồng/kg", "giá thương lái trả",
      change=CH("decrease", 7000, "đồng", baseline="giá thành", approx="about"), location="Krông Pắc"),
    F("hơn 160 triệu đồng", "160", 160e6, "money", "đồng", "lỗ cả vụ", approx="over", location="Krông Pắc"),
    F("của 4 lao động", "4", 4, "count", "lao động", "lao động", optional=True, location="Krông Pắc"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ trọng thị trường Hoa Kỳ trong lượng mật xuất khẩu", approx="over"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ trọng xuất khẩu sang các thị trường ngoài Hoa Kỳ", T30, status="target"),
    F("giãn nợ 12 tháng", "12", 12, "measure", "tháng", "thời gian giãn nợ", optional=True),
]

COMMENTS = [
    "National press (Thứ năm, 18/7/2024, 06:15 (GMT+7), byline at the end): honey price collapse, national output and stock, a farmer's loss.",
    "Location Việt Nam ('nhiều địa phương', cả nước, Hiệp hội); the farmer's figures are Krông Pắc (district named in the sentence).",
    "'thấp hơn giá thành khoảng 7.000 đồng' is the change of 23.000 đồng/kg (not a figure). 'trong đó khoảng 90% dành cho xuất khẩu' is a share",
    "of a part with no base amount: its own percent figure. Headline stock figure inherits the as-of period of the body (unscored).",
    "Optional: '4 lao động' (aside in a quote) and the 12-month debt deferral (a policy duration). Not figures: (GMT+7), 'ngày 16/7', 'từ năm 2022'.",
    "'Hiện có' sentence: no period.",
]

if __name__ == "__main__":
    emit("p649-6", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Việt Nam")

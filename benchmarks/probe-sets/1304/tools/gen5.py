"""p1304-5: national newspaper: soursop prices double; national area, output, exports."""
from lib import F, P, I, C, T, year, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 20/8/2024, 06:00 (GMT+7)

Giá mãng cầu xiêm tăng gấp đôi

Giá mãng cầu xiêm tại vườn ở huyện Tân Phú Đông (Tiền Giang) hiện lên 35.000-40.000 đồng/kg, gấp đôi cùng kỳ năm ngoái, nhà vườn lãi lớn.

Ông Nguyễn Văn Sang, chủ vườn 2 ha ở xã Tân Thạnh, cho biết vụ này vườn nhà ông thu khoảng 25 tấn trái, lãi hơn 600 triệu đồng. Theo thương lái, giá tăng do nguồn cung giảm sau đợt hạn mặn đầu năm, trong khi các doanh nghiệp chế biến nước ép, sấy dẻo thu mua mạnh để xuất khẩu.

Theo Cục Trồng trọt (Bộ Nông nghiệp và Phát triển nông thôn), cả nước có khoảng 5.200 ha mãng cầu xiêm, sản lượng năm 2023 đạt gần 62.000 tấn. Tiền Giang dẫn đầu với 2.860 ha, Bến Tre đứng thứ hai với 1.880 ha, tiếp đến là Bà Rịa - Vũng Tàu khoảng 320 ha.

Năm 2023, kim ngạch xuất khẩu mãng cầu xiêm và sản phẩm chế biến ước đạt 18,5 triệu USD, tăng 23% so với năm 2022; 7 tháng đầu năm nay đạt 14,2 triệu USD, chủ yếu sang Hàn Quốc, Mỹ và EU. Riêng thị trường Hàn Quốc chiếm khoảng 40%.

Hiệp hội Rau quả Việt Nam dự báo giá mãng cầu xiêm sẽ duy trì ở mức cao đến cuối năm, xuất khẩu cả năm 2024 có thể đạt 25 triệu USD. Tuy nhiên, hiệp hội khuyến cáo nông dân không ồ ạt mở rộng diện tích, bởi cây cần 3-4 năm mới cho trái ổn định và dễ mất giá khi vào vụ rộ.

Hoàng Nam
"""

TPD = "Tân Phú Đông"
Y23 = year("năm 2023", 2023)
Y23b = year("Năm 2023", 2023)
M7 = P("7 tháng đầu năm nay", "2024-01-01", "2024-07-31")
Y24 = year("cả năm 2024", 2024)

FIGS = [
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="giá mãng cầu xiêm", location=TPD),
    F("lên 35.000-40.000", "35.000", 35000, "money", "đồng/kg", value_max=40000,
      change=C("increase", 2, "lần", "cùng kỳ năm ngoái"),
      subject="giá mãng cầu xiêm tại vườn", location=TPD),
    F("vườn 2 ha", "2", 2, "measure", "ha", subject="diện tích vườn của ông Nguyễn Văn Sang", location=TPD),
    F("khoảng 25 tấn", "25", 25, "measure", "tấn", approx="about",
      subject="mãng cầu xiêm vườn nhà ông Sang thu", location=TPD),
    F("hơn 600 triệu", "600", 600e6, "money", "đồng", approx="over", subject="tiền lãi của vườn", location=TPD),
    F("khoảng 5.200 ha", "5.200", 5200, "measure", "ha", approx="about",
      subject="diện tích mãng cầu xiêm cả nước"),
    F("gần 62.000 tấn", "62.000", 62000, "measure", "tấn", approx="nearly",
      subject="sản lượng mãng cầu xiêm", period=Y23),
    F("với 2.860 ha", "2.860", 2860, "measure", "ha", subject="diện tích mãng cầu xiêm", location="Tiền Giang"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="diện tích mãng cầu xiêm", location="Bến Tre"),
    F("với 1.880 ha", "1.880", 1880, "measure", "ha", subject="diện tích mãng cầu xiêm", location="Bến Tre"),
    F("khoảng 320 ha", "320", 320, "measure", "ha", approx="about", subject="diện tích mãng cầu xiêm",
      location="Bà Rịa - Vũng Tàu"),
    F("ước đạt 18,5 triệu", "18,5", 18.5e6, "money", "USD", status="estimate",
      change=C("increase", 23, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu mãng cầu xiêm và sản phẩm chế biến", period=Y23b),
    F("đạt 14,2 triệu", "14,2", 14.2e6, "money", "USD",
      subject="kim ngạch xuất khẩu mãng cầu xiêm và sản phẩm chế biến", period=M7),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ trọng của thị trường Hàn Quốc trong kim ngạch xuất khẩu", period=I(M7)),
    F("đạt 25 triệu", "25", 25e6, "money", "USD", status="forecast",
      subject="xuất khẩu mãng cầu xiêm", period=Y24),
    F("cần 3-4 năm", "3", 3, "measure", "năm", value_max=4, subject="thời gian cây cho trái ổn định",
      optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 20/8/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'năm ngoái', 'năm 2022' baseline, 'đầu năm', 'đến cuối năm'.",
    "Headline 'tăng gấp đôi' stands alone → multiple 2 lần; in the sapo 'gấp đôi cùng kỳ năm ngoái' after the price → change 2 lần.",
    "Farm and price figures are in Tân Phú Đông (xã Tân Thạnh is in that district); the Cục Trồng trọt figures are Việt Nam;",
    "list items 'Tiền Giang dẫn đầu với', 'Bến Tre đứng thứ hai với', 'Bà Rịa - Vũng Tàu khoảng' take their province as location.",
    "'Riêng thị trường Hàn Quốc chiếm khoảng 40%' is a share of a part → its own percent figure; Hàn Quốc is a partner, location Việt Nam.",
    "'7 tháng đầu năm nay' → 2024 (published). '3-4 năm mới cho trái' is a fact-duration: optional.",
    "revised after the first run: 'vườn 2 ha' subject starts with 'diện tích' like every other ha figure of the set.",
]

if __name__ == "__main__":
    write("p1304-5", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")

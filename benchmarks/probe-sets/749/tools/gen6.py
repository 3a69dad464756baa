"""p749-6: national press — banana exports in the first 5 months of 2024, markets, prices, forecast."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 10/6/2024, 07:00 (GMT+7)

Xuất khẩu chuối sang Trung Quốc tăng gần 40%

Nhu cầu lớn từ thị trường phía bắc giúp kim ngạch xuất khẩu chuối tăng mạnh, giá tại vườn cao hơn hẳn cùng kỳ.

Theo số liệu của Tổng cục Hải quan, 5 tháng đầu năm 2024, Việt Nam xuất khẩu 186.400 tấn chuối, trị giá 112,7 triệu USD, tăng lần lượt 32,6% và 38,9% so với cùng kỳ năm ngoái. Giá xuất khẩu bình quân đạt 605 USD/tấn, tăng 4,8%. Riêng tháng 5, kim ngạch đạt 27,3 triệu USD, giảm 4,1% so với tháng trước nhưng tăng 26% so với tháng 5/2023.

Trung Quốc là thị trường lớn nhất, đạt 83,4 triệu USD, chiếm 74% tổng kim ngạch, tăng 39,5% so với cùng kỳ. Các thị trường tiếp theo là Nhật Bản (11,2 triệu USD), Hàn Quốc (8,6 triệu USD) và UAE (2,9 triệu USD). Với kết quả này, Việt Nam vươn lên đứng thứ 2 trong các nguồn cung chuối nhập khẩu của Trung Quốc, chỉ sau Philippines.

Ông Đặng Phúc Nguyên, Tổng thư ký Hiệp hội Rau quả Việt Nam, cho biết giá chuối xuất khẩu tại vườn hiện ở mức 9.000-11.000 đồng/kg, cao hơn khoảng 30% so với đầu năm. Cả nước có khoảng 40.000 ha chuối trồng theo tiêu chuẩn xuất khẩu, nhưng chưa đến 20% trong số này được đầu tư hệ thống tưới và nhà sơ chế đồng bộ.

"Nếu giữ được đà này, kim ngạch xuất khẩu chuối cả năm 2024 dự kiến đạt 380-400 triệu USD", ông Nguyên nói.

Thi Hà
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("tăng gần 40%", "40", 40, "percent", "%", "xuất khẩu chuối sang Trung Quốc", I(M5), approx="nearly"),
    F("xuất khẩu 186.400 tấn", "186.400", 186400, "measure", "tấn", "lượng chuối xuất khẩu", M5,
      change=CH("increase", 32.6, baseline="cùng kỳ năm ngoái")),
    F("trị giá 112,7 triệu USD", "112,7", 112700000, "money", "USD", "trị giá xuất khẩu chuối", M5,
      change=CH("increase", 38.9, baseline="cùng kỳ năm ngoái")),
    F("đạt 605 USD/tấn", "605", 605, "money", "USD/tấn", "giá xuất khẩu chuối bình quân", I(M5),
      change=CH("increase", 4.8)),
    F("đạt 27,3 triệu USD", "27,3", 27300000, "money", "USD", "kim ngạch xuất khẩu chuối tháng 5",
      P("tháng 5", "2024-05-01", "2024-05-31"), change=CH("decrease", 4.1, baseline="tháng trước")),
    F("tăng 26%", "26", 26, "percent", "%", "kim ngạch xuất khẩu chuối tháng 5 so với tháng 5/2023",
      P("tháng 5", "2024-05-01", "2024-05-31"), optional=True),
    F("đạt 83,4 triệu USD", "83,4", 83400000, "money", "USD", "kim ngạch xuất khẩu chuối sang thị trường Trung Quốc", I(M5),
      percent=74, change=CH("increase", 39.5, baseline="cùng kỳ")),
    F("Nhật Bản (11,2 triệu USD)", "11,2", 11200000, "money", "USD", "kim ngạch xuất khẩu chuối sang Nhật Bản", I(M5)),
    F("Hàn Quốc (8,6 triệu USD)", "8,6", 8600000, "money", "USD", "kim ngạch xuất khẩu chuối sang Hàn Quốc", I(M5)),
    F("UAE (2,9 triệu USD)", "2,9", 2900000, "money", "USD", "kim ngạch xuất khẩu chuối sang UAE", I(M5)),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "nguồn cung chuối nhập khẩu của Trung Quốc"),
    F("9.000-11.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá chuối xuất khẩu tại vườn", value_max=11000,
      change=CH("increase", 30, baseline="đầu năm", approx="about")),
    F("khoảng 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích chuối trồng theo tiêu chuẩn xuất khẩu",
      approx="about"),
    F("chưa đến 20%", "20", 20, "percent", "%",
      "diện tích chuối xuất khẩu được đầu tư hệ thống tưới và nhà sơ chế đồng bộ", approx="under"),
    F("380-400 triệu USD", "380", 380000000, "money", "USD", "kim ngạch xuất khẩu chuối cả năm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=400000000, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style: 'Thứ hai, 10/6/2024, 07:00 (GMT+7)', byline at the end): banana exports, 5 months 2024.",
    "Headline 'tăng gần 40%' is a growth rate that is itself the claim: percent, nearly, no change; lead period inherited.",
    "'tăng lần lượt 32,6% và 38,9%' distributes the changes. 27,3 triệu USD: first change (giảm 4,1% so với tháng trước) is the",
    "attribute, the second ('tăng 26% so với tháng 5/2023') an optional percent figure.",
    "Markets are trade partners, not places (location Việt Nam). 'chưa đến 20%' → approx under. 'dự kiến' → forecast.",
    "Distractors: '(GMT+7)', time 07:00, 'tháng 5/2023' as a baseline, names (Philippines, Hiệp hội Rau quả Việt Nam).",
]

if __name__ == "__main__":
    emit("p749-6", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Việt Nam")

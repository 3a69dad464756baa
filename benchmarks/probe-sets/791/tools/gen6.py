"""p791-6: national newspaper, drone pilots' income (Long An) and national drone figures, 2025."""
from lib import F, P, I, C, T, emit

TEXT = """Kinh doanh › Nông nghiệp
Chủ nhật, 9/3/2025, 07:30 (GMT+7)

Chàng trai Long An kiếm 30 triệu đồng mỗi tháng nhờ lái thiết bị bay phun thuốc

Giá thiết bị bay giảm mạnh, nhu cầu phun thuốc, bón phân, gieo sạ bằng máy tăng nhanh khiến nhiều thanh niên miền Tây theo nghề "phi công" nông nghiệp.

Anh Phạm Minh Trí, 29 tuổi, ở huyện Thạnh Hóa (Long An), sở hữu 3 thiết bị bay, mỗi vụ nhận phun cho khoảng 1.200 ha lúa của nông dân trong và ngoài huyện. Với giá phun 100.000 đồng/ha, trừ chi phí pin, nhiên liệu và lương 2 thợ phụ, mỗi tháng anh lãi khoảng 30 triệu đồng. "Năm 2021 tôi mua chiếc đầu tiên giá 720 triệu đồng, nay loại tương đương chỉ còn khoảng 350 triệu đồng", anh Trí nói.

Theo Cục Trồng trọt và Bảo vệ thực vật, đến cuối năm 2024 cả nước có khoảng 10.500 thiết bị bay phục vụ nông nghiệp, riêng Đồng bằng sông Cửu Long chiếm 68%. Diện tích phun thuốc, bón phân bằng thiết bị bay năm 2024 ước đạt 4,2 triệu lượt ha, tăng 55% so với năm 2023. Năm 2024, Việt Nam nhập khẩu khoảng 3.100 thiết bị bay nông nghiệp, chủ yếu từ Trung Quốc. Giá thiết bị đã giảm 40-50% trong ba năm qua.

Đến nay đã có 7.300 người được cấp chứng chỉ điều khiển, song theo ước tính của Cục vẫn còn thiếu khoảng 2.000 người.

Tại Long An, năm 2024 toàn tỉnh có 935 thiết bị bay, phục vụ khoảng 62% diện tích lúa. Tỉnh hỗ trợ 50% học phí, tối đa 5 triệu đồng/người, cho nông dân học lấy chứng chỉ.

Hoàng Nam
"""

TH = "Thạnh Hóa"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
NOW = P("Đến nay", None, "2025-03-09")

FIGS = [
    F("kiếm 30 triệu đồng", "30", 30000000, "money", "đồng/tháng", "thu nhập mỗi tháng nhờ lái thiết bị bay phun thuốc",
      location="Long An"),
    F("29 tuổi", "29", 29, "measure", "tuổi", "tuổi anh Phạm Minh Trí", optional=True, location=TH),
    F("sở hữu 3 thiết bị bay", "3", 3, "count", "thiết bị bay", "thiết bị bay anh Trí sở hữu", location=TH),
    F("khoảng 1.200 ha", "1.200", 1200, "measure", "ha/vụ", "diện tích lúa nhận phun mỗi vụ", approx="about",
      location=TH),
    F("giá phun 100.000 đồng/ha", "100.000", 100000, "money", "đồng/ha", "giá phun", location=TH),
    F("lương 2 thợ phụ", "2", 2, "count", "thợ phụ", "thợ phụ", location=TH),
    F("lãi khoảng 30 triệu đồng", "30", 30000000, "money", "đồng/tháng", "lãi mỗi tháng", approx="about",
      location=TH),
    F("giá 720 triệu đồng", "720", 720000000, "money", "đồng", "giá chiếc thiết bị bay đầu tiên",
      P("Năm 2021", "2021-01-01", "2021-12-31"), location=TH),
    F("khoảng 350 triệu đồng", "350", 350000000, "money", "đồng", "giá loại thiết bị bay tương đương",
      approx="about", location=TH),
    F("khoảng 10.500 thiết bị bay", "10.500", 10500, "count", "thiết bị bay", "thiết bị bay phục vụ nông nghiệp",
      END24, approx="about"),
    F("chiếm 68%", "68", 68, "percent", "%", "thiết bị bay của Đồng bằng sông Cửu Long trong tổng số", END24),
    F("ước đạt 4,2 triệu lượt ha", "4,2", 4200000, "measure", "lượt ha",
      "diện tích phun thuốc, bón phân bằng thiết bị bay", Y24, status="estimate",
      change=C("increase", 55, "%", "năm 2023")),
    F("khoảng 3.100 thiết bị bay", "3.100", 3100, "count", "thiết bị bay nông nghiệp",
      "thiết bị bay nông nghiệp nhập khẩu", P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("giảm 40-50%", "40", 40, "percent", "%", "giá thiết bị giảm", value_max=50),
    F("có 7.300 người", "7.300", 7300, "count", "người", "người được cấp chứng chỉ điều khiển", NOW),
    F("thiếu khoảng 2.000 người", "2.000", 2000, "count", "người", "người điều khiển còn thiếu", NOW,
      approx="about", status="estimate"),
    F("có 935 thiết bị bay", "935", 935, "count", "thiết bị bay", "thiết bị bay", Y24, location="Long An"),
    F("khoảng 62% diện tích lúa", "62", 62, "percent", "%", "diện tích lúa được thiết bị bay phục vụ", Y24,
      approx="about", location="Long An"),
    F("hỗ trợ 50% học phí", "50", 50, "percent", "%", "học phí được tỉnh hỗ trợ", location="Long An"),
    F("tối đa 5 triệu đồng/người", "5", 5000000, "money", "đồng/người", "mức hỗ trợ học phí tối đa",
      approx="at_most", location="Long An"),
]

NOTES = [
    "National newspaper style (dateline 'Chủ nhật, 9/3/2025, 07:30 (GMT+7)'): a Long An drone pilot, national drone figures.",
    "Headline figure: Long An (named in the headline). The pilot's figures: huyện Thạnh Hóa. National figures: Việt Nam",
    "(Trung Quốc is a trade partner, not a place of the figure); the Mekong-delta share 68% is a share of the national total.",
    "'Đến nay' = as-of the dateline; it opens the sentence that also holds the shortage estimate. 'nay loại tương đương' gets no",
    "period (like 'hiện'). 'ba năm qua' gives no calendar period. '29 tuổi' is optional (a person's age).",
    "Distractors: 07:30 (GMT+7), 'chiếc đầu tiên', 'ba năm qua', byline.",
]

emit("p791-6", TEXT, FIGS, NOTES, published="2025-03-09", location="Việt Nam")

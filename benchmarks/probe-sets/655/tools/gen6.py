"""p655-6: national press, unemployment insurance fund balance and one-off withdrawals (14/3/2024)."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Thời sự › Lao động - Việc làm

Thứ năm, 14/3/2024, 18:30 (GMT+7)

Quỹ bảo hiểm thất nghiệp kết dư hơn 64.000 tỷ đồng

Quỹ bảo hiểm thất nghiệp đang kết dư lớn, trong khi mỗi năm có hơn một triệu người rút bảo hiểm xã hội một lần.

Báo cáo của Bộ Lao động - Thương binh và Xã hội gửi Quốc hội về dự án Luật Việc làm (sửa đổi) cho biết, tính đến cuối năm 2023, số dư Quỹ bảo hiểm thất nghiệp khoảng 64.600 tỷ đồng. Mỗi năm quỹ thu khoảng 22.000-25.000 tỷ đồng, chi 18.000-20.000 tỷ đồng, trong đó chi trợ cấp thất nghiệp chiếm 85-90%.

Năm 2021, Chính phủ đã dùng hơn 30.000 tỷ đồng từ quỹ để hỗ trợ gần 13 triệu lao động và hơn 380.000 doanh nghiệp bị ảnh hưởng bởi Covid-19.

Theo Bộ trưởng Đào Ngọc Dung, năm 2023 có khoảng 1,03 triệu người hưởng trợ cấp thất nghiệp, mức hưởng bình quân 4,8 triệu đồng/tháng. Trong khi đó, từ năm 2016 đến nay có hơn 4,8 triệu lượt người rút bảo hiểm xã hội một lần, trong đó khoảng 1,2 triệu người sau đó quay lại tham gia.

Khảo sát của Viện Khoa học Lao động và Xã hội cho thấy khoảng 76% người rút bảo hiểm xã hội một lần nêu lý do mất việc, thu nhập thấp. Tỷ lệ lao động tham gia bảo hiểm thất nghiệp mới đạt 28,8% lực lượng lao động trong độ tuổi.

Dự thảo luật giữ mức đóng của người lao động và doanh nghiệp mỗi bên 1% tiền lương như hiện nay, nhưng mở rộng đối tượng tham gia tới người làm việc theo hợp đồng từ đủ 1 tháng trở lên. Luật dự kiến được trình Quốc hội thông qua tại kỳ họp thứ 8, có hiệu lực từ 1/1/2025.

Người lao động làm thủ tục hưởng trợ cấp thất nghiệp tại TP HCM, tháng 2/2024. Ảnh: Quỳnh Trần

Hồng Chiêu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ năm 2016 đến nay", "2016-01-01", "2024-03-14")

FIGS = [
    F("hơn 64.000 tỷ đồng", "64.000", 64000e9, "money", "đồng", "Quỹ bảo hiểm thất nghiệp kết dư",
      approx="over"),
    F("hơn một triệu người", "một", 1e6, "count", "người", "người rút bảo hiểm xã hội một lần mỗi năm",
      approx="over"),
    F("khoảng 64.600 tỷ đồng", "64.600", 64600e9, "money", "đồng", "số dư Quỹ bảo hiểm thất nghiệp",
      P("tính đến cuối năm 2023", None, "2023-12-31"), approx="about"),
    F("khoảng 22.000-25.000 tỷ đồng", "22.000", 22000e9, "money", "đồng", "quỹ thu mỗi năm",
      value_max=25000e9, approx="about"),
    F("chi 18.000-20.000 tỷ đồng", "18.000", 18000e9, "money", "đồng", "quỹ chi mỗi năm",
      value_max=20000e9),
    F("chiếm 85-90%", "85", 85, "percent", "%", "chi trợ cấp thất nghiệp trong tổng chi", value_max=90),
    F("hơn 30.000 tỷ đồng", "30.000", 30000e9, "money", "đồng",
      "tiền từ quỹ Chính phủ dùng để hỗ trợ", P("Năm 2021", "2021-01-01", "2021-12-31"), approx="over"),
    F("gần 13 triệu lao động", "13", 13e6, "count", "lao động", "lao động bị ảnh hưởng bởi Covid-19 được hỗ trợ",
      P("Năm 2021", "2021-01-01", "2021-12-31"), approx="nearly"),
    F("hơn 380.000 doanh nghiệp", "380.000", 380000, "count", "doanh nghiệp", "doanh nghiệp bị ảnh hưởng bởi Covid-19 được hỗ trợ",
      P("Năm 2021", "2021-01-01", "2021-12-31"), approx="over"),
    F("khoảng 1,03 triệu người", "1,03", 1.03e6, "count", "người", "người hưởng trợ cấp thất nghiệp", Y23,
      approx="about"),
    F("bình quân 4,8 triệu đồng/tháng", "4,8", 4.8e6, "money", "đồng/tháng", "mức hưởng bình quân", Y23),
    F("hơn 4,8 triệu lượt người", "4,8", 4.8e6, "count", "lượt người",
      "lượt người rút bảo hiểm xã hội một lần", SINCE, approx="over"),
    F("khoảng 1,2 triệu người", "1,2", 1.2e6, "count", "người", "người sau đó quay lại tham gia", SINCE,
      approx="about", total=4.8e6),
    F("khoảng 76%", "76", 76, "percent", "%",
      "người rút bảo hiểm xã hội một lần nêu lý do mất việc, thu nhập thấp", approx="about"),
    F("đạt 28,8%", "28,8", 28.8, "percent", "%", "tỷ lệ lao động tham gia bảo hiểm thất nghiệp"),
    F("mỗi bên 1%", "1", 1, "percent", "%", "mức đóng của người lao động và doanh nghiệp", optional=True),
    F("đủ 1 tháng", "1", 1, "measure", "tháng", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ năm, 14/3/2024, 18:30 (GMT+7)'; Quỹ BHTN kết dư, Luật Việc làm (sửa đổi), rút BHXH một lần.",
    "Location Việt Nam (national figures). 'hơn một triệu' is a number word (×10^6). Ranges '22.000-25.000 tỷ đồng' with value_max;",
    "'khoảng' before a range makes the range approx about. 'trong đó chi trợ cấp thất nghiệp chiếm 85-90%' is a percent figure (range).",
    "'từ năm 2016 đến nay' ends at the dateline. 'trong đó khoảng 1,2 triệu người' is a part of 4,8 triệu lượt người.",
    "Legal parameters ('mỗi bên 1% tiền lương', 'từ đủ 1 tháng') are optional. 'kỳ họp thứ 8', '1/1/2025', 'tháng 2/2024', 'Covid-19', '(GMT+7)'",
    "are not figures. Headline and lead figures have no period phrase.",
    "revised after first run: 13 triệu lao động / 380.000 doanh nghiệp subjects now keep the sentence's own qualifier 'bị ảnh hưởng bởi",
    "Covid-19' (the first gold paraphrased it away; FIGURES.md: the indicator as the sentence names it).",
]

if __name__ == "__main__":
    emit("p655-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")

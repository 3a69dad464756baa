"""p616-6: national press, apartment market Q2/2024 in Hà Nội and TP Hồ Chí Minh; national completions."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Bất động sản
Thứ năm, 4/7/2024, 06:00 (GMT+7)

Giá chung cư Hà Nội vượt 61 triệu đồng mỗi m2

Nguồn cung căn hộ mới tại Hà Nội quý II tăng 24% so với quý trước, trong khi TP Hồ Chí Minh chỉ có 1.520 căn mở bán, thấp nhất 5 năm.

Theo báo cáo thị trường quý II/2024 của một đơn vị nghiên cứu, Hà Nội có khoảng 4.800 căn hộ mở bán mới, tăng 24% so với quý trước nhưng giảm 11% so với cùng kỳ năm 2023. Giá bán sơ cấp trung bình đạt 61,2 triệu đồng/m2, tăng 7% so với quý trước và tăng 23% so với cùng kỳ. Phân khúc cao cấp (trên 80 triệu đồng/m2) chiếm 58% nguồn cung mới.

Tại TP Hồ Chí Minh, nguồn cung mới chỉ đạt 1.520 căn trong quý, giá sơ cấp bình quân khoảng 64,5 triệu đồng/m2. Tỷ lệ hấp thụ tại Hà Nội và TP Hồ Chí Minh lần lượt đạt 72% và 46%.

Số liệu của Bộ Xây dựng cho thấy quý II cả nước có 21 dự án nhà ở thương mại hoàn thành với 9.430 căn, bằng 83% so với quý trước; 12 dự án được cấp phép mới với 8.150 căn.

Ông Nguyễn Văn Đính, Phó chủ tịch Hiệp hội Bất động sản Việt Nam, cho rằng với thu nhập bình quân khoảng 17 triệu đồng/tháng, một hộ gia đình ở Hà Nội cần 25-30 năm tích lũy để mua một căn hộ 70 m2. Theo ông, năm 2019 giá chung cư sơ cấp tại Hà Nội chỉ khoảng 35 triệu đồng/m2.

Minh Vũ
"""

Q2 = P("quý II", "2024-04-01", "2024-06-30")
Q2Y = P("quý II/2024", "2024-04-01", "2024-06-30")
INQ = P("trong quý", "2024-04-01", "2024-06-30")
HN, HCM, VN = "Hà Nội", "TP Hồ Chí Minh", "Việt Nam"
FIGS = [
    F("vượt 61 triệu", "61", 61000000, "money", "đồng/m2", "giá chung cư", approx="over", location=HN),
    F("tăng 24% so với quý trước, trong", "24", 24, "percent", "%", "nguồn cung căn hộ mới", Q2, location=HN),
    F("có 1.520 căn", "1.520", 1520, "count", "căn", "căn hộ mở bán", Q2, location=HCM),
    F("khoảng 4.800 căn hộ", "4.800", 4800, "count", "căn hộ", "căn hộ mở bán mới", Q2Y, approx="about",
      change=CH("increase", 24, baseline="quý trước"), location=HN),
    F("giảm 11%", "11", 11, "percent", "%", "căn hộ mở bán mới so với cùng kỳ năm 2023", Q2Y, location=HN,
      optional=True),
    F("đạt 61,2 triệu", "61,2", 61200000, "money", "đồng/m2", "giá bán sơ cấp trung bình", I(Q2Y),
      change=CH("increase", 7, baseline="quý trước"), location=HN),
    F("tăng 23%", "23", 23, "percent", "%", "giá bán sơ cấp trung bình so với cùng kỳ", I(Q2Y), location=HN,
      optional=True),
    F("trên 80 triệu", "80", 80000000, "money", "đồng/m2", "ngưỡng giá phân khúc cao cấp", approx="over",
      location=HN, optional=True),
    F("chiếm 58%", "58", 58, "percent", "%", "tỷ trọng phân khúc cao cấp trong nguồn cung mới", I(Q2Y), location=HN),
    F("đạt 1.520 căn", "1.520", 1520, "count", "căn", "nguồn cung căn hộ mới", INQ, location=HCM),
    F("khoảng 64,5 triệu", "64,5", 64500000, "money", "đồng/m2", "giá sơ cấp bình quân", INQ, approx="about",
      location=HCM),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ hấp thụ", I(Q2Y), location=HN),
    F("và 46%", "46", 46, "percent", "%", "tỷ lệ hấp thụ", I(Q2Y), location=HCM),
    F("có 21 dự án", "21", 21, "count", "dự án", "dự án nhà ở thương mại hoàn thành", Q2, location=VN),
    F("với 9.430 căn", "9.430", 9430, "count", "căn", "căn hộ của các dự án nhà ở thương mại hoàn thành", Q2,
      percent=83, location=VN),
    F("12 dự án", "12", 12, "count", "dự án", "dự án nhà ở thương mại được cấp phép mới", Q2, location=VN),
    F("với 8.150 căn", "8.150", 8150, "count", "căn", "căn hộ của các dự án được cấp phép mới", Q2, location=VN),
    F("khoảng 17 triệu", "17", 17000000, "money", "đồng/tháng", "thu nhập bình quân", approx="about", location=HN),
    F("cần 25-30 năm", "25", 25, "measure", "năm", "thời gian tích lũy để mua một căn hộ", value_max=30, location=HN),
    F("căn hộ 70 m2", "70", 70, "measure", "m2", "diện tích căn hộ", location=HN, optional=True),
    F("khoảng 35 triệu", "35", 35000000, "money", "đồng/m2", "giá chung cư sơ cấp",
      P("năm 2019", "2019-01-01", "2019-12-31"), approx="about", location=HN),
]

COMMENTS = [
    "National press: căn hộ mở bán, giá sơ cấp/m2, hấp thụ quý II/2024 at Hà Nội and TP Hồ Chí Minh; national completions (Bộ Xây dựng).",
    "Dateline 'Thứ năm, 4/7/2024, 06:00 (GMT+7)'. '(GMT+7)', 'thấp nhất 5 năm' (a span), 'quý II' are not figures.",
    "Sapo 'tăng 24% so với quý trước' has no base amount: a percent figure of its own; in the body it is the change of 4.800 căn hộ.",
    "Second changes ('giảm 11%', 'tăng 23% so với cùng kỳ') are optional percent figures; the threshold '(trên 80 triệu đồng/m2)' and 'căn hộ 70 m2' optional.",
    "'vượt 61 triệu đồng mỗi m2' -> over, unit đồng/m2. 'trong quý' = quý II/2024. 'lần lượt đạt 72% và 46%' -> one place each.",
    "'bằng 83% so với quý trước' after 9.430 căn is its percent. '25-30 năm' is a claim (a range of years needed), not a period.",
]

if __name__ == "__main__":
    emit("p616-6", TEXT, COMMENTS, FIGS, published="2024-07-04")

"""p744-6: national press, corn / soybean / soymeal imports H1/2024, prices, feed price cuts, 2024 forecast."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 17/7/2024, 06:30 (GMT+7)
Nhập khẩu ngô nửa đầu năm tăng gần 20%

Việt Nam chi gần 1,4 tỷ USD để nhập hơn 5,3 triệu tấn ngô trong 6 tháng đầu năm, tăng 19,6% về lượng nhưng giảm 12,4% về kim ngạch so với cùng kỳ năm ngoái.

Theo số liệu của Tổng cục Hải quan, giá ngô nhập khẩu bình quân 6 tháng đạt 261 USD/tấn, giảm 26,8% so với cùng kỳ. Argentina và Brazil là hai thị trường cung cấp chính, lần lượt chiếm 48,5% và 36,2% tổng lượng ngô nhập khẩu.

Trong 6 tháng, nhập khẩu đậu tương đạt 1,02 triệu tấn, trị giá 578 triệu USD, giảm lần lượt 6,5% và 21,3%. Riêng thị trường Mỹ cung cấp 612.000 tấn, chiếm khoảng 60%. Nhập khẩu khô dầu đậu tương, nguyên liệu chính để phối trộn thức ăn giàu đạm, đạt 2,6 triệu tấn, trị giá 1,17 tỷ USD. Lúa mì dùng làm thức ăn chăn nuôi nhập về 2,3 triệu tấn, tăng 8,2% so với cùng kỳ.

Giá nguyên liệu hạ giúp các doanh nghiệp như C.P. Việt Nam, De Heus, GreenFeed điều chỉnh giảm giá bán 4-6 lần từ đầu năm đến nay, tổng mức giảm khoảng 1.000-1.500 đồng/kg.

Theo Hiệp hội Thức ăn chăn nuôi Việt Nam, mỗi năm ngành cần khoảng 30 triệu tấn nguyên liệu; tỷ lệ phụ thuộc nhập khẩu lên tới 65%. Dự báo cả năm 2024, nhập khẩu ngô có thể đạt 11-11,5 triệu tấn, cao nhất từ trước tới nay.

Anh Minh
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-17")

FIGS = [
    F("tăng gần 20%", "20", 20, "percent", "%", approx="nearly",
      subject="nhập khẩu ngô", period=P("nửa đầu năm", "2024-01-01", "2024-06-30")),
    F("gần 1,4 tỷ USD", "1,4", 1400000000, "money", "USD", approx="nearly",
      change=CH("decrease", 12.4, "%", "cùng kỳ năm ngoái"),
      subject="kim ngạch nhập khẩu ngô", period=H1),
    F("hơn 5,3 triệu tấn", "5,3", 5300000, "measure", "tấn", approx="over",
      change=CH("increase", 19.6, "%", "cùng kỳ năm ngoái"),
      subject="lượng ngô nhập khẩu", period=H1),
    F("đạt 261 USD/tấn", "261", 261, "money", "USD/tấn",
      change=CH("decrease", 26.8, "%", "cùng kỳ"),
      subject="giá ngô nhập khẩu bình quân", period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("là hai thị trường", "hai", 2, "count", "thị trường",
      subject="thị trường cung cấp ngô chính", optional=True),
    F("chiếm 48,5%", "48,5", 48.5, "percent", "%",
      subject="tỷ trọng ngô nhập khẩu từ Argentina trong tổng lượng ngô nhập khẩu", period=I(H1)),
    F("và 36,2%", "36,2", 36.2, "percent", "%",
      subject="tỷ trọng ngô nhập khẩu từ Brazil trong tổng lượng ngô nhập khẩu", period=I(H1)),
    F("đạt 1,02 triệu tấn", "1,02", 1020000, "measure", "tấn",
      change=CH("decrease", 6.5, "%"), subject="lượng đậu tương nhập khẩu", period=H1b),
    F("trị giá 578 triệu USD", "578", 578000000, "money", "USD",
      change=CH("decrease", 21.3, "%"), subject="trị giá đậu tương nhập khẩu", period=H1b),
    F("cấp 612.000 tấn", "612.000", 612000, "measure", "tấn", percent=60,
      subject="đậu tương nhập khẩu từ thị trường Mỹ", period=I(H1b)),
    F("đạt 2,6 triệu tấn", "2,6", 2600000, "measure", "tấn",
      subject="khô dầu đậu tương nhập khẩu", period=I(H1b)),
    F("trị giá 1,17 tỷ USD", "1,17", 1170000000, "money", "USD",
      subject="trị giá khô dầu đậu tương nhập khẩu", period=I(H1b)),
    F("về 2,3 triệu tấn", "2,3", 2300000, "measure", "tấn",
      change=CH("increase", 8.2, "%", "cùng kỳ"),
      subject="lúa mì dùng làm thức ăn chăn nuôi nhập khẩu", period=I(H1b)),
    F("bán 4-6 lần", "4", 4, "count", "lần", value_max=6,
      subject="lần điều chỉnh giảm giá bán thức ăn chăn nuôi", period=YTD),
    F("khoảng 1.000-1.500 đồng/kg", "1.000", 1000, "money", "đồng/kg", value_max=1500, approx="about",
      subject="tổng mức giảm giá bán thức ăn chăn nuôi", period=YTD),
    F("khoảng 30 triệu tấn", "30", 30000000, "measure", "tấn", approx="about",
      subject="nguyên liệu ngành thức ăn chăn nuôi cần mỗi năm"),
    F("tới 65%", "65", 65, "percent", "%", subject="tỷ lệ phụ thuộc nhập khẩu nguyên liệu"),
    F("đạt 11-11,5 triệu tấn", "11", 11000000, "measure", "tấn", value_max=11500000, status="forecast",
      subject="nhập khẩu ngô", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "National press (VnExpress style `Thứ tư, 17/7/2024, 06:30 (GMT+7)`): nhập khẩu ngô, đậu tương, khô dầu đậu tương 6 tháng 2024.",
    "Lead: `tăng 19,6% về lượng` belongs to the tonnage, `giảm 12,4% về kim ngạch` to the money (crossed order in the text).",
    "Headline growth `tăng gần 20%` is the claim (percent, no change); `nửa đầu năm` = H1 of the dateline year.",
    "`giảm lần lượt 6,5% và 21,3%` -> changes of 1,02 triệu tấn and 578 triệu USD. Argentina/Brazil/Mỹ are trade partners, not",
    "places: location Việt Nam, the partner in the subject. `4-6 lần` (price cuts) is a count of times, not a multiple.",
    "`hai thị trường` optional. `Dự báo ... có thể đạt` -> forecast. Distractors: GMT+7, 06:30, C.P. Việt Nam.",
]

if __name__ == "__main__":
    emit("p744-6", TEXT, COMMENTS, FIGS, published="2024-07-17", location="Việt Nam")

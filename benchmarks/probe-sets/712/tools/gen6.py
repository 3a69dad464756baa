"""p712-6: national press (VnExpress style) — giá chung cư Hà Nội 6 tháng đầu năm 2024, so với TP HCM."""
from lib import F, P, I, CH, emit

TEXT = """Thứ tư, 17/7/2024, 06:00 (GMT+7)

Giá chung cư Hà Nội tăng 21% trong 6 tháng đầu năm

Giá căn hộ sơ cấp tại Hà Nội nửa đầu năm 2024 đạt bình quân 62 triệu đồng/m², tăng 21% so với cùng kỳ, lần đầu tiên vượt TP HCM.

Theo báo cáo của một đơn vị nghiên cứu thị trường, 6 tháng đầu năm 2024, Hà Nội có khoảng 9.200 căn hộ mở bán mới, bằng 73% nguồn cung cả năm 2023; tỷ lệ hấp thụ đạt 92%. Căn hộ hạng B (trung cấp) chiếm 64% nguồn cung mới, trong khi phân khúc dưới 50 triệu đồng/m² chỉ còn 4%. Riêng quý II/2024, Hà Nội ghi nhận khoảng 5.400 giao dịch căn hộ thành công, tăng 12% so với quý trước.

Trên thị trường thứ cấp, giá nhiều dự án dọc đường Vành đai 3 đã tăng 30-50% so với đầu năm 2023. Một căn hộ 70 m² tại khu đô thị phía tây thành phố hiện được rao bán 3,8-4,2 tỷ đồng, trong khi cùng thời điểm năm 2022 chỉ khoảng 2,5 tỷ đồng.

Tại TP HCM, giá sơ cấp bình quân khoảng 60 triệu đồng/m², gần như đi ngang so với cuối năm 2023. Nguồn cung mới 6 tháng đầu năm 2024 chỉ đạt 3.870 căn, giảm 41% so với cùng kỳ, phần lớn ở TP Thủ Đức và Quận 7.

Theo chuyên gia, giá nhà tại Hà Nội hiện gấp khoảng 23,5 lần thu nhập bình quân năm của một hộ gia đình. Dự báo nửa cuối năm, nguồn cung căn hộ mới tại Hà Nội đạt khoảng 12.000-13.000 căn, giá tiếp tục tăng 5-7%.

Phương Anh
"""

COMMENTS = [
    "National press (VnExpress style: 'Thứ tư, 17/7/2024, 06:00 (GMT+7)', byline at the end): giá chung cư Hà Nội nửa đầu năm 2024.",
    "Headline '6 tháng đầu năm' takes 2024 (dateline). 'bằng 73% nguồn cung cả năm 2023' is the percent of 9.200 căn hộ; 'tỷ lệ hấp thụ",
    "đạt 92%', 'chiếm 64%', 'chỉ còn 4%' are percents of their own. Growth rates as claims ('tăng 30-50%', 'tăng 5-7%') have no change.",
    "'dưới 50 triệu đồng/m²' (a segment threshold) and 'căn hộ 70 m²' (a descriptor) are optional. 'gấp khoảng 23,5 lần' standing",
    "alone is a multiple. 'nửa đầu năm 2024' = H1, 'nửa cuối năm' = H2 2024 (forecast). TP HCM figures: location Thành phố Hồ Chí Minh.",
    "Distractors: dateline and (GMT+7), 'hạng B', 'đường Vành đai 3', 'Quận 7', 'lần đầu tiên', baselines 'đầu năm 2023', 'cuối năm 2023'.",
]

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("nửa cuối năm", "2024-07-01", "2024-12-31")
HCM = "Thành phố Hồ Chí Minh"

FIGS = [
    F("Hà Nội tăng 21%", "21", 21, "percent", "%", "giá chung cư", P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("bình quân 62 triệu", "62", 62e6, "money", "đồng/m²", "giá căn hộ sơ cấp bình quân",
      P("nửa đầu năm 2024", "2024-01-01", "2024-06-30"), change=CH("increase", 21, baseline="cùng kỳ")),
    F("khoảng 9.200 căn hộ", "9.200", 9200, "count", "căn hộ", "căn hộ mở bán mới", H1, approx="about", percent=73),
    F("hấp thụ đạt 92%", "92", 92, "percent", "%", "tỷ lệ hấp thụ", H1),
    F("chiếm 64%", "64", 64, "percent", "%", "tỷ trọng căn hộ hạng B (trung cấp) trong nguồn cung mới", I(H1)),
    F("dưới 50 triệu", "50", 50e6, "money", "đồng/m²", "phân khúc giá căn hộ", approx="under", optional=True),
    F("chỉ còn 4%", "4", 4, "percent", "%", "tỷ trọng phân khúc dưới 50 triệu đồng/m² trong nguồn cung mới", I(H1)),
    F("khoảng 5.400 giao dịch", "5.400", 5400, "count", "giao dịch", "giao dịch căn hộ thành công",
      P("quý II/2024", "2024-04-01", "2024-06-30"), approx="about", change=CH("increase", 12, baseline="quý trước")),
    F("tăng 30-50%", "30", 30, "percent", "%", "giá nhiều dự án thứ cấp dọc đường Vành đai 3", value_max=50),
    F("căn hộ 70 m²", "70", 70, "measure", "m²", "diện tích căn hộ", optional=True),
    F("bán 3,8-4,2 tỷ", "3,8", 3.8e9, "money", "đồng", "giá rao bán căn hộ 70 m² tại khu đô thị phía tây thành phố",
      value_max=4.2e9),
    F("khoảng 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", "giá căn hộ 70 m² cùng thời điểm năm 2022", approx="about"),
    F("khoảng 60 triệu", "60", 60e6, "money", "đồng/m²", "giá sơ cấp bình quân", I(H1), approx="about", location=HCM),
    F("đạt 3.870 căn", "3.870", 3870, "count", "căn", "nguồn cung căn hộ mới", P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"),
      change=CH("decrease", 41, baseline="cùng kỳ"), location=HCM),
    F("gấp khoảng 23,5 lần", "23,5", 23.5, "multiple", "lần", "giá nhà so với thu nhập bình quân năm của một hộ gia đình",
      approx="about"),
    F("khoảng 12.000-13.000 căn", "12.000", 12000, "count", "căn", "nguồn cung căn hộ mới", H2,
      value_max=13000, approx="about", status="forecast"),
    F("tăng 5-7%", "5", 5, "percent", "%", "giá căn hộ", H2, value_max=7, status="forecast"),
]

if __name__ == "__main__":
    emit("p712-6", TEXT, COMMENTS, FIGS, published="2024-07-17", location="Hà Nội")

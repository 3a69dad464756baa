"""p504-6: national press (VnExpress-like) - Hà Nội apartment prices, Q2/2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Bất động sản
Thứ năm, 18/7/2024, 06:30 (GMT+7)

Giá chung cư Hà Nội tăng 26% sau một năm

Giá căn hộ sơ cấp tại Hà Nội quý II đạt trung bình 56,3 triệu đồng mỗi m2, tăng 26% so với cùng kỳ năm ngoái, theo báo cáo của một công ty tư vấn bất động sản.

Nguồn cung mới trong quý đạt gần 4.100 căn từ 7 dự án, giảm 11% so với quý trước. Khu vực phía Tây tiếp tục dẫn dắt thị trường, chiếm 58% nguồn cung mới, chủ yếu tại các dự án dọc đường Vành đai 3,5 và đại lộ Thăng Long. Tỷ lệ hấp thụ đạt 83%, lượng tiêu thụ khoảng 5.200 căn. Con số này gấp 1,3 lần nguồn cung mới.

Ở phân khúc cao cấp, giá bán phổ biến 70-90 triệu đồng một m2. Căn hộ bình dân giá dưới 35 triệu đồng một m2 gần như vắng bóng, chỉ chiếm khoảng 2% nguồn cung.

Theo Bộ Xây dựng, chỉ số giá căn hộ chung cư tại Hà Nội quý II tăng 5,7% so với quý trước. Các chuyên gia cho rằng giá tăng chủ yếu do nguồn cung khan hiếm: giai đoạn 2019-2023, bình quân mỗi năm Hà Nội chỉ có khoảng 20.000 căn hộ mở bán mới, trong khi giai đoạn 2015-2018 là hơn 40.000 căn.

Dự báo nửa cuối năm, thị trường Hà Nội có thêm khoảng 12.000 căn hộ mở bán, trong đó khoảng 70% thuộc phân khúc cao cấp. Giá căn hộ dự kiến tiếp tục tăng 5-7% trong 12 tháng tới.

Phương Anh
"""

Q2 = P("quý II", "2024-04-01", "2024-06-30")
H2 = P("nửa cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("tăng 26% sau", "26", 26, "percent", "%", "Giá chung cư"),
    F("trung bình 56,3 triệu", "56,3", 56.3e6, "money", "đồng/m2", "Giá căn hộ sơ cấp trung bình", Q2,
      change=CH("increase", 26, baseline="cùng kỳ năm ngoái")),
    F("gần 4.100 căn", "4.100", 4100, "count", "căn", "Nguồn cung mới", P("trong quý", "2024-04-01", "2024-06-30"),
      approx="nearly", change=CH("decrease", 11, baseline="quý trước")),
    F("từ 7 dự án", "7", 7, "count", "dự án", "dự án có nguồn cung mới", P("trong quý", "2024-04-01", "2024-06-30")),
    F("chiếm 58%", "58", 58, "percent", "%", "tỷ trọng nguồn cung mới của khu vực phía Tây", I(Q2)),
    F("đạt 83%", "83", 83, "percent", "%", "Tỷ lệ hấp thụ", I(Q2)),
    F("khoảng 5.200 căn", "5.200", 5200, "count", "căn", "lượng tiêu thụ", I(Q2), approx="about"),
    F("gấp 1,3 lần", "1,3", 1.3, "multiple", "lần", "lượng tiêu thụ so với nguồn cung mới", I(Q2)),
    F("70-90 triệu", "70", 70e6, "money", "đồng/m2", "giá bán phân khúc cao cấp", value_max=90e6),
    F("dưới 35 triệu", "35", 35e6, "money", "đồng/m2", "giá căn hộ bình dân", approx="under", optional=True),
    F("khoảng 2%", "2", 2, "percent", "%", "tỷ trọng căn hộ bình dân trong nguồn cung", approx="about"),
    F("tăng 5,7%", "5,7", 5.7, "percent", "%", "chỉ số giá căn hộ chung cư so với quý trước", Q2),
    F("khoảng 20.000 căn", "20.000", 20000, "count", "căn hộ", "căn hộ mở bán mới bình quân mỗi năm",
      P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31"), approx="about"),
    F("hơn 40.000 căn", "40.000", 40000, "count", "căn", "căn hộ mở bán mới bình quân mỗi năm",
      P("giai đoạn 2015-2018", "2015-01-01", "2018-12-31"), approx="over"),
    F("khoảng 12.000 căn", "12.000", 12000, "count", "căn hộ", "căn hộ mở bán", H2, approx="about", status="forecast"),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ trọng phân khúc cao cấp trong căn hộ mở bán", H2,
      approx="about", status="forecast"),
    F("tăng 5-7%", "5", 5, "percent", "%", "Giá căn hộ", value_max=7, status="forecast"),
]

COMMENTS = [
    "National press (invented), dateline 'Thứ năm, 18/7/2024, 06:30 (GMT+7)'; byline at the end. Hà Nội apartment prices, quý II/2024.",
    "Year-less 'quý II', 'trong quý', 'nửa cuối năm' take 2024 from the dateline. 'GMT+7', 'Vành đai 3,5' (a road name), '12 tháng tới'",
    "(a horizon, the 5-7% rise has no dated period) are not figures. Headline 26% and '26% sau một năm' has no dated period: none given.",
    "'triệu đồng mỗi m2' / 'một m2' = money with unit đồng/m2. 'Con số này gấp 1,3 lần nguồn cung mới' stands as its own sentence: multiple.",
    "'giá dưới 35 triệu đồng một m2' only defines the budget segment (optional). '5,7%' and '5-7%' are rates that are the claim.",
    "'trong đó khoảng 70%' is a share in percent: a percent figure of its own (no total). 'Dự báo'/'dự kiến' make forecasts.",
]

if __name__ == "__main__":
    emit("p504-6", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hà Nội")

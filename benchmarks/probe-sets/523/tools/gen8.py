"""p523-8: commune portal xã Tam Quang (Núi Thành, Quảng Nam): catch H1/2024, offshore fleet, income, IUU, targets."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TAM QUANG - HUYỆN NÚI THÀNH - TỈNH QUẢNG NAM
Tin tức - Sự kiện

Tam Quang: 6 tháng khai thác hơn 12.000 tấn hải sản

Ngày 12/7/2024

Theo báo cáo của UBND xã, 6 tháng đầu năm 2024, đội tàu cá của xã khai thác được 12.480 tấn hải sản các loại, đạt 55% kế hoạch năm, giảm 3,6% so với cùng kỳ. Riêng quý II/2024, sản lượng khai thác đạt 7.150 tấn, tăng 8,2% so với quý I. Toàn xã hiện có 312 tàu cá, trong đó 145 tàu có công suất từ 400 CV trở lên hoạt động vùng khơi; tổng số lao động trên tàu khoảng 2.100 người.

Mỗi chuyến biển kéo dài bình quân 20-25 ngày; tàu câu cá ngừ thu lãi từ 150 đến 200 triệu đồng/chuyến, thu nhập của lao động trên tàu đạt 12-15 triệu đồng/người/tháng. Tàu QNa 90979-TS của ông Phạm Văn Bảy ở thôn 5 vừa cập bến với hơn 8 tấn cá ngừ vây vàng.

Xã đã phối hợp với Đồn Biên phòng Tam Quang hỗ trợ 100% tàu cá từ 15 m trở lên lắp thiết bị giám sát hành trình; 6 tháng qua không có tàu vi phạm vùng biển nước ngoài. Đã có 1.860 lao động được tập huấn về khai thác hợp pháp, đạt 88,6% tổng số lao động trên tàu.

Năm 2024, xã phấn đấu sản lượng khai thác đạt 22.700 tấn, đóng mới 10 tàu vỏ thép và vỏ composite.

UBND xã Tam Quang - Địa chỉ: thôn 2, Quốc lộ 1, xã Tam Quang - ĐT: 0235.3871.229
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 12.000 tấn", "12.000", 12000, "measure", "tấn", "hải sản khai thác",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("được 12.480 tấn", "12.480", 12480, "measure", "tấn", "hải sản các loại đội tàu cá của xã khai thác", H1,
      percent=55, change=CH("decrease", 3.6, baseline="cùng kỳ")),
    F("đạt 7.150 tấn", "7.150", 7150, "measure", "tấn", "sản lượng khai thác",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=CH("increase", 8.2, baseline="quý I")),
    F("có 312 tàu cá", "312", 312, "count", "tàu cá", "tàu cá toàn xã"),
    F("145 tàu", "145", 145, "count", "tàu", "tàu có công suất từ 400 CV trở lên hoạt động vùng khơi", total=312),
    F("từ 400 CV", "400", 400, "measure", "CV", approx="at_least", optional=True),
    F("khoảng 2.100 người", "2.100", 2100, "count", "người", "tổng số lao động trên tàu", approx="about"),
    F("bình quân 20-25 ngày", "20", 20, "measure", "ngày", "thời gian mỗi chuyến biển", value_max=25),
    F("từ 150 đến 200 triệu đồng/chuyến", "150", 150000000, "money", "đồng/chuyến", "lãi của tàu câu cá ngừ",
      value_max=200000000),
    F("12-15 triệu đồng/người/tháng", "12", 12000000, "money", "đồng/người/tháng", "thu nhập của lao động trên tàu",
      value_max=15000000),
    F("hơn 8 tấn", "8", 8, "measure", "tấn", "cá ngừ vây vàng của tàu QNa 90979-TS", approx="over"),
    F("100% tàu cá", "100", 100, "percent", "%", "tỷ lệ tàu cá từ 15 m trở lên được hỗ trợ lắp thiết bị giám sát hành trình"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("có 1.860 lao động", "1.860", 1860, "count", "lao động", "lao động được tập huấn về khai thác hợp pháp",
      percent=88.6),
    F("đạt 22.700 tấn", "22.700", 22700, "measure", "tấn", "sản lượng khai thác", Y24, status="target"),
    F("mới 10 tàu", "10", 10, "count", "tàu", "tàu vỏ thép và vỏ composite đóng mới", Y24, status="target"),
]

COMMENTS = [
    "Commune portal, xã Tam Quang (huyện Núi Thành, Quảng Nam), dateline `Ngày 12/7/2024` after the headline: catch H1 and Q2/2024, offshore fleet, incomes.",
    "Location: a commune is below the spec's `province, city or district`, so its figures take the district that contains it: Núi Thành.",
    "Headline `6 tháng` takes 2024 from `published`. `quý II/2024 … tăng 8,2% so với quý I` is the figure's change (baseline quý I).",
    "`đạt 88,6% tổng số lao động trên tàu` is a share (percent) with no numeric whole in its sentence: no total.",
    "`bình quân 20-25 ngày` is a trip length (a measure), not a period. `phấn đấu … đóng mới 10 tàu` continues the target clause.",
    "Distractors: vessel `QNa 90979-TS`, `Phạm Văn Bảy` (bảy = 7), `thôn 5`, `Đồn Biên phòng`, `6 tháng qua` (a period), `thôn 2`, `Quốc lộ 1`, phone. Thresholds `400 CV`, `15 m` optional.",
]

if __name__ == "__main__":
    emit("p523-8", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Núi Thành")

"""p1172-6: national newspaper: automatic weigh-in-motion stations catch overloaded container trucks in Hải Phòng."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông

Cân tự động 'bắt' hàng nghìn xe container quá tải ở Hải Phòng

Thứ Năm, 21/3/2024, 06:45 (GMT+7)

Sau hơn hai tháng vận hành thử, hai trạm cân tự động trên đường Tân Vũ - Lạch Huyện và Quốc lộ 5 đã ghi nhận hơn 4.700 lượt xe có dấu hiệu chở quá tải, chủ yếu là xe container ra vào các cảng ở quận Hải An.

Theo Sở Giao thông vận tải Hải Phòng, tính đến ngày 15/3, hệ thống đã cân 186.520 lượt phương tiện; trong đó 4.736 lượt xe vượt tải trọng cho phép trên 10%, chiếm 2,5%. Có xe đầu kéo chở container 40 feet tổng trọng lượng lên tới 52 tấn, gấp gần 1,6 lần mức cho phép. Số xe vi phạm bị phát hiện qua cân tự động gấp 4 lần so với cân thủ công trong cùng thời gian.

Từ đầu năm đến nay, Thanh tra Sở và Công an thành phố đã xử phạt 318 trường hợp, số tiền hơn 2,9 tỷ đồng, gấp 3 lần cùng kỳ năm 2023.

Ông Phạm Văn Hùng, Phó giám đốc Sở Giao thông vận tải, cho biết mỗi ngày có khoảng 9.000 lượt xe container ra vào khu vực cảng Lạch Huyện, Đình Vũ. Thành phố dự kiến lắp thêm 4 trạm cân tự động trên đường ô tô Hà Nội - Hải Phòng và Quốc lộ 10 với tổng kinh phí khoảng 38 tỷ đồng, hoàn thành trong năm 2025.

Theo Cục Đường bộ Việt Nam, cả nước hiện có 21 trạm cân tự động, mỗi trạm có giá từ 8 đến 12 tỷ đồng.

Lê Tân
"""

ASOF = P("tính đến ngày 15/3", None, "2024-03-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-21")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hàng nghìn xe", "nghìn", 1000, "count", "xe container", approx="about", optional=True,
      subject="xe container quá tải bị cân tự động phát hiện"),
    F("hai trạm cân", "hai", 2, "count", "trạm cân tự động",
      subject="trạm cân tự động vận hành thử"),
    F("hơn 4.700 lượt", "4.700", 4700, "count", "lượt xe", approx="over",
      subject="lượt xe có dấu hiệu chở quá tải được ghi nhận"),
    F("cân 186.520 lượt", "186.520", 186520, "count", "lượt phương tiện",
      subject="lượt phương tiện được cân tự động", period=ASOF),
    F("4.736 lượt", "4.736", 4736, "count", "lượt xe", total=186520, percent=2.5,
      subject="lượt xe vượt tải trọng cho phép trên 10%", period=ASOF),
    F("trên 10%", "10", 10, "percent", "%", approx="over", optional=True,
      subject="mức vượt tải trọng cho phép", period=ASOF),
    F("container 40 feet", "40", 40, "measure", "feet", optional=True, subject="loại container"),
    F("lên tới 52 tấn", "52", 52, "measure", "tấn",
      change=C("increase", 1.6, "lần", "mức cho phép", approx="nearly"),
      subject="tổng trọng lượng xe đầu kéo chở container"),
    F("gấp 4 lần", "4", 4, "multiple", "lần",
      subject="số xe vi phạm phát hiện qua cân tự động so với cân thủ công"),
    F("xử phạt 318", "318", 318, "count", "trường hợp",
      subject="trường hợp bị xử phạt", period=YTD),
    F("hơn 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", approx="over",
      change=C("increase", 3, "lần", "cùng kỳ năm 2023"),
      subject="số tiền xử phạt", period=YTD),
    F("khoảng 9.000 lượt", "9.000", 9000, "measure", "lượt xe container/ngày", approx="about",
      subject="lượt xe container ra vào khu vực cảng Lạch Huyện, Đình Vũ mỗi ngày"),
    F("thêm 4 trạm", "4", 4, "count", "trạm cân tự động", status="forecast",
      subject="trạm cân tự động lắp thêm", period=Y25),
    F("khoảng 38 tỷ", "38", 38e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí lắp trạm cân tự động", period=Y25),
    F("có 21 trạm", "21", 21, "count", "trạm cân tự động", subject="trạm cân tự động",
      location="Việt Nam"),
    F("từ 8 đến 12 tỷ", "8", 8e9, "money", "đồng/trạm", value_max=12e9,
      subject="giá mỗi trạm cân tự động", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 21/3/2024, 06:45 (GMT+7)', byline 'Lê Tân' at the end. City Hải Phòng; national sentence → Việt Nam.",
    "Distractors: time 06:45, (GMT+7), Quốc lộ 5 / 10, 'Sau hơn hai tháng' (a duration locating the count), 'tính đến ngày 15/3' (date).",
    "Headline 'hàng nghìn xe' is vague (optional). 'container 40 feet' and 'trên 10%' are class labels (optional).",
    "'tính đến ngày 15/3' is year-less: the dateline gives 2024. 'Từ đầu năm đến nay' ends at published (2024-03-21).",
    "'gấp gần 1,6 lần mức cho phép' after 52 tấn and 'gấp 3 lần cùng kỳ' after 2,9 tỷ are changes; 'gấp 4 lần so với cân thủ công' stands alone: multiple.",
    "'trong đó 4.736 lượt xe …, chiếm 2,5%' → total 186.520, percent 2,5. Port in quận Hải An / Lạch Huyện: location stays Hải Phòng.",
    "revised after the first run: unit of 9.000 'lượt xe/ngày' → 'lượt xe container/ngày' (the text counts 'lượt xe container').",
]

if __name__ == "__main__":
    write("p1172-6", TEXT, NOTES, FIGS, published="2024-03-21", location="Hải Phòng")

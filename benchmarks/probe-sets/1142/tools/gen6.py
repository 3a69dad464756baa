"""p1142-6: national newspaper: Cù Lao Chàm (TP Hội An, Quảng Nam) diving crowds and reef pressure."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Du lịch

Thứ Bảy, 15/6/2024, 08:15 (GMT+7)

Khách lặn ngắm san hô ở Cù Lao Chàm tăng vọt, rạn san hô chịu áp lực

Những ngày cao điểm đầu hè, mỗi ngày có khoảng 3.000 khách ra Cù Lao Chàm (TP Hội An, Quảng Nam), trong đó hơn 1.200 người đăng ký lặn ngắm san hô.

Theo Sở Văn hóa, Thể thao và Du lịch Quảng Nam, 5 tháng đầu năm, Cù Lao Chàm đón 287.000 lượt khách, tăng 15% so với cùng kỳ năm 2023. Toàn xã đảo Tân Hiệp có 22 cơ sở cung cấp dịch vụ lặn với khoảng 150 hướng dẫn viên, phần lớn là người địa phương. Giá lặn bằng ống thở 150.000-200.000 đồng/khách, lặn bình khí 1,2 triệu đồng/khách, chưa kể phí tham quan khu bảo tồn 70.000 đồng/khách.

Chị Nguyễn Thị Lan, chủ một cơ sở dịch vụ lặn ở bãi Làng, cho biết mỗi ngày cơ sở phục vụ 80-100 khách, gấp đôi năm ngoái. "Nhiều khách chưa biết bơi nên phải có áo phao và người kèm, mỗi hướng dẫn viên chỉ nhận tối đa 5 khách", chị Lan nói.

Ông Lê Văn Minh, Giám đốc Ban quản lý Khu bảo tồn biển Cù Lao Chàm, cho biết khu bảo tồn có khoảng 311 ha rạn san hô, nhưng độ phủ san hô sống tại các điểm lặn đông khách như Bãi Xếp, Hòn Dài chỉ còn khoảng 25%, giảm gần một nửa so với năm 2015. Năm 2023, ban quản lý phát hiện 26 trường hợp khách giẫm đạp lên san hô và 5 ca nô neo đậu sai quy định. Đơn vị đã lắp 40 phao neo và quy định sức chứa không quá 3.000 khách/ngày.

Dự kiến từ tháng 7, khu bảo tồn sẽ tạm đóng 2 điểm lặn để phục hồi san hô trong 6 tháng.

Đắc Thành
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 3.000 khách ra", "3.000", 3000, "measure", "khách/ngày", approx="about",
      subject="khách ra Cù Lao Chàm mỗi ngày cao điểm đầu hè"),
    F("hơn 1.200 người", "1.200", 1200, "measure", "người/ngày", approx="over", total=3000,
      subject="người đăng ký lặn ngắm san hô mỗi ngày"),
    F("đón 287.000 lượt", "287.000", 287000, "count", "lượt khách",
      change=C("increase", 15, "%", "cùng kỳ năm 2023"),
      subject="lượt khách đến Cù Lao Chàm", period=M5),
    F("có 22 cơ sở", "22", 22, "count", "cơ sở", subject="cơ sở cung cấp dịch vụ lặn"),
    F("khoảng 150 hướng", "150", 150, "count", "hướng dẫn viên", approx="about",
      subject="hướng dẫn viên lặn"),
    F("150.000-200.000", "150.000", 150000, "money", "đồng/khách", value_max=200000,
      subject="giá lặn bằng ống thở"),
    F("1,2 triệu", "1,2", 1200000, "money", "đồng/khách", subject="giá lặn bình khí"),
    F("70.000 đồng", "70.000", 70000, "money", "đồng/khách", subject="phí tham quan khu bảo tồn"),
    F("phục vụ 80-100 khách", "80", 80, "measure", "khách/ngày", value_max=100,
      change=C("increase", 2, "lần", "năm ngoái"),
      subject="khách cơ sở dịch vụ lặn của chị Nguyễn Thị Lan phục vụ mỗi ngày"),
    F("tối đa 5 khách", "5", 5, "measure", "khách/hướng dẫn viên", approx="at_most",
      subject="khách mỗi hướng dẫn viên nhận"),
    F("khoảng 311 ha", "311", 311, "measure", "ha", approx="about",
      subject="rạn san hô Khu bảo tồn biển Cù Lao Chàm"),
    F("khoảng 25%", "25", 25, "percent", "%", approx="about",
      change=C("decrease", 50, "%", "năm 2015", approx="nearly"),
      subject="độ phủ san hô sống tại các điểm lặn đông khách"),
    F("phát hiện 26 trường hợp", "26", 26, "count", "trường hợp",
      subject="trường hợp khách giẫm đạp lên san hô", period=Y23),
    F("5 ca nô", "5", 5, "count", "ca nô", subject="ca nô neo đậu sai quy định", period=Y23),
    F("lắp 40 phao", "40", 40, "count", "phao neo", subject="phao neo đã lắp"),
    F("không quá 3.000 khách/ngày", "3.000", 3000, "measure", "khách/ngày", approx="at_most",
      subject="sức chứa Cù Lao Chàm"),
    F("đóng 2 điểm", "2", 2, "count", "điểm lặn", status="forecast",
      subject="điểm lặn tạm đóng để phục hồi san hô"),
    F("trong 6 tháng", "6", 6, "measure", "tháng", status="forecast", optional=True,
      subject="thời gian tạm đóng điểm lặn"),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 15/6/2024, 08:15 (GMT+7)', byline at the end. Cù Lao Chàm (xã đảo Tân Hiệp) belongs to TP Hội An:",
    "location Hội An for every figure (a commune, a beach or an islet is not a location level).",
    "Per-day counts are rates (khách/ngày); 'trong đó hơn 1.200 người' is part of the 3.000 a day (total 3000).",
    "'giảm gần một nửa so với năm 2015' = change decrease nearly 50%. 'gấp đôi năm ngoái' after 80-100 khách = change 2 lần.",
    "'5 tháng đầu năm' takes 2024 from the dateline. 'Dự kiến từ tháng 7 … sẽ tạm đóng 2 điểm' = forecast (no period given);",
    "'trong 6 tháng' (closure length) optional. Distractors: 08:15, (GMT+7), 'năm 2015' (baseline).",
]

if __name__ == "__main__":
    write("p1142-6", TEXT, NOTES, FIGS, published="2024-06-15", location="Hội An")

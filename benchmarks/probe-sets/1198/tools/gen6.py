"""p1198-6: national newspaper (VnExpress-style), Long An: dryers overloaded at the Đông Xuân harvest, rice prices."""
from lib import F, P, I, C, T, write

TEXT = """Lò sấy quá tải, lúa ướt nằm chờ nhiều ngày

Thứ sáu, 15/3/2024, 14:20 (GMT+7)

Long An - Mưa trái mùa giữa cao điểm thu hoạch lúa Đông Xuân khiến hàng trăm lò sấy ở hai huyện Tân Thạnh, Thạnh Hóa quá tải, nhiều ghe lúa phải nằm chờ 2-3 ngày.

Tại lò sấy của ông Phan Văn Lợi ở xã Nhơn Hòa Lập, huyện Tân Thạnh, 8 buồng sấy với tổng công suất 320 tấn/mẻ chạy liên tục 24/24 giờ. Số ghe lúa chờ sấy những ngày này gấp 3 lần ngày thường. Ông Lợi cho biết mỗi ngày lò nhận sấy khoảng 500 tấn lúa tươi, giá sấy 200.000 đồng/tấn, tăng 20.000 đồng so với vụ trước do giá trấu tăng. "Lúa mới cắt có độ ẩm tới 30%, phải sấy 12 tiếng mới đạt 14%", ông nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Long An, vụ Đông Xuân 2023-2024 toàn tỉnh xuống giống hơn 237.000 ha lúa, đến nay đã thu hoạch khoảng 58%. Tỉnh có 968 lò sấy với tổng công suất khoảng 19.000 tấn/mẻ, song do thu hoạch dồn dập, năng lực sấy chỉ đáp ứng 65-70% sản lượng mỗi ngày.

Giá lúa tươi IR 50404 được thương lái thu mua tại ruộng 6.800-7.000 đồng/kg, giảm khoảng 400 đồng/kg so với đầu tháng 3; lúa OM 18 giá 7.800 đồng/kg. Nông dân có lúa phơi khô bán được 8.500-8.700 đồng/kg.

Ông Nguyễn Văn Hải, Phó giám đốc Sở, dự báo từ nay đến cuối tháng 3, mỗi ngày toàn tỉnh thu hoạch 5.000-6.000 ha. Sở đặt mục tiêu huy động thêm ít nhất 30 máy sấy di động từ các tỉnh lân cận.

Hoàng Nam
"""

NOWTO = P("từ nay đến cuối tháng 3", "2024-03-15", "2024-03-31")
TT = "Tân Thạnh"
NOW = P("đến nay", None, "2024-03-15")

FIGS = [
    F("hàng trăm lò sấy", "trăm", 100, "count", "lò sấy", approx="about", optional=True,
      subject="lò sấy quá tải"),
    F("hai huyện", "hai", 2, "count", "huyện", optional=True, subject="huyện có lò sấy quá tải"),
    F("chờ 2-3 ngày", "2", 2, "measure", "ngày", value_max=3, subject="thời gian ghe lúa nằm chờ sấy"),
    F("8 buồng sấy", "8", 8, "count", "buồng sấy", subject="buồng sấy của lò sấy ông Phan Văn Lợi", location=TT),
    F("320 tấn/mẻ", "320", 320, "measure", "tấn/mẻ", subject="tổng công suất các buồng sấy", location=TT),
    F("gấp 3 lần", "3", 3, "multiple", "lần", subject="số ghe lúa chờ sấy so với ngày thường", location=TT),
    F("khoảng 500 tấn", "500", 500, "measure", "tấn/ngày", approx="about",
      subject="lúa tươi lò nhận sấy mỗi ngày", location=TT),
    F("giá sấy 200.000", "200.000", 200000, "money", "đồng/tấn",
      change=C("increase", 20000, "đồng", "vụ trước"), subject="giá sấy lúa", location=TT),
    F("tới 30%", "30", 30, "percent", "%", subject="độ ẩm lúa mới cắt", location=TT),
    F("sấy 12 tiếng", "12", 12, "measure", "tiếng", subject="thời gian sấy lúa", location=TT),
    F("đạt 14%", "14", 14, "percent", "%", subject="độ ẩm lúa sau khi sấy", location=TT),
    F("hơn 237.000 ha", "237.000", 237000, "measure", "ha", approx="over",
      subject="diện tích lúa vụ Đông Xuân 2023-2024 xuống giống"),
    F("khoảng 58%", "58", 58, "percent", "%", approx="about", subject="tỷ lệ diện tích lúa đã thu hoạch", period=NOW),
    F("có 968 lò", "968", 968, "count", "lò sấy", subject="lò sấy của tỉnh"),
    F("khoảng 19.000 tấn/mẻ", "19.000", 19000, "measure", "tấn/mẻ", approx="about",
      subject="tổng công suất lò sấy"),
    F("đáp ứng 65-70%", "65", 65, "percent", "%", value_max=70,
      subject="năng lực sấy đáp ứng sản lượng lúa thu hoạch mỗi ngày"),
    F("ruộng 6.800-7.000", "6.800", 6800, "money", "đồng/kg", value_max=7000,
      change=C("decrease", 400, "đồng/kg", "đầu tháng 3", "about"),
      subject="giá lúa tươi IR 50404 thương lái thu mua tại ruộng"),
    F("giá 7.800", "7.800", 7800, "money", "đồng/kg", subject="giá lúa tươi OM 18"),
    F("8.500-8.700", "8.500", 8500, "money", "đồng/kg", value_max=8700, subject="giá lúa phơi khô"),
    F("thu hoạch 5.000-6.000 ha", "5.000", 5000, "measure", "ha/ngày", value_max=6000, status="forecast",
      subject="diện tích lúa thu hoạch mỗi ngày", period=NOWTO),
    F("ít nhất 30 máy", "30", 30, "count", "máy sấy", approx="at_least", status="target",
      subject="máy sấy di động huy động thêm từ các tỉnh lân cận"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ sáu, 15/3/2024, 14:20 (GMT+7)' (published), place tag 'Long An -', byline at the end.",
    "Distractors: 14:20, GMT+7, '24/24 giờ' (idiom: round the clock), rice variety names 'IR 50404' and 'OM 18', season years '2023-2024',",
    "'đầu tháng 3', 'cuối tháng 3'. 'hàng trăm lò sấy' (vague) and 'hai huyện' (names the two districts that follow) are optional.",
    "Dryer passage (xã Nhơn Hòa Lập, huyện Tân Thạnh): location Tân Thạnh; 'gấp 3 lần ngày thường' stands as the claim: multiple.",
    "'độ ẩm tới 30%' is exact ('tới' = as high as; not in the approx list). '2-3 ngày' (waiting time) is a measure, not a period.",
    "Seasons give no period. revised: 'đến nay đã thu hoạch khoảng 58%' gets start null, end = published (the first gold had none).",
    " 'từ nay đến cuối tháng 3' = published date .. 2024-03-31 (forecast, 'dự báo').",
    "'giảm khoảng 400 đồng/kg so với đầu tháng 3' is the change of the price range; 'Sở đặt mục tiêu … ít nhất 30 máy' is a target.",
]

if __name__ == "__main__":
    write("p1198-6", TEXT, NOTES, FIGS, published="2024-03-15", location="Long An")

#!/usr/bin/env python3
"""p703-8: commune portal (xã Nhơn Hải, TP Quy Nhơn) — community-managed reef Hòn Khô, Q1/2024 patrols, replanting, tourism income."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN XÃ NHƠN HẢI
Trang chủ » Tin tức » Kinh tế - Xã hội
Ngày 05/04/2024 08:15 | Lượt xem: 436

Nhơn Hải: Cộng đồng giữ 17 ha rạn san hô, thu nhập từ du lịch tăng gần 2 lần

Khu vực bảo vệ rạn san hô Hòn Khô của xã Nhơn Hải (TP Quy Nhơn, tỉnh Bình Định) rộng 17 ha, được UBND tỉnh giao cho cộng đồng quản lý theo Quyết định số 4173/QĐ-UBND ngày 25/12/2019.

Quý I/2024, tổ cộng đồng gồm 25 thành viên đã tổ chức 24 đợt tuần tra, nhắc nhở 6 trường hợp vi phạm; trồng mới 350 m² san hô, nâng tổng diện tích san hô được trồng phục hồi từ năm 2019 đến nay lên 2.150 m². Độ phủ san hô sống tại Hòn Khô hiện đạt khoảng 45%, trong khi trước năm 2018 chỉ dưới 10%.

Nhờ rạn san hô hồi sinh, du lịch cộng đồng phát triển mạnh. Quý I/2024, xã đón 52.300 lượt khách tham quan Hòn Khô, tăng 18,6% so với cùng kỳ; doanh thu dịch vụ du lịch ước đạt 7,8 tỷ đồng. Toàn xã có 126 hộ tham gia kinh doanh dịch vụ lặn ngắm san hô, ăn uống, chụp ảnh, chiếm 11,5% tổng số hộ. Thu nhập bình quân của hộ làm du lịch từ 12 đến 15 triệu đồng/tháng, gấp gần 2 lần so với trước khi chuyển đổi nghề.

Năm 2024, xã phấn đấu trồng thêm 500 m² san hô và đón trên 200.000 lượt khách.

Du khách đến Hòn Khô có thể đi theo Quốc lộ 19B, rẽ vào đường ven biển Nhơn Lý - Cát Tiến. Mọi ý kiến đóng góp xin gửi về UBND xã Nhơn Hải, thôn Hải Nam; điện thoại 0256.3840.123.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
SINCE = P("từ năm 2019 đến nay", "2019-01-01", "2024-04-05")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giữ 17 ha", "17", 17, "measure", "ha", "diện tích rạn san hô cộng đồng giữ"),
    F("tăng gần 2 lần", "2", 2, "multiple", "lần", "thu nhập từ du lịch", approx="nearly"),
    F("rộng 17 ha", "17", 17, "measure", "ha", "diện tích khu vực bảo vệ rạn san hô Hòn Khô"),
    F("gồm 25 thành viên", "25", 25, "count", "thành viên", "thành viên tổ cộng đồng", Q1),
    F("tổ chức 24 đợt", "24", 24, "count", "đợt", "đợt tuần tra", Q1),
    F("nhắc nhở 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp vi phạm bị nhắc nhở", Q1),
    F("trồng mới 350 m²", "350", 350, "measure", "m²", "diện tích san hô trồng mới", Q1),
    F("lên 2.150 m²", "2.150", 2150, "measure", "m²", "tổng diện tích san hô được trồng phục hồi", SINCE),
    F("khoảng 45%", "45", 45, "percent", "%", "độ phủ san hô sống tại Hòn Khô", approx="about"),
    F("dưới 10%", "10", 10, "percent", "%", "độ phủ san hô sống tại Hòn Khô trước năm 2018", approx="under"),
    F("đón 52.300 lượt khách", "52.300", 52300, "count", "lượt khách", "lượt khách tham quan Hòn Khô", Q1,
      change=CH("increase", 18.6, "%", "cùng kỳ")),
    F("ước đạt 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "doanh thu dịch vụ du lịch", Q1, status="estimate"),
    F("có 126 hộ", "126", 126, "count", "hộ", "hộ tham gia kinh doanh dịch vụ du lịch", percent=11.5),
    F("từ 12 đến 15 triệu", "12", 12e6, "money", "đồng/tháng", "thu nhập bình quân của hộ làm du lịch", value_max=15e6,
      change=CH("increase", 2, "lần", "trước khi chuyển đổi nghề", approx="nearly")),
    F("thêm 500 m²", "500", 500, "measure", "m²", "diện tích san hô trồng thêm", Y24, status="target"),
    F("trên 200.000 lượt khách", "200.000", 200000, "count", "lượt khách", "lượt khách đón", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Nhơn Hải): community-managed reef Hòn Khô, quý I/2024 — tuần tra, trồng san hô, độ phủ, du lịch cộng đồng.",
    "'Ngày 05/04/2024 08:15' is the date; 'Lượt xem: 436' a counter. A commune is not a location level: the text names 'TP Quy Nhơn',",
    "so location Quy Nhơn. Quyết định số 4173/QĐ-UBND ngày 25/12/2019, 'Quốc lộ 19B', 'thôn Hải Nam', phone are not figures.",
    "Headline 'thu nhập từ du lịch tăng gần 2 lần' stands alone: a multiple (nearly). In the body 'gấp gần 2 lần so với …' follows the",
    "income range, so it is that figure's change (lần, nearly). 'từ năm 2019 đến nay' ends at the dateline. 'trước năm 2018 chỉ dưới 10%'",
    "gets no period (open span). 'chiếm 11,5% tổng số hộ' → percent of 126 hộ. '25 thành viên' after 'gồm' is not a part (no whole).",
]

if __name__ == "__main__":
    emit("p703-8", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Quy Nhơn")

"""p827-4: central agency site (Cục Du lịch Quốc gia Việt Nam), national theme parks and water parks, 2024."""
from lib import C, F, P, T, build

TEXT = """CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ / Tin tức / Tin trong nước

Loại hình công viên chủ đề, công viên nước tiếp tục tăng trưởng mạnh

14/02/2025 | Lượt xem: 2.417

(TITC) - Theo số liệu tổng hợp từ các địa phương, năm 2024 cả nước có 186 khu vui chơi giải trí quy mô lớn, trong đó có 47 công viên chủ đề và 62 công viên nước. Các khu vui chơi đã đón khoảng 48,6 triệu lượt khách, tăng 21,3% so với năm 2023, chiếm gần 44% tổng lượt khách du lịch nội địa.

Tổng doanh thu của loại hình này ước đạt 31.500 tỷ đồng; riêng các công viên nước chiếm 18% tổng doanh thu. Các địa phương dẫn đầu về lượt khách lần lượt là Đà Nẵng (7,2 triệu lượt), Khánh Hòa (5,8 triệu lượt), Quảng Ninh (4,9 triệu lượt) và Kiên Giang (4,1 triệu lượt).

Về đầu tư, năm 2024 có 9 dự án khu vui chơi, công viên nước mới được chấp thuận chủ trương đầu tư với tổng vốn đăng ký hơn 14.200 tỷ đồng, tổng diện tích khoảng 1.350 ha. Giá vé bình quân tại các công viên chủ đề ở mức 350.000-750.000 đồng/lượt, cao hơn khoảng 15% so với năm 2022 do chi phí vận hành tăng.

Cũng trong năm, cơ quan chức năng ghi nhận 14 vụ tai nạn, sự cố liên quan đến thiết bị vui chơi và đuối nước tại các công viên nước, giảm 6 vụ so với năm 2023, làm 3 người tử vong.

Theo Quyết định số 509/QĐ-TTg phê duyệt Quy hoạch hệ thống du lịch thời kỳ 2021-2030, tầm nhìn đến năm 2045, đến năm 2030 phấn đấu mỗi vùng du lịch có ít nhất 2 công viên chủ đề đạt tầm cỡ khu vực, tổng lượt khách đến các khu vui chơi đạt 80 triệu lượt. Cục Du lịch Quốc gia Việt Nam dự báo năm 2025 lượng khách đến các khu vui chơi sẽ tăng 10-12%.

Địa chỉ: Số 51 Ngô Quyền, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.1061
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y2030 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 186 khu vui chơi", "186", 186, "count", "khu vui chơi giải trí", "khu vui chơi giải trí quy mô lớn",
      period=Y24),
    F("có 47 công viên chủ đề", "47", 47, "count", "công viên chủ đề", "công viên chủ đề", total=186, period=Y24),
    F("và 62 công viên nước", "62", 62, "count", "công viên nước", "công viên nước", total=186, period=Y24),
    F("khoảng 48,6 triệu lượt khách", "48,6", 48600000, "count", "lượt khách",
      "lượt khách đến các khu vui chơi", approx="about", percent=44,
      change=C("increase", 21.3, baseline="năm 2023"), period=Y24i),
    F("ước đạt 31.500 tỷ đồng", "31.500", 31500e9, "money", "đồng", "tổng doanh thu loại hình khu vui chơi giải trí",
      status="estimate", period=Y24i),
    F("chiếm 18% tổng doanh thu", "18", 18, "percent", "%", "tỷ trọng doanh thu của các công viên nước",
      period=Y24i),
    F("Đà Nẵng (7,2 triệu lượt)", "7,2", 7200000, "count", "lượt", "lượt khách đến các khu vui chơi",
      location="Đà Nẵng", period=Y24i),
    F("Khánh Hòa (5,8 triệu lượt)", "5,8", 5800000, "count", "lượt", "lượt khách đến các khu vui chơi",
      location="Khánh Hòa", period=Y24i),
    F("Quảng Ninh (4,9 triệu lượt)", "4,9", 4900000, "count", "lượt", "lượt khách đến các khu vui chơi",
      location="Quảng Ninh", period=Y24i),
    F("Kiên Giang (4,1 triệu lượt)", "4,1", 4100000, "count", "lượt", "lượt khách đến các khu vui chơi",
      location="Kiên Giang", period=Y24i),
    F("có 9 dự án", "9", 9, "count", "dự án",
      "dự án khu vui chơi, công viên nước mới được chấp thuận chủ trương đầu tư", period=Y24),
    F("hơn 14.200 tỷ đồng", "14.200", 14200e9, "money", "đồng", "tổng vốn đăng ký", approx="over", period=Y24),
    F("khoảng 1.350 ha", "1.350", 1350, "measure", "ha", "tổng diện tích dự án", approx="about", period=Y24),
    F("350.000-750.000 đồng/lượt", "350.000", 350000, "money", "đồng/lượt",
      "giá vé bình quân tại các công viên chủ đề", value_max=750000,
      change=C("increase", 15, baseline="năm 2022", approx="about"), period=Y24i),
    F("ghi nhận 14 vụ", "14", 14, "count", "vụ", "vụ tai nạn, sự cố liên quan đến thiết bị vui chơi và đuối nước",
      change=C("decrease", 6, "vụ", baseline="năm 2023"), period=P("trong năm", "2024-01-01", "2024-12-31")),
    F("làm 3 người", "3", 3, "count", "người", "người tử vong do tai nạn, sự cố tại khu vui chơi",
      period=P("trong năm", "2024-01-01", "2024-12-31")),
    F("ít nhất 2 công viên chủ đề", "2", 2, "count", "công viên chủ đề",
      "công viên chủ đề đạt tầm cỡ khu vực mỗi vùng du lịch", approx="at_least", status="target", period=Y2030),
    F("đạt 80 triệu lượt", "80", 80000000, "count", "lượt", "tổng lượt khách đến các khu vui chơi",
      status="target", period=Y2030),
    F("tăng 10-12%", "10", 10, "percent", "%", "tăng trưởng lượng khách đến các khu vui chơi", value_max=12,
      status="forecast", period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "Cục Du lịch Quốc gia Việt Nam site: national theme parks and water parks in 2024. Dateline '14/02/2025 | Lượt xem: 2.417'.",
    "National figures: location Việt Nam; the ranking list gives each province as location and keeps the list's indicator as subject.",
    "'chiếm gần 44% tổng lượt khách du lịch nội địa' is the share attribute of 48,6 triệu (no number for the whole, so no total).",
    "'cao hơn khoảng 15% so với năm 2022' is the change of the price range before it; 'giảm 6 vụ' the change of 14 vụ.",
    "'Cũng trong năm' is a year-less period in its own sentence: 2024. 'tăng 10-12%' (forecast growth, no base amount) is a percent range.",
    "Distractors: 'Quyết định số 509/QĐ-TTg', 'thời kỳ 2021-2030', 'tầm nhìn đến năm 2045', address and phone, view counter.",
]

build("p827-4", TEXT, FIGS, COMMENTS, published="2025-02-14", location="Việt Nam")

"""p734-1: Quảng Ninh province portal — toilets at tourist sites meeting the standard (as of 31/3/2024)."""
from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Quảng Ninh: 312 nhà vệ sinh tại khu, điểm du lịch đạt chuẩn

Cập nhật: 18/04/2024 08:45
Lượt xem: 1.284

(Cổng TTĐT tỉnh) - Theo Sở Du lịch, tính đến ngày 31/3/2024, toàn tỉnh có 347 nhà vệ sinh công cộng phục vụ khách du lịch, trong đó 312 nhà vệ sinh đạt chuẩn theo Quyết định số 225/QĐ-TCDL của Tổng cục Du lịch, chiếm 89,9%.

Các địa phương có nhiều nhà vệ sinh đạt chuẩn gồm: TP Hạ Long (118), TP Cẩm Phả (42), huyện Vân Đồn (39), TP Uông Bí (31) và TP Móng Cái (27). Còn 35 nhà vệ sinh chưa đạt chuẩn; trong đó 14 nhà đã xuống cấp, 21 nhà chưa có buồng dành cho người khuyết tật.

Năm 2023, toàn tỉnh đã xây mới 24 nhà vệ sinh và cải tạo, nâng cấp 57 nhà vệ sinh với tổng kinh phí hơn 38,6 tỷ đồng, trong đó ngân sách nhà nước 14,2 tỷ đồng, vốn xã hội hóa 24,4 tỷ đồng, chiếm 63,2%.

Quý I/2024, các khu, điểm du lịch trên địa bàn đón khoảng 4,2 triệu lượt khách, tăng 12,5% so với cùng kỳ; lượt sử dụng nhà vệ sinh công cộng ước đạt 1,35 triệu lượt. Tại các bãi tắm Bãi Cháy, Trà Cổ, nhà vệ sinh phục vụ miễn phí, mở cửa từ 6h00 đến 22h00.

Phấn đấu đến năm 2025, 100% khu, điểm du lịch trên địa bàn tỉnh có nhà vệ sinh đạt chuẩn; mỗi năm xây mới từ 20 đến 30 nhà vệ sinh tại các bãi tắm, bến tàu, trạm dừng nghỉ.

Mọi phản ánh về chất lượng nhà vệ sinh, du khách liên hệ Đường dây nóng du lịch 0203.3628.000 hoặc Trung tâm Thông tin xúc tiến du lịch, số 1 đường 25/4, phường Hồng Gai, TP Hạ Long.
"""

ASOF = P("tính đến ngày 31/3/2024", None, "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NVS = "nhà vệ sinh"

FIGS = [
    F("Quảng Ninh: 312 nhà vệ sinh", "312", 312, "count", NVS, "nhà vệ sinh tại khu, điểm du lịch đạt chuẩn", I(ASOF)),
    F("có 347 nhà vệ sinh", "347", 347, "count", NVS, "nhà vệ sinh công cộng phục vụ khách du lịch", ASOF),
    F("trong đó 312 nhà vệ sinh", "312", 312, "count", NVS, "nhà vệ sinh đạt chuẩn", ASOF, total=347, percent=89.9),
    F("Hạ Long (118)", "118", 118, "count", NVS, "nhà vệ sinh đạt chuẩn", I(ASOF), location="Hạ Long"),
    F("Cẩm Phả (42)", "42", 42, "count", NVS, "nhà vệ sinh đạt chuẩn", I(ASOF), location="Cẩm Phả"),
    F("Vân Đồn (39)", "39", 39, "count", NVS, "nhà vệ sinh đạt chuẩn", I(ASOF), location="Vân Đồn"),
    F("Uông Bí (31)", "31", 31, "count", NVS, "nhà vệ sinh đạt chuẩn", I(ASOF), location="Uông Bí"),
    F("Móng Cái (27)", "27", 27, "count", NVS, "nhà vệ sinh đạt chuẩn", I(ASOF), location="Móng Cái"),
    F("Còn 35 nhà vệ sinh", "35", 35, "count", NVS, "nhà vệ sinh chưa đạt chuẩn", I(ASOF)),
    F("trong đó 14 nhà", "14", 14, "count", "nhà", "nhà vệ sinh chưa đạt chuẩn đã xuống cấp", I(ASOF), total=35),
    F("21 nhà chưa", "21", 21, "count", "nhà", "nhà vệ sinh chưa có buồng dành cho người khuyết tật", I(ASOF), total=35),
    F("xây mới 24 nhà vệ sinh", "24", 24, "count", NVS, "nhà vệ sinh xây mới", Y23),
    F("nâng cấp 57 nhà vệ sinh", "57", 57, "count", NVS, "nhà vệ sinh cải tạo, nâng cấp", Y23),
    F("hơn 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "tổng kinh phí xây mới, cải tạo, nâng cấp nhà vệ sinh", Y23,
      approx="over"),
    F("nhà nước 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "kinh phí ngân sách nhà nước", Y23, total=38.6e9),
    F("hội hóa 24,4 tỷ đồng", "24,4", 24.4e9, "money", "đồng", "vốn xã hội hóa", Y23, total=38.6e9, percent=63.2),
    F("khoảng 4,2 triệu lượt khách", "4,2", 4.2e6, "count", "lượt khách", "lượt khách đến các khu, điểm du lịch", Q1,
      approx="about", change=CH("increase", 12.5, baseline="cùng kỳ")),
    F("ước đạt 1,35 triệu lượt", "1,35", 1.35e6, "count", "lượt", "lượt sử dụng nhà vệ sinh công cộng", Q1,
      status="estimate"),
    F("năm 2025, 100% khu", "100", 100, "percent", "%", "khu, điểm du lịch có nhà vệ sinh đạt chuẩn", T25,
      status="target"),
    F("từ 20 đến 30 nhà vệ sinh", "20", 20, "count", NVS, "nhà vệ sinh xây mới mỗi năm tại các bãi tắm, bến tàu, trạm dừng nghỉ",
      T25, value_max=30, status="target"),
]

COMMENTS = [
    "Quảng Ninh province portal (breadcrumb, 'Cập nhật: 18/04/2024 08:45', 'Lượt xem: 1.284'): toilets at tourist sites, as of 31/3/2024.",
    "Not figures: the counter 1.284, 'Quyết định số 225/QĐ-TCDL', opening hours 6h00-22h00, the hotline, 'số 1 đường 25/4'.",
    "District list after 'Các địa phương ... gồm:' follows no figure, so no total; the items are places (location), the indicator is the subject.",
    "'Còn 35 ...; trong đó 14 ..., 21 ...': parts of 35. 'mỗi năm xây mới từ 20 đến 30' continues the 'Phấn đấu đến năm 2025' clause: target.",
]

if __name__ == "__main__":
    emit("p734-1", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Quảng Ninh")

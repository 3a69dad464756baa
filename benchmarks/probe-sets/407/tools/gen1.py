from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Phòng chống thiên tai

Dông lốc, mưa đá làm hơn 600 ngôi nhà bị tốc mái, hư hỏng
Cập nhật: 14:25 | 22/04/2024
Lượt xem: 3.118

Theo báo cáo của Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh, từ khoảng 18 giờ ngày 20/4 đến rạng sáng ngày 21/4/2024, trên địa bàn tỉnh xảy ra dông lốc kèm mưa đá, gió giật mạnh cấp 7-8. Mưa đá có đường kính phổ biến từ 1 đến 3 cm, kéo dài khoảng 15 phút.

Đợt thiên tai đã làm 1 người chết và 3 người bị thương. Nạn nhân tử vong là ông Vàng Seo Sử (sinh năm 1987), trú tại thôn Lao Chải 2, xã Nậm Chảy, huyện Mường Khương, bị sét đánh khi đang làm nương.

Về nhà ở, toàn tỉnh có 634 ngôi nhà bị tốc mái, hư hỏng (Bát Xát 287 nhà, Mường Khương 196 nhà, Si Ma Cai 102 nhà, Bắc Hà 49 nhà), trong đó 9 nhà bị sập đổ hoàn toàn. Về sản xuất, mưa đá làm 215,4 ha lúa, ngô và 38 ha chè bị dập nát, mức thiệt hại từ 30% đến 70%; hơn 2.300 cây ăn quả bị gãy đổ. Ngoài ra, 14 cột điện hạ thế bị gãy, 6 phòng học của 2 điểm trường bị tốc mái. Tổng giá trị thiệt hại ước tính khoảng 12,7 tỷ đồng.

Thực hiện Công điện số 07/CĐ-UBND ngày 21/4/2024 của Chủ tịch UBND tỉnh, lực lượng tại chỗ đã huy động hơn 1.200 lượt cán bộ, chiến sĩ, đoàn viên thanh niên giúp dân lợp lại mái nhà, thu dọn cây đổ.

Ngay trong ngày 21/4/2024, UBND tỉnh đã trích 1,5 tỷ đồng từ nguồn dự phòng ngân sách tỉnh năm 2024 hỗ trợ 4 huyện khắc phục hậu quả, trong đó huyện Bát Xát 600 triệu đồng, Mường Khương 450 triệu đồng, Si Ma Cai 270 triệu đồng và Bắc Hà 180 triệu đồng.

Người dân cần hỗ trợ liên hệ đường dây nóng của Văn phòng thường trực Ban Chỉ huy PCTT&TKCN tỉnh: 0214.3840.115.

Thu Hà
"""

EV = P("từ khoảng 18 giờ ngày 20/4 đến rạng sáng ngày 21/4/2024", "2024-04-20", "2024-04-21", True)
EV_S = P("từ khoảng 18 giờ ngày 20/4 đến rạng sáng ngày 21/4/2024", "2024-04-20", "2024-04-21")
D21 = P("Ngay trong ngày 21/4/2024", "2024-04-21", "2024-04-21")
H = "nhà bị tốc mái, hư hỏng"

FIGS = [
    F("hơn 600 ngôi nhà", "600", 600, "count", "ngôi nhà", "nhà bị tốc mái, hư hỏng", approx="over"),
    F("cấp 7-8", "7", 7, "measure", "cấp", "gió giật mạnh", EV_S, value_max=8, optional=True),
    F("từ 1 đến 3 cm", "1", 1, "measure", "cm", "đường kính mưa đá", EV, value_max=3),
    F("khoảng 15 phút", "15", 15, "measure", "phút", "thời gian mưa đá kéo dài", EV, approx="about"),
    F("làm 1 người chết", "1", 1, "count", "người", "người chết", EV),
    F("3 người bị thương", "3", 3, "count", "người", "người bị thương", EV),
    F("có 634 ngôi nhà", "634", 634, "count", "ngôi nhà", H, EV),
    F("Bát Xát 287 nhà", "287", 287, "count", "nhà", H, EV, location="Bát Xát", total=634),
    F("Mường Khương 196 nhà", "196", 196, "count", "nhà", H, EV, location="Mường Khương", total=634),
    F("Si Ma Cai 102 nhà", "102", 102, "count", "nhà", H, EV, location="Si Ma Cai", total=634),
    F("Bắc Hà 49 nhà", "49", 49, "count", "nhà", H, EV, location="Bắc Hà", total=634),
    F("trong đó 9 nhà", "9", 9, "count", "nhà", "nhà bị sập đổ hoàn toàn", EV, total=634),
    F("215,4 ha lúa", "215,4", 215.4, "measure", "ha", "lúa, ngô bị dập nát", EV),
    F("38 ha chè", "38", 38, "measure", "ha", "chè bị dập nát", EV),
    F("từ 30% đến 70%", "30", 30, "percent", "%", "mức thiệt hại", EV, value_max=70),
    F("hơn 2.300 cây", "2.300", 2300, "count", "cây", "cây ăn quả bị gãy đổ", EV, approx="over"),
    F("14 cột điện", "14", 14, "count", "cột điện", "cột điện hạ thế bị gãy", EV),
    F("6 phòng học", "6", 6, "count", "phòng học", "phòng học bị tốc mái", EV),
    F("2 điểm trường", "2", 2, "count", "điểm trường", "điểm trường có phòng học bị tốc mái", EV),
    F("khoảng 12,7 tỷ đồng", "12,7", 12.7e9, "money", "đồng", "tổng giá trị thiệt hại", EV,
      approx="about", status="estimate"),
    F("hơn 1.200 lượt", "1.200", 1200, "count", "lượt cán bộ, chiến sĩ, đoàn viên thanh niên",
      "lượt cán bộ, chiến sĩ, đoàn viên thanh niên huy động giúp dân", EV, approx="over"),
    F("trích 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí dự phòng ngân sách tỉnh hỗ trợ khắc phục hậu quả", D21),
    F("hỗ trợ 4 huyện", "4", 4, "count", "huyện", "huyện được hỗ trợ khắc phục hậu quả", D21),
    F("Bát Xát 600 triệu", "600", 600e6, "money", "đồng", "kinh phí hỗ trợ khắc phục hậu quả", D21,
      location="Bát Xát", total=1.5e9),
    F("Mường Khương 450 triệu", "450", 450e6, "money", "đồng", "kinh phí hỗ trợ khắc phục hậu quả", D21,
      location="Mường Khương", total=1.5e9),
    F("Si Ma Cai 270 triệu", "270", 270e6, "money", "đồng", "kinh phí hỗ trợ khắc phục hậu quả", D21,
      location="Si Ma Cai", total=1.5e9),
    F("Bắc Hà 180 triệu", "180", 180e6, "money", "đồng", "kinh phí hỗ trợ khắc phục hậu quả", D21,
      location="Bắc Hà", total=1.5e9),
]

HEADER = """Cổng TTĐT tỉnh Lào Cai: dông lốc, mưa đá đêm 20 - rạng sáng 21/4/2024. Dateline 'Cập nhật: 14:25 | 22/04/2024', counter 'Lượt xem: 3.118' (furniture).
Distractors: '18 giờ', 'Công điện số 07/CĐ-UBND ngày 21/4/2024', 'sinh năm 1987', 'thôn Lao Chải 2', 'ngân sách tỉnh năm 2024' (budget year, not the period), hotline 0214.3840.115.
Event period 20-21/4/2024 is stated in the first sentence; the next sentences inherit it. 'cấp 7-8' (Beaufort force) is optional.
The bracketed district breakdown follows the whole (634) and adds up to it: total 634; 'trong đó 9 nhà' whole is 634 (not the sibling Bắc Hà 49).
'trong đó huyện Bát Xát 600 triệu …' are parts of 1,5 tỷ (they add up). The headline 'hơn 600 ngôi nhà' is a figure of its own (no period).
'Ngay trong ngày 21/4/2024' is a one-day period for the relief money."""

build("p407-1", TEXT, FIGS, HEADER, published="2024-04-22", location="Lào Cai")

from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Tổng mức bán lẻ 6 tháng đầu năm của Nghệ An ước đạt hơn 51 nghìn tỷ đồng

Cập nhật: 08/07/2024 15:42
Lượt xem: 3.862

(NAPortal) - Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh Nghệ An ước đạt 51.284,6 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023, đạt 49,8% kế hoạch năm. Trong đó, doanh thu bán lẻ hàng hóa ước đạt 39.870,2 tỷ đồng, chiếm 77,7%; doanh thu dịch vụ lưu trú, ăn uống đạt 6.452 tỷ đồng, tăng 15,1%.

Mạng lưới hạ tầng thương mại tiếp tục được mở rộng. Tính đến ngày 30/6/2024, toàn tỉnh có 382 chợ, trong đó 7 chợ hạng I, 41 chợ hạng II và 334 chợ hạng III; 28 siêu thị và 6 trung tâm thương mại. Riêng thành phố Vinh có 11 siêu thị, chiếm gần 40% tổng số siêu thị toàn tỉnh.

Giá cả các mặt hàng thiết yếu cơ bản ổn định; chỉ số giá tiêu dùng (CPI) bình quân 6 tháng tăng 3,86% so với cùng kỳ. Hoạt động xuất khẩu khởi sắc: kim ngạch xuất khẩu ước đạt 1.187 triệu USD, tăng 21,3% so với cùng kỳ, đạt 54% kế hoạch; kim ngạch nhập khẩu ước đạt 812,4 triệu USD, tăng 9,6%.

Để hoàn thành mục tiêu cả năm, ngành Công Thương phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2024 đạt khoảng 103.000 tỷ đồng; kim ngạch xuất khẩu đạt 2,2 tỷ USD. Dự kiến trong quý III sẽ tổ chức 12 phiên chợ hàng Việt về các huyện miền núi như Kỳ Sơn, Tương Dương, Quế Phong.

Sở Công Thương Nghệ An - Số 53 đường Lê Hồng Phong, TP Vinh. ĐT: 0238.3844.577
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
RB = "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"

FIGS = [
    F("ước đạt hơn 51 nghìn tỷ", "51", 51e12, "money", "đồng", "tổng mức bán lẻ", H6,
      approx="over", status="estimate"),
    F("ước đạt 51.284,6 tỷ", "51.284,6", 51284.6e9, "money", "đồng", RB, H6Y,
      percent=49.8, change=CH("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 39.870,2 tỷ", "39.870,2", 39870.2e9, "money", "đồng", "doanh thu bán lẻ hàng hóa", I(H6Y),
      total=51284.6e9, percent=77.7, status="estimate"),
    F("đạt 6.452 tỷ", "6.452", 6452e9, "money", "đồng", "doanh thu dịch vụ lưu trú, ăn uống", I(H6Y),
      total=51284.6e9, change=CH("increase", 15.1), status="estimate"),
    F("có 382 chợ", "382", 382, "count", "chợ", "chợ", ASOF),
    F("đó 7 chợ", "7", 7, "count", "chợ", "chợ hạng I", ASOF, total=382),
    F("41 chợ hạng II", "41", 41, "count", "chợ", "chợ hạng II", ASOF, total=382),
    F("334 chợ hạng III", "334", 334, "count", "chợ", "chợ hạng III", ASOF, total=382),
    F("28 siêu thị", "28", 28, "count", "siêu thị", "siêu thị", ASOF),
    F("6 trung tâm thương mại", "6", 6, "count", "trung tâm thương mại", "trung tâm thương mại", ASOF),
    # "Riêng" is no part cue in the spec, and the whole (28) is not restated: no total
    F("có 11 siêu thị", "11", 11, "count", "siêu thị", "siêu thị", I(ASOF), percent=40, location="Vinh"),
    F("tăng 3,86%", "3,86", 3.86, "percent", "%", "chỉ số giá tiêu dùng (CPI) bình quân 6 tháng",
      P("bình quân 6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 1.187 triệu", "1.187", 1187e6, "money", "USD", "kim ngạch xuất khẩu", I(H6Y),
      percent=54, change=CH("increase", 21.3, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 812,4 triệu", "812,4", 812.4e6, "money", "USD", "kim ngạch nhập khẩu", I(H6Y),
      change=CH("increase", 9.6), status="estimate"),
    F("khoảng 103.000 tỷ", "103.000", 103000e9, "money", "đồng", RB, P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="target"),
    F("đạt 2,2 tỷ USD", "2,2", 2.2e9, "money", "USD", "kim ngạch xuất khẩu", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên chợ", "phiên chợ hàng Việt về các huyện miền núi",
      P("quý III", "2024-07-01", "2024-09-30"), status="forecast"),
]

emit("p530-1", TEXT, [
    "Nghệ An province portal (breadcrumb, Cập nhật, Lượt xem): retail sales, market network, CPI, exports, 6 months of 2024.",
    "Headline '6 tháng đầu năm' takes 2024 (published). 'hạng I/II/III' are market classes, not figures; 'Lượt xem: 3.862',",
    "the address 'Số 53 đường Lê Hồng Phong' and the phone number are furniture. 'Riêng thành phố Vinh có 11 siêu thị' has no",
    "part cue, so no total. Parts after 'Trong đó' continue the 'ước' of the whole (estimate).",
], FIGS, published="2024-07-08", location="Nghệ An")

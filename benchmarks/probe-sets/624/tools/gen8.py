"""p624-8: commune portal (xã Tân Hiệp, TP. Hội An) — Cù Lao Chàm, 9 tháng năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN XÃ TÂN HIỆP - THÀNH PHỐ HỘI AN
Trang thông tin điện tử xã Tân Hiệp
Ngày đăng: 28/10/2024 | Người đăng: Văn phòng HĐND - UBND xã

Cù Lao Chàm đón 376.000 lượt khách trong 9 tháng

9 tháng năm 2024, Khu bảo tồn biển Cù Lao Chàm đón khoảng 376.000 lượt khách tham quan, tăng 14,5% so với cùng kỳ năm 2023; trong đó khách lưu trú qua đêm tại các homestay trên đảo đạt 21.400 lượt. Doanh thu từ bán vé tham quan đạt 26,3 tỷ đồng, tăng 15,8% so với cùng kỳ.

Để giảm áp lực lên hệ sinh thái, thành phố Hội An áp dụng giới hạn tối đa 3.000 lượt khách/ngày ra đảo. Hiện có 38 ca nô của 17 doanh nghiệp được cấp phép đưa đón khách từ bến Cửa Đại. Trong tháng 9, xã phối hợp Đồn Biên phòng Cù Lao Chàm kiểm tra 38/38 ca nô, nhắc nhở 5 thuyền trưởng chở quá số người quy định.

Về môi trường, xã tiếp tục duy trì mô hình "nói không với túi ni lông" được triển khai từ năm 2009. Trong 9 tháng, lực lượng thu gom đã xử lý khoảng 156 tấn rác thải sinh hoạt, trong đó có 12,4 tấn rác thải nhựa được phân loại để tái chế. Mức thu phí vệ sinh môi trường đối với khách tham quan là 20.000 đồng/lượt.

Năm 2024, xã đưa vào khai thác 4 tuyến chèo kayak và lặn ngắm san hô tại Bãi Bắc, Bãi Bìm, Hòn Dài và Hòn Khô. Giá tour trọn gói từ 350.000 đến 450.000 đồng/khách; diện tích rạn san hô tại các điểm lặn khoảng 310 ha.

Quý IV/2024, xã phấn đấu đón thêm 60.000 lượt khách, nâng tổng số khách cả năm lên 436.000 lượt.

Địa chỉ: Thôn Bãi Làng, xã Tân Hiệp, TP. Hội An, tỉnh Quảng Nam. Điện thoại: 0235.3930.095.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
SEP = P("Trong tháng 9", "2024-09-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón 376.000 lượt khách", "376.000", 376000, "count", "lượt khách",
      "lượt khách đến Cù Lao Chàm", H9),
    F("khoảng 376.000 lượt", "376.000", 376000, "count", "lượt khách",
      "lượt khách tham quan Khu bảo tồn biển Cù Lao Chàm", M9, approx="about",
      change=CH("increase", 14.5, baseline="cùng kỳ năm 2023")),
    F("đạt 21.400 lượt", "21.400", 21400, "count", "lượt",
      "khách lưu trú qua đêm tại các homestay trên đảo", M9, total=376000),
    F("đạt 26,3 tỷ đồng", "26,3", 26300000000, "money", "đồng",
      "doanh thu từ bán vé tham quan", I(M9), change=CH("increase", 15.8, baseline="cùng kỳ")),
    F("tối đa 3.000 lượt khách/ngày", "3.000", 3000, "measure", "lượt khách/ngày",
      "giới hạn lượt khách ra đảo", approx="at_most"),
    F("có 38 ca nô", "38", 38, "count", "ca nô", "ca nô được cấp phép đưa đón khách"),
    F("của 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", "doanh nghiệp có ca nô được cấp phép đưa đón khách"),
    F("38/38 ca nô", "38", 38, "count", "ca nô", "ca nô được kiểm tra", SEP, total=38),
    F("nhắc nhở 5 thuyền trưởng", "5", 5, "count", "thuyền trưởng",
      "thuyền trưởng chở quá số người quy định bị nhắc nhở", SEP),
    F("khoảng 156 tấn", "156", 156, "measure", "tấn", "rác thải sinh hoạt thu gom, xử lý", T9, approx="about"),
    F("có 12,4 tấn", "12,4", 12.4, "measure", "tấn", "rác thải nhựa được phân loại để tái chế", T9, total=156),
    F("là 20.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt",
      "mức thu phí vệ sinh môi trường đối với khách tham quan"),
    F("khai thác 4 tuyến", "4", 4, "count", "tuyến", "tuyến chèo kayak và lặn ngắm san hô", Y24),
    F("từ 350.000 đến 450.000 đồng/khách", "350.000", 350000, "money", "đồng/khách",
      "giá tour trọn gói", value_max=450000),
    F("khoảng 310 ha", "310", 310, "measure", "ha", "diện tích rạn san hô tại các điểm lặn", approx="about"),
    F("thêm 60.000 lượt", "60.000", 60000, "count", "lượt khách", "lượt khách đón thêm", Q4, status="target"),
    F("lên 436.000 lượt", "436.000", 436000, "count", "lượt", "tổng số khách cả năm", YR, status="target"),
]

COMMENTS = [
    "Commune portal (xã Tân Hiệp, TP. Hội An, Quảng Nam): Khu bảo tồn biển Cù Lao Chàm, 9 tháng năm 2024 — visitors, ticket revenue,",
    "visitor cap, canoes, waste, kayak/diving routes. 'Ngày đăng: 28/10/2024' = published. Location: Hội An (the city the commune belongs to;",
    "a commune is below the spec's province/city/district). Not figures: 'từ năm 2009', 'Thôn Bãi Làng', phone, 'tháng 9' as a period.",
    "Headline '9 tháng' takes 2024 from the dateline/lead. 'tối đa 3.000 lượt khách/ngày' is a rate (measure, unit with its denominator).",
    "'trong đó … 21.400 lượt' and 'trong đó có 12,4 tấn' take the whole before them. '38/38 ca nô' total 38. 'Hiện có' → no period.",
    "Last paragraph: 60.000 more in Quý IV/2024 (target); 436.000 is the year total ('cả năm' → 2024), also a target.",
]

if __name__ == "__main__":
    emit("p624-8", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Hội An")

"""p553-4: Ministry of Health site — dengue and HFMD nationally to 25/8/2024, measles-rubella doses."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Phòng chống dịch bệnh
Ngày đăng: 26/08/2024 | Lượt xem: 1.928

Cả nước ghi nhận gần 57.000 ca mắc sốt xuất huyết từ đầu năm

Theo Cục Phòng bệnh (Bộ Y tế), từ đầu năm 2024 đến ngày 25/8/2024, cả nước ghi nhận 56.934 ca mắc sốt xuất huyết, giảm 39,4% so với cùng kỳ năm 2023; 8 trường hợp tử vong, giảm 12 trường hợp. Các địa phương có số mắc cao là Hà Nội (6.215 ca), Khánh Hòa (4.870 ca), Bình Định (3.642 ca) và TP Hồ Chí Minh (3.518 ca); khu vực miền Nam chiếm 52,6% tổng số ca mắc cả nước. Riêng tuần 34, cả nước ghi nhận 2.105 ca, tăng 6,8% so với tuần trước.

Với bệnh tay chân miệng, cả nước ghi nhận 48.716 ca mắc tại 62/63 tỉnh, thành phố, tăng 23,5% so với cùng kỳ, trong đó có 3 trường hợp tử vong. Trẻ dưới 5 tuổi chiếm khoảng 87% số ca mắc.

Để chủ động phòng bệnh, Bộ Y tế đã phân bổ hơn 1,2 triệu liều vắc xin sởi - rubella cho 45 tỉnh, thành phố để tiêm bổ sung cho trẻ từ 1 đến 5 tuổi, tổng kinh phí khoảng 58,5 tỷ đồng. Mục tiêu đến hết tháng 9/2024, tỷ lệ tiêm đạt trên 95% ở mỗi xã, phường.

Bộ Y tế đề nghị các địa phương thực hiện nghiêm Chỉ thị số 16/CT-BYT; duy trì chiến dịch diệt lăng quăng ít nhất 1 lần/tuần tại các ổ dịch. Người dân cần hỗ trợ liên hệ đường dây nóng Bộ Y tế 1900 9095.
"""

YTD = P("từ đầu năm 2024 đến ngày 25/8/2024", "2024-01-01", "2024-08-25")
SXH = "số mắc sốt xuất huyết"

FIGS = [
    F("gần 57.000 ca", "57.000", 57000, "count", "ca", "ca mắc sốt xuất huyết", I(YTD), approx="nearly"),
    F("nhận 56.934 ca", "56.934", 56934, "count", "ca", "ca mắc sốt xuất huyết", YTD,
      change=CH("decrease", 39.4, "%", "cùng kỳ năm 2023")),
    F("8 trường hợp tử vong", "8", 8, "count", "trường hợp", "trường hợp tử vong do sốt xuất huyết", YTD,
      change=CH("decrease", 12, "trường hợp")),
    F("Hà Nội (6.215 ca)", "6.215", 6215, "count", "ca", SXH, I(YTD), location="Hà Nội"),
    F("Khánh Hòa (4.870 ca)", "4.870", 4870, "count", "ca", SXH, I(YTD), location="Khánh Hòa"),
    F("Bình Định (3.642 ca)", "3.642", 3642, "count", "ca", SXH, I(YTD), location="Bình Định"),
    F("Minh (3.518 ca)", "3.518", 3518, "count", "ca", SXH, I(YTD), location="TP Hồ Chí Minh"),
    F("chiếm 52,6%", "52,6", 52.6, "percent", "%", "khu vực miền Nam trong tổng số ca mắc sốt xuất huyết cả nước",
      I(YTD)),
    # 'tuần 34' is a week: no rule for weeks in the spec, so the period is left out (unscored)
    F("nhận 2.105 ca", "2.105", 2105, "count", "ca", "ca mắc sốt xuất huyết tuần 34",
      change=CH("increase", 6.8, "%", "tuần trước")),
    F("nhận 48.716 ca", "48.716", 48716, "count", "ca", "ca mắc tay chân miệng", I(YTD),
      change=CH("increase", 23.5, "%", "cùng kỳ")),
    F("62/63 tỉnh", "62", 62, "count", "tỉnh, thành phố", "tỉnh, thành phố ghi nhận ca mắc tay chân miệng",
      I(YTD), total=63),
    F("có 3 trường hợp tử vong", "3", 3, "count", "trường hợp", "trường hợp tử vong do tay chân miệng", I(YTD),
      total=48716),
    F("Trẻ dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 87%", "87", 87, "percent", "%", "trẻ dưới 5 tuổi trong số ca mắc tay chân miệng", I(YTD),
      approx="about"),
    F("hơn 1,2 triệu liều", "1,2", 1200000, "count", "liều", "liều vắc xin sởi - rubella được phân bổ",
      approx="over"),
    F("cho 45 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố được phân bổ vắc xin sởi - rubella"),
    F("từ 1 đến 5 tuổi", "1", 1, "measure", "tuổi", value_max=5, optional=True),
    F("khoảng 58,5 tỷ đồng", "58,5", 58500000000, "money", "đồng", "tổng kinh phí", approx="about"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ tiêm vắc xin sởi - rubella ở mỗi xã, phường",
      P("đến hết tháng 9/2024", None, "2024-09-30"), approx="over", status="target"),
    F("ít nhất 1 lần/tuần", "1", 1, "measure", "lần/tuần", approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Ministry of Health portal (Bộ Y tế): SXH and TCM nationwide from 1/1 to 25/8/2024; MR vaccine allocation.",
    "Location Việt Nam (a region, khu vực miền Nam, is no province); list items (Hà Nội (6.215 ca) ...) take the province as location, the list's indicator as subject.",
    "Distractors: Lượt xem 1.928, tuần 34 (a week number), Chỉ thị số 16/CT-BYT, hotline 1900 9095, 'dưới 5 tuổi', 'từ 1 đến 5 tuổi'.",
    "'tăng 23,5% so với cùng kỳ' after '62/63 tỉnh, thành phố' belongs to 48.716 ca (across the clause in between).",
    "'trong đó có 3 trường hợp tử vong' is a part of the 48.716 cases.",
    "Headline 'từ đầu năm' (no year, no end) is left inherited; 'tuần 34' periods are left out (no spec rule for weeks).",
    "'ít nhất 1 lần/tuần' is a frequency in a directive, optional.",
]

if __name__ == "__main__":
    emit("p553-4", TEXT, COMMENTS, FIGS, published="2024-08-26", location="Việt Nam")

"""p1035-2: district portal (huyện Đức Hòa, Long An), VAT refunds for firms in industrial parks, 10 months 2024."""
from lib import F, P, I, CH, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ > Tin tức > Kinh tế - Xã hội
Thứ Năm, 14/11/2024 - 10:20

Đẩy nhanh hoàn thuế GTGT cho doanh nghiệp trong các khu công nghiệp

Từ đầu năm đến nay, Chi cục Thuế khu vực Đức Hòa - Đức Huệ đã phối hợp với Cục Thuế tỉnh Long An tiếp nhận 146 hồ sơ đề nghị hoàn thuế giá trị gia tăng (GTGT) của các doanh nghiệp có trụ sở trên địa bàn huyện, tăng 23 hồ sơ so với cùng kỳ. Đến ngày 31/10/2024, đã có 131 hồ sơ được ban hành quyết định hoàn, đạt 89,7% số hồ sơ tiếp nhận, với tổng số tiền 1.048 tỷ đồng, bình quân 8 tỷ đồng/hồ sơ.

Các doanh nghiệp tại KCN Tân Đức, KCN Hải Sơn và KCN Xuyên Á được hoàn nhiều nhất, lần lượt 312 tỷ đồng, 268 tỷ đồng và 195 tỷ đồng. Phần lớn là doanh nghiệp xuất khẩu hàng dệt may, da giày, chế biến gỗ; có 9 doanh nghiệp được hoàn trên 20 tỷ đồng mỗi doanh nghiệp.

Thời gian giải quyết hồ sơ hoàn trước, kiểm tra sau bình quân 3 ngày làm việc; hồ sơ thuộc diện kiểm tra trước, hoàn sau khoảng 25 ngày. Hiện còn 15 hồ sơ với số tiền khoảng 96 tỷ đồng đang chờ doanh nghiệp bổ sung, giải trình do hóa đơn đầu vào có rủi ro.

Ông Trần Văn Ba, Chi cục trưởng Chi cục Thuế khu vực, cho biết trong tháng 12, đơn vị phấn đấu giải quyết dứt điểm 100% hồ sơ tồn; dự kiến tổng số tiền hoàn cho doanh nghiệp trên địa bàn cả năm 2024 đạt khoảng 1.200 tỷ đồng. Chi cục cũng đề nghị doanh nghiệp dọc Tỉnh lộ 824 và Tỉnh lộ 825 kê khai, nộp hồ sơ điện tử theo Nghị định số 126/2020/NĐ-CP.

Văn phòng HĐND và UBND huyện Đức Hòa
Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An - ĐT: 0272.3850.120
"""

B = 1e9
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
OCT = P("Đến ngày 31/10/2024", None, "2024-10-31")
FIGS = [
    F("tiếp nhận 146 hồ sơ", "146", 146, "count", "hồ sơ",
      change=CH("increase", 23, "hồ sơ", "cùng kỳ"),
      subject="hồ sơ đề nghị hoàn thuế GTGT được tiếp nhận", period=YTD),
    F("có 131 hồ sơ", "131", 131, "count", "hồ sơ", percent=89.7,
      subject="hồ sơ được ban hành quyết định hoàn thuế", period=OCT),
    F("tổng số tiền 1.048 tỷ đồng", "1.048", 1048 * B, "money", "đồng",
      subject="tổng số tiền hoàn thuế GTGT", period=OCT),
    F("bình quân 8 tỷ đồng/hồ sơ", "8", 8 * B, "money", "đồng/hồ sơ",
      subject="số tiền hoàn bình quân mỗi hồ sơ", period=OCT),
    F("lần lượt 312 tỷ đồng", "312", 312 * B, "money", "đồng",
      subject="số tiền hoàn thuế cho doanh nghiệp tại KCN Tân Đức", period=I(OCT)),
    F("268 tỷ đồng", "268", 268 * B, "money", "đồng",
      subject="số tiền hoàn thuế cho doanh nghiệp tại KCN Hải Sơn", period=I(OCT)),
    F("195 tỷ đồng", "195", 195 * B, "money", "đồng",
      subject="số tiền hoàn thuế cho doanh nghiệp tại KCN Xuyên Á", period=I(OCT)),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      subject="doanh nghiệp được hoàn trên 20 tỷ đồng", period=I(OCT)),
    F("trên 20 tỷ đồng mỗi", "20", 20 * B, "money", "đồng", approx="over",
      subject="số tiền hoàn mỗi doanh nghiệp", optional=True),
    F("bình quân 3 ngày làm việc", "3", 3, "measure", "ngày làm việc",
      subject="thời gian giải quyết hồ sơ hoàn trước, kiểm tra sau", period=I(YTD)),
    F("khoảng 25 ngày", "25", 25, "measure", "ngày", approx="about",
      subject="thời gian giải quyết hồ sơ kiểm tra trước, hoàn sau", period=I(YTD)),
    F("còn 15 hồ sơ", "15", 15, "count", "hồ sơ",
      subject="hồ sơ chờ doanh nghiệp bổ sung, giải trình"),
    F("khoảng 96 tỷ đồng", "96", 96 * B, "money", "đồng", approx="about",
      subject="số tiền đề nghị hoàn của hồ sơ chờ bổ sung, giải trình"),
    F("dứt điểm 100% hồ sơ tồn", "100", 100, "percent", "%", status="target",
      subject="hồ sơ tồn được giải quyết dứt điểm",
      period=P("trong tháng 12", "2024-12-01", "2024-12-31")),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200 * B, "money", "đồng", approx="about", status="forecast",
      subject="tổng số tiền hoàn cho doanh nghiệp trên địa bàn cả năm",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (district portal, Long An): hoàn thuế GTGT cho doanh nghiệp KCN, từ đầu năm đến 31/10/2024. Invented (probe 1035).",
    "'Thứ Năm, 14/11/2024 - 10:20' is the dateline. Not figures: 'Tỉnh lộ 824/825', 'Khu phố 3', 'Nghị định số 126/2020/NĐ-CP',",
    "the phone number, the name 'Trần Văn Ba'. Location is the district (Đức Hòa) for every figure; the KCN are parts of it, so they",
    "go into the subject. 'Hiện còn' gives no period. 'trên 20 tỷ đồng mỗi doanh nghiệp' is a category threshold: optional.",
    "89,7% is the share of received files ('số hồ sơ tiếp nhận'), so it is the percent of 131 hồ sơ; 131 has no total (no part-of cue).",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, COMMENTS, published="2024-11-14", location="Đức Hòa")

"""p1017-2: district portal, huyện Krông Pắc (Đắk Lắk), nine months 2023."""
from lib import F, P, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Trang chủ / Tin tức - Sự kiện / Kinh tế

Krông Pắc: Đẩy nhanh cấp giấy chứng nhận trên đất nông trường bàn giao

Thứ Tư, 18/10/2023 - 10:42

Chín tháng năm 2023, Chi nhánh Văn phòng Đăng ký đất đai huyện Krông Pắc đã tham mưu UBND huyện cấp 1.126 giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân, gấp 1,6 lần cùng kỳ năm 2022, với tổng diện tích gần 412 ha.

Riêng phần diện tích do Công ty TNHH MTV Cà phê Phước An bàn giao về địa phương dọc Quốc lộ 26, huyện đã đo đạc, lập hồ sơ địa chính cho 2.340 thửa đất; đến nay đã cấp giấy chứng nhận cho 865/2.340 thửa (đạt 37%). Các xã có nhiều thửa được cấp là Ea Phê (312 thửa), Ea Kuăng (247 thửa) và Ea Yiêng (189 thửa).

Từ đầu năm đến nay, huyện tiếp nhận 3.478 hồ sơ đăng ký biến động (chuyển nhượng, tặng cho, thừa kế), đã giải quyết đúng hạn 3.402 hồ sơ, chiếm 97,8%. Tính đến ngày 30/9/2023, số hồ sơ cấp giấy chứng nhận tồn đọng từ các năm trước còn 214 hồ sơ, giảm 156 hồ sơ so với đầu năm.

Nguồn thu tiền sử dụng đất khi cấp giấy chứng nhận trong 9 tháng đạt 18,7 tỷ đồng, bằng 74,8% dự toán năm. Lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các xã là 25.000 đồng/giấy, tại thị trấn Phước An là 50.000 đồng/giấy, theo Nghị quyết số 14/2020/NQ-HĐND của HĐND tỉnh.

Ông Y Bhim Niê, Phó Chủ tịch UBND huyện cho biết, từ nay đến cuối năm, huyện phấn đấu cấp thêm khoảng 400 giấy chứng nhận lần đầu, đưa tổng số cả năm lên 1.500-1.550 giấy. Tổng kinh phí đo đạc bổ sung dự kiến khoảng 2,3 tỷ đồng, lấy từ nguồn thu tiền sử dụng đất.

Phòng Tài nguyên và Môi trường huyện Krông Pắc - Số 09 Giải Phóng, thị trấn Phước An. ĐT: 0262.3521.146
"""

NINE = P("Chín tháng năm 2023", "2023-01-01", "2023-09-30")
NOW = P("đến nay", None, "2023-10-18")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-18")

FIGS = [
    F("cấp 1.126 giấy", "1.126", 1126, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân",
      change=C("increase", 1.6, "lần", baseline="cùng kỳ năm 2022"), period=NINE),
    F("gần 412 ha", "412", 412, "measure", "ha", "tổng diện tích cấp giấy chứng nhận lần đầu",
      approx="nearly", period=NINE),
    F("cho 2.340 thửa đất", "2.340", 2340, "count", "thửa đất",
      "thửa đất đã đo đạc, lập hồ sơ địa chính trên diện tích công ty bàn giao"),
    F("865/2.340 thửa", "865", 865, "count", "thửa", "thửa đã cấp giấy chứng nhận",
      total=2340, percent=37, period=NOW),
    F("(312 thửa)", "312", 312, "count", "thửa", "thửa được cấp giấy chứng nhận", location="Krông Pắc",
      period=P("đến nay", None, "2023-10-18", inherited=True)),
    F("(247 thửa)", "247", 247, "count", "thửa", "thửa được cấp giấy chứng nhận", location="Krông Pắc",
      period=P("đến nay", None, "2023-10-18", inherited=True)),
    F("(189 thửa)", "189", 189, "count", "thửa", "thửa được cấp giấy chứng nhận", location="Krông Pắc",
      period=P("đến nay", None, "2023-10-18", inherited=True)),
    F("tiếp nhận 3.478 hồ sơ", "3.478", 3478, "count", "hồ sơ", "hồ sơ đăng ký biến động tiếp nhận",
      period=YTD),
    F("đúng hạn 3.402 hồ sơ", "3.402", 3402, "count", "hồ sơ", "hồ sơ đăng ký biến động giải quyết đúng hạn",
      percent=97.8, period=YTD),
    F("còn 214 hồ sơ", "214", 214, "count", "hồ sơ", "hồ sơ cấp giấy chứng nhận tồn đọng từ các năm trước",
      change=C("decrease", 156, "hồ sơ", baseline="đầu năm"),
      period=P("Tính đến ngày 30/9/2023", None, "2023-09-30")),
    F("đạt 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "nguồn thu tiền sử dụng đất khi cấp giấy chứng nhận",
      percent=74.8, period=P("trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("là 25.000 đồng/giấy", "25.000", 25000, "money", "đồng/giấy",
      "lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các xã"),
    F("là 50.000 đồng/giấy", "50.000", 50000, "money", "đồng/giấy",
      "lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại thị trấn Phước An"),
    F("khoảng 400 giấy", "400", 400, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp thêm",
      approx="about", status="target", period=P("từ nay đến cuối năm", "2023-10-18", "2023-12-31")),
    F("lên 1.500-1.550 giấy", "1.500", 1500, "count", "giấy", "tổng số giấy chứng nhận cấp cả năm",
      value_max=1550, status="target", period=P("cả năm", "2023-01-01", "2023-12-31")),
    F("khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "tổng kinh phí đo đạc bổ sung",
      approx="about", status="forecast"),
]

COMMENTS = [
    "District portal of Krông Pắc (Đắk Lắk): first-time certificates, land handed back by a coffee company, 9 months 2023.",
    "Distractors: Quốc lộ 26, Nghị quyết số 14/2020/NQ-HĐND, Số 09 Giải Phóng, phone 0262.3521.146, dateline time 10:42.",
    "'gấp 1,6 lần cùng kỳ năm 2022' after the count is its change (unit lần), like 'tăng hơn 2,8 lần so với cùng kỳ'.",
    "'865/2.340 thửa (đạt 37%)': total 2340 and percent 37; the 2.340 after '/' is not a figure of its own.",
    "Commune list items (Ea Phê, Ea Kuăng, Ea Yiêng) take the district Krông Pắc as location (FIGURES.md: province, city or district).",
    "revised: the three commune items first had the commune as location; changed to Krông Pắc per the spec's location levels.",
    "The 2.340 surveyed plots have no period ('đến nay' stands in the following clause and governs it).",
    "'từ nay đến cuối năm' runs from the dateline to 31/12/2023; 'cả năm' is 2023. The 2,3 tỷ budget has no period.",
]

if __name__ == "__main__":
    write("p1017-2", TEXT, FIGS, COMMENTS, published="2023-10-18", location="Krông Pắc")

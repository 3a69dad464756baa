"""p1062-5: Party / provincial newspaper (Báo Lạng Sơn), ETC at the Km93+160 QL1 station, byline and bare date at the end."""
from lib import F, P, chg, tgt, write

TEXT = """Thu phí không dừng trên Quốc lộ 1: Thuận lợi hơn nhưng vẫn còn vướng mắc

Từ ngày 1/8/2022, Trạm thu phí Km93+160 Quốc lộ 1 (huyện Chi Lăng) chuyển sang thu phí tự động không dừng trên cả 6 làn xe. Sau gần một năm vận hành, hoạt động thu phí tại trạm đã đi vào nề nếp, tình trạng ùn tắc giờ cao điểm giảm rõ rệt.

Theo số liệu của doanh nghiệp dự án, 5 tháng đầu năm 2023, trạm phục vụ hơn 1,46 triệu lượt xe, bình quân khoảng 9.700 lượt xe/ngày đêm; doanh thu đạt gần 178 tỷ đồng, tăng 6,3% so với cùng kỳ năm 2022. Tỷ lệ xe qua trạm thanh toán bằng thẻ ETC đạt 93,4%.

Tuy nhiên, xe chưa dán thẻ hoặc tài khoản không đủ tiền vẫn chiếm khoảng 6-7% lưu lượng, chủ yếu là xe tải chở hàng từ các tỉnh phía Nam lên cửa khẩu Hữu Nghị. Mỗi ngày trạm phải xử lý từ 150 đến 200 trường hợp như vậy, có thời điểm hàng xe xếp dài gần 1 km.

Ông Hoàng Văn Bảy, Trạm trưởng cho biết: "Chúng tôi đã bố trí 2 làn hỗn hợp ở mỗi chiều và tăng cường 12 nhân viên hướng dẫn lái xe nạp tiền, dán thẻ ngay tại trạm".

Toàn tỉnh Lạng Sơn hiện có khoảng 38.000 ô tô, trong đó hơn 31.500 xe đã dán thẻ ETC, đạt 82,9%. Thời gian qua, Sở Giao thông vận tải phối hợp với Công an tỉnh tổ chức 27 đợt dán thẻ miễn phí tại 11 huyện, thành phố. Mục tiêu đến cuối năm 2023, 100% ô tô đăng ký tại tỉnh được dán thẻ.

QUANG HUY
20/6/2023
"""

M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
M5i = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31", inherited=True)

FIGS = [
    F("cả 6 làn", "6", 6, "count", "làn", "làn xe thu phí tự động không dừng của trạm", location="Chi Lăng"),
    F("hơn 1,46 triệu lượt xe", "1,46", 1_460_000, "count", "lượt xe", "lượt xe qua trạm", M5,
      approx="over", location="Chi Lăng"),
    F("khoảng 9.700 lượt xe/ngày đêm", "9.700", 9700, "measure", "lượt xe/ngày đêm", "lượt xe qua trạm bình quân", M5,
      approx="about", location="Chi Lăng"),
    F("gần 178 tỷ đồng", "178", 178_000_000_000, "money", "đồng", "doanh thu của trạm", M5, approx="nearly",
      change=chg("increase", 6.3, baseline="cùng kỳ năm 2022"), location="Chi Lăng"),
    F("đạt 93,4%", "93,4", 93.4, "percent", "%", "tỷ lệ xe qua trạm thanh toán bằng thẻ ETC", M5i, location="Chi Lăng"),
    F("khoảng 6-7%", "6", 6, "percent", "%", "xe chưa dán thẻ hoặc tài khoản không đủ tiền trong lưu lượng", M5i,
      value_max=7, approx="about", location="Chi Lăng"),
    F("từ 150 đến 200 trường hợp", "150", 150, "measure", "trường hợp/ngày",
      "trường hợp xe chưa dán thẻ hoặc không đủ tiền trạm phải xử lý mỗi ngày", M5i, value_max=200, location="Chi Lăng"),
    F("gần 1 km", "1", 1, "measure", "km", "chiều dài hàng xe xếp tại trạm", approx="nearly", location="Chi Lăng"),
    F("bố trí 2 làn", "2", 2, "count", "làn", "làn hỗn hợp ở mỗi chiều", location="Chi Lăng"),
    F("tăng cường 12 nhân viên", "12", 12, "count", "nhân viên", "nhân viên hướng dẫn lái xe nạp tiền, dán thẻ tại trạm",
      location="Chi Lăng"),
    F("khoảng 38.000 ô tô", "38.000", 38_000, "count", "ô tô", "ô tô toàn tỉnh", approx="about"),
    F("hơn 31.500 xe", "31.500", 31_500, "count", "xe", "xe đã dán thẻ ETC", approx="over", total=38_000, percent=82.9),
    F("tổ chức 27 đợt", "27", 27, "count", "đợt", "đợt dán thẻ miễn phí"),
    F("tại 11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố tổ chức dán thẻ miễn phí", optional=True),
    F("2023, 100% ô tô", "100", 100, "percent", "%", "ô tô đăng ký tại tỉnh được dán thẻ",
      P("đến cuối năm 2023", None, "2023-12-31"), status="target"),
]

NOTES = [
    "Báo Lạng Sơn (invented): thu phí không dừng tại Trạm thu phí Km93+160 Quốc lộ 1 (huyện Chi Lăng), 5 tháng đầu năm 2023.",
    "Byline QUANG HUY and the bare date 20/6/2023 at the end give published.",
    "Not figures: Km93+160, Quốc lộ 1, 1/8/2022, 'gần một năm vận hành' (a duration that only locates time), 'Hoàng Văn Bảy'",
    "(a name: bảy = seven), cửa khẩu Hữu Nghị.",
    "Location: the station's figures describe huyện Chi Lăng (the district named for it); the province-wide paragraph is Lạng Sơn.",
    "'Mỗi ngày ... từ 150 đến 200 trường hợp' and 'lượt xe/ngày đêm' are rates: measure with the denominator in the unit.",
    "'11 huyện, thành phố' is where the campaign went (the province's full set of districts): optional.",
]

if __name__ == "__main__":
    write("p1062-5", TEXT, FIGS, published="2023-06-20", location="Lạng Sơn", notes=NOTES)

"""p879-2: town (thị xã) portal, Đông Hòa (Phú Yên) - hầm Đèo Cả, first half of 2023."""
from lib import F, P, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ ĐÔNG HÒA - TỈNH PHÚ YÊN
Trang chủ / Tin tức - Sự kiện / Kinh tế
Hầm Đèo Cả: gần 1,3 triệu lượt xe qua hầm trong 6 tháng
Ngày đăng: 12/07/2023 | Tác giả: Văn phòng HĐND và UBND thị xã

Theo báo cáo của Công ty TNHH MTV Quản lý, vận hành hầm Đèo Cả, 6 tháng đầu năm 2023, hầm Đèo Cả (đoạn qua xã Hòa Xuân Nam) đã phục vụ gần 1,3 triệu lượt phương tiện, tăng 15,2% so với cùng kỳ năm 2022; bình quân 7.150 lượt xe/ngày đêm. Xe tải và xe container chiếm khoảng 42% tổng lưu lượng.

Doanh thu phí tại trạm thu phí Bắc Đèo Cả (lý trình Km1353+500, Quốc lộ 1) ước đạt 148,6 tỷ đồng, đạt 52,3% kế hoạch năm.

Hiện có 1.245 phương tiện của người dân địa phương được cấp thẻ miễn phí qua trạm, gồm xã Hòa Xuân Nam (612 phương tiện), xã Hòa Tâm (398 phương tiện) và xã Hòa Hiệp Nam (235 phương tiện).

Trong 6 tháng, trong hầm xảy ra 3 vụ tai nạn giao thông, giảm 2 vụ so với cùng kỳ, không có thiệt hại về người. Đơn vị vận hành đã cứu hộ, kéo 214 xe hư hỏng, hết nhiên liệu ra khỏi hầm.

Công ty hiện sử dụng 215 lao động, trong đó có 86 lao động là người địa phương, chiếm 40%; thu nhập bình quân khoảng 9,5 triệu đồng/người/tháng.

Dự kiến cả năm 2023, lưu lượng qua hầm đạt khoảng 2,7 triệu lượt xe. UBND thị xã đề nghị Công ty tiếp tục ưu tiên tuyển dụng lao động địa phương theo Công văn số 512/UBND-KT ngày 20/6/2023.

Bộ phận tiếp nhận: Khu phố Phú Hiệp 1, phường Hòa Vinh, thị xã Đông Hòa | Điện thoại: 0257.3533.107
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1_I = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30", inh=True)

FIGS = [
    F("gần 1,3 triệu lượt xe qua hầm trong 6 tháng", "1,3", 1300000, "count", "lượt xe",
      "lượt xe qua hầm Đèo Cả", P("6 tháng", "2023-01-01", "2023-06-30"), approx="nearly"),
    F("phục vụ gần 1,3 triệu lượt phương tiện", "1,3", 1300000, "count", "lượt phương tiện",
      "lượt phương tiện qua hầm Đèo Cả", H1, approx="nearly",
      change=C("increase", 15.2, "%", "cùng kỳ năm 2022")),
    F("bình quân 7.150 lượt xe/ngày đêm", "7.150", 7150, "measure", "lượt xe/ngày đêm",
      "lưu lượng bình quân qua hầm Đèo Cả", H1),
    F("chiếm khoảng 42% tổng lưu lượng", "42", 42, "percent", "%",
      "xe tải và xe container trong tổng lưu lượng", H1_I, approx="about"),
    F("ước đạt 148,6 tỷ đồng", "148,6", 148600000000, "money", "đồng",
      "doanh thu phí tại trạm thu phí Bắc Đèo Cả", H1_I, percent=52.3, status="estimate"),
    F("Hiện có 1.245 phương tiện", "1.245", 1245, "count", "phương tiện",
      "phương tiện của người dân địa phương được cấp thẻ miễn phí qua trạm"),
    F("Hòa Xuân Nam (612 phương tiện)", "612", 612, "count", "phương tiện",
      "phương tiện được cấp thẻ miễn phí qua trạm", total=1245),
    F("Hòa Tâm (398 phương tiện)", "398", 398, "count", "phương tiện",
      "phương tiện được cấp thẻ miễn phí qua trạm", total=1245),
    F("Hòa Hiệp Nam (235 phương tiện)", "235", 235, "count", "phương tiện",
      "phương tiện được cấp thẻ miễn phí qua trạm", total=1245),
    F("xảy ra 3 vụ tai nạn", "3", 3, "count", "vụ", "vụ tai nạn giao thông trong hầm",
      P("Trong 6 tháng", "2023-01-01", "2023-06-30"), change=C("decrease", 2, "vụ", "cùng kỳ")),
    F("kéo 214 xe hư hỏng", "214", 214, "count", "xe", "xe hư hỏng, hết nhiên liệu được kéo ra khỏi hầm", H1_I),
    F("sử dụng 215 lao động", "215", 215, "count", "lao động", "lao động của Công ty"),
    F("có 86 lao động", "86", 86, "count", "lao động", "lao động là người địa phương",
      total=215, percent=40),
    F("khoảng 9,5 triệu đồng/người/tháng", "9,5", 9500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động", approx="about"),
    F("khoảng 2,7 triệu lượt xe", "2,7", 2700000, "count", "lượt xe", "lưu lượng qua hầm",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Town portal (thị xã Đông Hòa, Phú Yên): hầm Đèo Cả, 6 tháng đầu năm 2023.",
    "Not figures: 'Km1353+500' (chainage), 'Quốc lộ 1', 'Công văn số 512/UBND-KT ngày 20/6/2023', 'Khu phố Phú Hiệp 1',",
    "phone '0257.3533.107', dateline. The headline '6 tháng' has no year and takes 2023 from the dateline.",
    "Commune items of the bracketed list keep the town (Đông Hòa) as location: the spec names province, city or district only;",
    "they add up to 1.245 (612+398+235) and take it as total.",
    "'tổng lưu lượng' after 42% is the whole of the share, not a number. 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p879-2", TEXT, FIGS, NOTES, published="2023-07-12", location="Đông Hòa")

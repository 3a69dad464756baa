"""p1170-2: district portal (huyện Thạch Thất, Hà Nội), certificates for land allotted without authority."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT
Trang chủ | Tin tức - Sự kiện | Kinh tế | Tài nguyên - Môi trường

Thứ Ba, 11/06/2024 - 15:20

Thạch Thất đẩy nhanh cấp giấy chứng nhận cho đất giao trái thẩm quyền

Theo Phòng Tài nguyên và Môi trường huyện, toàn huyện có 2.315 thửa đất giao trái thẩm quyền, đất dôi dư cần xem xét cấp giấy chứng nhận quyền sử dụng đất. Từ đầu năm đến nay, huyện đã cấp 1.480 giấy chứng nhận, đạt 63,9% số thửa cần cấp; còn 835 thửa đang hoàn thiện hồ sơ.

Thời gian giải quyết thủ tục cấp giấy lần đầu tại Chi nhánh Văn phòng Đăng ký đất đai huyện nay rút ngắn còn 20 ngày làm việc, giảm 10 ngày so với quy định. Mỗi ngày, chi nhánh tiếp nhận bình quân từ 60 đến 80 hồ sơ, trong đó khoảng 35% được nộp qua Cổng dịch vụ công.

Xã Bình Yên là điểm sáng của huyện. Năm 2023, xã cấp được 312 giấy, gấp 3 lần năm 2022. Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, cho biết xã bố trí hai cán bộ địa chính trực cả sáng thứ Bảy để tiếp nhận hồ sơ; người dân thôn 5 nay chỉ mất khoảng 2 tuần là nhận được giấy.

Trong 5 tháng đầu năm 2024, tiền sử dụng đất thu từ cấp giấy đạt 46,7 tỷ đồng, bằng 58% dự toán. Huyện dự kiến đến ngày 30/9 sẽ cấp thêm 600 giấy; phấn đấu cả năm 2024 hoàn thành ít nhất 90% số thửa tồn đọng.

Thạch Thất có 23 xã, thị trấn; Chi nhánh đặt tại số 168 đường 420, thị trấn Liên Quan. Điện thoại: 024.33842.216.

Thanh Hà
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-11")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
BY30 = per("đến ngày 30/9", None, "2024-09-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 2.315 thửa", "2.315", 2315, "count", "thửa đất",
        subject="thửa đất giao trái thẩm quyền, đất dôi dư cần xem xét cấp giấy chứng nhận"),
    fig("cấp 1.480 giấy", "1.480", 1480, "count", "giấy chứng nhận", percent=63.9,
        subject="giấy chứng nhận đã cấp cho đất giao trái thẩm quyền", period=YTD),
    fig("còn 835 thửa", "835", 835, "count", "thửa",
        subject="thửa đang hoàn thiện hồ sơ"),
    fig("còn 20 ngày", "20", 20, "measure", "ngày làm việc",
        change=chg("decrease", 10, "ngày", "quy định"),
        subject="thời gian giải quyết thủ tục cấp giấy lần đầu"),
    fig("từ 60 đến 80 hồ sơ", "60", 60, "measure", "hồ sơ/ngày", value_max=80,
        subject="hồ sơ chi nhánh tiếp nhận bình quân mỗi ngày"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ lệ hồ sơ nộp qua Cổng dịch vụ công"),
    fig("cấp được 312 giấy", "312", 312, "count", "giấy",
        change=chg("increase", 3, "lần", "năm 2022"),
        subject="giấy chứng nhận xã Bình Yên cấp được", period=Y23),
    fig("hai cán bộ", "hai", 2, "count", "cán bộ địa chính",
        subject="cán bộ địa chính trực sáng thứ Bảy tiếp nhận hồ sơ"),
    fig("khoảng 2 tuần", "2", 2, "measure", "tuần", approx="about",
        subject="thời gian người dân chờ nhận giấy"),
    fig("46,7 tỷ", "46,7", 46.7e9, "money", "đồng", percent=58,
        subject="tiền sử dụng đất thu từ cấp giấy", period=M5),
    fig("thêm 600 giấy", "600", 600, "count", "giấy", status="forecast",
        subject="giấy chứng nhận cấp thêm", period=BY30),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ số thửa tồn đọng hoàn thành cấp giấy", period=Y24),
    fig("có 23 xã", "23", 23, "count", "xã, thị trấn", subject="xã, thị trấn")  # first run: "xã, thị trấn của huyện" (place words belong to location),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): 'Thứ Ba, 11/06/2024 - 15:20', byline 'Thanh Hà' at the end. Default location Thạch Thất.",
    "Distractors: 15:20, 'thôn 5', 'số 168 đường 420', phone 024.33842.216, 'sáng thứ Bảy'.",
    "'đạt 63,9% số thửa cần cấp' is the share of 1.480 giấy (1.480/2.315); different nouns (giấy vs thửa): no total. '835 thửa' (còn) no total, no period.",
    "'gấp 3 lần năm 2022' after a count = change (increase 3 lần). 'Mỗi ngày ... từ 60 đến 80 hồ sơ' = rate hồ sơ/ngày (measure).",
    "'trong đó khoảng 35%' is a percent figure of its own. Xã Bình Yên lies in Thạch Thất. 'Từ đầu năm đến nay' ends at the dateline.",
    "'5 tháng đầu năm 2024' carries its year explicitly (so the earlier 'Năm 2023' cannot lend its year).",
    "revised after the first run: subject of '23 xã' was 'xã, thị trấn của huyện'; the place belongs to location (now 'xã, thị trấn').",
]

if __name__ == "__main__":
    write("p1170-2", TEXT, NOTES, FIGS, published="2024-06-11", location="Thạch Thất")

"""p1548-8: radio/TV site (Đài PT-TH Hà Nam): the bamboo-blind village Mậu Chử, xã Thanh Hải, huyện Thanh Liêm."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NAM
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Làng mành tre Mậu Chử vào vụ đơn hàng
Đăng lúc: 10:15 - 22/05/2024

(HNTV) - Những tháng đầu năm, các hộ làm mành tre ở thôn Mậu Chử, xã Thanh Hải, huyện Thanh Liêm tất bật hoàn thành đơn hàng xuất khẩu.

Cả thôn hiện có khoảng 230 hộ làm nghề, thu hút hơn 600 lao động, nhiều người đã ngoài 60 tuổi. Từ đầu năm đến nay, làng nghề đã xuất bán gần 48.000 tấm mành, doanh thu ước khoảng 5,3 tỷ đồng, tăng khoảng 15% so với cùng kỳ năm trước.

Theo ông Trần Văn Hùng, Trưởng thôn Mậu Chử, mỗi tấm mành tre khổ rộng 1,5 m được thương lái thu mua với giá từ 90.000 đến 130.000 đồng tùy loại; mỗi lao động làm được 3-4 tấm/ngày, thu nhập 200.000-250.000 đồng/ngày.

Năm 2023, xã Thanh Hải hỗ trợ 12 hộ vay vốn với tổng số tiền 600 triệu đồng để mua máy chẻ nan, máy đánh bóng. Nhờ có máy móc, năng suất tăng gấp đôi, nhiều hộ có thu nhập trên 150 triệu đồng/năm.

Huyện Thanh Liêm hiện có 9 làng nghề được UBND tỉnh công nhận, trong đó 3 làng nghề mây tre đan, mành trúc. Mục tiêu đến năm 2025, mỗi làng nghề có ít nhất 01 sản phẩm OCOP đạt 3 sao trở lên.

PV: Minh Tuấn - Thu Trang

Video liên quan:
- Bản tin Thời sự 19h ngày 21/5/2024
- Hội thi tay nghề thợ mây tre đan lần thứ 2
- Phóng sự: Giữ nghề đan cói ở Lý Nhân
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 230 hộ", "230", 230, "count", "hộ", approx="about", subject="hộ làm nghề"),
    fig("hơn 600 lao động", "600", 600, "count", "lao động", approx="over", subject="lao động làng nghề thu hút"),
    fig("ngoài 60 tuổi", "60", 60, "measure", "tuổi", approx="over", optional=True),
    fig("gần 48.000 tấm", "48.000", 48000, "count", "tấm", approx="nearly",
        subject="mành làng nghề đã xuất bán", period=YTD),
    fig("ước khoảng 5,3 tỷ", "5,3", 5.3e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 15, "%", "cùng kỳ năm trước"), subject="doanh thu làng nghề", period=YTD),
    fig("rộng 1,5 m", "1,5", 1.5, "measure", "m", optional=True),
    fig("từ 90.000 đến 130.000", "90.000", 90000, "money", "đồng", value_max=130000,
        subject="giá thương lái thu mua mỗi tấm mành tre"),
    fig("được 3-4 tấm", "3", 3, "measure", "tấm/ngày", value_max=4, subject="mành mỗi lao động làm được"),
    fig("nhập 200.000-250.000", "200.000", 200000, "money", "đồng/ngày", value_max=250000,
        subject="thu nhập mỗi lao động"),
    fig("hỗ trợ 12 hộ", "12", 12, "count", "hộ", subject="hộ được xã Thanh Hải hỗ trợ vay vốn", period=Y23),
    fig("tiền 600 triệu", "600", 600e6, "money", "đồng", subject="tổng số tiền hỗ trợ vay vốn", period=Y23),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="năng suất", period=inh(Y23)),
    fig("trên 150 triệu", "150", 150e6, "money", "đồng/năm", approx="over", subject="thu nhập của nhiều hộ",
        period=inh(Y23)),
    fig("có 9 làng nghề", "9", 9, "count", "làng nghề", subject="làng nghề được UBND tỉnh công nhận"),
    fig("trong đó 3 làng nghề", "3", 3, "count", "làng nghề", total=9, subject="làng nghề mây tre đan, mành trúc"),
    fig("ít nhất 01 sản phẩm", "01", 1, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm OCOP đạt 3 sao trở lên của mỗi làng nghề", period=TO25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hà Nam): menu, 'Đăng lúc: 10:15 - 22/05/2024' (published), tag '(HNTV) -', 'PV:' credit, related videos.",
    "Distractors: 10:15, 'Thời sự 19h ngày 21/5/2024', 'lần thứ 2', 'OCOP ... 3 sao' (a rating label), 'Lý Nhân' in a link title.",
    "All figures are in huyện Thanh Liêm (the village and xã Thanh Hải are in it): default location Thanh Liêm.",
    "'ngoài 60 tuổi' is an age threshold describing workers (optional); 'khổ rộng 1,5 m' a product size (optional).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-05-22; 'doanh thu ước khoảng' → estimate and about; 'tăng khoảng 15%' is its change.",
    "'mỗi lao động làm được 3-4 tấm/ngày' is a rate (measure, tấm/ngày). 'năng suất tăng gấp đôi' stands alone as the claim: multiple 2.",
    "'Nhờ có máy móc ...' follows 'Năm 2023' in the previous sentence: period inherited. '3 làng nghề' after 'trong đó': total 9.",
    "'Mục tiêu đến năm 2025 ... ít nhất 01 sản phẩm' → target, at_least, start null.",
]

if __name__ == "__main__":
    write("p1548-8", TEXT, NOTES, FIGS, published="2024-05-22", location="Thanh Liêm")

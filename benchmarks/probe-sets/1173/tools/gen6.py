"""p1173-6: national newspaper: stone prices and shortage for expressways in Nghệ An; national demand (Bộ GTVT)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế › Vĩ mô

Giá đá xây dựng ở Nghệ An tăng gần 40%, nhà thầu cao tốc chật vật tìm nguồn

Thứ Năm, 12/09/2024, 14:30 (GMT+7)

Giá đá 1x2 tại nhiều mỏ ở Nghệ An đã tăng từ 250.000 đồng/m3 hồi đầu năm lên 345.000 đồng/m3, đá 4x6 cũng tăng khoảng 30%, khiến các nhà thầu thi công cao tốc lo lắng.

Theo Sở Tài nguyên và Môi trường Nghệ An, toàn tỉnh có 76 mỏ đá làm vật liệu xây dựng thông thường được cấp phép, trong đó chỉ 52 mỏ đang hoạt động với tổng công suất khoảng 4,2 triệu m3/năm. Trong khi đó, riêng hai dự án cao tốc Nghi Sơn - Diễn Châu và Diễn Châu - Bãi Vọt còn cần khoảng 1,6 triệu m3 đá các loại đến hết năm 2024.

Ông Hồ Đức Thắng, chủ một mỏ đá ở xã Tân Thắng, huyện Quỳnh Lưu, cho biết mỏ của ông có công suất 150.000 m3/năm nhưng từ tháng 6 đến nay số đơn đặt hàng tăng gấp đôi. "Mỗi ngày mỏ xuất khoảng 600 m3, xe của các nhà thầu xếp hàng từ 5 giờ sáng", ông Thắng nói.

Theo Bộ Giao thông vận tải, các dự án cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 cần khoảng 38 triệu m3 đá, đến nay các mỏ mới đáp ứng được khoảng 65% nhu cầu. Bộ đã đề nghị 12 địa phương cho phép nâng công suất ít nhất 50% đối với các mỏ đang cung cấp đá cho dự án.

Sở Xây dựng Nghệ An dự báo giá đá trong quý IV có thể tăng thêm từ 5 đến 10% nếu các mỏ không được nâng công suất. Hiện tỉnh đã trình HĐND thông qua danh mục 9 mỏ đá sẽ đấu giá quyền khai thác trong năm 2025.

Đức Hùng
"""

NOW = P("đến nay", None, "2024-09-12")
JUN = P("từ tháng 6 đến nay", "2024-06-01", "2024-09-12")
END24 = P("đến hết năm 2024", None, "2024-12-31")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
QL = "Quỳnh Lưu"
VN = "Việt Nam"

FIGS = [
    F("tăng gần 40%", "40", 40, "percent", "%", approx="nearly", subject="giá đá xây dựng ở Nghệ An tăng"),
    F("từ 250.000 đồng", "250.000", 250000, "money", "đồng/m3", subject="giá đá 1x2 tại nhiều mỏ"),
    F("lên 345.000 đồng", "345.000", 345000, "money", "đồng/m3", subject="giá đá 1x2 tại nhiều mỏ"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", subject="giá đá 4x6 tăng"),
    F("có 76 mỏ", "76", 76, "count", "mỏ", subject="mỏ đá làm vật liệu xây dựng thông thường được cấp phép"),
    F("chỉ 52 mỏ", "52", 52, "count", "mỏ", total=76, subject="mỏ đá đang hoạt động"),
    F("khoảng 4,2 triệu", "4,2", 4200000, "measure", "m3/năm", approx="about",
      subject="tổng công suất các mỏ đá đang hoạt động"),
    F("riêng hai dự án", "hai", 2, "count", "dự án", optional=True, subject="dự án cao tốc"),
    F("khoảng 1,6 triệu", "1,6", 1600000, "measure", "m3", approx="about",
      subject="đá các loại hai dự án cao tốc Nghi Sơn - Diễn Châu và Diễn Châu - Bãi Vọt còn cần", period=END24),
    F("công suất 150.000 m3", "150.000", 150000, "measure", "m3/năm",
      subject="công suất mỏ đá của ông Hồ Đức Thắng", location=QL),
    F("gấp đôi", "đôi", 2, "multiple", "lần", subject="số đơn đặt hàng tăng", period=JUN, location=QL),
    F("khoảng 600 m3", "600", 600, "measure", "m3/ngày", approx="about",
      subject="đá mỏ xuất mỗi ngày", location=QL),
    F("khoảng 38 triệu", "38", 38000000, "measure", "m3", approx="about",
      subject="đá các dự án cao tốc Bắc - Nam phía Đông cần", location=VN),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ nhu cầu đá cho các dự án cao tốc Bắc - Nam phía Đông được các mỏ đáp ứng", period=NOW, location=VN),
    F("đề nghị 12 địa phương", "12", 12, "count", "địa phương",
      subject="địa phương được Bộ Giao thông vận tải đề nghị cho phép nâng công suất mỏ", location=VN),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", optional=True,
      subject="mức nâng công suất các mỏ đang cung cấp đá cho dự án", location=VN),
    F("từ 5 đến 10%", "5", 5, "percent", "%", value_max=10, status="forecast",
      subject="giá đá tăng thêm", period=Q4),
    F("danh mục 9 mỏ", "9", 9, "count", "mỏ",
      subject="mỏ đá sẽ đấu giá quyền khai thác", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 12/09/2024, 14:30 (GMT+7)' (published); byline at the end. Default location Nghệ An.",
    "Distractors: stone sizes 'đá 1x2', 'đá 4x6' (names), '5 giờ sáng', '14:30', '(GMT+7)', 'giai đoạn 2021-2025' (project name), road names 'Nghi Sơn - Diễn Châu'.",
    "'chủ một mỏ đá' uses 'một' as the indefinite article ('a quarry'), not a count: not a figure.",
    "'tăng từ 250.000 ... lên 345.000 đồng/m3': two prices, no change attribute (the difference is not stated).",
    "revised after the first run: subject of 250.000 held the time phrase 'hồi đầu năm' (a period, not the indicator); now 'giá đá 1x2 tại nhiều mỏ'.",
    "Headline 'tăng gần 40%' and 'đá 4x6 cũng tăng khoảng 30%' are growth rates as the claim: percent figures, no change.",
    "'tăng gấp đôi' standing as the claim -> multiple 2 (đôi), period 'từ tháng 6 đến nay' (to published); the quarry owner's figures -> Quỳnh Lưu.",
    "Bộ GTVT figures and '12 địa phương' are national (Việt Nam). 'hai dự án' (names two projects) and the proposed 'ít nhất 50%' are optional.",
    "'danh mục 9 mỏ đá sẽ đấu giá ... trong năm 2025': the list exists now (actual; 'sẽ' is no status cue), period 2025. 'trong quý IV' takes 2024 (nearest earlier date: 'đến hết năm 2024').",
]

if __name__ == "__main__":
    write("p1173-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Nghệ An")

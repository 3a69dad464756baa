"""p983-6: national newspaper (VnExpress-like dateline), Hà Tĩnh smart loudspeakers reading news with AI voices."""
from lib import F, period, change, write

TEXT = """Thời sự › Chuyển đổi số
Thứ năm, 16/5/2024, 14:05 (GMT+7)

Loa xã đọc tin bằng giọng AI

Hà Tĩnh - Nhiều xã chuyển sang cụm loa thông minh có thể chuyển văn bản thành giọng nói, giúp cán bộ truyền thanh bớt hàng giờ thu âm mỗi ngày.

Tại xã Thiên Lộc, huyện Can Lộc, 18 cụm loa thông minh được lắp từ tháng 3/2023 thay cho hệ thống loa dây cũ gồm 42 loa kèn. Anh Nguyễn Văn Sáu, cán bộ văn hóa xã, cho biết trước đây mỗi bản tin 10 phút phải mất khoảng 1 giờ thu âm, nay chỉ cần 15 phút soạn và kiểm tra văn bản. Xã phát mỗi ngày 2 buổi, sáng từ 5h30 đến 6h, chiều từ 17h đến 17h30.

Theo Sở Thông tin và Truyền thông Hà Tĩnh, đến cuối tháng 4/2024, toàn tỉnh có 187/209 xã, phường, thị trấn sử dụng đài truyền thanh ứng dụng CNTT-VT, với tổng số 3.412 cụm loa. Mỗi cụm loa thông minh có giá từ 25 đến 32 triệu đồng, cao hơn khoảng 40% so với cụm loa FM nhưng chi phí vận hành thấp hơn.

Năm 2023, các đài truyền thanh cấp xã của tỉnh phát 52.300 tin, bài, trong đó 6.870 tin, bài được tạo bằng phần mềm chuyển văn bản thành giọng nói, chiếm 13,1%. Riêng quý I/2024 đã có 3.950 tin, bài đọc bằng giọng AI, tăng 2,2 lần so với cùng kỳ.

Tỉnh đặt mục tiêu đến năm 2025 có 100% xã dùng truyền thanh thông minh và ít nhất 30% tin, bài được đọc bằng giọng AI. Ông Trần Hữu Phước, Phó giám đốc Sở, cho biết giọng đọc AI hiện đạt độ chính xác khoảng 95% với văn bản hành chính, nhưng còn lỗi khi đọc địa danh, từ địa phương.

Đức Hùng
"""

END_APR = period("đến cuối tháng 4/2024", end="2024-04-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = period("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Can Lộc, 18 cụm loa", "18", 18, "count", "cụm loa", "cụm loa thông minh được lắp", location="Can Lộc"),
    F("gồm 42 loa kèn", "42", 42, "count", "loa kèn", "loa kèn của hệ thống loa dây cũ", location="Can Lộc"),
    F("bản tin 10 phút", "10", 10, "measure", "phút", "thời lượng một bản tin", optional=True, location="Can Lộc"),
    F("khoảng 1 giờ", "1", 1, "measure", "giờ", "thời gian thu âm mỗi bản tin trước đây", approx="about", location="Can Lộc"),
    F("cần 15 phút", "15", 15, "measure", "phút", "thời gian soạn và kiểm tra văn bản mỗi bản tin", location="Can Lộc"),
    F("mỗi ngày 2 buổi", "2", 2, "measure", "buổi/ngày", "số buổi xã phát mỗi ngày", location="Can Lộc"),
    F("có 187/209 xã", "187", 187, "count", "xã, phường, thị trấn", "xã, phường, thị trấn sử dụng đài truyền thanh ứng dụng CNTT-VT",
      total=209, period=END_APR),
    F("số 3.412 cụm loa", "3.412", 3412, "count", "cụm loa", "tổng số cụm loa", period=END_APR),
    F("từ 25 đến 32 triệu đồng", "25", 25e6, "money", "đồng/cụm loa", "giá mỗi cụm loa thông minh", value_max=32e6,
      change=change("increase", 40, baseline="cụm loa FM", approx="about")),
    F("phát 52.300 tin, bài", "52.300", 52300, "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã phát", period=Y23),
    F("trong đó 6.870 tin, bài", "6.870", 6870, "count", "tin, bài", "tin, bài được tạo bằng phần mềm chuyển văn bản thành giọng nói",
      total=52300, percent=13.1, period=Y23),
    F("có 3.950 tin, bài", "3.950", 3950, "count", "tin, bài", "tin, bài đọc bằng giọng AI",
      change=change("increase", 2.2, "lần", "cùng kỳ"), period=period("quý I/2024", "2024-01-01", "2024-03-31")),
    F("có 100% xã", "100", 100, "percent", "%", "xã dùng truyền thanh thông minh", status="target", period=Y25),
    F("ít nhất 30%", "30", 30, "percent", "%", "tin, bài được đọc bằng giọng AI", approx="at_least", status="target", period=Y25),
    F("khoảng 95%", "95", 95, "percent", "%", "độ chính xác của giọng đọc AI với văn bản hành chính", approx="about"),
]

NOTES = [
    "National newspaper (dateline 'Thứ năm, 16/5/2024, 14:05 (GMT+7)'): Hà Tĩnh smart loudspeakers with text-to-speech; Thiên Lộc commune",
    "(Can Lộc) example, provincial counts at end of April 2024, AI-read items 2023 and Q1/2024, 2025 targets.",
    "Commune example figures take the district Can Lộc. 'bản tin 10 phút' is the example's specification (optional).",
    "'mỗi ngày 2 buổi' is a rate (measure, buổi/ngày); 'cao hơn khoảng 40% so với cụm loa FM' is the change of the price range;",
    "'tăng 2,2 lần so với cùng kỳ' is the change of 3.950 (unit lần). 'hiện' gives no period.",
    "Distractors: dateline and times (14:05, 5h30, 6h, 17h, 17h30), 'từ tháng 3/2023' (installation date), Nguyễn Văn Sáu (name).",
]

write("p983-6", TEXT, FIGS, NOTES, published="2024-05-16", location="Hà Tĩnh")

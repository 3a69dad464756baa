"""p744-8: provincial TV news site (Bình Dương), feed inspections 10 months 2023, samples, banned substance, new feed mill projects."""
from lib import F, P, I, CH, emit

TEXT = """BTV - Đài Phát thanh và Truyền hình Bình Dương
Thời sự › Kinh tế
Thứ Sáu, 24/11/2023 | 15:42

Bình Dương: Phát hiện 9 cơ sở vi phạm về thức ăn chăn nuôi

10 tháng năm 2023, Thanh tra Sở Nông nghiệp và PTNT đã thanh tra, kiểm tra 134 cơ sở sản xuất, kinh doanh thức ăn chăn nuôi, tăng 22 cơ sở so với cùng kỳ, đạt 111,7% kế hoạch năm. Qua đó, phát hiện và xử lý 9 cơ sở vi phạm, phạt tiền 327 triệu đồng.

Đoàn đã lấy 168 mẫu thức ăn chăn nuôi, gồm 104 mẫu thức ăn hỗn hợp, 46 mẫu thức ăn đậm đặc và 18 mẫu nguyên liệu. Kết quả phân tích cho thấy 11 mẫu không đạt chỉ tiêu protein thô và năng lượng trao đổi, chiếm 6,5% số mẫu; 1 mẫu phát hiện chất cấm Salbutamol với hàm lượng 0,85 mg/kg.

Cũng trong năm 2023, tỉnh đã chấp thuận chủ trương đầu tư 2 dự án nhà máy thức ăn chăn nuôi tại Khu công nghiệp VSIP II-A với tổng vốn đăng ký 1.450 tỷ đồng. Nhà máy lớn nhất, của Công ty TNHH Dinh dưỡng Á Châu, có công suất 360.000 tấn/năm, vốn đầu tư khoảng 38 triệu USD, dự kiến hoạt động từ quý III/2024, tạo việc làm cho gần 250 lao động.

Trong tháng 12, ngành nông nghiệp tiếp tục kiểm tra đột xuất các cơ sở có dấu hiệu vi phạm, phấn đấu cả năm 2023 lấy ít nhất 200 mẫu giám sát. Người dân có thể phản ánh qua đường dây nóng 1900.1234 hoặc trụ sở Sở Nông nghiệp và PTNT, tầng 8, tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một.

Hồng Nhung - Minh Đức
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm về thức ăn chăn nuôi"),
    F("kiểm tra 134 cơ sở", "134", 134, "count", "cơ sở", percent=111.7,
      change=CH("increase", 22, "cơ sở", "cùng kỳ"),
      subject="cơ sở sản xuất, kinh doanh thức ăn chăn nuôi được thanh tra, kiểm tra", period=M10),
    F("xử lý 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm bị xử lý", period=I(M10)),
    F("phạt tiền 327 triệu đồng", "327", 327000000, "money", "đồng", subject="tiền phạt", period=I(M10)),
    F("lấy 168 mẫu", "168", 168, "count", "mẫu", subject="mẫu thức ăn chăn nuôi lấy kiểm tra", period=I(M10)),
    F("gồm 104 mẫu", "104", 104, "count", "mẫu", total=168, subject="mẫu thức ăn hỗn hợp", period=I(M10)),
    F("46 mẫu", "46", 46, "count", "mẫu", total=168, subject="mẫu thức ăn đậm đặc", period=I(M10)),
    F("18 mẫu", "18", 18, "count", "mẫu", total=168, subject="mẫu nguyên liệu", period=I(M10)),
    F("11 mẫu", "11", 11, "count", "mẫu", percent=6.5,
      subject="mẫu không đạt chỉ tiêu protein thô và năng lượng trao đổi", period=I(M10)),
    F("1 mẫu phát hiện", "1", 1, "count", "mẫu", subject="mẫu phát hiện chất cấm Salbutamol", period=I(M10)),
    F("0,85 mg/kg", "0,85", 0.85, "measure", "mg/kg", subject="hàm lượng Salbutamol", period=I(M10)),
    F("đầu tư 2 dự án", "2", 2, "count", "dự án",
      subject="dự án nhà máy thức ăn chăn nuôi được chấp thuận chủ trương đầu tư", period=Y23),
    F("1.450 tỷ đồng", "1.450", 1450000000000, "money", "đồng",
      subject="tổng vốn đăng ký của các dự án nhà máy thức ăn chăn nuôi", period=Y23),
    F("360.000 tấn/năm", "360.000", 360000, "measure", "tấn/năm",
      subject="công suất nhà máy của Công ty TNHH Dinh dưỡng Á Châu"),
    F("khoảng 38 triệu USD", "38", 38000000, "money", "USD", approx="about",
      subject="vốn đầu tư nhà máy của Công ty TNHH Dinh dưỡng Á Châu"),
    F("gần 250 lao động", "250", 250, "count", "lao động", approx="nearly", status="forecast",
      subject="lao động được tạo việc làm"),
    F("ít nhất 200 mẫu", "200", 200, "count", "mẫu", approx="at_least", status="target",
      subject="mẫu giám sát", period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Bình Dương TV news site: thanh tra, kiểm tra thức ăn chăn nuôi 10 tháng 2023, lấy mẫu, chất cấm, dự án nhà máy mới.",
    "Dateline `Thứ Sáu, 24/11/2023 | 15:42`, two bylines at the end. `134 cơ sở` carries the change `tăng 22 cơ sở` and",
    "the percent `đạt 111,7% kế hoạch`. `gồm 104 ..., 46 ..., 18 ...` add up to 168 -> total. `11 mẫu ..., chiếm 6,5%` -> percent,",
    "no total (no cue). `dự kiến hoạt động ..., tạo việc làm cho gần 250 lao động` -> forecast; the capacity and 38 triệu USD stand",
    "before the cue -> actual. `Trong tháng 12 ... phấn đấu cả năm 2023` -> target. Distractors: VSIP II-A, quý III/2024,",
    "hotline 1900.1234, tầng 8, tháp A, time 15:42.",
]

if __name__ == "__main__":
    emit("p744-8", TEXT, COMMENTS, FIGS, published="2023-11-24", location="Bình Dương")

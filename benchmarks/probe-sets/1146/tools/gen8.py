"""p1146-8: provincial newspaper online (Báo Lạng Sơn, '(LSO) -'): smuggled meat seized, fines, slaughter control rate."""
from lib import F, P, I, C, T, write

TEXT = """Lạng Sơn: Thu giữ hơn 42 tấn thịt, nội tạng không rõ nguồn gốc

Cập nhật lúc 10:25, Thứ Sáu, 06/12/2024

(LSO) - 11 tháng năm 2024, lực lượng chức năng tỉnh đã phát hiện, xử lý 96 vụ vận chuyển, kinh doanh sản phẩm động vật không rõ nguồn gốc, tăng 17 vụ so với cùng kỳ; thu giữ hơn 42 tấn thịt, nội tạng gia súc, trị giá khoảng 1,3 tỷ đồng. Tổng số tiền xử phạt vi phạm hành chính là 865 triệu đồng, trong đó Chi cục Chăn nuôi và Thú y xử phạt 212 triệu đồng.

Riêng quý III, Đội Quản lý thị trường số 1 bắt giữ 3 xe tải chở tổng cộng 11,5 tấn nội tạng lợn đông lạnh trên Quốc lộ 1A đoạn qua huyện Cao Lộc. Toàn bộ số hàng đã được tiêu hủy.

Theo Chi cục Chăn nuôi và Thú y, toàn tỉnh hiện có 3 cơ sở giết mổ tập trung và 611 điểm giết mổ nhỏ lẻ. Tỷ lệ gia súc được kiểm soát giết mổ mới đạt 28,5%, thấp hơn 6,5% so với chỉ tiêu.

Tại cơ sở giết mổ tập trung ở phường Hoàng Văn Thụ (TP Lạng Sơn), công suất thiết kế 300 con lợn/ngày đêm nhưng mỗi đêm chỉ tiếp nhận từ 90 đến 110 con. Chủ cơ sở cho biết, phí giết mổ 70.000 đồng/con, cao hơn điểm giết mổ nhỏ lẻ khoảng 20.000 đồng nên nhiều hộ kinh doanh chưa mặn mà. Cơ sở có 14 công nhân, hai cán bộ thú y thường trực.

Năm 2025, tỉnh phấn đấu tỷ lệ kiểm soát giết mổ đạt 40%; dự kiến kêu gọi đầu tư thêm 2 cơ sở giết mổ tập trung tại huyện Hữu Lũng và Chi Lăng.

MINH ANH
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Thu giữ hơn 42 tấn", "42", 42, "measure", "tấn", approx="over",
      subject="thịt, nội tạng không rõ nguồn gốc bị thu giữ"),
    F("xử lý 96 vụ", "96", 96, "count", "vụ", change=C("increase", 17, "vụ", "cùng kỳ"),
      subject="vụ vận chuyển, kinh doanh sản phẩm động vật không rõ nguồn gốc bị phát hiện, xử lý", period=M11),
    F("thu giữ hơn 42 tấn", "42", 42, "measure", "tấn", approx="over",
      subject="thịt, nội tạng gia súc bị thu giữ", period=M11),
    F("khoảng 1,3 tỷ", "1,3", 1300000000, "money", "đồng", approx="about",
      subject="trị giá thịt, nội tạng bị thu giữ", period=M11),
    F("là 865 triệu", "865", 865000000, "money", "đồng",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(M11)),
    F("xử phạt 212 triệu", "212", 212000000, "money", "đồng", total=865000000,
      subject="tiền xử phạt của Chi cục Chăn nuôi và Thú y", period=I(M11)),
    F("bắt giữ 3 xe", "3", 3, "count", "xe tải", subject="xe tải chở nội tạng lợn đông lạnh bị bắt giữ",
      period=Q3, location="Cao Lộc"),
    F("11,5 tấn", "11,5", 11.5, "measure", "tấn", subject="nội tạng lợn đông lạnh bị bắt giữ",
      period=Q3, location="Cao Lộc"),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở giết mổ tập trung"),
    F("và 611 điểm", "611", 611, "count", "điểm", subject="điểm giết mổ nhỏ lẻ"),
    F("đạt 28,5%", "28,5", 28.5, "percent", "%", change=C("decrease", 6.5, "%", "chỉ tiêu"),
      subject="tỷ lệ gia súc được kiểm soát giết mổ"),
    F("thiết kế 300 con", "300", 300, "measure", "con lợn/ngày đêm",
      subject="công suất thiết kế cơ sở giết mổ tập trung phường Hoàng Văn Thụ", location="Lạng Sơn"),
    F("từ 90 đến 110", "90", 90, "measure", "con/đêm", value_max=110,
      subject="lợn cơ sở giết mổ tập trung tiếp nhận mỗi đêm", location="Lạng Sơn"),
    F("phí giết mổ 70.000", "70.000", 70000, "money", "đồng/con",
      change=C("increase", 20000, "đồng", "điểm giết mổ nhỏ lẻ", approx="about"),
      subject="phí giết mổ tại cơ sở giết mổ tập trung", location="Lạng Sơn"),
    F("có 14 công nhân", "14", 14, "count", "công nhân", subject="công nhân của cơ sở giết mổ tập trung",
      location="Lạng Sơn"),
    F("hai cán bộ", "hai", 2, "count", "cán bộ thú y", subject="cán bộ thú y thường trực tại cơ sở",
      location="Lạng Sơn"),
    F("đạt 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ kiểm soát giết mổ", period=Y25),
    F("thêm 2 cơ sở", "2", 2, "count", "cơ sở", status="forecast",
      subject="cơ sở giết mổ tập trung kêu gọi đầu tư thêm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Lạng Sơn): 'Cập nhật lúc 10:25, Thứ Sáu, 06/12/2024', tag '(LSO) -', byline at the end.",
    "Distractors: time 10:25, 'Đội Quản lý thị trường số 1', 'Quốc lộ 1A', 'phường Hoàng Văn Thụ'.",
    "'quý III' has no year: the nearest earlier period '11 tháng năm 2024' gives 2024.",
    "212 triệu is part of 865 triệu after 'trong đó'. 'trị giá khoảng 1,3 tỷ đồng' is a figure of its own (value of goods).",
    "'thấp hơn 6,5% so với chỉ tiêu' = change with baseline chỉ tiêu. 'cao hơn ... khoảng 20.000 đồng' = change of the fee.",
    "The seized trucks are located in Cao Lộc (the district named); the facility in TP Lạng Sơn reduces to Lạng Sơn.",
    "'Năm 2025 ... phấn đấu' target; '; dự kiến' own cue, forecast; two districts for the 2 facilities: province.",
]

if __name__ == "__main__":
    write("p1146-8", TEXT, NOTES, FIGS, published="2024-12-06", location="Lạng Sơn")

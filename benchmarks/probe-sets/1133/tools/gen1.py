"""p1133-1: province portal (Đà Nẵng): ride-hailing cars, drivers, commission, accidents, tax withheld by platforms."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Hơn 14.000 ô tô kinh doanh vận tải qua ứng dụng công nghệ
Cập nhật: 12/09/2024 08:30 | Lượt xem: 2.417

Theo Sở Giao thông vận tải, tính đến ngày 31/8/2024, trên địa bàn thành phố có 14.236 xe ô tô kinh doanh vận tải hành khách theo hợp đồng sử dụng hợp đồng điện tử, tăng 1.875 xe so với cuối năm 2023. Trong đó, xe dưới 9 chỗ là 12.910 xe, xe từ 9 chỗ trở lên là 1.326 xe. Số xe này kết nối qua 6 nền tảng gọi xe, nhiều nhất là Grab, Xanh SM và Be với lần lượt 5.420, 4.870 và 2.160 xe.

Số tài xế đăng ký hoạt động trên các ứng dụng gọi xe, cả xe máy và ô tô, khoảng 31.500 người, trong đó khoảng 19.800 tài xế xe máy công nghệ. Theo khảo sát của Sở, bình quân mỗi tài xế ô tô công nghệ chạy từ 12 đến 15 chuyến/ngày, thu nhập sau khi trừ chiết khấu và chi phí nhiên liệu từ 9 đến 13 triệu đồng/tháng. Mức chiết khấu các nền tảng thu của tài xế phổ biến từ 20% đến 28% giá trị mỗi chuyến.

Về an toàn giao thông, 8 tháng đầu năm, trên địa bàn thành phố xảy ra 23 vụ tai nạn giao thông liên quan đến xe công nghệ, giảm 4 vụ so với cùng kỳ; làm chết 7 người, giảm 2 người; bị thương 19 người, tăng 3 người.

Cục Thuế thành phố cho biết, 8 tháng đầu năm các nền tảng đã khấu trừ, nộp thay cho tài xế hơn 41,6 tỷ đồng tiền thuế, đạt 83,2% dự toán năm, tăng 18,5% so với cùng kỳ.

Thành phố phấn đấu đến cuối năm 2025 có 100% xe ô tô kinh doanh vận tải theo hợp đồng trên địa bàn được cấp phù hiệu điện tử. Người dân phản ánh vi phạm của tài xế công nghệ qua đường dây nóng 0236.3822.111 hoặc ứng dụng Danang Smartcity.

Tin liên quan:
- Đà Nẵng ra quân kiểm tra xe hợp đồng dịp Quốc khánh 2/9
"""

ASOF = P("tính đến ngày 31/8/2024", None, "2024-08-31")
M8a = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
SUBJ_CAR = "xe ô tô kinh doanh vận tải hành khách theo hợp đồng sử dụng hợp đồng điện tử"

FIGS = [
    F("Hơn 14.000 ô tô", "14.000", 14000, "count", "ô tô", approx="over",
      subject="ô tô kinh doanh vận tải qua ứng dụng công nghệ"),
    F("có 14.236 xe", "14.236", 14236, "count", "xe", change=C("increase", 1875, "xe", "cuối năm 2023"),
      subject=SUBJ_CAR, period=ASOF),
    F("xe dưới 9 chỗ", "9", 9, "measure", "chỗ", optional=True, subject="ngưỡng số chỗ của xe"),
    F("là 12.910 xe", "12.910", 12910, "count", "xe", total=14236,
      subject="xe dưới 9 chỗ kinh doanh vận tải hành khách theo hợp đồng", period=I(ASOF)),
    F("xe từ 9 chỗ", "9", 9, "measure", "chỗ", optional=True, subject="ngưỡng số chỗ của xe"),
    F("là 1.326 xe", "1.326", 1326, "count", "xe", total=14236,
      subject="xe từ 9 chỗ trở lên kinh doanh vận tải hành khách theo hợp đồng", period=I(ASOF)),
    F("qua 6 nền tảng", "6", 6, "count", "nền tảng", subject="nền tảng gọi xe kết nối", period=I(ASOF)),
    F("lần lượt 5.420", "5.420", 5420, "count", "xe", subject="xe kết nối qua nền tảng Grab", period=I(ASOF)),
    F("5.420, 4.870", "4.870", 4870, "count", "xe", subject="xe kết nối qua nền tảng Xanh SM", period=I(ASOF)),
    F("và 2.160 xe", "2.160", 2160, "count", "xe", subject="xe kết nối qua nền tảng Be", period=I(ASOF)),
    F("khoảng 31.500 người", "31.500", 31500, "count", "người", approx="about",
      subject="tài xế đăng ký hoạt động trên các ứng dụng gọi xe", period=I(ASOF)),
    F("khoảng 19.800 tài xế", "19.800", 19800, "count", "tài xế", approx="about", total=31500,
      subject="tài xế xe máy công nghệ đăng ký hoạt động trên các ứng dụng gọi xe", period=I(ASOF)),
    F("từ 12 đến 15 chuyến", "12", 12, "measure", "chuyến/ngày", value_max=15,
      subject="chuyến bình quân mỗi tài xế ô tô công nghệ chạy"),
    F("từ 9 đến 13 triệu", "9", 9000000, "money", "đồng/tháng", value_max=13000000,
      subject="thu nhập tài xế ô tô công nghệ sau khi trừ chiết khấu và chi phí nhiên liệu"),
    F("từ 20% đến 28%", "20", 20, "percent", "%", value_max=28,
      subject="mức chiết khấu các nền tảng thu của tài xế"),
    F("xảy ra 23 vụ", "23", 23, "count", "vụ", change=C("decrease", 4, "vụ", "cùng kỳ"),
      subject="vụ tai nạn giao thông liên quan đến xe công nghệ", period=M8a),
    F("làm chết 7 người", "7", 7, "count", "người", change=C("decrease", 2, "người", "cùng kỳ"),
      subject="người chết do tai nạn giao thông liên quan đến xe công nghệ", period=M8a),
    F("bị thương 19 người", "19", 19, "count", "người", change=C("increase", 3, "người", "cùng kỳ"),
      subject="người bị thương do tai nạn giao thông liên quan đến xe công nghệ", period=M8a),
    F("hơn 41,6 tỷ", "41,6", 41600000000, "money", "đồng", approx="over", percent=83.2,
      change=C("increase", 18.5, "%", "cùng kỳ"),
      subject="tiền thuế các nền tảng khấu trừ, nộp thay cho tài xế", period=M8a),
    F("có 100% xe", "100", 100, "percent", "%", status="target",
      subject="xe ô tô kinh doanh vận tải theo hợp đồng được cấp phù hiệu điện tử",
      period=P("đến cuối năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Province portal (Đà Nẵng): breadcrumb, headline figure, 'Cập nhật: 12/09/2024 08:30 | Lượt xem: 2.417' (published).",
    "Distractors: Lượt xem 2.417, time 08:30, hotline 0236.3822.111, 'Quốc khánh 2/9' in a related link.",
    "'dưới 9 chỗ' / 'từ 9 chỗ trở lên' are category thresholds (optional). The platform list 'lần lượt' gets no total (not a cue).",
    "'giảm 2 người', 'tăng 3 người' after ';' are changes of the casualty counts (baseline cùng kỳ implied).",
    "'8 tháng đầu năm' takes 2024 from the dateline and the as-of date 31/8/2024.",
]

if __name__ == "__main__":
    write("p1133-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Đà Nẵng")

"""p1133-6: national newspaper (TP Hồ Chí Minh): violations, accidents, drivers, a driver in Gò Vấp, tax, December plan."""
from lib import F, P, I, C, write

TEXT = """Thời sự > Giao thông
Thứ Sáu, 15/11/2024, 06:00 (GMT+7)

Gần 3.900 tài xế công nghệ bị xử phạt trong 10 tháng

TP HCM - 10 tháng năm 2024, Phòng Cảnh sát giao thông Công an TP HCM xử lý 3.874 trường hợp tài xế xe công nghệ vi phạm, tăng 22% so với cùng kỳ, trong đó 1.126 trường hợp sử dụng điện thoại khi lái xe, 842 trường hợp đi ngược chiều hoặc vào đường cấm.

Cũng trong thời gian này, thành phố xảy ra 68 vụ tai nạn giao thông có liên quan đến xe công nghệ, làm chết 21 người, bị thương 57 người. Khu vực quanh sân bay Tân Sơn Nhất (quận Tân Bình) là nơi tài xế tập trung đông nhất, có thời điểm khoảng 2.000 xe máy công nghệ chờ đón khách.

Theo Sở Giao thông vận tải, thành phố hiện có khoảng 235.000 tài xế đăng ký trên các nền tảng gọi xe, chiếm khoảng 40% số tài xế công nghệ cả nước.

Anh Nguyễn Thanh Phong, tài xế ô tô công nghệ ở quận Gò Vấp, cho biết mỗi ngày anh chạy 10-12 tiếng, được 14-16 cuốc. Sau khi nền tảng thu chiết khấu 27,27% (gồm phí dịch vụ và thuế), thu nhập của anh còn khoảng 11 triệu đồng/tháng. "Chạy ít hơn thì không đủ trả góp xe", anh nói.

Theo Cục Thuế TP HCM, 9 tháng đầu năm, các nền tảng gọi xe đã khai, nộp thay cho tài xế 486 tỷ đồng, tăng 15,3% so với cùng kỳ.

Trong tháng 12, Phòng Cảnh sát giao thông dự kiến tổ chức 4 đợt tuyên truyền, tập huấn an toàn giao thông cho khoảng 5.000 tài xế công nghệ tại các bến xe, nhà ga và trung tâm thương mại. Người dân có thể phản ánh vi phạm qua số điện thoại 069.3187.344.

Đình Văn
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
GV = "Gò Vấp"

FIGS = [
    F("Gần 3.900 tài xế", "3.900", 3900, "count", "tài xế", approx="nearly",
      subject="tài xế công nghệ bị xử phạt", period=P("trong 10 tháng", "2024-01-01", "2024-10-31")),
    F("xử lý 3.874 trường hợp", "3.874", 3874, "count", "trường hợp",
      change=C("increase", 22, "%", "cùng kỳ"),
      subject="trường hợp tài xế xe công nghệ vi phạm bị xử lý", period=M10),
    F("1.126 trường hợp", "1.126", 1126, "count", "trường hợp", total=3874,
      subject="trường hợp tài xế xe công nghệ sử dụng điện thoại khi lái xe", period=M10),
    F("842 trường hợp", "842", 842, "count", "trường hợp", total=3874,
      subject="trường hợp tài xế xe công nghệ đi ngược chiều hoặc vào đường cấm", period=M10),
    F("xảy ra 68 vụ", "68", 68, "count", "vụ",
      subject="vụ tai nạn giao thông có liên quan đến xe công nghệ", period=I(M10)),
    F("làm chết 21 người", "21", 21, "count", "người",
      subject="người chết do tai nạn giao thông có liên quan đến xe công nghệ", period=I(M10)),
    F("bị thương 57 người", "57", 57, "count", "người",
      subject="người bị thương do tai nạn giao thông có liên quan đến xe công nghệ", period=I(M10)),
    F("khoảng 2.000 xe", "2.000", 2000, "count", "xe máy công nghệ", approx="about",
      subject="xe máy công nghệ chờ đón khách quanh sân bay Tân Sơn Nhất", location="Tân Bình"),
    F("khoảng 235.000 tài xế", "235.000", 235000, "count", "tài xế", approx="about", percent=40,
      subject="tài xế đăng ký trên các nền tảng gọi xe"),
    F("chạy 10-12 tiếng", "10", 10, "measure", "tiếng/ngày", value_max=12,
      subject="thời gian anh Phong chạy xe mỗi ngày", location=GV),
    F("được 14-16 cuốc", "14", 14, "measure", "cuốc/ngày", value_max=16,
      subject="cuốc xe anh Phong chạy mỗi ngày", location=GV),
    F("27,27%", "27,27", 27.27, "percent", "%",
      subject="chiết khấu nền tảng thu (gồm phí dịch vụ và thuế)", location=GV),
    F("khoảng 11 triệu", "11", 11000000, "money", "đồng/tháng", approx="about",
      subject="thu nhập của anh Phong sau chiết khấu", location=GV),
    F("tài xế 486 tỷ", "486", 486000000000, "money", "đồng", change=C("increase", 15.3, "%", "cùng kỳ"),
      subject="thuế các nền tảng gọi xe khai, nộp thay cho tài xế",
      period=P("9 tháng đầu năm", "2024-01-01", "2024-09-30")),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt", status="forecast",
      subject="đợt tuyên truyền, tập huấn an toàn giao thông cho tài xế công nghệ",
      period=P("Trong tháng 12", "2024-12-01", "2024-12-31")),
    F("khoảng 5.000 tài xế", "5.000", 5000, "count", "tài xế", approx="about", status="forecast",
      subject="tài xế công nghệ được tuyên truyền, tập huấn an toàn giao thông",
      period=P("Trong tháng 12", "2024-12-01", "2024-12-31")),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 15/11/2024, 06:00 (GMT+7)' (published), place tag 'TP HCM -', byline at the end.",
    "Default location TP Hồ Chí Minh; the airport passage is quận Tân Bình; the driver passage is quận Gò Vấp.",
    "Headline 'trong 10 tháng' takes 2024 (dateline); '9 tháng đầu năm', 'Trong tháng 12' take 2024 (nearest earlier period).",
    "'chiếm khoảng 40% số tài xế công nghệ cả nước' is the share of 235.000 (percent attribute), no own figure.",
    "'mỗi ngày anh chạy 10-12 tiếng, được 14-16 cuốc' are per-day rates (measure, .../ngày).",
    "Distractors: (GMT+7), 06:00, phone 069.3187.344.",
]

if __name__ == "__main__":
    write("p1133-6", TEXT, NOTES, FIGS, published="2024-11-15", location="TP Hồ Chí Minh")

from lib import *

text = """Nhà máy chế biến trái cây 1.200 tỷ đồng đi vào hoạt động tại Long An
Thứ ba, 12/3/2024, 14:20 (GMT+7)

Nhà máy chế biến rau quả của Công ty cổ phần Nông sản Phương Nam tại Khu công nghiệp Hựu Thạnh, tỉnh Long An chính thức vận hành sau 18 tháng xây dựng, với tổng vốn đầu tư khoảng 1.200 tỷ đồng.

Nhà máy có công suất thiết kế 500 tấn/ngày, tương đương khoảng 150.000 tấn/năm. Giai đoạn 1 gồm 4 dây chuyền: cấp đông IQF, nước ép cô đặc, puree và sấy thăng hoa. Hệ thống kho lạnh có sức chứa 12.000 tấn, cùng 8 buồng tiền làm lạnh công suất 60 tấn/ngày.

Theo ông Trần Văn Hậu, Tổng giám đốc công ty, năm 2024 nhà máy dự kiến thu mua khoảng 90.000 tấn trái cây tươi, chủ yếu thanh long, chuối, dứa, chanh dây và xoài; sản phẩm xuất khẩu sang Nhật Bản, Hàn Quốc, EU và Mỹ với kim ngạch dự kiến 85 triệu USD.

Công ty đã ký hợp đồng liên kết bao tiêu với 14 hợp tác xã và hơn 2.300 hộ nông dân; vùng nguyên liệu đạt 3.500 ha, gồm các huyện Châu Thành 1.800 ha, Tân Trụ 1.100 ha và Cần Đước 600 ha. Giá thu mua cao hơn giá thị trường từ 5-10%. Nhà máy tạo việc làm cho khoảng 1.100 lao động, trong đó 65% là lao động nữ.

Phó chủ tịch UBND tỉnh Long An cho biết, năm 2023 tỉnh có 12.500 ha thanh long, sản lượng khoảng 320.000 tấn, nhưng tỷ lệ qua chế biến mới đạt 8%. Tỉnh đặt mục tiêu đến năm 2025 nâng tỷ lệ này lên 20% và thu hút thêm 3 nhà máy chế biến quy mô lớn, trong đó có Nhà máy số 2 của Phương Nam tại lô C4-2.

Trước đó, tháng 2/2024, công ty đã xuất lô hàng đầu tiên gồm 40 container thanh long cấp đông sang Hàn Quốc.

Hoàng Nam
"""

L = "Long An"
p24 = P("năm 2024", "2024-01-01", "2024-12-31")
p23 = P("năm 2023", "2023-01-01", "2023-12-31")
p25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("trái cây 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "vốn đầu tư nhà máy chế biến trái cây"),
    F("sau 18 tháng", "18", 18, "measure", "tháng", "thời gian xây dựng nhà máy", optional=True),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "tổng vốn đầu tư", approx="about"),
    F("thiết kế 500 tấn/ngày", "500", 500, "measure", "tấn/ngày", "công suất thiết kế nhà máy"),
    F("khoảng 150.000 tấn/năm", "150.000", 150000, "measure", "tấn/năm", "công suất thiết kế nhà máy",
      approx="about"),
    F("gồm 4 dây chuyền", "4", 4, "count", "dây chuyền", "dây chuyền giai đoạn 1"),
    F("sức chứa 12.000 tấn", "12.000", 12000, "measure", "tấn", "sức chứa hệ thống kho lạnh"),
    F("8 buồng", "8", 8, "count", "buồng tiền làm lạnh", "buồng tiền làm lạnh"),
    F("công suất 60 tấn/ngày", "60", 60, "measure", "tấn/ngày", "công suất buồng tiền làm lạnh"),
    F("khoảng 90.000 tấn", "90.000", 90000, "measure", "tấn", "trái cây tươi thu mua", approx="about",
      status="forecast", period=p24),
    F("dự kiến 85 triệu USD", "85", 85e6, "money", "USD", "kim ngạch xuất khẩu", status="forecast",
      period=p24),
    F("với 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã ký hợp đồng liên kết bao tiêu"),
    F("hơn 2.300 hộ", "2.300", 2300, "count", "hộ nông dân", "hộ nông dân ký hợp đồng liên kết bao tiêu",
      approx="over"),
    F("đạt 3.500 ha", "3.500", 3500, "measure", "ha", "vùng nguyên liệu"),
    F("Châu Thành 1.800 ha", "1.800", 1800, "measure", "ha", "vùng nguyên liệu", total=3500, location="Châu Thành"),
    F("Tân Trụ 1.100 ha", "1.100", 1100, "measure", "ha", "vùng nguyên liệu", total=3500, location="Tân Trụ"),
    F("Cần Đước 600 ha", "600", 600, "measure", "ha", "vùng nguyên liệu", total=3500, location="Cần Đước"),
    F("từ 5-10%", "5", 5, "percent", "%", "giá thu mua cao hơn giá thị trường", value_max=10),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động có việc làm tại nhà máy",
      approx="about"),
    F("65% là", "65", 65, "percent", "%", "tỷ lệ lao động nữ"),
    F("có 12.500 ha", "12.500", 12500, "measure", "ha", "diện tích thanh long", period=p23),
    F("khoảng 320.000 tấn", "320.000", 320000, "measure", "tấn", "sản lượng thanh long", approx="about",
      period=p23),
    F("mới đạt 8%", "8", 8, "percent", "%", "tỷ lệ thanh long qua chế biến", period=p23),
    F("lên 20%", "20", 20, "percent", "%", "tỷ lệ thanh long qua chế biến", status="target", period=p25),
    F("thêm 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy chế biến quy mô lớn thu hút thêm", status="target",
      period=p25),
    F("gồm 40 container", "40", 40, "count", "container", "thanh long cấp đông xuất khẩu lô hàng đầu tiên",
      period=P("tháng 2/2024", "2024-02-01", "2024-02-29")),
]

build(6, [
    "National online press: a fruit processing plant in Long An starts operation; dateline 'Thứ ba, 12/3/2024, 14:20 (GMT+7)', byline at end.",
    "Distractors: 'Giai đoạn 1' (phase), 'Nhà máy số 2', 'lô C4-2', '(GMT+7)', company name, KCN Hựu Thạnh.",
    "Location: the plant is in tỉnh Long An (no district named for it): Long An; the raw-material districts after 'gồm' carry their own place and total 3500.",
    "'sau 18 tháng xây dựng' is a duration: optional. Title '1.200 tỷ đồng' restates the investment (a figure in its own sentence).",
    "'tương đương khoảng 150.000 tấn/năm' is its own figure (other unit). 'dự kiến' gives forecast to 90.000 tấn and 85 triệu USD ('năm 2024').",
    "'cao hơn giá thị trường từ 5-10%' has no base amount: percent figure with range. 'trong đó 65%' is a percent figure (no total for percents).",
    "'mới đạt 8%' shares the 'năm 2023' sentence. Targets 'đến năm 2025' (20%, 3 nhà máy).",
], text, figs, published="2024-03-12", location=L)

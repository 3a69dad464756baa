"""p735-8: commune portal (xã An Khánh, huyện Châu Thành, Đồng Tháp), water-hyacinth cooperative."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN KHÁNH
Huyện Châu Thành - Tỉnh Đồng Tháp
Tin tức - Sự kiện | Kinh tế
Ngày đăng: 28/08/2024 | Người đăng: Văn phòng UBND xã

HTX lục bình An Khánh: doanh thu 8 tháng đạt 3,6 tỷ đồng

Ngày 26/8, Đảng ủy xã tổ chức sơ kết 3 năm thực hiện Nghị quyết số 07-NQ/ĐU về phát triển ngành nghề nông thôn. Báo cáo cho thấy mô hình Hợp tác xã Thủ công mỹ nghệ Lục bình An Khánh (ấp Phú Hòa) tiếp tục phát huy hiệu quả.

8 tháng đầu năm 2024, doanh thu của hợp tác xã đạt 3,6 tỷ đồng, bằng 118% so với cùng kỳ; lợi nhuận ước đạt 520 triệu đồng. Hợp tác xã hiện có 62 thành viên, tạo việc làm thường xuyên cho hơn 300 lao động, trong đó 85% là phụ nữ và người lớn tuổi. Năm 2023, hợp tác xã xuất khẩu 18 container giỏ, thảm lục bình sang Hàn Quốc, Úc và Bỉ; thu nhập của thành viên bình quân 5,2 triệu đồng/người/tháng.

Toàn xã hiện có 4 tổ hợp tác đan lục bình với 215 hộ tham gia, phân bố ở ấp Phú Hòa, ấp Phú Thạnh và ấp 2. Nhờ có thêm việc làm từ nghề đan, tỷ lệ hộ nghèo của xã năm 2023 giảm còn 1,8%, thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm.

Thời gian tới, xã phấn đấu đến năm 2025 phát triển thêm 2 tổ hợp tác, nâng số lao động làm nghề đan lục bình lên 500 người; đồng thời hỗ trợ hợp tác xã xây dựng nhà xưởng rộng 1.500 m2 với tổng vốn khoảng 2,8 tỷ đồng.

Mọi chi tiết xin liên hệ Hợp tác xã theo số điện thoại 0277.3845.112 hoặc đến trụ sở tại số 159, Quốc lộ 80, ấp Phú Hòa, xã An Khánh.
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("8 tháng đạt 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", subject="doanh thu HTX lục bình An Khánh",
      period=P("8 tháng", "2024-01-01", "2024-08-31")),
    F("đạt 3,6 tỷ đồng, bằng", "3,6", 3.6e9, "money", "đồng", percent=118,
      subject="doanh thu của hợp tác xã", period=M8),
    F("ước đạt 520 triệu đồng", "520", 520e6, "money", "đồng", status="estimate",
      subject="lợi nhuận của hợp tác xã", period=M8),
    F("có 62 thành viên", "62", 62, "count", "thành viên", subject="thành viên hợp tác xã"),
    F("hơn 300 lao động", "300", 300, "count", "lao động", approx="over",
      subject="lao động có việc làm thường xuyên tại hợp tác xã"),
    F("trong đó 85%", "85", 85, "percent", "%", subject="phụ nữ và người lớn tuổi trong lao động của hợp tác xã"),
    F("xuất khẩu 18 container", "18", 18, "count", "container",
      subject="container giỏ, thảm lục bình hợp tác xã xuất khẩu", period=Y23),
    F("5,2 triệu đồng/người/tháng", "5,2", 5.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của thành viên hợp tác xã", period=Y23),
    F("có 4 tổ hợp tác", "4", 4, "count", "tổ hợp tác", subject="tổ hợp tác đan lục bình"),
    F("với 215 hộ", "215", 215, "count", "hộ", subject="hộ tham gia tổ hợp tác đan lục bình"),
    F("còn 1,8%", "1,8", 1.8, "percent", "%", subject="tỷ lệ hộ nghèo của xã",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 62 triệu đồng/người/năm", "62", 62e6, "money", "đồng/người/năm",
      subject="thu nhập bình quân đầu người", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", status="target",
      subject="tổ hợp tác phát triển thêm", period=T25),
    F("lên 500 người", "500", 500, "count", "người", status="target",
      subject="lao động làm nghề đan lục bình", period=T25),
    F("rộng 1.500 m2", "1.500", 1500, "measure", "m2", status="target",
      subject="diện tích nhà xưởng hỗ trợ hợp tác xã xây dựng", period=T25),
    F("khoảng 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", approx="about", status="target",
      subject="tổng vốn xây dựng nhà xưởng", period=T25),
]

COMMENTS = [
    "Cổng TTĐT xã An Khánh (huyện Châu Thành, Đồng Tháp), 'Ngày đăng: 28/08/2024': HTX lục bình, tổ hợp tác, hộ nghèo, mục tiêu 2025.",
    "A commune is not a province/city/district: its figures take the district named in the header, Châu Thành (file default).",
    "Headline '8 tháng' takes 2024 from the dateline. 'bằng 118% so với cùng kỳ' is the share (percent) of 3,6 tỷ đồng, not a change.",
    "'trong đó 85% là phụ nữ …' is a percent figure of its own (share of a part with no count). 'giảm còn 1,8%' is a level: percent, no change.",
    "'phấn đấu đến năm 2025 …; đồng thời …' → target for every clause. Export destinations are not places.",
    "Not figures: ngày 26/8, 'sơ kết 3 năm' (duration), Nghị quyết số 07-NQ/ĐU, ấp 2, số 159, Quốc lộ 80, phone.",
]

if __name__ == "__main__":
    emit("p735-8", TEXT, COMMENTS, FIGS, published="2024-08-28", location="Châu Thành")

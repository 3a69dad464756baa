"""p838-6: national newspaper (VnExpress style), vegetable waste composted in Đơn Dương (Lâm Đồng), 2025."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 15/3/2025, 08:15 (GMT+7)

Nông dân Đơn Dương biến rác thải rau thành phân bón

Mỗi ngày, các vựa rau ở huyện Đơn Dương (Lâm Đồng) thải ra khoảng 80 tấn lá, thân rau hư, nay được gom về các hố ủ để làm phân hữu cơ cho chính ruộng rau.

Huyện Đơn Dương có hơn 17.000 ha đất trồng rau, lượng phụ phẩm rau sau thu hoạch ước khoảng 250.000 tấn mỗi năm. Năm 2024, huyện xây dựng 42 hố ủ tập trung tại 8 xã, thị trấn, mỗi hố có thể tích 30-50 m3. Chi phí đầu tư một hố khoảng 25 triệu đồng, trong đó ngân sách hỗ trợ 70%, còn lại người dân đóng góp.

Bà Trần Thị Bốn, chủ vựa rau ở xã Lạc Xuân, cho biết trước đây mỗi tháng bà phải thuê xe chở rác rau đi đổ mất khoảng 4 triệu đồng. Nay rau hư được ủ với chế phẩm vi sinh trong 45 ngày thành phân, đủ bón cho 1,2 ha bắp cải của gia đình, tiết kiệm hơn 30 triệu đồng mỗi năm tiền phân bón.

Theo Phòng Nông nghiệp huyện, năm 2024 các hố ủ đã xử lý được gần 38.000 tấn phụ phẩm rau, chiếm 15% tổng lượng phát sinh, tạo ra khoảng 11.500 tấn phân hữu cơ. Lượng rác rau thải ra môi trường giảm khoảng 30% so với năm 2023, các điểm tập kết rác tự phát dọc Quốc lộ 27 đã được xóa bỏ.

Huyện đặt mục tiêu đến năm 2026 xử lý 40% lượng phụ phẩm rau, với 100 hố ủ tập trung. Tổng nhu cầu vốn dự kiến khoảng 1,5 tỷ đồng. Ông Nguyễn Văn Ba, Phó trưởng phòng Nông nghiệp huyện, cho biết huyện cũng đang kêu gọi doanh nghiệp đầu tư nhà máy chế biến phân hữu cơ công suất 20.000 tấn/năm.

Minh Hoàng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("khoảng 80 tấn", "80", 80, "measure", "tấn/ngày", "lá, thân rau hư các vựa rau thải ra mỗi ngày", approx="about"),
    F("hơn 17.000 ha", "17.000", 17000, "measure", "ha", "đất trồng rau", approx="over"),
    F("ước khoảng 250.000 tấn", "250.000", 250000, "measure", "tấn/năm", "lượng phụ phẩm rau sau thu hoạch mỗi năm",
      approx="about", status="estimate"),
    F("xây dựng 42 hố ủ", "42", 42, "count", "hố ủ", "hố ủ tập trung xây dựng", Y24),
    F("tại 8 xã, thị trấn", "8", 8, "count", "xã, thị trấn", "xã, thị trấn có hố ủ tập trung", Y24),
    F("tích 30-50 m3", "30", 30, "measure", "m3", "thể tích mỗi hố ủ", value_max=50, optional=True),
    F("khoảng 25 triệu đồng", "25", 25e6, "money", "đồng/hố", "chi phí đầu tư một hố ủ", approx="about"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "tỷ lệ ngân sách hỗ trợ chi phí đầu tư hố ủ"),
    F("khoảng 4 triệu đồng", "4", 4e6, "money", "đồng/tháng", "chi phí thuê xe chở rác rau đi đổ mỗi tháng",
      approx="about"),
    F("trong 45 ngày", "45", 45, "measure", "ngày", "thời gian ủ rau hư thành phân"),
    F("cho 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích bắp cải của gia đình bà Bốn", optional=True),
    F("hơn 30 triệu đồng", "30", 30e6, "money", "đồng/năm", "tiền phân bón tiết kiệm mỗi năm", approx="over"),
    F("gần 38.000 tấn", "38.000", 38000, "measure", "tấn", "phụ phẩm rau được các hố ủ xử lý", y24, approx="nearly",
      percent=15),
    F("khoảng 11.500 tấn", "11.500", 11500, "measure", "tấn", "phân hữu cơ tạo ra", y24, approx="about"),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "lượng rác rau thải ra môi trường giảm", I(y24), approx="about"),
    F("xử lý 40% lượng", "40", 40, "percent", "%", "tỷ lệ phụ phẩm rau được xử lý", T26, status="target"),
    F("với 100 hố ủ", "100", 100, "count", "hố ủ", "hố ủ tập trung", T26, status="target"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "tổng nhu cầu vốn", I(T26), approx="about",
      status="forecast"),
    F("công suất 20.000 tấn/năm", "20.000", 20000, "measure", "tấn/năm",
      "công suất nhà máy chế biến phân hữu cơ kêu gọi đầu tư", optional=True),
]

NOTES = [
    "National newspaper style (VnExpress), 'Thứ bảy, 15/3/2025, 08:15 (GMT+7)', byline at the end: vegetable waste composted",
    "in Đơn Dương (Lâm Đồng). Location: the district Đơn Dương throughout.",
    "Per-unit amounts keep their denominator: tấn/ngày, tấn/năm, đồng/hố, đồng/tháng, đồng/năm.",
    "'trong đó ngân sách hỗ trợ 70%' is the budget's share of the cost: a percent figure of its own (no total).",
    "Optional: the pit size '30-50 m3' and the farmer's '1,2 ha' (example specifications); the planned factory's capacity",
    "'20.000 tấn/năm' (a specification of a call for investment, neither actual nor a stated target).",
    "'giảm khoảng 30% so với năm 2023' stands in the sentence after 'năm 2024' -> inherited period; '1,5 tỷ' inherits 'đến năm 2026'.",
    "Distractors: dateline and time, Quốc lộ 27, names 'Trần Thị Bốn', 'Nguyễn Văn Ba', 'năm 2023' baseline.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-03-15", location="Đơn Dương")

"""p512-1: Hà Tĩnh provincial portal, BHXH/BHYT/BHTN participants, revenue, arrears, payouts, 6 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 93,6% dân số
Cập nhật: 15/07/2024 08:42
Lượt xem: 3.129

Theo Bảo hiểm xã hội (BHXH) tỉnh, tính đến ngày 30/6/2024, Hà Tĩnh có 1.215.480 người tham gia bảo hiểm y tế (BHYT), đạt tỷ lệ bao phủ 93,6% dân số, tăng 0,8% so với cùng kỳ năm 2023.

Số người tham gia BHXH là 198.350 người, chiếm 30,2% lực lượng lao động trong độ tuổi (chỉ tiêu năm 2024 là 32,5%); trong đó BHXH bắt buộc 121.560 người, BHXH tự nguyện 76.790 người. Số người tham gia bảo hiểm thất nghiệp (BHTN) đạt 112.400 người.

6 tháng đầu năm, tổng số thu BHXH, BHYT, BHTN ước đạt 2.145,6 tỷ đồng, bằng 47,8% kế hoạch BHXH Việt Nam giao, tăng 9,3% so với cùng kỳ. Số tiền chậm đóng là 86,4 tỷ đồng, chiếm 1,9% số phải thu; trong đó nợ kéo dài từ 3 tháng trở lên gần 41 tỷ đồng.

Về chi trả, BHXH tỉnh đã giải quyết cho 2.814 người hưởng lương hưu, trợ cấp hằng tháng mới; 7.355 người hưởng BHXH một lần, tăng 12,4% so với cùng kỳ; 3.960 người hưởng trợ cấp thất nghiệp với tổng số tiền hơn 98 tỷ đồng. Toàn tỉnh có 1,28 triệu lượt khám, chữa bệnh BHYT, chi phí đề nghị thanh toán khoảng 1.020 tỷ đồng.

Các địa phương có tỷ lệ bao phủ BHYT cao là Vũ Quang (98,1%), Hương Khê (97,4%) và Lộc Hà (96,9%); thấp nhất là thị xã Kỳ Anh (88,2%).

Phấn đấu đến hết năm 2024, tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,5% dân số. Mọi thắc mắc, người dân liên hệ đường dây nóng 0239.3855.123 hoặc trụ sở BHXH tỉnh tại số 07 đường Nguyễn Tất Thành, TP Hà Tĩnh.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("toàn tỉnh đạt 93,6%", "93,6", 93.6, "percent", "%", "tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh", I(ASOF)),
    F("có 1.215.480 người", "1.215.480", 1215480, "count", "người", "người tham gia bảo hiểm y tế (BHYT)", ASOF,
      percent=93.6, change=CH("increase", 0.8, baseline="cùng kỳ năm 2023")),
    F("là 198.350 người", "198.350", 198350, "count", "người", "người tham gia BHXH", I(ASOF),
      percent=30.2, target=TG(32.5)),
    F("bắt buộc 121.560 người", "121.560", 121560, "count", "người", "người tham gia BHXH bắt buộc", I(ASOF),
      total=198350),
    F("tự nguyện 76.790 người", "76.790", 76790, "count", "người", "người tham gia BHXH tự nguyện", I(ASOF),
      total=198350),
    F("đạt 112.400 người", "112.400", 112400, "count", "người", "người tham gia bảo hiểm thất nghiệp (BHTN)", I(ASOF)),
    F("ước đạt 2.145,6 tỷ đồng", "2.145,6", 2145600000000, "money", "đồng", "tổng số thu BHXH, BHYT, BHTN", H1,
      percent=47.8, change=CH("increase", 9.3, baseline="cùng kỳ"), status="estimate"),
    F("là 86,4 tỷ đồng", "86,4", 86400000000, "money", "đồng", "số tiền chậm đóng", I(H1), percent=1.9),
    F("từ 3 tháng trở lên", "3", 3, "measure", "tháng", "thời gian nợ kéo dài", approx="at_least", optional=True),
    F("gần 41 tỷ đồng", "41", 41000000000, "money", "đồng", "nợ kéo dài từ 3 tháng trở lên", I(H1),
      approx="nearly", total=86400000000),
    F("cho 2.814 người", "2.814", 2814, "count", "người", "người hưởng lương hưu, trợ cấp hằng tháng mới", I(H1)),
    F("7.355 người", "7.355", 7355, "count", "người", "người hưởng BHXH một lần", I(H1),
      change=CH("increase", 12.4, baseline="cùng kỳ")),
    F("3.960 người", "3.960", 3960, "count", "người", "người hưởng trợ cấp thất nghiệp", I(H1)),
    F("hơn 98 tỷ đồng", "98", 98000000000, "money", "đồng", "tổng số tiền trợ cấp thất nghiệp", I(H1), approx="over"),
    F("1,28 triệu lượt", "1,28", 1280000, "count", "lượt", "lượt khám, chữa bệnh BHYT", I(H1)),
    F("khoảng 1.020 tỷ đồng", "1.020", 1020000000000, "money", "đồng", "chi phí khám, chữa bệnh BHYT đề nghị thanh toán",
      I(H1), approx="about"),
    F("Vũ Quang (98,1%)", "98,1", 98.1, "percent", "%", "tỷ lệ bao phủ BHYT", I(ASOF), location="Vũ Quang"),
    F("Hương Khê (97,4%)", "97,4", 97.4, "percent", "%", "tỷ lệ bao phủ BHYT", I(ASOF), location="Hương Khê"),
    F("Lộc Hà (96,9%)", "96,9", 96.9, "percent", "%", "tỷ lệ bao phủ BHYT", I(ASOF), location="Lộc Hà"),
    F("Kỳ Anh (88,2%)", "88,2", 88.2, "percent", "%", "tỷ lệ bao phủ BHYT", I(ASOF), location="Kỳ Anh"),
    F("đạt 94,5% dân số", "94,5", 94.5, "percent", "%", "tỷ lệ bao phủ BHYT toàn tỉnh",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh (invented): BHXH/BHYT/BHTN participants at 30/6/2024, revenue and arrears, payouts, districts' BHYT coverage.",
    "Distractors: breadcrumb, 'Cập nhật: 15/07/2024 08:42', 'Lượt xem: 3.129', hotline 0239.3855.123, 'số 07 đường Nguyễn Tất Thành'.",
    "Shares after chiếm/đạt/bằng are percent attributes; '(chỉ tiêu năm 2024 là 32,5%)' is the target of 198.350; '0,8%' after the coverage",
    "share is the change of the 1.215.480 count (as shared h09). 'trong đó' parts take 198.350 / 86,4 tỷ as total. 'từ 3 tháng trở lên' is",
    "a threshold (optional). District items: location = district, subject = the list's indicator.",
]

if __name__ == "__main__":
    emit("p512-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Hà Tĩnh")

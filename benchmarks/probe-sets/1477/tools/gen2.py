"""p1477-2: district portal (huyện Đức Hòa, Long An): a steam-iron and hair-dryer maker in KCN Hải Sơn."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Doanh nghiệp sản xuất bàn ủi hơi nước ở Đức Hòa mở rộng thị trường

19/03/2024 | 14:10

Huyện Đức Hòa hiện có ba doanh nghiệp sản xuất bàn ủi, máy sấy tóc, lớn nhất là Công ty TNHH Thiết bị Gia dụng Tân Thạnh Phát (KCN Hải Sơn, xã Đức Hòa Hạ). Năm 2023, công ty sản xuất 3,15 triệu sản phẩm, trong đó bàn ủi hơi nước chiếm 58%; doanh thu đạt 1.260 tỷ đồng, tăng 18% so với năm 2022, vượt kế hoạch đề ra là 1.200 tỷ đồng. Khoảng 85% sản phẩm được xuất khẩu sang Mỹ, Úc và Trung Đông với giá bình quân 14,5 USD/chiếc.

Hiện công ty có 2.350 lao động, trong đó 1.720 lao động nữ, làm việc theo hai ca; thu nhập bình quân 8,4 triệu đồng/người/tháng, cao hơn 7% so với năm trước.

Năm 2024, công ty đặt mục tiêu doanh thu 1.450 tỷ đồng, tăng khoảng 15%; dự kiến tuyển thêm từ 300 đến 400 lao động và đầu tư 2 dây chuyền ép nhựa mới trị giá gần 45 tỷ đồng.

Theo Phòng Kinh tế - Hạ tầng huyện, năm 2023 các doanh nghiệp sản xuất bàn ủi, máy sấy tóc trên địa bàn nộp ngân sách trên 62 tỷ đồng, giải quyết việc làm cho khoảng 4.100 lao động.

Tin khác:
- Đức Hòa: Ra quân Tháng Thanh niên năm 2024
- Xã Hựu Thạnh đạt chuẩn nông thôn mới nâng cao

CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Địa chỉ: Số 18 đường Hùng Vương, khu phố 4, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.214
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bàn ủi, máy sấy tóc"),
    F("sản xuất 3,15 triệu", "3,15", 3.15e6, "count", "sản phẩm", subject="sản phẩm công ty sản xuất", period=Y23),
    F("chiếm 58%", "58", 58, "percent", "%", subject="bàn ủi hơi nước trong sản phẩm công ty sản xuất", period=Y23),
    F("đạt 1.260 tỷ", "1.260", 1.26e12, "money", "đồng", change=change("increase", 18, "%", "năm 2022"),
      target=target(1.2e12, "đồng", True), subject="doanh thu của công ty", period=Y23),
    F("Khoảng 85%", "85", 85, "percent", "%", approx="about", subject="sản phẩm được xuất khẩu", period=inherit(Y23)),
    F("bình quân 14,5 USD", "14,5", 14.5, "money", "USD/chiếc", subject="giá bình quân sản phẩm xuất khẩu",
      period=inherit(Y23)),
    F("có 2.350 lao động", "2.350", 2350, "count", "lao động", subject="lao động của công ty"),
    F("1.720 lao động nữ", "1.720", 1720, "count", "lao động nữ", total=2350, subject="lao động nữ"),
    F("theo hai ca", "hai", 2, "count", "ca", subject="ca làm việc", optional=True),
    F("bình quân 8,4 triệu", "8,4", 8.4e6, "money", "đồng/người/tháng",
      change=change("increase", 7, "%", "năm trước"), subject="thu nhập bình quân của lao động công ty"),
    F("doanh thu 1.450 tỷ", "1.450", 1.45e12, "money", "đồng", status="target",
      change=change("increase", 15, "%", approx="about"), subject="doanh thu của công ty", period=Y24),
    F("từ 300 đến 400", "300", 300, "count", "lao động", value_max=400, status="forecast",
      subject="lao động công ty tuyển thêm", period=Y24),
    F("đầu tư 2 dây chuyền", "2", 2, "count", "dây chuyền", status="forecast",
      subject="dây chuyền ép nhựa mới công ty đầu tư", period=Y24),
    F("gần 45 tỷ", "45", 45e9, "money", "đồng", approx="nearly", status="forecast",
      subject="trị giá dây chuyền ép nhựa mới", period=Y24),
    F("trên 62 tỷ", "62", 62e9, "money", "đồng", approx="over",
      subject="nộp ngân sách của các doanh nghiệp sản xuất bàn ủi, máy sấy tóc trên địa bàn", period=Y23b),
    F("khoảng 4.100 lao động", "4.100", 4100, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp giải quyết việc làm", period=Y23b),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming district and province, menu, '19/03/2024 | 14:10', 'Tin khác', address footer, phone.",
    "Distractors: '14:10', 'năm 2024' in a link title, 'Số 18 đường Hùng Vương', 'khu phố 4', phone 0272.3850.214, baseline 'năm 2022'.",
    "Location Đức Hòa for every figure (the company and the district totals). 'ba doanh nghiệp' is a number word.",
    "'trong đó bàn ủi hơi nước chiếm 58%' is a percent figure of its own (no base amount stated for the part).",
    "'vượt kế hoạch đề ra là 1.200 tỷ đồng' → target 1.200 tỷ đồng, met true (not a second change).",
    "'Khoảng 85% ...' and the export price stand in the next sentence: period Năm 2023 inherited. 'Hiện công ty có ...' has no period.",
    "'làm việc theo hai ca' describes the work pattern: optional. 'đặt mục tiêu' → target; 'dự kiến ... và đầu tư' → forecast",
    "(the cue governs the clause it continues). 'tăng khoảng 15%' has no baseline (year before implied).",
    "revised after the first run: 1.450 tỷ subject 'doanh thu công ty đặt mục tiêu' → 'doanh thu của công ty' (the target cue",
    "belongs to status, not to the subject, as in the shared gold and in this file's 1.260 tỷ).",
]

if __name__ == "__main__":
    write("p1477-2", TEXT, NOTES, FIGS, published="2024-03-19", location="Đức Hòa")

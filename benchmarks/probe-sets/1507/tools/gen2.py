"""p1507-2: district portal (huyện Thạch Thất, Hà Nội): xã Phùng Xá, shelving and shoe-rack makers; one company."""
from lib import F, P, inherit, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Làng nghề

Phùng Xá: Nghề làm kệ sắt, kệ giày giúp hơn 600 hộ có thu nhập ổn định

22/03/2024 - 15:10

Xã Phùng Xá hiện có 1.350 hộ làm nghề cơ khí, trong đó 620 hộ chuyên sản xuất kệ sắt đa năng, kệ giày, giá để đồ và kệ siêu thị. Năm 2023, doanh thu từ nghề cơ khí của xã đạt 2.150 tỷ đồng, tăng 8,7% so với năm 2022; các hộ, doanh nghiệp nộp ngân sách hơn 26 tỷ đồng.

Một trong những cơ sở tiêu biểu là Công ty TNHH Kệ Thép Minh Khang ở thôn Thái Hòa. Công ty có ba xưởng với tổng diện tích 4.200 m2, mỗi tháng tiêu thụ khoảng 180 tấn thép tấm, thép hộp. Năm 2023, công ty bán ra 96.000 bộ kệ các loại, doanh thu 58 tỷ đồng, lợi nhuận sau thuế đạt 3,4 tỷ đồng. Công ty hiện có 85 công nhân, trong đó 32 lao động nữ; lương bình quân 9,5 triệu đồng/người/tháng.

Ông Nguyễn Văn Khang, Giám đốc công ty cho biết: "Hai tháng đầu năm 2024, đơn hàng kệ kho tăng khoảng 20% so với cùng kỳ. Năm nay, công ty dự kiến đầu tư thêm một máy chấn CNC trị giá 2,8 tỷ đồng và tuyển thêm 15-20 lao động".

Theo UBND xã, mục tiêu năm 2024 doanh thu từ nghề cơ khí đạt 2.300 tỷ đồng; phấn đấu đến năm 2025 có ít nhất 50 cơ sở lắp đặt hệ thống xử lý bụi sơn.

Nguồn: Phòng Kinh tế huyện Thạch Thất

Tin khác:
- Thạch Thất: Tổng kết công tác khuyến công năm 2023
- Xã Bình Phú đón nhận bằng công nhận làng nghề truyền thống

Địa chỉ: Số 1 phố Chi Quan, thị trấn Liên Quan, huyện Thạch Thất, Hà Nội
Điện thoại: 024.3367.2135
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M2 = P("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 600 hộ", "600", 600, "count", "hộ", approx="over",
      subject="hộ có thu nhập ổn định từ nghề làm kệ sắt, kệ giày"),
    F("có 1.350 hộ", "1.350", 1350, "count", "hộ", subject="hộ làm nghề cơ khí"),
    F("620 hộ", "620", 620, "count", "hộ", total=1350,
      subject="hộ chuyên sản xuất kệ sắt đa năng, kệ giày, giá để đồ và kệ siêu thị"),
    F("đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", change=C("increase", 8.7, "%", "năm 2022"),
      subject="doanh thu từ nghề cơ khí của xã", period=Y23),
    F("hơn 26 tỷ", "26", 26e9, "money", "đồng", approx="over",
      subject="nộp ngân sách của các hộ, doanh nghiệp", period=Y23),
    F("có ba xưởng", "ba", 3, "count", "xưởng", subject="xưởng của công ty"),
    F("4.200 m2", "4.200", 4200, "measure", "m2", subject="tổng diện tích xưởng"),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn/tháng", approx="about",
      subject="thép tấm, thép hộp công ty tiêu thụ mỗi tháng"),
    F("bán ra 96.000 bộ", "96.000", 96000, "count", "bộ", subject="bộ kệ các loại công ty bán ra",
      period=Y23),
    F("doanh thu 58 tỷ", "58", 58e9, "money", "đồng", subject="doanh thu của công ty", period=Y23),
    F("đạt 3,4 tỷ", "3,4", 3.4e9, "money", "đồng", subject="lợi nhuận sau thuế của công ty", period=Y23),
    F("có 85 công nhân", "85", 85, "count", "công nhân", subject="công nhân của công ty"),
    F("32 lao động nữ", "32", 32, "count", "lao động", total=85, subject="lao động nữ"),
    F("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="lương bình quân"),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", subject="đơn hàng kệ kho", period=M2),
    F("thêm một máy", "một", 1, "count", "máy", status="forecast",
      subject="máy chấn CNC công ty đầu tư thêm", period=NOW),
    F("trị giá 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", status="forecast", subject="trị giá máy chấn CNC",
      period=NOW),
    F("15-20 lao động", "15", 15, "count", "lao động", value_max=20, status="forecast",
      subject="lao động công ty tuyển thêm", period=NOW),
    F("đạt 2.300 tỷ", "2.300", 2300e9, "money", "đồng", status="target",
      subject="doanh thu từ nghề cơ khí", period=Y24),
    F("ít nhất 50 cơ sở", "50", 50, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở lắp đặt hệ thống xử lý bụi sơn", period=TO25),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): banner with the district, menu, '22/03/2024 - 15:10' under the headline,",
    "'Nguồn:', 'Tin khác', address and phone footer. All figures are located in Thạch Thất (xã Phùng Xá, thôn Thái Hòa).",
    "Distractors: 15:10, 'Số 1 phố Chi Quan', phone 024.3367.2135, 'năm 2023' in a link, baseline 'năm 2022', the person's name.",
    "'trong đó 620 hộ', 'trong đó 32 lao động nữ' → totals 1.350 and 85. 'mỗi tháng ... khoảng 180 tấn' is a rate (tấn/tháng).",
    "Company figures carry 'của công ty' in the subject where the sentence names 'công ty' (the commune totals sit beside them).",
    "'đơn hàng kệ kho tăng khoảng 20% so với cùng kỳ' is a growth rate as the claim: percent figure, no change.",
    "'Hai tháng đầu năm 2024' ends 2024-02-29 (leap year). 'Năm nay' = 2024 (dateline); 'dự kiến' governs the whole",
    "sentence, also the 'và tuyển thêm 15-20' clause (forecast). 'mục tiêu năm 2024' → target; 'phấn đấu đến năm 2025' → target.",
]

if __name__ == "__main__":
    write("p1507-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Thạch Thất")

"""p1224-2: Nhơn Trạch district portal (Đồng Nai): Nhơn Trạch 3 and 4 LNG-fired power plants, progress at 20/9/2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NHƠN TRẠCH
Trang chủ | Tin tức - Sự kiện | Kinh tế

Nhà máy điện Nhơn Trạch 3 và 4 về đích nhiều hạng mục quan trọng

Thứ Năm, 26/09/2024 - 09:15

Sáng 25/9, đoàn công tác của Huyện ủy Nhơn Trạch đã đến thăm, động viên cán bộ, kỹ sư, công nhân đang thi công dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4 tại xã Phước Khánh.

Theo Ban Quản lý dự án Điện lực Dầu khí, dự án có tổng công suất 1.624 MW, tổng mức đầu tư khoảng 1,4 tỷ USD, sử dụng khí LNG nhập khẩu qua kho cảng Thị Vải. Đến ngày 20/9/2024, tiến độ tổng thể đạt 82,6%; trong đó thiết kế đạt 99,8%, mua sắm thiết bị đạt 96,4%, xây dựng và lắp đặt đạt 71,2%.

Hiện có hơn 2.500 kỹ sư, công nhân làm việc trên công trường (có thời điểm lên đến 3.200 người). Trong 9 tháng năm 2024, các nhà thầu đã tuyển dụng 415 lao động là người địa phương, tăng 120 người so với cùng kỳ; mức lương bình quân từ 9 đến 14 triệu đồng/người/tháng.

Dự kiến tổ máy tuabin khí số 1 của Nhà máy Nhơn Trạch 3 hòa lưới điện quốc gia lần đầu trong quý IV; hai nhà máy vận hành thương mại trong năm 2025, mỗi năm cung cấp cho hệ thống khoảng 9 tỷ kWh.

Thời gian qua, chủ đầu tư đã hỗ trợ xã Phước Khánh 3,5 tỷ đồng xây dựng trường mầm non và 1,2 tỷ đồng nâng cấp đường Hương lộ 19. Năm 2024, số thuế nộp ngân sách trên địa bàn huyện từ dự án ước đạt 42 tỷ đồng, bằng 105% kế hoạch.

Phát biểu tại buổi làm việc, Bí thư Huyện ủy đề nghị các nhà thầu phấn đấu tuyển dụng ít nhất 30% lao động là người Nhơn Trạch, bảo đảm an toàn lao động, không để xảy ra sự cố.

Ngọc Hân (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

ASOF = P("Đến ngày 20/9/2024", None, "2024-09-20")
M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
WORKERS = "kỹ sư, công nhân làm việc trên công trường"

FIGS = [
    F("tổng công suất 1.624 MW", "1.624", 1624, "measure", "MW",
      subject="tổng công suất dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4"),
    F("khoảng 1,4 tỷ USD", "1,4", 1400000000, "money", "USD", approx="about", subject="tổng mức đầu tư dự án"),
    F("tổng thể đạt 82,6%", "82,6", 82.6, "percent", "%", subject="tiến độ tổng thể dự án", period=ASOF),
    F("thiết kế đạt 99,8%", "99,8", 99.8, "percent", "%", subject="tiến độ thiết kế", period=ASOF),
    F("thiết bị đạt 96,4%", "96,4", 96.4, "percent", "%", subject="tiến độ mua sắm thiết bị", period=ASOF),
    F("lắp đặt đạt 71,2%", "71,2", 71.2, "percent", "%", subject="tiến độ xây dựng và lắp đặt", period=ASOF),
    F("hơn 2.500 kỹ sư", "2.500", 2500, "count", "kỹ sư, công nhân", approx="over", subject=WORKERS),
    F("lên đến 3.200 người", "3.200", 3200, "count", "người",
      subject="kỹ sư, công nhân làm việc trên công trường có thời điểm cao nhất"),
    F("tuyển dụng 415 lao động", "415", 415, "count", "lao động",
      change=C("increase", 120, "người", "cùng kỳ"),
      subject="lao động là người địa phương được các nhà thầu tuyển dụng", period=M9),
    F("từ 9 đến 14 triệu", "9", 9000000, "money", "đồng/người/tháng", value_max=14000000,
      subject="mức lương bình quân lao động địa phương", period=M9),
    F("hai nhà máy vận hành", "hai", 2, "count", "nhà máy", status="forecast", optional=True,
      subject="nhà máy vận hành thương mại trong năm 2025"),
    F("khoảng 9 tỷ kWh", "9", 9000000000, "measure", "kWh", approx="about", status="forecast",
      subject="điện năng hai nhà máy cung cấp cho hệ thống mỗi năm"),
    F("Phước Khánh 3,5 tỷ", "3,5", 3500000000, "money", "đồng",
      subject="kinh phí chủ đầu tư hỗ trợ xã Phước Khánh xây dựng trường mầm non"),
    F("và 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
      subject="kinh phí chủ đầu tư hỗ trợ nâng cấp đường Hương lộ 19"),
    F("ước đạt 42 tỷ", "42", 42000000000, "money", "đồng", percent=105, status="estimate",
      subject="số thuế nộp ngân sách trên địa bàn huyện từ dự án", period=Y24),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ lao động là người Nhơn Trạch trong số lao động tuyển dụng"),
]

NOTES = [
    "District portal (huyện Nhơn Trạch, Đồng Nai): Nhơn Trạch 3 and 4 power plants (LNG via Thị Vải), progress as of 20/9/2024.",
    "Dateline 'Thứ Năm, 26/09/2024 - 09:15' gives published; byline at the end. Default location: the district Nhơn Trạch.",
    "Distractors: plant names 'Nhơn Trạch 3 và 4' / 'Nhơn Trạch 3' (headline and body), 'Sáng 25/9', '09:15', 'tổ máy tuabin khí số 1',",
    "'lần đầu', 'quý IV', 'trong năm 2025', road 'Hương lộ 19'. The component rates after 'trong đó' are percents of their own (no total).",
    "'hai nhà máy' refers back to the two plants already named (optional). 'tăng 120 người so với cùng kỳ' is the change of 415 lao động.",
    "The wage range stands in the 9-month sentence after ';' (period 9 tháng). '(có thời điểm lên đến 3.200 người)' is a bracketed peak, read as exact, no total.",
    "'đề nghị … phấn đấu tuyển dụng ít nhất 30%' is a target with no period.",
]

if __name__ == "__main__":
    write("p1224-2", TEXT, NOTES, FIGS, published="2024-09-26", location="Nhơn Trạch")

"""p1196-6: national newspaper, Đắk Nông aluminium smelter in its first months, alumina and aluminium prices."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Doanh nghiệp

Thứ Năm, 18/07/2024, 06:15 (GMT+7)

Nhà máy điện phân nhôm Đắk Nông ra lò gần 9.000 tấn nhôm

Sau hơn 4 tháng vận hành, Nhà máy điện phân nhôm Đắk Nông tại khu công nghiệp Nhân Cơ đã sản xuất gần 9.000 tấn nhôm thỏi, xuất khẩu lô hàng đầu tiên 1.200 tấn sang Nhật Bản.

Nhà máy do Công ty CP Nhôm Đắk Nông đầu tư, vốn giai đoạn 1 khoảng 11.500 tỷ đồng, công suất 150.000 tấn nhôm/năm; dự kiến khi hoàn thành cả 3 giai đoạn, công suất đạt 450.000 tấn nhôm/năm.

Theo ông Nguyễn Văn Hùng, Phó tổng giám đốc công ty, mỗi ngày nhà máy tiêu thụ khoảng 570 tấn alumin mua từ Nhà máy Alumin Nhân Cơ ngay bên cạnh, vận chuyển bằng băng tải dài 1,6 km. Nhà máy sử dụng 1.120 lao động, trong đó 65% là người địa phương; lương bình quân 12,5 triệu đồng/người/tháng. Khí thải được xử lý bằng công nghệ lọc khô, nồng độ flo trong khí thải dưới 2 mg/Nm3, đạt QCVN 19:2009/BTNMT.

Cả nước hiện có hai nhà máy alumin với tổng công suất 1,3 triệu tấn/năm. Theo Hiệp hội Nhôm Việt Nam, 6 tháng đầu năm, giá alumin xuất khẩu bình quân 378 USD/tấn, tăng 6,5% so với cùng kỳ 2023; giá nhôm thỏi trên sàn LME khoảng 2.500 USD/tấn.

Năm 2024, công ty đặt mục tiêu sản xuất 75.000 tấn nhôm, doanh thu khoảng 4.600 tỷ đồng, nộp ngân sách tỉnh ít nhất 200 tỷ đồng. Riêng quý III, nhà máy dự kiến xuất khẩu thêm 18.000 tấn.

Trần Hóa
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("ra lò gần 9.000", "9.000", 9000, "measure", "tấn", approx="nearly", subject="nhôm ra lò"),
    F("hơn 4 tháng", "4", 4, "measure", "tháng", approx="over", optional=True,
      subject="thời gian vận hành"),
    F("sản xuất gần 9.000", "9.000", 9000, "measure", "tấn", approx="nearly",
      subject="nhôm thỏi nhà máy sản xuất"),
    F("đầu tiên 1.200 tấn", "1.200", 1200, "measure", "tấn",
      subject="nhôm xuất khẩu lô hàng đầu tiên sang Nhật Bản"),
    F("khoảng 11.500 tỷ", "11.500", 11500e9, "money", "đồng", approx="about",
      subject="vốn đầu tư giai đoạn 1"),
    F("công suất 150.000 tấn", "150.000", 150000, "measure", "tấn/năm",
      subject="công suất nhà máy giai đoạn 1"),
    F("cả 3 giai đoạn", "3", 3, "count", "giai đoạn", optional=True, subject="giai đoạn đầu tư"),
    F("đạt 450.000 tấn", "450.000", 450000, "measure", "tấn/năm", status="forecast",
      subject="công suất khi hoàn thành cả 3 giai đoạn"),
    F("khoảng 570 tấn", "570", 570, "measure", "tấn/ngày", approx="about",
      subject="alumin nhà máy tiêu thụ mỗi ngày"),
    F("dài 1,6 km", "1,6", 1.6, "measure", "km", subject="chiều dài băng tải"),
    F("sử dụng 1.120 lao động", "1.120", 1120, "count", "lao động", subject="lao động nhà máy sử dụng"),
    F("65% là", "65", 65, "percent", "%", subject="tỷ lệ lao động là người địa phương"),
    F("12,5 triệu", "12,5", 12.5e6, "money", "đồng/người/tháng", subject="lương bình quân"),
    F("dưới 2 mg/Nm3", "2", 2, "measure", "mg/Nm3", approx="under",
      subject="nồng độ flo trong khí thải"),
    F("hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy alumin cả nước",
      location="Việt Nam"),
    F("công suất 1,3 triệu", "1,3", 1.3e6, "measure", "tấn/năm",
      subject="tổng công suất nhà máy alumin cả nước", location="Việt Nam"),
    F("bình quân 378 USD/tấn", "378", 378, "money", "USD/tấn",
      change=C("increase", 6.5, "%", "cùng kỳ 2023"),
      subject="giá alumin xuất khẩu bình quân", period=H1, location="Việt Nam"),
    F("khoảng 2.500 USD/tấn", "2.500", 2500, "money", "USD/tấn", approx="about",
      subject="giá nhôm thỏi trên sàn LME", period=H1, location=""),
    F("sản xuất 75.000 tấn", "75.000", 75000, "measure", "tấn", status="target",
      subject="nhôm sản xuất", period=Y24),
    F("khoảng 4.600 tỷ", "4.600", 4600e9, "money", "đồng", approx="about", status="target",
      subject="doanh thu", period=Y24),
    F("ít nhất 200 tỷ", "200", 200e9, "money", "đồng", approx="at_least", status="target",
      subject="nộp ngân sách tỉnh", period=Y24),
    F("thêm 18.000 tấn", "18.000", 18000, "measure", "tấn", status="forecast",
      subject="nhôm xuất khẩu thêm", period=Q3),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 18/07/2024, 06:15 (GMT+7)', byline at the end. Plant figures: Đắk Nông (its name; no district stated).",
    "revised after the first run: units 'tấn nhôm/năm' → 'tấn/năm' (shortest noun phrase; the metal belongs to the subject, not the unit).",
    "National figures ('Cả nước', Hiệp hội Nhôm Việt Nam) → Việt Nam; the LME price is a world price with no place (location null).",
    "Distractors: time 06:15, '(GMT+7)', 'giai đoạn 1', 'lô hàng đầu tiên', the '3' of 'Nm3', 'QCVN 19:2009/BTNMT'.",
    "'6 tháng đầu năm' takes 2024 from the dateline (and from 'cùng kỳ 2023'). 'Riêng quý III … dự kiến' → forecast, 2024-Q3.",
    "'Sau hơn 4 tháng vận hành' locates the output in time (optional); 'cả 3 giai đoạn' counts phases of a plan (optional).",
    "'dự kiến khi hoàn thành …, công suất đạt 450.000' → forecast; 'mỗi ngày … khoảng 570 tấn' → rate tấn/ngày.",
    "'đặt mục tiêu' governs the list after it (75.000 tấn, 4.600 tỷ, ít nhất 200 tỷ) → target.",
]

if __name__ == "__main__":
    write("p1196-6", TEXT, NOTES, FIGS, published="2024-07-18", location="Đắk Nông")

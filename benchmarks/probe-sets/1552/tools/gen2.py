"""p1552-2: district portal (huyện Đức Hòa, Long An): a paper-cup maker expands and creates jobs."""
from lib import F, P, inh, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Tỉnh Long An

Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Doanh nghiệp cốc giấy mở rộng sản xuất, tạo việc làm cho hơn 400 lao động

Ngày đăng: 03/06/2024 - 10:20

Sáng 31/5, đoàn công tác UBND huyện do ông Lê Văn Thành, Phó Chủ tịch UBND huyện làm trưởng đoàn đã đến thăm và làm việc tại Công ty cổ phần Giấy Thuận Phong, đóng tại Khu công nghiệp Tân Đức, xã Đức Hòa Hạ.

Được thành lập năm 2018, công ty hiện vận hành hai nhà xưởng với tổng diện tích 2,4 ha và 27 máy tạo cốc tự động. Năm 2023, công ty sản xuất 312 triệu cốc giấy các loại, doanh thu đạt 268 tỷ đồng, tăng 15,6% so với năm 2022; nộp ngân sách gần 11 tỷ đồng. 5 tháng đầu năm 2024, sản lượng đạt khoảng 145 triệu cốc, bằng 42% kế hoạch năm.

Công ty hiện có 436 lao động, trong đó lao động địa phương chiếm 70%; thu nhập bình quân 8,7 triệu đồng/người/tháng.

Năm 2024, công ty dự kiến đầu tư thêm 8 máy tạo cốc và một dây chuyền in flexo với tổng vốn khoảng 35 tỷ đồng, nâng công suất lên 420 triệu cốc/năm.

Trên địa bàn huyện hiện có 6 doanh nghiệp sản xuất cốc giấy, ống hút giấy và bao bì giấy, giải quyết việc làm cho khoảng 1.300 lao động.

Phó Chủ tịch UBND huyện đề nghị công ty tiếp tục bảo đảm an toàn phòng cháy, chữa cháy, thực hiện đầy đủ chế độ bảo hiểm cho người lao động và phối hợp với địa phương ưu tiên tuyển dụng lao động tại chỗ.

Tin: Ngọc Trâm - Trung tâm VH,TT&TT huyện

Các tin khác:
- Đức Hòa: Sơ kết công tác 6 tháng đầu năm 2024
- Xã Hựu Thạnh ra mắt mô hình "Khu dân cư 3 không"

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.246
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 400 lao động", "400", 400, "count", "lao động", approx="over",
      subject="lao động được tạo việc làm"),
    F("hai nhà xưởng", "hai", 2, "count", "nhà xưởng", subject="nhà xưởng công ty vận hành"),
    F("2,4 ha", "2,4", 2.4, "measure", "ha", subject="tổng diện tích nhà xưởng"),
    F("27 máy", "27", 27, "count", "máy tạo cốc", subject="máy tạo cốc tự động"),
    F("sản xuất 312 triệu", "312", 312e6, "count", "cốc giấy",
      subject="cốc giấy các loại công ty sản xuất", period=Y23),
    F("đạt 268 tỷ", "268", 268e9, "money", "đồng", change=C("increase", 15.6, "%", "năm 2022"),
      subject="doanh thu", period=Y23),
    F("gần 11 tỷ", "11", 11e9, "money", "đồng", approx="nearly", subject="nộp ngân sách", period=Y23),
    F("khoảng 145 triệu", "145", 145e6, "count", "cốc", approx="about", percent=42,
      subject="sản lượng", period=M5),
    F("có 436 lao động", "436", 436, "count", "lao động", subject="lao động của công ty"),
    F("chiếm 70%", "70", 70, "percent", "%", subject="lao động địa phương"),
    F("8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("thêm 8 máy", "8", 8, "count", "máy tạo cốc", status="forecast",
      subject="máy tạo cốc đầu tư thêm", period=Y24),
    F("một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
      subject="dây chuyền in flexo", period=Y24),
    F("khoảng 35 tỷ", "35", 35e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn đầu tư", period=Y24),
    F("lên 420 triệu", "420", 420e6, "measure", "cốc/năm", status="forecast",
      subject="công suất", period=Y24),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất cốc giấy, ống hút giấy và bao bì giấy"),
    F("khoảng 1.300 lao động", "1.300", 1300, "count", "lao động", approx="about",
      subject="lao động được giải quyết việc làm"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, 'Ngày đăng: 03/06/2024 - 10:20', 'Các tin khác', address footer.",
    "Distractors: 'Sáng 31/5', founding year 'năm 2018', KCN Tân Đức, 10:20, '6 tháng đầu năm 2024' in a link title,",
    "'Khu dân cư 3 không' (a name), 'Khu phố 3', phone 0272.3851.246.",
    "Every figure is located in Đức Hòa (the district portal; the company sits in the district).",
    "'lao động địa phương chiếm 70%' after 'trong đó' is a percent figure of its own (a percent has no whole in lao động).",
    "'bằng 42% kế hoạch năm' is the percent attribute of 145 triệu cốc. 'dự kiến' governs the whole 2024 sentence (forecast).",
    "Capacities are measures with the time denominator (cốc/năm); produced cups are counts.",
]

if __name__ == "__main__":
    write("p1552-2", TEXT, NOTES, FIGS, published="2024-06-03", location="Đức Hòa")

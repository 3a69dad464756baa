"""p856-3: formal report, UBND tỉnh Bình Dương, motorbike emission control 9 months 2024, flattened | table."""
from lib import F, P, I, C, write, main

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm soát khí thải xe mô tô, xe gắn máy 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 1502/KH-UBND ngày 28/3/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra khí thải
Trong 9 tháng đầu năm 2024, Sở Tài nguyên và Môi trường phối hợp Công an tỉnh tổ chức 38 đợt kiểm tra khí thải tại 4 địa phương, đạt 79,2% kế hoạch năm. Kết quả như sau:

Đơn vị tính: lượt xe
Địa phương | Số xe kiểm tra | Đạt | Không đạt
Thủ Dầu Một | 3.420 | 3.012 | 408
Dĩ An | 2.865 | 2.497 | 368
Thuận An | 2.710 | 2.371 | 339
Bến Cát | 1.185 | 1.046 | 139
Tổng cộng | 10.180 | 8.926 | 1.254

Tỷ lệ xe không đạt chung là 12,3%, giảm 2,1 điểm phần trăm so với cùng kỳ năm 2023; riêng xe sử dụng trên 12 năm có tỷ lệ không đạt 27,5%.

2. Tuyên truyền, hỗ trợ chuyển đổi
Tổ chức 46 buổi tuyên truyền với hơn 5.200 lượt người tham dự. Phối hợp doanh nghiệp thu đổi 672 xe máy cũ lấy xe máy điện, mức hỗ trợ bình quân 2,5 triệu đồng/xe.

3. Chất lượng không khí
Tại 6 trạm quan trắc tự động, tỷ lệ số ngày có AQI ở mức tốt và trung bình đạt 93,4%; nồng độ bụi PM2.5 trung bình 24,7 µg/m3.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu tổ chức thêm 10 đợt kiểm tra; ước cả năm kiểm tra khoảng 13.600 lượt xe.
2. Dự kiến thu đổi thêm 300 xe máy cũ.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_I = I(NINE)
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, subject, place):
    return F(anchor, number, value, "count", "lượt xe", subject=subject, period=NINE_I, location=place)


FIGS = [
    F("tổ chức 38 đợt", "38", 38, "count", "đợt", percent=79.2,
      subject="đợt kiểm tra khí thải xe mô tô, xe gắn máy", period=NINE),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", subject="địa phương được kiểm tra khí thải", period=NINE),
    cell("Thủ Dầu Một | 3.420", "3.420", 3420, "số xe kiểm tra", "Thủ Dầu Một"),
    cell("| 3.012", "3.012", 3012, "số xe đạt", "Thủ Dầu Một"),
    cell("| 408", "408", 408, "số xe không đạt", "Thủ Dầu Một"),
    cell("Dĩ An | 2.865", "2.865", 2865, "số xe kiểm tra", "Dĩ An"),
    cell("| 2.497", "2.497", 2497, "số xe đạt", "Dĩ An"),
    cell("| 368", "368", 368, "số xe không đạt", "Dĩ An"),
    cell("Thuận An | 2.710", "2.710", 2710, "số xe kiểm tra", "Thuận An"),
    cell("| 2.371", "2.371", 2371, "số xe đạt", "Thuận An"),
    cell("| 339", "339", 339, "số xe không đạt", "Thuận An"),
    cell("Bến Cát | 1.185", "1.185", 1185, "số xe kiểm tra", "Bến Cát"),
    cell("| 1.046", "1.046", 1046, "số xe đạt", "Bến Cát"),
    cell("| 139", "139", 139, "số xe không đạt", "Bến Cát"),
    cell("Tổng cộng | 10.180", "10.180", 10180, "tổng cộng số xe kiểm tra", "Bình Dương"),
    cell("| 8.926", "8.926", 8926, "tổng cộng số xe đạt", "Bình Dương"),
    cell("| 1.254", "1.254", 1254, "tổng cộng số xe không đạt", "Bình Dương"),
    F("chung là 12,3%", "12,3", 12.3, "percent", "%", change=C("decrease", 2.1, "điểm phần trăm", "cùng kỳ năm 2023"),
      subject="tỷ lệ xe không đạt khí thải chung", period=NINE_I),
    F("sử dụng trên 12 năm", "12", 12, "measure", "năm", approx="over", optional=True),
    F("không đạt 27,5%", "27,5", 27.5, "percent", "%",
      subject="tỷ lệ không đạt khí thải của xe sử dụng trên 12 năm", period=NINE_I),
    F("46 buổi", "46", 46, "count", "buổi", subject="buổi tuyên truyền"),
    F("hơn 5.200 lượt người", "5.200", 5200, "count", "lượt người", approx="over",
      subject="lượt người tham dự tuyên truyền"),
    F("672 xe máy cũ", "672", 672, "count", "xe máy cũ", subject="xe máy cũ thu đổi lấy xe máy điện"),
    F("2,5 triệu đồng/xe", "2,5", 2500000, "money", "đồng/xe", subject="mức hỗ trợ bình quân thu đổi xe máy cũ"),
    F("6 trạm", "6", 6, "count", "trạm", subject="trạm quan trắc không khí tự động"),
    F("đạt 93,4%", "93,4", 93.4, "percent", "%", subject="tỷ lệ số ngày có AQI ở mức tốt và trung bình"),
    F("24,7 µg/m3", "24,7", 24.7, "measure", "µg/m3", subject="nồng độ bụi PM2.5 trung bình"),
    F("thêm 10 đợt", "10", 10, "count", "đợt", status="target", subject="đợt kiểm tra khí thải tổ chức thêm",
      period=I(Q4)),
    F("khoảng 13.600 lượt xe", "13.600", 13600, "count", "lượt xe", approx="about", status="estimate",
      subject="lượt xe kiểm tra khí thải cả năm", period=Y24),
    F("thêm 300 xe", "300", 300, "count", "xe máy cũ", status="forecast", subject="xe máy cũ thu đổi thêm",
      period=I(Q4)),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Dương, Số: 287/BC-UBND), 9 months 2024, flattened | table by locality.",
    "Distractors: Số 287/BC-UBND, Kế hoạch số 1502/KH-UBND ngày 28/3/2024, section numbers I./II./1./2./3., PM2.5, 'QUÝ IV/2024' heading.",
    "Table cells: subject = column label, row place -> location, unit from 'Đơn vị tính: lượt xe', period from the paragraph above (inherited);",
    "the Tổng cộng row is located in the province; no totals on cells. 38 đợt 'đạt 79,2% kế hoạch năm' -> percent.",
    "Sections 2 and 3 name no period (the report title covers them, but no phrase stands in their paragraphs): no period.",
    "Section II items are under the heading 'NHIỆM VỤ QUÝ IV/2024' (inherited). Item 1 'Phấn đấu ... thêm 10 đợt' -> target;",
    "'ước cả năm ... khoảng 13.600' -> estimate, period 'cả năm' = 2024. Item 2 'Dự kiến' -> forecast.",
]


def build():
    return write("p856-3", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")


if __name__ == "__main__":
    main(build)

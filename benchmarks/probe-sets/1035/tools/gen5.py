"""p1035-5: Party/provincial newspaper (Báo Hải Dương), VAT refunds in 2024, byline and bare date at the end."""
from lib import F, P, I, CH, T, write

TEXT = """Hoàn thuế giá trị gia tăng kịp thời, tiếp sức cho doanh nghiệp

Năm 2024, Cục Thuế Hải Dương đã hoàn thuế giá trị gia tăng (GTGT) cho 152 doanh nghiệp với tổng số tiền ước đạt gần 3.120 tỷ đồng, tăng 27,5% so với năm 2023. Trong đó, 3 doanh nghiệp FDI sản xuất linh kiện điện tử được hoàn nhiều nhất với tổng số tiền 1.437 tỷ đồng, chiếm 46,1% tổng số tiền hoàn thuế của toàn tỉnh.

Phần lớn doanh nghiệp được hoàn hoạt động tại các khu công nghiệp dọc Quốc lộ 5 và Quốc lộ 37 như Đại An, Nam Sách, Phúc Điền. Thời gian giải quyết hồ sơ hoàn trước, kiểm tra sau bình quân chỉ 2,5 ngày làm việc; 100% hồ sơ được giải quyết đúng và trước hạn. Cục Thuế cũng đã tổ chức hội nghị đối thoại với doanh nghiệp lần thứ 3 về thủ tục hoàn thuế, giải đáp các vướng mắc về hóa đơn đầu vào.

Bên cạnh đó, qua kiểm tra sau hoàn thuế tại 38 doanh nghiệp, Cục Thuế phát hiện 6 doanh nghiệp sử dụng hóa đơn không hợp pháp, thu hồi số thuế đã hoàn 4,35 tỷ đồng và phạt hơn 870 triệu đồng.

Theo ông Phạm Văn Bảy, Phó Cục trưởng Cục Thuế tỉnh, năm 2025, đơn vị đặt mục tiêu rút ngắn thời gian giải quyết hồ sơ hoàn trước xuống dưới 2 ngày làm việc. Dự kiến số tiền hoàn năm 2025 khoảng 3.500 tỷ đồng, do nhiều dự án mới tại KCN Gia Lộc, Lai Vu đi vào sản xuất. Hiện Cục Thuế đang xử lý 12 hồ sơ với số tiền đề nghị hoàn hơn 210 tỷ đồng.

MINH HUỆ
20/01/2025
"""

B, M = 1e9, 1e6
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("cho 152 doanh nghiệp", "152", 152, "count", "doanh nghiệp",
      subject="doanh nghiệp được hoàn thuế GTGT", period=Y24),
    F("gần 3.120 tỷ đồng", "3.120", 3120 * B, "money", "đồng", approx="nearly", status="estimate",
      change=CH("increase", 27.5, "%", "năm 2023"),
      subject="tổng số tiền hoàn thuế GTGT", period=Y24),
    F("Trong đó, 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=152,
      subject="doanh nghiệp FDI sản xuất linh kiện điện tử được hoàn nhiều nhất", period=I(Y24)),
    F("tổng số tiền 1.437 tỷ đồng", "1.437", 1437 * B, "money", "đồng", total=3120 * B, percent=46.1,
      subject="số tiền hoàn cho doanh nghiệp FDI sản xuất linh kiện điện tử", period=I(Y24)),
    F("bình quân chỉ 2,5 ngày làm việc", "2,5", 2.5, "measure", "ngày làm việc",
      subject="thời gian giải quyết hồ sơ hoàn trước, kiểm tra sau", period=I(Y24)),
    F("100% hồ sơ được giải quyết", "100", 100, "percent", "%",
      subject="hồ sơ được giải quyết đúng và trước hạn", period=I(Y24)),
    F("tại 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
      subject="doanh nghiệp được kiểm tra sau hoàn thuế", period=I(Y24)),
    F("phát hiện 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp sử dụng hóa đơn không hợp pháp", period=I(Y24)),
    F("đã hoàn 4,35 tỷ đồng", "4,35", 4.35 * B, "money", "đồng",
      subject="số thuế đã hoàn bị thu hồi", period=I(Y24)),
    F("phạt hơn 870 triệu đồng", "870", 870 * M, "money", "đồng", approx="over",
      subject="tiền phạt", period=I(Y24)),
    F("dưới 2 ngày làm việc", "2", 2, "measure", "ngày làm việc", approx="under", status="target",
      subject="thời gian giải quyết hồ sơ hoàn trước",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 3.500 tỷ đồng", "3.500", 3500 * B, "money", "đồng", approx="about", status="forecast",
      subject="số tiền hoàn thuế", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("xử lý 12 hồ sơ", "12", 12, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế đang xử lý"),
    F("hơn 210 tỷ đồng", "210", 210 * B, "money", "đồng", approx="over",
      subject="số tiền đề nghị hoàn của hồ sơ đang xử lý"),
]

COMMENTS = [
    "Báo Hải Dương (provincial Party paper): hoàn thuế GTGT năm 2024, byline 'MINH HUỆ' and bare date '20/01/2025' at the end. Invented (probe 1035).",
    "Not figures: 'Quốc lộ 5', 'Quốc lộ 37', 'lần thứ 3' (an ordinal), the name 'Phạm Văn Bảy', the KCN names.",
    "'Trong đó, 3 doanh nghiệp ... 1.437 tỷ đồng': both parts take the whole of their own unit (152 doanh nghiệp, 3.120 tỷ đồng).",
    "'phát hiện 6 doanh nghiệp' after 'tại 38 doanh nghiệp' has no part-of cue: no total. 'Hiện' (now) gives no period.",
    "'ước đạt gần 3.120 tỷ' is an estimate (nearly); 'đặt mục tiêu ... xuống dưới 2 ngày' a target (under); 'Dự kiến' a forecast.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, COMMENTS, published="2025-01-20", location="Hải Dương")

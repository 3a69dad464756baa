"""p1035-4: ministry site (Bộ Tài chính), national VAT refunds 9 months 2023."""
from lib import F, P, I, CH, T, write

TEXT = """BỘ TÀI CHÍNH
Trang chủ > Tin tức > Tin tài chính
Ngày đăng: 05/10/2023 | Lượt xem: 1.274

Đẩy nhanh tiến độ hoàn thuế giá trị gia tăng cho doanh nghiệp

(Tài chính) - Theo báo cáo của Tổng cục Thuế, lũy kế 9 tháng năm 2023, cơ quan thuế các cấp đã ban hành 14.826 quyết định hoàn thuế giá trị gia tăng (GTGT) với tổng số tiền 112.571 tỷ đồng, đạt 74,9% dự toán, tăng 8,1% so với cùng kỳ năm 2022. Trong đó, hoàn trước, kiểm tra sau là 12.405 quyết định với số tiền 76.903 tỷ đồng. Riêng tháng 9/2023, số tiền hoàn của toàn ngành ước đạt khoảng 16.700 tỷ đồng, cao nhất từ đầu năm.

Các địa phương có số tiền hoàn lớn nhất là TP Hồ Chí Minh (21.940 tỷ đồng), Bình Dương (9.130 tỷ đồng), Bắc Ninh (8.764 tỷ đồng) và Đồng Nai (7.215 tỷ đồng); số tiền hoàn của 4 địa phương này chiếm 41,8% cả nước.

Đến ngày 30/9/2023, toàn ngành còn 2.036 hồ sơ đang giải quyết với số tiền đề nghị hoàn 9.482 tỷ đồng; trong đó có 317 hồ sơ quá hạn, chủ yếu liên quan đến hóa đơn của doanh nghiệp bỏ địa chỉ kinh doanh. Thời gian giải quyết bình quân đối với hồ sơ hoàn trước là 3,5 ngày, giảm gần 1 ngày so với năm 2022.

Theo Nghị định số 126/2020/NĐ-CP, cơ quan thuế phải giải quyết hồ sơ hoàn trước trong 6 ngày làm việc. Lãnh đạo Tổng cục Thuế yêu cầu các Cục Thuế phấn đấu giải quyết 100% hồ sơ đủ điều kiện trước ngày 31/12/2023; dự kiến tổng số hoàn thuế GTGT cả năm 2023 khoảng 150.000 tỷ đồng, bằng 99,8% dự toán được Quốc hội giao.

Trụ sở: Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2828
"""

B = 1e9
M9 = P("lũy kế 9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("Đến ngày 30/9/2023", None, "2023-09-30")
SUBJ = "số tiền hoàn thuế GTGT"
FIGS = [
    F("ban hành 14.826 quyết định", "14.826", 14826, "count", "quyết định",
      subject="quyết định hoàn thuế GTGT được ban hành", period=M9),
    F("tổng số tiền 112.571 tỷ đồng", "112.571", 112571 * B, "money", "đồng", percent=74.9,
      change=CH("increase", 8.1, "%", "cùng kỳ năm 2022"),
      subject="tổng số tiền hoàn thuế GTGT", period=M9),
    F("là 12.405 quyết định", "12.405", 12405, "count", "quyết định", total=14826,
      subject="quyết định hoàn trước, kiểm tra sau", period=I(M9)),
    F("số tiền 76.903 tỷ đồng", "76.903", 76903 * B, "money", "đồng", total=112571 * B,
      subject="số tiền hoàn trước, kiểm tra sau", period=I(M9)),
    F("khoảng 16.700 tỷ đồng", "16.700", 16700 * B, "money", "đồng", approx="about", status="estimate",
      subject="số tiền hoàn thuế GTGT toàn ngành", period=P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("TP Hồ Chí Minh (21.940 tỷ đồng)", "21.940", 21940 * B, "money", "đồng",
      subject=SUBJ, period=I(M9), location="TP Hồ Chí Minh"),
    F("Bình Dương (9.130 tỷ đồng)", "9.130", 9130 * B, "money", "đồng",
      subject=SUBJ, period=I(M9), location="Bình Dương"),
    F("Bắc Ninh (8.764 tỷ đồng)", "8.764", 8764 * B, "money", "đồng",
      subject=SUBJ, period=I(M9), location="Bắc Ninh"),
    F("Đồng Nai (7.215 tỷ đồng)", "7.215", 7215 * B, "money", "đồng",
      subject=SUBJ, period=I(M9), location="Đồng Nai"),
    F("của 4 địa phương", "4", 4, "count", "địa phương", optional=True),
    F("chiếm 41,8% cả nước", "41,8", 41.8, "percent", "%",
      subject="tỷ trọng số tiền hoàn của 4 địa phương trong cả nước", period=I(M9)),
    F("còn 2.036 hồ sơ", "2.036", 2036, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế đang giải quyết", period=ASOF),
    F("đề nghị hoàn 9.482 tỷ đồng", "9.482", 9482 * B, "money", "đồng",
      subject="số tiền đề nghị hoàn của hồ sơ đang giải quyết", period=ASOF),
    F("có 317 hồ sơ", "317", 317, "count", "hồ sơ", total=2036,
      subject="hồ sơ quá hạn", period=ASOF),
    F("là 3,5 ngày", "3,5", 3.5, "measure", "ngày",
      change=CH("decrease", 1, "ngày", "năm 2022", approx="nearly"),
      subject="thời gian giải quyết bình quân hồ sơ hoàn trước", period=I(M9)),
    F("trong 6 ngày làm việc", "6", 6, "measure", "ngày làm việc",
      subject="thời hạn giải quyết hồ sơ hoàn trước", optional=True),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%", status="target",
      subject="hồ sơ đủ điều kiện được giải quyết",
      period=P("trước ngày 31/12/2023", None, "2023-12-31")),
    F("khoảng 150.000 tỷ đồng", "150.000", 150000 * B, "money", "đồng", approx="about",
      status="forecast", percent=99.8, subject="tổng số hoàn thuế GTGT cả năm",
      period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Bộ Tài chính site (ministry): Tổng cục Thuế, hoàn thuế GTGT lũy kế 9 tháng năm 2023, national. Invented (probe 1035).",
    "'Ngày đăng: 05/10/2023' gives published; 'Lượt xem: 1.274', 'Nghị định số 126/2020/NĐ-CP', the address and phone are not figures.",
    "Province items of the list keep the list's indicator as subject, the province as location. '4 địa phương này' restates the list",
    "(optional); its 41,8% share of the national total is a percent figure of its own, location Việt Nam.",
    "'ước đạt khoảng 16.700 tỷ đồng' (tháng 9/2023): estimate, about.",
    "The legal time limit 'trong 6 ngày làm việc' is a rule, not a result: optional. 'trước ngày 31/12/2023' (a deadline) gives end 2023-12-31.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, COMMENTS, published="2023-10-05", location="Việt Nam")

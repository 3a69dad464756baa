from lib import F, P, I, C, T, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ
Ngày đăng: 05/11/2024 | Lượt xem: 1.204

Đẩy nhanh chuyển đổi xanh phương tiện giao thông đường bộ

Theo báo cáo của Cục Đăng kiểm Việt Nam, tính đến ngày 30/9/2024, cả nước có 136.520 ô tô điện đang lưu hành, chiếm khoảng 2,6% tổng số ô tô; riêng 9 tháng năm 2024 có 58.740 ô tô điện được cấp đăng ký mới, tăng 81,5% so với cùng kỳ năm 2023.

Về vận tải công cộng, cả nước hiện có 1.264 xe buýt điện hoạt động tại 11 tỉnh, thành phố, chiếm 9,8% tổng số xe buýt. Dẫn đầu là Hà Nội và TP Hồ Chí Minh với lần lượt 537 xe và 218 xe, tiếp đến là Kiên Giang 96 xe, Hải Phòng 64 xe. Số taxi điện đạt khoảng 19.000 xe. So với cuối năm 2023, con số này đã gấp 3 lần.

Hạ tầng sạc có trên 150.000 cổng sạc tại 63/63 tỉnh, thành phố, trong đó khoảng 7.500 cổng sạc nhanh DC công suất từ 60 kW đến 250 kW.

Phát biểu tại hội nghị lần thứ 2 về giao thông xanh, Thứ trưởng Nguyễn Danh Huy cho biết, theo Quyết định số 876/QĐ-TTg, đến năm 2030 ít nhất 50% xe buýt và 100% xe taxi thay thế, đầu tư mới phải sử dụng điện, năng lượng xanh. Tổng nhu cầu vốn đầu tư hạ tầng sạc giai đoạn 2025-2030 dự kiến khoảng 2,4 tỷ USD. Bộ đề nghị các địa phương dành quỹ đất cho trạm sạc tại bến xe, trạm dừng nghỉ trên các tuyến cao tốc Bắc - Nam.

Cổng Thông tin điện tử Bộ Giao thông vận tải
Địa chỉ: Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015
"""

S30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 136.520 ô tô điện", "136.520", 136520, "count", "ô tô điện", "ô tô điện đang lưu hành", S30, percent=2.6),
    F("có 58.740 ô tô điện", "58.740", 58740, "count", "ô tô điện", "ô tô điện được cấp đăng ký mới",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), change=C("increase", 81.5, "%", "cùng kỳ năm 2023")),
    F("có 1.264 xe buýt điện", "1.264", 1264, "count", "xe buýt điện", "xe buýt điện hoạt động", percent=9.8),
    F("tại 11 tỉnh, thành phố", "11", 11, "count", "tỉnh, thành phố", "tỉnh, thành phố có xe buýt điện"),
    F("lần lượt 537 xe", "537", 537, "count", "xe", "xe buýt điện", location="Hà Nội"),
    F("537 xe và 218 xe", "218", 218, "count", "xe", "xe buýt điện", location="TP Hồ Chí Minh"),
    F("Kiên Giang 96 xe", "96", 96, "count", "xe", "xe buýt điện", location="Kiên Giang"),
    F("Hải Phòng 64 xe", "64", 64, "count", "xe", "xe buýt điện", location="Hải Phòng"),
    F("khoảng 19.000 xe", "19.000", 19000, "count", "xe", "taxi điện", approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số taxi điện so với cuối năm 2023"),
    F("trên 150.000 cổng sạc", "150.000", 150000, "count", "cổng sạc", "cổng sạc", approx="over"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có hạ tầng sạc", total=63),
    F("khoảng 7.500 cổng sạc nhanh", "7.500", 7500, "count", "cổng sạc nhanh", "cổng sạc nhanh DC", approx="about", total=150000),
    F("từ 60 kW đến 250 kW", "60", 60, "measure", "kW", "công suất cổng sạc nhanh DC", value_max=250, optional=True),
    F("ít nhất 50% xe buýt", "50", 50, "percent", "%", "xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh", T30,
      approx="at_least", status="target"),
    F("100% xe taxi", "100", 100, "percent", "%", "xe taxi thay thế, đầu tư mới sử dụng điện, năng lượng xanh", T30, status="target"),
    F("khoảng 2,4 tỷ USD", "2,4", 2.4e9, "money", "USD", "tổng nhu cầu vốn đầu tư hạ tầng sạc",
      P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Ministry of Transport portal, national (Việt Nam): EV fleet as of 30/9/2024, registrations 9M/2024, electric buses by city, taxis,",
    "charging ports, 2030 targets. 'Ngày đăng: 05/11/2024 | Lượt xem: 1.204'. Bus list: list items share the indicator 'xe buýt điện',",
    "each place is its location; the list does not follow a part-of cue and does not add up to 1.264: no total.",
    "'So với cuối năm 2023, con số này đã gấp 3 lần.' stands alone as the claim: a multiple. '60 kW đến 250 kW' is a class spec: optional.",
    "'hiện'/'đạt' without a period phrase: no period. 'khoảng 7.500 cổng sạc nhanh' after 'trong đó' takes total 150.000.",
    "Distractors: Quyết định số 876/QĐ-TTg, 'hội nghị lần thứ 2', address Số 80 Trần Hưng Đạo, phone 024.3942.4015, 1.204 views.",
]

write("p966-4", TEXT, NOTES, FIGS, published="2024-11-05", location="Việt Nam")

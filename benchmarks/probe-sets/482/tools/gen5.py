"""p482-5: Báo Cần Thơ (Party newspaper) — city buses 2023, byline and date at the end."""
from lib import F, P, I, CH, TG, emit

TEXT = """Báo Cần Thơ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Cần Thơ
Kinh tế › Giao thông

Xe buýt Cần Thơ nỗ lực giữ chân hành khách

Năm 2023, 8 tuyến xe buýt trên địa bàn TP Cần Thơ vận chuyển được 1.126.400 lượt hành khách, tăng 21,3% so với năm 2022, song chỉ đạt 80,5% kế hoạch. Trong số 8 tuyến, có 5 tuyến được trợ giá từ ngân sách thành phố với tổng kinh phí 27,4 tỷ đồng.

Các tuyến kết nối quận Ninh Kiều với các huyện Phong Điền (2 tuyến), Thới Lai (1 tuyến), Cờ Đỏ (1 tuyến) và quận Ô Môn (2 tuyến). Tuyến số 1 (Ninh Kiều - Ô Môn) chạy dọc Quốc lộ 91 có lượng khách đông nhất, bình quân gần 1.100 lượt/ngày, cao điểm lên tới 1.450 lượt/ngày.

Theo ông Trần Văn Hải, Giám đốc Trung tâm Quản lý vận tải hành khách công cộng, trong năm 2023 đơn vị đã đưa vào khai thác 30 xe buýt mới loại 40 chỗ, thay thế các xe đã chạy hơn 10 năm. Giá vé giữ nguyên 6.000-10.000 đồng/lượt tùy cự ly. Nhờ đó, hệ số sử dụng ghế bình quân đạt 42%, tăng 7 điểm phần trăm so với năm trước.

Thành phố phấn đấu đến năm 2025 nâng số tuyến lên 14 tuyến, sản lượng vận chuyển đạt 2 triệu lượt khách. Trong năm 2024, dự kiến mở mới tuyến Cái Răng - Phong Điền dài khoảng 28 km với 10 xe buýt điện, điểm đầu tại Bến xe Trung tâm trên đường Nguyễn Văn Linh.

BÍCH NGỌC
25/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LINK = "tuyến xe buýt kết nối quận Ninh Kiều"

FIGS = [
    F("Năm 2023, 8 tuyến", "8", 8, "count", "tuyến", subject="tuyến xe buýt", period=Y23),
    F("được 1.126.400 lượt", "1.126.400", 1126400, "count", "lượt hành khách", percent=80.5,
      change=CH("increase", 21.3, baseline="năm 2022"), subject="lượt hành khách xe buýt vận chuyển", period=Y23),
    F("Trong số 8 tuyến", "8", 8, "count", "tuyến", subject="tuyến xe buýt", period=I(Y23), optional=True),
    F("có 5 tuyến", "5", 5, "count", "tuyến", total=8, subject="tuyến được trợ giá từ ngân sách thành phố",
      period=I(Y23)),
    F("phí 27,4 tỷ đồng", "27,4", 27400000000, "money", "đồng", subject="tổng kinh phí trợ giá", period=I(Y23)),
    F("Phong Điền (2 tuyến)", "2", 2, "count", "tuyến", subject=LINK, location="Phong Điền"),
    F("Thới Lai (1 tuyến)", "1", 1, "count", "tuyến", subject=LINK, location="Thới Lai"),
    F("Cờ Đỏ (1 tuyến)", "1", 1, "count", "tuyến", subject=LINK, location="Cờ Đỏ"),
    F("Ô Môn (2 tuyến)", "2", 2, "count", "tuyến", subject=LINK, location="Ô Môn"),
    F("gần 1.100 lượt/ngày", "1.100", 1100, "measure", "lượt/ngày", approx="nearly",
      subject="lượng khách bình quân tuyến số 1 (Ninh Kiều - Ô Môn)"),
    F("tới 1.450 lượt/ngày", "1.450", 1450, "measure", "lượt/ngày",
      subject="lượng khách cao điểm tuyến số 1 (Ninh Kiều - Ô Môn)"),
    F("khai thác 30 xe buýt", "30", 30, "count", "xe buýt", subject="xe buýt mới đưa vào khai thác", period=Y23b),
    F("loại 40 chỗ", "40", 40, "measure", "chỗ", subject="loại xe buýt mới", optional=True),
    F("hơn 10 năm", "10", 10, "measure", "năm", approx="over", subject="thời gian xe đã chạy", optional=True),
    F("nguyên 6.000-10.000 đồng/lượt", "6.000", 6000, "money", "đồng/lượt", value_max=10000, subject="giá vé"),
    F("đạt 42%", "42", 42, "percent", "%", change=CH("increase", 7, unit="điểm phần trăm", baseline="năm trước"),
      subject="hệ số sử dụng ghế bình quân", period=I(Y23)),
    F("lên 14 tuyến", "14", 14, "count", "tuyến", status="target", subject="số tuyến xe buýt", period=T25),
    F("đạt 2 triệu lượt khách", "2", 2000000, "count", "lượt khách", status="target",
      subject="sản lượng vận chuyển", period=T25),
    F("khoảng 28 km", "28", 28, "measure", "km", approx="about", status="forecast",
      subject="chiều dài tuyến Cái Răng - Phong Điền", period=Y24),
    F("với 10 xe buýt điện", "10", 10, "count", "xe buýt điện", status="forecast",
      subject="xe buýt điện tuyến Cái Răng - Phong Điền", period=Y24),
]

COMMENTS = [
    "Báo Cần Thơ (Party newspaper): xe buýt TP Cần Thơ năm 2023, byline 'BÍCH NGỌC' and bare date '25/01/2024' at the end.",
    "District list 'Phong Điền (2 tuyến), Thới Lai (1 tuyến) …' → location per item, subject the list's indicator; no total (6 ≠ 8, no cue).",
    "'Trong số 8 tuyến, có 5 tuyến' → total 8; the restated 8 is optional. '42%, tăng 7 điểm phần trăm so với năm trước' → change on the level.",
    "Optional: vehicle class 'loại 40 chỗ', age 'hơn 10 năm'. Distractors: 'Tuyến số 1', 'Quốc lộ 91', route/terminal names, the date line.",
    "The new route Cái Răng - Phong Điền spans districts: location stays Cần Thơ.",
]

if __name__ == "__main__":
    emit("p482-5", TEXT, COMMENTS, FIGS, published="2024-01-25", location="Cần Thơ")

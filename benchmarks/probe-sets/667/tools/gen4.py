"""p667-4: Bộ Tài nguyên và Môi trường site — national air quality monitoring network and results 2023, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Môi trường

Năm 2023: Cả nước có 103 trạm quan trắc không khí tự động, liên tục
05/03/2024 10:32

(Monre.gov.vn) - Theo báo cáo của Cục Kiểm soát ô nhiễm môi trường, tính đến hết năm 2023, cả nước có 103 trạm quan trắc không khí tự động, liên tục đang vận hành, tăng 39 trạm so với năm 2020, phân bố tại 51/63 tỉnh, thành phố; trong đó 27 trạm do Bộ Tài nguyên và Môi trường quản lý.

Kết quả quan trắc năm 2023 cho thấy, ô nhiễm bụi mịn vẫn là vấn đề nổi cộm tại các đô thị lớn, nhất là ở miền Bắc. Nồng độ PM2.5 trung bình năm tại Hà Nội và TP Hồ Chí Minh lần lượt là 41,2 µg/m³ và 27,6 µg/m³. Con số tại Hà Nội cao gấp hơn 8 lần giá trị hướng dẫn của Tổ chức Y tế Thế giới (WHO).

Số ngày có chỉ số AQI ở mức kém trở lên (AQI trên 150) tập trung tại Hà Nội (67 ngày), Bắc Ninh (41 ngày), Hải Phòng (23 ngày) và Thái Nguyên (19 ngày). Ngược lại, Đà Nẵng có 96,4% số ngày trong năm chất lượng không khí ở mức tốt.

Theo Kế hoạch quốc gia về quản lý chất lượng không khí giai đoạn 2021-2025 ban hành kèm Quyết định số 1973/QĐ-TTg, phấn đấu đến năm 2025, 100% tỉnh, thành phố có trạm quan trắc không khí tự động, liên tục; 100% cơ sở sản xuất có phát sinh khí thải lưu lượng lớn lắp đặt thiết bị quan trắc tự động; nồng độ bụi PM2.5 trung bình năm tại các đô thị lớn giảm từ 10 đến 15% so với năm 2020.

Năm 2024, Bộ dự kiến bố trí 185 tỷ đồng để đầu tư mới 18 trạm quan trắc tự động và nâng cấp cơ sở dữ liệu quan trắc quốc gia.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường. Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
END25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Cả nước có 103 trạm", "103", 103, "count", "trạm", "trạm quan trắc không khí tự động, liên tục",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("cả nước có 103 trạm", "103", 103, "count", "trạm", "trạm quan trắc không khí tự động, liên tục đang vận hành", ASOF,
      change=CH("increase", 39, "trạm", "năm 2020")),
    F("51/63 tỉnh", "51", 51, "count", "tỉnh, thành phố", "tỉnh, thành phố có trạm quan trắc không khí tự động, liên tục",
      ASOF, total=63),
    F("trong đó 27 trạm", "27", 27, "count", "trạm", "trạm do Bộ Tài nguyên và Môi trường quản lý", ASOF, total=103),
    F("là 41,2 µg/m³", "41,2", 41.2, "measure", "µg/m³", "nồng độ PM2.5 trung bình năm", I(Y23), location="Hà Nội"),
    F("và 27,6 µg/m³", "27,6", 27.6, "measure", "µg/m³", "nồng độ PM2.5 trung bình năm", I(Y23), location="TP Hồ Chí Minh"),
    F("gấp hơn 8 lần", "8", 8, "multiple", "lần",
      "nồng độ PM2.5 trung bình năm so với giá trị hướng dẫn của Tổ chức Y tế Thế giới (WHO)", I(Y23), approx="over", location="Hà Nội"),
    F("AQI trên 150", "150", 150, "measure", "AQI", "ngưỡng AQI mức kém", approx="over", optional=True),
    F("Hà Nội (67 ngày)", "67", 67, "count", "ngày", "số ngày có chỉ số AQI ở mức kém trở lên", I(Y23), location="Hà Nội"),
    F("Bắc Ninh (41 ngày)", "41", 41, "count", "ngày", "số ngày có chỉ số AQI ở mức kém trở lên", I(Y23), location="Bắc Ninh"),
    F("Hải Phòng (23 ngày)", "23", 23, "count", "ngày", "số ngày có chỉ số AQI ở mức kém trở lên", I(Y23),
      location="Hải Phòng"),
    F("Thái Nguyên (19 ngày)", "19", 19, "count", "ngày", "số ngày có chỉ số AQI ở mức kém trở lên", I(Y23),
      location="Thái Nguyên"),
    F("có 96,4%", "96,4", 96.4, "percent", "%", "số ngày trong năm chất lượng không khí ở mức tốt", I(Y23),
      location="Đà Nẵng"),
    F("100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố có trạm quan trắc không khí tự động, liên tục", END25,
      status="target"),
    F("100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất có phát sinh khí thải lưu lượng lớn lắp đặt thiết bị quan trắc tự động", END25, status="target"),
    F("từ 10 đến 15%", "10", 10, "percent", "%",
      "mức giảm nồng độ bụi PM2.5 trung bình năm tại các đô thị lớn so với năm 2020", END25, value_max=15, status="target"),
    F("bố trí 185 tỷ đồng", "185", 185e9, "money", "đồng",
      "kinh phí đầu tư mới trạm quan trắc tự động và nâng cấp cơ sở dữ liệu quan trắc quốc gia", Y24, status="forecast"),
    F("mới 18 trạm", "18", 18, "count", "trạm", "trạm quan trắc tự động đầu tư mới", Y24, status="forecast"),
]

COMMENTS = [
    "Bộ TN&MT (monre.gov.vn): mạng lưới quan trắc không khí tự động năm 2023, PM2.5 by city, days at 'kém' or worse, 2025 targets.",
    "Ministry site, bare '05/03/2024 10:32' under the headline (published). National figures: location Việt Nam; city items",
    "(lần lượt, bracketed day counts, Đà Nẵng) carry their city. '103 trạm …, tăng 39 trạm so với năm 2020' → change 39 trạm.",
    "'cao gấp hơn 8 lần giá trị hướng dẫn của WHO' is its own sentence: multiple, approx over. 'AQI trên 150' is a threshold (optional).",
    "'giảm từ 10 đến 15% so với năm 2020' is a rate that is the claim (percent, range, no change), a target under 'phấn đấu đến năm 2025'.",
    "'dự kiến bố trí' → forecast, continuing to the 18 stations. Distractors: Quyết định số 1973/QĐ-TTg, 'giai đoạn 2021-2025',",
    "'Số 10 Tôn Thất Thuyết', phone 024.3795.6868, 'PM2.5'.",
    "revised after the first scoring: the multiple's subject no longer repeats 'tại Hà Nội' (the place is its location, not part of",
    "the indicator) and names WHO as the sentence does.",
]

if __name__ == "__main__":
    emit("p667-4", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Việt Nam")

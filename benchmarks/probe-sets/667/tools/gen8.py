"""p667-8: Đà Nẵng city portal — vehicle emission inspections 2023, motorbike pilot, AQI, urban trees and green-space targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Tin tức - Sự kiện › Giao thông - Đô thị
Ngày đăng: 20/12/2023 15:47

Năm 2023, gần 9.400 lượt ô tô không đạt kiểm định khí thải lần đầu

Theo Sở Giao thông vận tải, từ đầu năm đến ngày 15/12/2023, 5 trung tâm đăng kiểm xe cơ giới trên địa bàn thành phố đã kiểm định 168.452 lượt phương tiện, tăng 11,3% so với năm 2022. Trong đó có 9.316 lượt không đạt tiêu chuẩn khí thải ở lần kiểm định thứ nhất, chiếm 5,5%; chủ yếu là xe tải, xe khách sản xuất trước năm 2008, áp dụng mức khí thải Euro 2.

Thành phố đang thí điểm kiểm tra khí thải xe máy tại quận Hải Châu và quận Thanh Khê. Sau 3 tháng, đã kiểm tra 2.517 xe, tỷ lệ không đạt là 12,4%; trong số xe không đạt, xe đã sử dụng trên 15 năm chiếm tới 61%.

Về chất lượng không khí, chỉ số AQI trung bình năm 2023 tại 6 trạm quan trắc tự động của thành phố ở mức 47; 98,6% số ngày quan trắc đạt mức tốt.

Song song, thành phố đẩy mạnh phát triển cây xanh đô thị. Năm 2023, toàn thành phố trồng mới 12.600 cây xanh, đạt 105% kế hoạch, kinh phí 25,8 tỷ đồng; diện tích cây xanh công cộng bình quân đạt 8,2 m²/người. Mục tiêu đến năm 2030, chỉ tiêu này đạt 10 m²/người. Riêng năm 2024, thành phố dự kiến trồng mới khoảng 15.000 cây xanh, hưởng ứng Đề án trồng 1 tỷ cây xanh của Chính phủ.

Ban Biên tập Cổng thông tin điện tử thành phố Đà Nẵng - Tầng 4, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu. ĐT: 0236.3821.171.
"""

YTD = P("từ đầu năm đến ngày 15/12/2023", "2023-01-01", "2023-12-15")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("gần 9.400 lượt", "9.400", 9400, "count", "lượt", "lượt ô tô không đạt kiểm định khí thải lần đầu",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("5 trung tâm", "5", 5, "count", "trung tâm", "trung tâm đăng kiểm xe cơ giới", YTD),
    F("168.452 lượt", "168.452", 168452, "count", "lượt phương tiện", "lượt phương tiện được kiểm định", YTD,
      change=CH("increase", 11.3, "%", "năm 2022")),
    F("có 9.316 lượt", "9.316", 9316, "count", "lượt", "lượt không đạt tiêu chuẩn khí thải ở lần kiểm định thứ nhất",
      I(YTD), total=168452, percent=5.5),
    F("kiểm tra 2.517 xe", "2.517", 2517, "count", "xe", "xe máy được kiểm tra khí thải thí điểm"),
    F("là 12,4%", "12,4", 12.4, "percent", "%", "tỷ lệ xe máy không đạt"),
    F("chiếm tới 61%", "61", 61, "percent", "%", "xe đã sử dụng trên 15 năm trong số xe không đạt"),
    F("trên 15 năm", "15", 15, "measure", "năm", "thời gian sử dụng xe", approx="over", optional=True),
    F("tại 6 trạm", "6", 6, "count", "trạm", "trạm quan trắc tự động", Y23),
    F("ở mức 47", "47", 47, "measure", "AQI", "chỉ số AQI trung bình năm 2023", Y23),
    F("98,6%", "98,6", 98.6, "percent", "%", "số ngày quan trắc đạt mức tốt", Y23),
    F("mới 12.600 cây", "12.600", 12600, "count", "cây xanh", "cây xanh trồng mới",
      P("Năm 2023", "2023-01-01", "2023-12-31"), percent=105),
    F("kinh phí 25,8 tỷ", "25,8", 25.8e9, "money", "đồng", "kinh phí trồng cây xanh",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 8,2 m²/người", "8,2", 8.2, "measure", "m²/người", "diện tích cây xanh công cộng bình quân",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 10 m²/người", "10", 10, "measure", "m²/người", "diện tích cây xanh công cộng bình quân",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khoảng 15.000 cây", "15.000", 15000, "count", "cây xanh", "cây xanh trồng mới",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("trồng 1 tỷ cây", "1", 1e9, "count", "cây xanh", "Đề án trồng 1 tỷ cây xanh của Chính phủ", status="target",
      location="Việt Nam", optional=True),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng, 'Ngày đăng: 20/12/2023 15:47' (published): kiểm định khí thải ô tô 2023, motorbike emission pilot,",
    "AQI 2023, urban trees and green space per person (2030 target). Location Đà Nẵng (the pilot in two districts stays the city's).",
    "'từ đầu năm đến ngày 15/12/2023' runs 1 Jan - 15 Dec 2023. 'Trong đó có 9.316 lượt' is a part of 168.452 (across the sentence",
    "break), 'chiếm 5,5%' its share. '12,4%' and '61%' are percent figures (a percent after another percent stands alone).",
    "'đạt 105% kế hoạch' after 12.600 cây → percent 105. 'Mục tiêu đến năm 2030 … đạt 10 m²/người' → target; 'dự kiến' → forecast.",
    "Optional: the threshold 'trên 15 năm'; the national programme name 'Đề án trồng 1 tỷ cây xanh' (a target used as a name).",
    "Distractors: 'lần kiểm định thứ nhất', 'trước năm 2008', 'Euro 2', 'Sau 3 tháng' (a duration locating the pilot), 'Tầng 4',",
    "'24 Trần Phú', phone 0236.3821.171, time 15:47.",
]

if __name__ == "__main__":
    emit("p667-8", TEXT, COMMENTS, FIGS, published="2023-12-20", location="Đà Nẵng")

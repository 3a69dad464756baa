"""p662-4: ministry site (Bộ VHTTDL) — national review of the night-time economy scheme, 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Du lịch
Ngày đăng: 22/11/2023 | Lượt xem: 2.105

42 địa phương đã ban hành kế hoạch phát triển kinh tế ban đêm

Tại hội nghị sơ kết thực hiện Đề án phát triển kinh tế ban đêm ở Việt Nam (Quyết định số 1129/QĐ-TTg) do Bộ Văn hóa, Thể thao và Du lịch tổ chức ngày 21/11, Tổng cục Du lịch cho biết tính đến ngày 30/9/2023, cả nước có 42/63 tỉnh, thành phố ban hành kế hoạch phát triển kinh tế ban đêm.

Trong số này, có 6 địa phương thí điểm đã hình thành 58 khu, điểm kinh doanh ban đêm; trong đó Hà Nội, TP. Hồ Chí Minh, Đà Nẵng và Quảng Ninh lần lượt có 17, 13, 9 và 8 khu, điểm. Năm 2023, doanh thu từ các hoạt động kinh tế ban đêm của các địa phương thí điểm ước đạt 18.640 tỷ đồng, tăng 1,4 lần so với năm 2022.

Khảo sát 1.500 du khách do Viện Nghiên cứu phát triển du lịch thực hiện cho thấy 67,5% du khách quốc tế muốn có thêm hoạt động vui chơi sau 22h. Chi tiêu cho hoạt động ban đêm mới chiếm khoảng 25-30% tổng chi tiêu của khách quốc tế, bình quân 38 USD/lượt.

Phát biểu tại hội nghị, Thứ trưởng nhấn mạnh các địa phương cần tránh tình trạng "phố đêm" chỉ là chợ ẩm thực tự phát. Bộ đặt mục tiêu đến năm 2025 mỗi địa phương thí điểm có ít nhất 3 khu kinh tế ban đêm quy mô lớn, doanh thu từ hoạt động ban đêm chiếm 30% tổng doanh thu du lịch. Năm 2024, Bộ dự kiến hỗ trợ xây dựng 10 mô hình điểm về phố đêm gắn với di sản.

Bộ Văn hóa, Thể thao và Du lịch - 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. ĐT: 024.3943.8231
"""

AS_OF = P("tính đến ngày 30/9/2023", None, "2023-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("42 địa phương đã", "42", 42, "count", "địa phương",
      "địa phương đã ban hành kế hoạch phát triển kinh tế ban đêm"),
    F("có 42/63 tỉnh", "42", 42, "count", "tỉnh, thành phố",
      "tỉnh, thành phố ban hành kế hoạch phát triển kinh tế ban đêm", AS_OF, total=63),
    F("có 6 địa phương thí điểm", "6", 6, "count", "địa phương", "địa phương thí điểm", I(AS_OF), total=42),
    F("hình thành 58 khu", "58", 58, "count", "khu, điểm", "khu, điểm kinh doanh ban đêm", I(AS_OF)),
    F("có 17, 13", "17", 17, "count", "khu, điểm", "khu, điểm kinh doanh ban đêm", I(AS_OF), total=58, location="Hà Nội"),
    F("17, 13, 9", "13", 13, "count", "khu, điểm", "khu, điểm kinh doanh ban đêm", I(AS_OF), total=58, location="Hồ Chí Minh"),
    F("13, 9 và", "9", 9, "count", "khu, điểm", "khu, điểm kinh doanh ban đêm", I(AS_OF), total=58, location="Đà Nẵng"),
    F("và 8 khu, điểm", "8", 8, "count", "khu, điểm", "khu, điểm kinh doanh ban đêm", I(AS_OF), total=58, location="Quảng Ninh"),
    F("ước đạt 18.640 tỷ đồng", "18.640", 18640000000000, "money", "đồng",
      "doanh thu từ các hoạt động kinh tế ban đêm của các địa phương thí điểm", Y23, status="estimate",
      change=CH("increase", 1.4, "lần", "năm 2022")),
    F("Khảo sát 1.500 du khách", "1.500", 1500, "count", "du khách", "du khách được khảo sát"),
    F("67,5% du khách", "67,5", 67.5, "percent", "%", "du khách quốc tế muốn có thêm hoạt động vui chơi sau 22h"),
    F("khoảng 25-30%", "25", 25, "percent", "%", "chi tiêu cho hoạt động ban đêm trong tổng chi tiêu của khách quốc tế",
      value_max=30, approx="about"),
    F("bình quân 38 USD/lượt", "38", 38, "money", "USD/lượt", "chi tiêu cho hoạt động ban đêm bình quân của khách quốc tế"),
    F("ít nhất 3 khu", "3", 3, "count", "khu kinh tế ban đêm", "khu kinh tế ban đêm quy mô lớn mỗi địa phương thí điểm",
      T25, approx="at_least", status="target"),
    F("chiếm 30% tổng", "30", 30, "percent", "%", "doanh thu từ hoạt động ban đêm trong tổng doanh thu du lịch",
      T25, status="target"),
    F("xây dựng 10 mô hình", "10", 10, "count", "mô hình điểm", "mô hình điểm về phố đêm gắn với di sản",
      Y24, status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ Văn hóa, Thể thao và Du lịch): sơ kết Đề án phát triển kinh tế ban đêm, national figures; 'Ngày đăng: 22/11/2023'.",
    "National counts: location Việt Nam; the 6 pilot localities' 58 points stay national; the 'lần lượt' items take their city as location.",
    "'Trong số này, có 6 địa phương' follows the 42 provinces: total 42. 'tăng 1,4 lần so với năm 2022' is the change (lần).",
    "'ít nhất 3' at_least; 'đến năm 2025' targets. Distractors: QĐ 1129/QĐ-TTg, ngày 21/11, 22h, address 51 Ngô Quyền, phone, Lượt xem 2.105.",
]

if __name__ == "__main__":
    emit("p662-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")

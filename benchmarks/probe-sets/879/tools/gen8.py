"""p879-8: provincial newspaper online (Báo Khánh Hòa, '(BKH) -') - hầm Cổ Mã, quý I/2025, headline figure."""
from lib import F, P, C, write

TEXT = """Báo Khánh Hòa điện tử > Giao thông
Gần 820.000 lượt xe qua hầm Cổ Mã trong quý I
Cập nhật lúc 15:05, Thứ ba, 08/04/2025

(BKH) - Theo Trạm quản lý vận hành hầm Cổ Mã (huyện Vạn Ninh), quý I/2025 có gần 820.000 lượt phương tiện lưu thông qua hầm, tăng 11,2% so với cùng kỳ năm 2024. Trong đó, xe tải và xe container chiếm khoảng 45%, xe khách chiếm 18%.

Lưu lượng các tháng 1, 2 và 3 lần lượt đạt khoảng 271.000 lượt, 312.000 lượt và 236.000 lượt xe; tháng 2 (trùng dịp Tết Ất Tỵ) là tháng cao nhất kể từ khi hầm đưa vào khai thác năm 2017. Với lưu lượng này, hầm Cổ Mã xếp thứ 3 trong số 7 hầm đường bộ do Công ty Cổ phần Đầu tư Đèo Cả quản lý.

Trong quý, đơn vị đã hỗ trợ kéo 128 xe hư hỏng, cứu hộ 3 vụ va chạm; thời gian xử lý mỗi sự cố từ 10 đến 15 phút. Nhờ vậy, không có vụ ùn tắc nào kéo dài trên 1 giờ.

Hầm Cổ Mã dài 500 m, hiện được lắp đặt 56 camera giám sát. Năm 2025, đơn vị phấn đấu lắp thêm 40 camera giám sát thông minh, nâng tổng số camera trong hầm lên 96 chiếc.

Dự báo dịp nghỉ lễ 30/4 - 1/5 tới, lưu lượng qua hầm có thể tăng 20-25% so với ngày thường. Đơn vị khuyến cáo lái xe giữ khoảng cách an toàn, bật đèn chiếu gần, không dừng, đỗ hoặc quay đầu xe trong hầm. Người dân cần hỗ trợ khi qua hầm có thể gọi đường dây nóng 0258.3812.115.

NGỌC MINH
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Q1_I = P("quý I/2025", "2025-01-01", "2025-03-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 820.000 lượt xe", "820.000", 820000, "count", "lượt xe", "lượt xe qua hầm Cổ Mã",
      P("quý I", "2025-01-01", "2025-03-31"), approx="nearly"),
    F("có gần 820.000 lượt phương tiện", "820.000", 820000, "count", "lượt phương tiện",
      "lượt phương tiện lưu thông qua hầm Cổ Mã", Q1, approx="nearly",
      change=C("increase", 11.2, "%", "cùng kỳ năm 2024")),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "xe tải và xe container trong lưu lượng qua hầm", Q1_I,
      approx="about"),
    F("xe khách chiếm 18%", "18", 18, "percent", "%", "xe khách trong lưu lượng qua hầm", Q1_I),
    F("khoảng 271.000 lượt", "271.000", 271000, "count", "lượt", "lưu lượng qua hầm",
      P("tháng 1", "2025-01-01", "2025-01-31"), approx="about"),
    F("312.000 lượt", "312.000", 312000, "count", "lượt", "lưu lượng qua hầm",
      P("tháng 2", "2025-02-01", "2025-02-28"), approx="about"),
    F("236.000 lượt xe", "236.000", 236000, "count", "lượt xe", "lưu lượng qua hầm",
      P("tháng 3", "2025-03-01", "2025-03-31"), approx="about"),
    F("xếp thứ 3", "3", 3, "rank", "hạng",
      "lưu lượng trong số hầm đường bộ do Công ty Cổ phần Đầu tư Đèo Cả quản lý", Q1_I, total=7),
    F("kéo 128 xe", "128", 128, "count", "xe", "xe hư hỏng được hỗ trợ kéo", Q1_I),
    F("cứu hộ 3 vụ", "3", 3, "count", "vụ", "vụ va chạm được cứu hộ", Q1_I),
    F("từ 10 đến 15 phút", "10", 10, "measure", "phút", "thời gian xử lý mỗi sự cố", Q1_I, value_max=15),
    F("trên 1 giờ", "1", 1, "measure", "giờ", "thời gian ùn tắc", approx="over", optional=True),
    F("dài 500 m", "500", 500, "measure", "m", "chiều dài hầm Cổ Mã"),
    F("lắp đặt 56 camera", "56", 56, "count", "camera giám sát", "camera giám sát trong hầm"),
    F("thêm 40 camera", "40", 40, "count", "camera giám sát thông minh", "camera giám sát thông minh lắp thêm",
      Y25, status="target"),
    F("lên 96 chiếc", "96", 96, "count", "chiếc", "tổng số camera trong hầm", Y25, status="target"),
    F("tăng 20-25%", "20", 20, "percent", "%", "lưu lượng qua hầm so với ngày thường",
      P("dịp nghỉ lễ 30/4 - 1/5", "2025-04-30", "2025-05-01"), value_max=25, status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Khánh Hòa, '(BKH) -' tag), headline figure without a year: hầm Cổ Mã, quý I/2025.",
    "Not figures: 'Cập nhật lúc 15:05, Thứ ba, 08/04/2025', 'Tết Ất Tỵ', 'năm 2017', '30/4 - 1/5' (a holiday = period),",
    "hotline '0258.3812.115', byline. The tunnel lies in huyện Vạn Ninh, named in the first sentence: location Vạn Ninh.",
    "'các tháng 1, 2 và 3 lần lượt đạt khoảng ...': each item takes its own month as period and the shared 'khoảng'.",
    "'xếp thứ 3 trong số 7 hầm' → rank 3, total 7 (the 7 is an attribute). 'trên 1 giờ' is a threshold (optional).",
    "'nâng tổng số camera ... lên 96 chiếc' continues the 'phấn đấu' clause: target.",
]

if __name__ == "__main__":
    write("p879-8", TEXT, FIGS, NOTES, published="2025-04-08", location="Vạn Ninh")

from lib import *

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế

Hợp tác xã kiểu mới: Liên kết chuỗi, nâng giá trị nông sản

22/05/2024 07:15

BGĐT - Những năm gần đây, nhiều hợp tác xã kiểu mới ở Bắc Giang mạnh dạn đầu tư sản xuất theo chuỗi giá trị, mang lại thu nhập ổn định cho thành viên.

Thành lập năm 2019 với 7 thành viên, đến nay Hợp tác xã Nông sản sạch Hồng Giang ở xã Hồng Giang (huyện Lục Ngạn) đã có 42 thành viên, liên kết với hơn 300 hộ trồng vải thiều, cam, bưởi trên diện tích khoảng 260 ha. Năm 2023, hợp tác xã tiêu thụ trên 1.800 tấn quả các loại, doanh thu đạt 16,5 tỷ đồng, tăng 23% so với năm 2022; lợi nhuận sau thuế hơn 1,1 tỷ đồng.

Tại huyện Lạng Giang, Hợp tác xã Dịch vụ nông nghiệp 19/5 xây dựng vùng sản xuất lúa chất lượng cao quy mô 120 ha, cung ứng khoảng 85% vật tư đầu vào cho thành viên với giá thấp hơn thị trường từ 5 đến 8%. Mỗi năm, hợp tác xã bao tiêu từ 700 đến 800 tấn thóc; thu nhập bình quân của lao động thường xuyên đạt 7,2 triệu đồng/người/tháng.

Theo Liên minh Hợp tác xã tỉnh, toàn tỉnh hiện có 786 hợp tác xã, trong đó có 512 hợp tác xã nông nghiệp. Năm 2023, tỉnh thành lập mới 64 hợp tác xã; có 45 hợp tác xã tham gia liên kết chuỗi giá trị, 38 hợp tác xã có sản phẩm OCOP được công nhận. Tỉnh đặt mục tiêu đến năm 2025 có 30% hợp tác xã nông nghiệp ứng dụng công nghệ cao.

Ông Nguyễn Đức Hòa, Chủ tịch Liên minh Hợp tác xã tỉnh cho biết: "Nhiều hợp tác xã vẫn thiếu vốn; có đến 6/10 hợp tác xã chưa tiếp cận được vốn vay ưu đãi".

Hải Yến
Bình luận (0)
"""

NOW = P("đến nay", None, "2024-05-22")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("với 7 thành viên", "7", 7, "count", "thành viên", "thành viên Hợp tác xã Nông sản sạch Hồng Giang khi thành lập",
      P("năm 2019", "2019-01-01", "2019-12-31"), location="Lục Ngạn"),
    F("đã có 42 thành viên", "42", 42, "count", "thành viên", "thành viên Hợp tác xã Nông sản sạch Hồng Giang", NOW,
      location="Lục Ngạn"),
    F("hơn 300 hộ", "300", 300, "count", "hộ", "hộ trồng vải thiều, cam, bưởi liên kết với hợp tác xã", NOW,
      approx="over", location="Lục Ngạn"),
    F("khoảng 260 ha", "260", 260, "measure", "ha", "diện tích liên kết", NOW, approx="about", location="Lục Ngạn"),
    F("trên 1.800 tấn", "1.800", 1800, "measure", "tấn", "quả các loại hợp tác xã tiêu thụ", Y23, approx="over",
      location="Lục Ngạn"),
    F("đạt 16,5 tỷ đồng", "16,5", 16500000000, "money", "đồng", "doanh thu", Y23,
      change=C("increase", 23, "%", "năm 2022"), location="Lục Ngạn"),
    F("hơn 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", "lợi nhuận sau thuế", Y23, approx="over",
      location="Lục Ngạn"),
    F("quy mô 120 ha", "120", 120, "measure", "ha", "vùng sản xuất lúa chất lượng cao", location="Lạng Giang"),
    F("khoảng 85%", "85", 85, "percent", "%", "vật tư đầu vào cung ứng cho thành viên", approx="about",
      location="Lạng Giang"),
    F("từ 5 đến 8%", "5", 5, "percent", "%", "giá vật tư thấp hơn thị trường", value_max=8, location="Lạng Giang"),
    F("từ 700 đến 800 tấn", "700", 700, "measure", "tấn", "thóc hợp tác xã bao tiêu mỗi năm", value_max=800,
      location="Lạng Giang"),
    F("đạt 7,2 triệu", "7,2", 7200000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động thường xuyên",
      location="Lạng Giang"),
    F("có 786 hợp tác xã", "786", 786, "count", "hợp tác xã", "hợp tác xã"),
    F("có 512 hợp tác xã", "512", 512, "count", "hợp tác xã", "hợp tác xã nông nghiệp", total=786),
    F("mới 64 hợp tác xã", "64", 64, "count", "hợp tác xã", "hợp tác xã thành lập mới", Y23),
    F("có 45 hợp tác xã", "45", 45, "count", "hợp tác xã", "hợp tác xã tham gia liên kết chuỗi giá trị", Y23),
    F("38 hợp tác xã có sản phẩm", "38", 38, "count", "hợp tác xã", "hợp tác xã có sản phẩm OCOP được công nhận", Y23),
    F("có 30% hợp tác xã", "30", 30, "percent", "%", "hợp tác xã nông nghiệp ứng dụng công nghệ cao",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("6/10 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã chưa tiếp cận được vốn vay ưu đãi", total=10),
]

emit(5, TEXT, [
    "Party newspaper (Báo Bắc Giang), bare 'dd/mm/yyyy hh:mm' dateline under the headline, tag 'BGĐT', byline and 'Bình luận (0)' at the end.",
    "Model HTX figures take the district named with them (Lục Ngạn, Lạng Giang); province figures take Bắc Giang. 'đến nay' = as-of 2024-05-22.",
    "'Thành lập năm 2019 với 7 thành viên': period 2019. 'Mỗi năm' is a frequency, not a period (no period). 'hiện có' gives no stated period.",
    "'thấp hơn thị trường từ 5 đến 8%' stands as its own percent range (no base amount). '6/10 hợp tác xã' = count 6 with total 10.",
    "Distractors: HTX name 'Dịch vụ nông nghiệp 19/5', dateline, 'Bình luận (0)', commune and person names.",
], FIGS, published="2024-05-22", location="Bắc Giang")

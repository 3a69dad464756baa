from lib import *

TEXT = """Kinh doanh › Nông nghiệp
Thứ hai, 4/3/2024, 08:15 (GMT+7)

Hợp tác xã miền Tây: doanh thu tăng nhưng quy mô còn nhỏ

Tính đến cuối năm 2023, vùng Đồng bằng sông Cửu Long có gần 2.900 hợp tác xã, chiếm khoảng 9% tổng số hợp tác xã cả nước, nhưng phần lớn có quy mô nhỏ, vốn điều lệ chủ yếu từ 500 triệu đến 2 tỷ đồng.

Theo số liệu tại hội nghị do Liên minh Hợp tác xã Việt Nam tổ chức tại TP Cần Thơ ngày 2/3, doanh thu của các hợp tác xã trong vùng năm 2023 đạt hơn 12,4 nghìn tỷ đồng, tăng khoảng 11% so với năm 2022. Lãi bình quân của một hợp tác xã dao động từ 150 đến 400 triệu đồng/năm.

Dẫn đầu về doanh thu bình quân là Đồng Tháp với 5,6 tỷ đồng/hợp tác xã, tiếp theo là An Giang 4,9 tỷ đồng, Long An 4,3 tỷ đồng; thấp nhất là Bạc Liêu với khoảng 1,2 tỷ đồng. Tỷ lệ hợp tác xã nông nghiệp có hợp đồng liên kết tiêu thụ sản phẩm cao nhất ở Đồng Tháp (72%), Cần Thơ (68%) và Hậu Giang (61%).

Đồng Tháp cũng xếp thứ 2 cả nước về số hợp tác xã nông nghiệp đạt tiêu chí "hợp tác xã kiểu mới", với 186 hợp tác xã.

Ông Lê Văn Minh, Phó Chủ tịch Liên minh Hợp tác xã Việt Nam, cho biết mục tiêu đến năm 2025 mỗi tỉnh trong vùng có ít nhất 10 hợp tác xã ứng dụng công nghệ cao và khoảng 70% thành viên được tiếp cận vốn tín dụng. Dự kiến trong năm 2024, các địa phương trong vùng sẽ thành lập mới khoảng 350 hợp tác xã.

"Hợp tác xã phải lấy lợi ích thành viên làm trung tâm", ông Minh nói.

Hoài Thanh
"""

REG = "Đồng bằng sông Cửu Long"
END23 = P("Tính đến cuối năm 2023", None, "2023-12-31")
END23i = P("Tính đến cuối năm 2023", None, "2023-12-31", True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", True)
REV = "doanh thu bình quân"
LINK = "tỷ lệ hợp tác xã nông nghiệp có hợp đồng liên kết tiêu thụ sản phẩm"
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 2.900 hợp tác xã", "2.900", 2900, "count", "hợp tác xã", "hợp tác xã", END23, approx="nearly", percent=9),
    F("từ 500 triệu đến 2 tỷ đồng", "500", 500000000, "money", "đồng", "vốn điều lệ", END23, value_max=2000000000),
    F("hơn 12,4 nghìn tỷ", "12,4", 12400000000000, "money", "đồng", "doanh thu của các hợp tác xã trong vùng", Y23,
      approx="over", change=C("increase", 11, "%", "năm 2022", approx="about")),
    F("từ 150 đến 400 triệu", "150", 150000000, "money", "đồng/năm", "lãi bình quân của một hợp tác xã", Y23i,
      value_max=400000000),
    F("Đồng Tháp với 5,6 tỷ", "5,6", 5600000000, "money", "đồng/hợp tác xã", REV, Y23i, location="Đồng Tháp"),
    F("An Giang 4,9 tỷ", "4,9", 4900000000, "money", "đồng", REV, Y23i, location="An Giang"),
    F("Long An 4,3 tỷ", "4,3", 4300000000, "money", "đồng", REV, Y23i, location="Long An"),
    F("khoảng 1,2 tỷ", "1,2", 1200000000, "money", "đồng", REV, Y23i, approx="about", location="Bạc Liêu"),
    F("Đồng Tháp (72%)", "72", 72, "percent", "%", LINK, Y23i, location="Đồng Tháp"),
    F("Cần Thơ (68%)", "68", 68, "percent", "%", LINK, Y23i, location="Cần Thơ"),
    F("Hậu Giang (61%)", "61", 61, "percent", "%", LINK, Y23i, location="Hậu Giang"),
    F("xếp thứ 2 cả nước", "2", 2, "rank", "hạng",
      "số hợp tác xã nông nghiệp đạt tiêu chí hợp tác xã kiểu mới", location="Đồng Tháp"),
    F("với 186 hợp tác xã", "186", 186, "count", "hợp tác xã",
      "hợp tác xã nông nghiệp đạt tiêu chí hợp tác xã kiểu mới", location="Đồng Tháp"),
    F("ít nhất 10 hợp tác xã", "10", 10, "count", "hợp tác xã", "hợp tác xã ứng dụng công nghệ cao mỗi tỉnh", T25,
      approx="at_least", status="target"),
    F("khoảng 70% thành viên", "70", 70, "percent", "%", "thành viên được tiếp cận vốn tín dụng", T25,
      approx="about", status="target"),
    F("khoảng 350 hợp tác xã", "350", 350, "count", "hợp tác xã", "hợp tác xã thành lập mới",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

emit(7, TEXT, [
    "National online press, 'Thứ hai, d/m/yyyy, hh:mm (GMT+7)' dateline, byline at the end; regional story (Đồng bằng sông Cửu Long).",
    "Regional figures: location = the region as named (FIGURES.md names only provinces/districts/Việt Nam; the region is the place the text names).",
    "'chiếm khoảng 9% tổng số hợp tác xã cả nước' is the share of 2.900 (percent 9). '12,4 nghìn tỷ' = 1,24·10^13 đồng with change ~11%.",
    "Province list items take the list's indicator as subject and the province as location; the venue 'tại TP Cần Thơ' is no location.",
    "'xếp thứ 2 cả nước' rank of Đồng Tháp; targets 'đến năm 2025' (mục tiêu); 'Dự kiến trong năm 2024' → forecast.",
    "Distractors: dateline, '(GMT+7)', 'ngày 2/3', quote, person names.",
], FIGS, published="2024-03-04", location=REG)

"""p564-2: huyện Chư Sê (Gia Lai) district portal - pepper area, output, price recovery, cooperatives, certification."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN CHƯ SÊ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Thứ Năm, 14/03/2024 - 15:20

Giá tiêu tăng trên 20%, nông dân Chư Sê phấn khởi vào vụ thu hoạch

Năm 2023, tổng diện tích hồ tiêu toàn huyện là 3.620 ha, giảm 185 ha so với năm 2022 do một số vườn bị bệnh chết nhanh, chết chậm phải thanh lý. Diện tích cho thu hoạch đạt 3.150 ha; năng suất bình quân 38,5 tạ/ha; sản lượng đạt 12.128 tấn, tăng 6,4% so với năm trước.

Hiện nay, nông dân trong huyện đã thu hoạch khoảng 60% diện tích tiêu. Giá tiêu đen loại 500 g/l tại các đại lý dọc Quốc lộ 14 hiện ở mức 94.500 đồng/kg, tăng 19.500 đồng/kg so với cùng thời điểm năm 2023; tiêu đỏ (tiêu chín) được thu mua từ 105.000 đến 110.000 đồng/kg. Với giá bán như hiện nay, lợi nhuận bình quân từ trồng tiêu đạt 150-200 triệu đồng/ha, cao gấp 1,5 lần so với trồng cà phê.

Toàn huyện hiện có 11 hợp tác xã và 28 tổ hợp tác sản xuất hồ tiêu với 1.245 hộ thành viên; trong đó 6 hợp tác xã được cấp chứng nhận hữu cơ, Rainforest Alliance với tổng diện tích 512 ha. Sản phẩm hồ tiêu của HTX Nông nghiệp dịch vụ Ia Blang được công nhận sản phẩm OCOP 4 sao năm 2023.

Năm 2024, huyện đặt mục tiêu giữ ổn định diện tích hồ tiêu khoảng 3.600 ha, sản lượng đạt 12.500 tấn; đến năm 2025 có ít nhất 1.000 ha hồ tiêu đạt chứng nhận sản xuất bền vững. Phòng Nông nghiệp và PTNT huyện đã phối hợp tổ chức 14 lớp tập huấn cho hơn 700 lượt nông dân về quy trình sản xuất tiêu an toàn.

Nguyễn Hoàng (Phòng NN&PTNT huyện Chư Sê)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tăng trên 20%", "20", 20, "percent", "%", "giá tiêu", approx="over"),
    F("là 3.620 ha", "3.620", 3620, "measure", "ha", "tổng diện tích hồ tiêu toàn huyện", Y23,
      change=CH("decrease", 185, "ha", "năm 2022")),
    F("đạt 3.150 ha", "3.150", 3150, "measure", "ha", "diện tích hồ tiêu cho thu hoạch", I(Y23)),
    F("38,5 tạ/ha", "38,5", 38.5, "measure", "tạ/ha", "năng suất bình quân hồ tiêu", I(Y23)),
    F("đạt 12.128 tấn", "12.128", 12128, "measure", "tấn", "sản lượng hồ tiêu", I(Y23),
      change=CH("increase", 6.4, "%", "năm trước")),
    F("khoảng 60% diện tích", "60", 60, "percent", "%", "diện tích tiêu đã thu hoạch", approx="about"),
    F("loại 500 g/l", "500", 500, "measure", "g/l", "dung trọng tiêu đen (loại)", optional=True),
    F("mức 94.500 đồng/kg", "94.500", 94500, "money", "đồng/kg", "giá tiêu đen loại 500 g/l tại các đại lý",
      change=CH("increase", 19500, "đồng/kg", "cùng thời điểm năm 2023")),
    F("từ 105.000 đến 110.000", "105.000", 105000, "money", "đồng/kg", "giá thu mua tiêu đỏ (tiêu chín)", value_max=110000),
    F("đạt 150-200 triệu", "150", 150000000, "money", "đồng/ha", "lợi nhuận bình quân từ trồng tiêu",
      value_max=200000000, change=CH("increase", 1.5, "lần", "trồng cà phê")),
    F("có 11 hợp tác xã", "11", 11, "count", "hợp tác xã", "hợp tác xã sản xuất hồ tiêu"),
    F("và 28 tổ hợp tác", "28", 28, "count", "tổ hợp tác", "tổ hợp tác sản xuất hồ tiêu"),
    F("với 1.245 hộ", "1.245", 1245, "count", "hộ", "hộ thành viên"),
    F("trong đó 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã được cấp chứng nhận hữu cơ, Rainforest Alliance", total=11),
    F("diện tích 512 ha", "512", 512, "measure", "ha", "tổng diện tích được cấp chứng nhận hữu cơ, Rainforest Alliance"),
    F("khoảng 3.600 ha", "3.600", 3600, "measure", "ha", "diện tích hồ tiêu", Y24, approx="about", status="target"),
    F("đạt 12.500 tấn", "12.500", 12500, "measure", "tấn", "sản lượng hồ tiêu", Y24, status="target"),
    F("ít nhất 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích hồ tiêu đạt chứng nhận sản xuất bền vững", T25,
      approx="at_least", status="target"),
    F("14 lớp tập huấn", "14", 14, "count", "lớp tập huấn", "lớp tập huấn về quy trình sản xuất tiêu an toàn"),
    F("hơn 700 lượt", "700", 700, "count", "lượt nông dân", "lượt nông dân được tập huấn", approx="over"),
]

COMMENTS = [
    "Cổng TTĐT huyện Chư Sê (Gia Lai): hồ tiêu năm 2023, giá tiêu đầu vụ 2024, HTX và chứng nhận, mục tiêu 2024-2025.",
    "Dateline 'Thứ Năm, 14/03/2024 - 15:20'; byline at the end. 'Quốc lộ 14', 'OCOP 4 sao' (a rating level, like 'mức độ 4'),",
    "'năm 2023' in the OCOP sentence are not figures. 'loại 500 g/l' is a grade name: optional.",
    "Headline 'Giá tiêu tăng trên 20%' is a growth rate as the claim (percent, no change).",
    "'cao gấp 1,5 lần so với trồng cà phê' after the profit range is its change (lần). '6 hợp tác xã' follows 'trong đó' after 11 HTX: total 11.",
    "'512 ha' has no whole. 'Hiện nay/hiện ở mức' gives no period. Sentences after the 'Năm 2023' one inherit it (unscored).",
]

if __name__ == "__main__":
    emit("p564-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Chư Sê")

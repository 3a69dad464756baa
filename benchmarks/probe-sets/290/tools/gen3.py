from lib import *

text = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế | Nông nghiệp

Chư Sê: Nông dân mạnh dạn tái canh hồ tiêu khi giá phục hồi
Thứ Sáu, 16/08/2024 - 07:45

(GLO)- Sau nhiều năm thua lỗ vì giá thấp và dịch bệnh, người trồng tiêu ở huyện Chư Sê đang phấn khởi khi giá hồ tiêu tăng mạnh trở lại.

Toàn tỉnh Gia Lai hiện có gần 13.900 ha hồ tiêu, trong đó Chư Sê là "thủ phủ" với 5.830 ha, chiếm gần 42% diện tích. Năm 2023, sản lượng hồ tiêu của huyện đạt 17.450 tấn, năng suất bình quân 31,5 tạ/ha; giá trị sản xuất đạt hơn 1.570 tỷ đồng.

Từ đầu năm đến nay, nông dân Chư Sê đã trồng mới và tái canh 215 ha hồ tiêu, gấp 1,8 lần cùng kỳ năm 2023. Hiện nay, giá hồ tiêu khô tại Chư Sê ở mức 149.000 đồng/kg, Chư Prông 148.500 đồng/kg, Chư Pưh 148.000 đồng/kg. So với cùng thời điểm năm ngoái, giá hồ tiêu đã tăng khoảng 55.000 đồng/kg.

Ông Rơ Châm H'Lim (thôn 9, xã Ia Blang) cho biết, gia đình có 1,2 ha tiêu, vụ vừa qua thu 4,5 tấn, trừ chi phí còn lãi trên 500 triệu đồng.

Hợp tác xã Nông nghiệp dịch vụ Ia Hla có 68 thành viên, liên kết sản xuất 120 ha hồ tiêu theo hướng hữu cơ, mỗi năm cung ứng cho doanh nghiệp xuất khẩu khoảng 300 tấn tiêu. Giá thu mua tiêu hữu cơ cao hơn giá thị trường 8.000-10.000 đồng/kg.

Giai đoạn 2021-2025, huyện Chư Sê đặt mục tiêu giữ ổn định diện tích hồ tiêu khoảng 5.500 ha, trong đó 1.000 ha đạt chuẩn VietGAP, hữu cơ. Theo ông Nguyễn Tấn Thành - Trưởng phòng Nông nghiệp và PTNT huyện, nông dân không nên ồ ạt trồng mới mà cần tập trung tái canh trên đất cũ, áp dụng quy trình canh tác bền vững.

MINH THƯ
"""

N = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-16")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
figs = [
    F("gần 13.900 ha", "13.900", 13900, "measure", "ha", "diện tích hồ tiêu", approx="nearly", location="Gia Lai"),
    F("với 5.830 ha", "5.830", 5830, "measure", "ha", "diện tích hồ tiêu", total=13900, percent=42),
    F("đạt 17.450 tấn", "17.450", 17450, "measure", "tấn", "sản lượng hồ tiêu", Y23),
    F("bình quân 31,5 tạ/ha", "31,5", 31.5, "measure", "tạ/ha", "năng suất hồ tiêu bình quân", Y23),
    F("hơn 1.570 tỷ đồng", "1.570", 1570000000000, "money", "đồng", "giá trị sản xuất hồ tiêu", Y23, approx="over"),
    F("tái canh 215 ha", "215", 215, "measure", "ha", "diện tích hồ tiêu trồng mới và tái canh", N,
      change=ch("increase", 1.8, "lần", "cùng kỳ năm 2023")),
    F("mức 149.000 đồng/kg", "149.000", 149000, "money", "đồng/kg", "giá hồ tiêu khô"),
    F("Chư Prông 148.500 đồng/kg", "148.500", 148500, "money", "đồng/kg", "giá hồ tiêu khô", location="Chư Prông"),
    F("Chư Pưh 148.000 đồng/kg", "148.000", 148000, "money", "đồng/kg", "giá hồ tiêu khô", location="Chư Pưh"),
    F("tăng khoảng 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "mức tăng giá hồ tiêu",
      approx="about"),
    F("có 1,2 ha tiêu", "1,2", 1.2, "measure", "ha", "diện tích tiêu của gia đình"),
    F("thu 4,5 tấn", "4,5", 4.5, "measure", "tấn", "sản lượng tiêu thu hoạch của gia đình"),
    F("lãi trên 500 triệu", "500", 500000000, "money", "đồng", "lãi của gia đình", approx="over"),
    F("có 68 thành viên", "68", 68, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp dịch vụ Ia Hla"),
    F("sản xuất 120 ha", "120", 120, "measure", "ha", "diện tích hồ tiêu liên kết sản xuất theo hướng hữu cơ"),
    F("khoảng 300 tấn", "300", 300, "measure", "tấn", "tiêu cung ứng cho doanh nghiệp xuất khẩu mỗi năm", approx="about"),
    F("thị trường 8.000-10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá thu mua tiêu hữu cơ cao hơn giá thị trường",
      value_max=10000),
    F("khoảng 5.500 ha", "5.500", 5500, "measure", "ha", "diện tích hồ tiêu giữ ổn định", GD, approx="about", status="target"),
    F("đó 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích hồ tiêu đạt chuẩn VietGAP, hữu cơ", GD, total=5500, status="target"),
]
comments = [
    "Báo Gia Lai (GLO): Chư Sê tái canh hồ tiêu khi giá phục hồi. Dateline 'Thứ Sáu, 16/08/2024 - 07:45'; byline at the end.",
    "Default location Chư Sê (the district); the first figure is the province (Gia Lai). '5.830 ha' follows 'trong đó' after the province's 13.900 ha: total 13900, share 'chiếm gần 42%' = percent 42.",
    "'Từ đầu năm đến nay' = 2024-01-01 to the dateline. 'gấp 1,8 lần cùng kỳ năm 2023' is the change of 215 ha (unit lần).",
    "Price list: Chư Sê first item has the default location; Chư Prông / Chư Pưh (districts) to location. 'Hiện nay' gives no period.",
    "'giá … đã tăng khoảng 55.000 đồng/kg' stands alone (no base amount in its sentence): a money figure of its own, no change object.",
    "'8.000-10.000 đồng/kg' premium over the market stands alone (no price in its sentence): a money figure. Distractors: '(GLO)', 'thôn 9', names.",
    "Targets 'Giai đoạn 2021-2025 … mục tiêu': 5.500 ha (about) with part 1.000 ha ('trong đó').",
    "revised: subject of the stand-alone 55.000 đồng/kg increase cut to the indicator 'mức tăng giá hồ tiêu' (the baseline is not part of the indicator).",
]
build(3, text, comments, figs, published="2024-08-16", location="Chư Sê")

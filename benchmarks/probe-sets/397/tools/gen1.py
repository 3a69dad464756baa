from lib import F, P, C, T, emit

TEXT = """Cổng Thông tin điện tử tỉnh Tây Ninh
Trang chủ > Tin tức > Kinh tế

Giá mì tăng, nông dân Tây Ninh mở rộng diện tích giống sạch bệnh
Cập nhật: 12/03/2024 09:40 | Lượt xem: 1.208

(TNO) - Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 toàn tỉnh trồng 61.245 ha mì (sắn), giảm 3,1% so với năm 2022; trong đó diện tích trồng bằng giống sạch bệnh là 18.370 ha, chiếm 30%. Năng suất bình quân đạt 32,5 tấn/ha, sản lượng củ tươi khoảng 1,99 triệu tấn.

Các huyện có diện tích mì lớn gồm Tân Châu (19.860 ha), Tân Biên (12.415 ha) và Dương Minh Châu (8.930 ha). Bệnh khảm lá sắn gây hại trên 2.150 ha, giảm 41,6% so với năm trước, tập trung chủ yếu ở các xã biên giới.

Từ đầu năm đến nay, giá mì củ tươi tại các điểm thu mua dao động từ 3.000 đến 3.400 đồng/kg (chữ bột 30%), tăng khoảng 500 đồng/kg so với cùng kỳ. Với mức giá này, sau khi trừ chi phí, người trồng mì lãi từ 35 đến 45 triệu đồng/ha.

Trên địa bàn tỉnh hiện có 68 nhà máy, cơ sở chế biến tinh bột mì với tổng công suất khoảng 9.800 tấn củ/ngày. Do nguyên liệu trong tỉnh không đủ, hằng năm các nhà máy phải nhập thêm hơn 1,2 triệu tấn củ từ Campuchia qua cửa khẩu Xa Mát.

Theo Kế hoạch số 412/KH-UBND ngày 20/02/2024, năm 2024 tỉnh phấn đấu nâng diện tích mì trồng bằng giống sạch bệnh lên 25.000 ha. Nông dân cần hỗ trợ kỹ thuật liên hệ Trung tâm Khuyến nông tỉnh, số 83 đường Phạm Tung, phường 3, thành phố Tây Ninh, điện thoại 0276.3822.135.

Thanh Tâm
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-12", inh=True)

FIGS = [
    F("trồng 61.245 ha", "61.245", 61245, "measure", "ha", "diện tích mì (sắn)", Y23,
      change=C("decrease", 3.1, "%", "năm 2022")),
    F("là 18.370 ha", "18.370", 18370, "measure", "ha", "diện tích mì trồng bằng giống sạch bệnh", Y23,
      total=61245, percent=30),
    F("đạt 32,5 tấn/ha", "32,5", 32.5, "measure", "tấn/ha", "năng suất bình quân mì", Y23i),
    F("khoảng 1,99 triệu tấn", "1,99", 1990000, "measure", "tấn", "sản lượng mì củ tươi", Y23i, approx="about"),
    F("Tân Châu (19.860 ha)", "19.860", 19860, "measure", "ha", "diện tích mì", Y23i, location="Tân Châu"),
    F("Tân Biên (12.415 ha)", "12.415", 12415, "measure", "ha", "diện tích mì", Y23i, location="Tân Biên"),
    F("Dương Minh Châu (8.930 ha)", "8.930", 8930, "measure", "ha", "diện tích mì", Y23i, location="Dương Minh Châu"),
    F("trên 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích mì bị bệnh khảm lá sắn gây hại", Y23i,
      approx="over", change=C("decrease", 41.6, "%", "năm trước")),
    F("từ 3.000 đến 3.400 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá mì củ tươi tại các điểm thu mua", YTD,
      value_max=3400, change=C("increase", 500, "đồng/kg", "cùng kỳ", approx="about")),
    F("(chữ bột 30%)", "30", 30, "percent", "%", "chữ bột (hàm lượng tinh bột) của mì củ tươi", optional=True),
    F("lãi từ 35 đến 45 triệu", "35", 35000000, "money", "đồng/ha", "lãi của người trồng mì", YTDi,
      value_max=45000000),
    F("có 68 nhà máy", "68", 68, "count", "nhà máy, cơ sở chế biến tinh bột mì",
      "nhà máy, cơ sở chế biến tinh bột mì"),
    F("khoảng 9.800 tấn", "9.800", 9800, "measure", "tấn/ngày", "tổng công suất chế biến tinh bột mì",
      approx="about"),
    F("hơn 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn", "mì củ nhập thêm từ Campuchia", approx="over"),
    F("lên 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích mì trồng bằng giống sạch bệnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Tây Ninh provincial portal: cassava (mì) area 2023, clean-seed share, districts, mosaic disease, farm-gate prices since New Year, starch plants.",
    "Dateline 'Cập nhật: 12/03/2024 09:40' with view counter 'Lượt xem: 1.208' (furniture). Distractors: Kế hoạch số 412/KH-UBND ngày 20/02/2024,",
    "address 'số 83 đường Phạm Tung, phường 3', phone 0276.3822.135, 'cửa khẩu Xa Mát'; Campuchia is a trade partner, not the figure's place.",
    "18.370 ha after 'trong đó' → total 61.245, share 30%. District list items: location = district, subject = list indicator, year inherited.",
    "'Từ đầu năm đến nay' runs 2024-01-01 to the dateline. Price range 3.000–3.400 đồng/kg with change +500 đồng/kg (about) vs cùng kỳ.",
    "'chữ bột 30%' is a quality grade attached to the price (a condition): optional. 'hằng năm' is no period: 68 nhà máy, 9.800 tấn, 1,2 triệu tấn have none.",
    "'phấn đấu ... lên 25.000 ha' is a target figure for năm 2024.",
]

emit("p397-1", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Tây Ninh")

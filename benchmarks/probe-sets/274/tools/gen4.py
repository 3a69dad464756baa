from lib import F, P, C, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Trang chủ / Thông tin thị trường

Giá mủ cao su tại Tây Ninh tiếp tục tăng

Ngày đăng: 23/09/2024 | Người đăng: Thu Hà | Lượt xem: 642

Theo ghi nhận của Phòng Quản lý thương mại, trong tuần từ ngày 16/9 đến 22/9/2024, giá thu mua mủ cao su tại các công ty trên địa bàn tỉnh tiếp tục tăng. Công ty Cổ phần Cao su Tây Ninh thu mua mủ nước ở mức 425 đồng/độ TSC, tăng 15 đồng so với tuần trước; Công ty TNHH MTV Cao su 30/4 Tây Ninh thu mua 420 đồng/độ TSC; Công ty Cổ phần Cao su Bà Rịa (chi nhánh Tây Ninh) thu mua 418 đồng/độ TSC.

Tại các điểm thu mua tư nhân ở huyện Tân Châu, giá mủ nước dao động từ 390 đến 405 đồng/độ TSC; mủ chén khô ở mức 16.500-17.000 đồng/kg, mủ chén ướt khoảng 13.000 đồng/kg. Từ đầu năm đến nay, giá mủ nước đã tăng khoảng 28%, mức cao nhất kể từ năm 2017.

Theo Sở Nông nghiệp và Phát triển nông thôn, hiện toàn tỉnh có 100.250 ha cao su, đứng thứ tư cả nước về diện tích, trong đó khoảng 62% là cao su tiểu điền với hơn 25.000 hộ tham gia. Năm 2023, sản lượng mủ cao su toàn tỉnh đạt 192.700 tấn; 8 tháng năm 2024 ước đạt 121.350 tấn, tăng 3,1% so với cùng kỳ.

Với mức giá hiện nay, cao su tiểu điền cho lợi nhuận khoảng 55-60 triệu đồng/ha/năm. Mức lợi nhuận này gấp khoảng 1,5 lần năm 2023.

Sở Công Thương khuyến cáo người dân không khai thác mủ quá sớm, không trộn tạp chất vào mủ; các doanh nghiệp thực hiện đúng Nghị định số 98/2018/NĐ-CP về liên kết sản xuất. Mọi thông tin phản ánh về giá cả, thị trường xin liên hệ Phòng Quản lý thương mại, số 83 đường Phạm Tung, phường 3, thành phố Tây Ninh; điện thoại: 0276.3822.455.
"""

COMMENTS = [
    "Department site (Sở Công Thương Tây Ninh), 'Ngày đăng: 23/09/2024 | Người đăng: ... | Lượt xem: 642'. Default location Tây Ninh.",
    "Company prices take the week 16/9-22/9/2024 from the sentence before (inherited). 'tăng 15 đồng so với tuần trước' is a change in đồng.",
    "Private dealers in huyện Tân Châu: location Tân Châu. 'Từ đầu năm đến nay' runs 2024-01-01 to the date posted (2024-09-23);",
    "'giá mủ nước đã tăng khoảng 28%' is a growth rate standing alone (percent figure, no change). 'đứng thứ tư cả nước': rank of Tây Ninh.",
    "'khoảng 62%' after 'trong đó' is a percent: a percent has no whole in ha, so no total. 'gấp khoảng 1,5 lần năm 2023' standing alone: multiple.",
    "Distractors: 'Cao su 30/4' (company name), 'kể từ năm 2017', Nghị định số 98/2018/NĐ-CP, số 83, phường 3, phone, view counter, week dates.",
]

WK = P("trong tuần từ ngày 16/9 đến 22/9/2024", "2024-09-16", "2024-09-22", inh=True)

FIGS = [
    F("mức 425 đồng/độ TSC", "425", 425, "money", "đồng/độ TSC", "giá thu mua mủ nước của Công ty Cổ phần Cao su Tây Ninh", WK,
      change=C("increase", 15, "đồng", "tuần trước")),
    F("thu mua 420 đồng/độ TSC", "420", 420, "money", "đồng/độ TSC", "giá thu mua mủ nước của Công ty TNHH MTV Cao su 30/4 Tây Ninh", WK),
    F("thu mua 418 đồng/độ TSC", "418", 418, "money", "đồng/độ TSC", "giá thu mua mủ nước của Công ty Cổ phần Cao su Bà Rịa", WK),
    F("từ 390 đến 405", "390", 390, "money", "đồng/độ TSC", "giá mủ nước tại các điểm thu mua tư nhân", WK,
      value_max=405, location="Tân Châu"),
    F("mức 16.500-17.000 đồng/kg", "16.500", 16500, "money", "đồng/kg", "giá mủ chén khô", WK,
      value_max=17000, location="Tân Châu"),
    F("khoảng 13.000 đồng/kg", "13.000", 13000, "money", "đồng/kg", "giá mủ chén ướt", WK, approx="about", location="Tân Châu"),
    F("tăng khoảng 28%", "28", 28, "percent", "%", "giá mủ nước tăng",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-09-23"), approx="about"),
    F("có 100.250 ha", "100.250", 100250, "measure", "ha", "diện tích cao su"),
    F("đứng thứ tư cả nước", "tư", 4, "rank", "hạng", "diện tích cao su"),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ lệ cao su tiểu điền", approx="about"),
    F("hơn 25.000 hộ", "25.000", 25000, "count", "hộ", "hộ tham gia trồng cao su tiểu điền", approx="over"),
    F("đạt 192.700 tấn", "192.700", 192700, "measure", "tấn", "sản lượng mủ cao su",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 121.350 tấn", "121.350", 121350, "measure", "tấn", "sản lượng mủ cao su",
      P("8 tháng năm 2024", "2024-01-01", "2024-08-31"), status="estimate",
      change=C("increase", 3.1, "%", "cùng kỳ")),
    F("khoảng 55-60 triệu", "55", 55000000, "money", "đồng/ha/năm", "lợi nhuận cao su tiểu điền",
      approx="about", value_max=60000000),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "mức lợi nhuận cao su tiểu điền so với năm 2023", approx="about"),
]

emit("p274-4", TEXT, COMMENTS, FIGS, published="2024-09-23", location="Tây Ninh")

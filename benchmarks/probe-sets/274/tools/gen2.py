from lib import F, P, C, emit

TEXT = """Xuất khẩu cao su 9 tháng thu về gần 2,3 tỷ USD

Thứ Hai, 14/10/2024, 15:32 (GMT+7)

Giá bình quân tăng mạnh giúp kim ngạch xuất khẩu cao su tăng hai con số dù lượng xuất khẩu giảm nhẹ.

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024, cả nước xuất khẩu 1,43 triệu tấn cao su, trị giá 2,29 tỷ USD, giảm 4,8% về lượng nhưng tăng 12,6% về trị giá so với cùng kỳ năm 2023. Giá xuất khẩu bình quân đạt 1.601 USD/tấn, tăng 18,3% so với cùng kỳ.

Riêng tháng 9/2024, lượng cao su xuất khẩu đạt 212.000 tấn, trị giá 362 triệu USD, tăng 22,4% so với tháng 8/2024 và tăng 35,7% so với cùng kỳ năm 2023.

Về thị trường, Trung Quốc tiếp tục là thị trường tiêu thụ lớn nhất với 1,02 triệu tấn, chiếm 71,3% tổng lượng cao su xuất khẩu của cả nước, trị giá 1,62 tỷ USD. Tiếp theo là Ấn Độ (98.600 tấn), Hàn Quốc (52.300 tấn), Malaysia (45.900 tấn) và Hoa Kỳ (38.200 tấn). Đáng chú ý, xuất khẩu sang Ấn Độ giảm tới 31,5% do nước này tăng nhập khẩu từ Indonesia và Thái Lan.

Về chủng loại, cao su tự nhiên (mã HS 4001) chiếm khoảng 68% lượng xuất khẩu; hỗn hợp cao su tự nhiên và cao su tổng hợp (mã HS 4005) chiếm 30,2%, còn lại là các sản phẩm khác.

Theo Hiệp hội Cao su Việt Nam (VRA), Việt Nam hiện là nước xuất khẩu cao su thiên nhiên lớn thứ ba thế giới, sau Thái Lan và Bờ Biển Ngà, đồng thời là nước sản xuất lớn thứ tư. VRA dự báo kim ngạch xuất khẩu cao su cả năm 2024 có thể đạt khoảng 3,2 tỷ USD, tăng gần 15% so với năm 2023, nhờ giá cao su thế giới duy trì ở mức cao.

Minh Sơn
"""

COMMENTS = [
    "National press, 'Thứ Hai, 14/10/2024, 15:32 (GMT+7)' dateline, byline at the end. National figures: location Việt Nam;",
    "trade partners (Trung Quốc, Ấn Độ, ...) are not places of the figure. Headline '9 tháng' takes the year 2024 of the dateline.",
    "'giảm 4,8% về lượng nhưng tăng 12,6% về trị giá' gives one change to each figure. Tháng 9: 'tăng 22,4% so với tháng 8/2024' is the change",
    "of the value (nearest); the second change 'tăng 35,7% so với cùng kỳ' is an optional percent figure. 'chiếm 71,3%' is the share of 1,02 triệu tấn",
    "(no number for the whole, so no total). Market list inherits '9 tháng năm 2024'. 'giảm tới 31,5%' stands alone: percent figure, no change.",
    "Shares of HS groups are percent figures. 'lớn thứ ba', 'lớn thứ tư': ranks. VRA's 'dự báo' gives status forecast.",
    "revised: the four market-list items' subject is the list's indicator 'lượng cao su xuất khẩu' (partner names dropped, as ministries in h01).",
    "Distractors: mã HS 4001, mã HS 4005, (GMT+7), dates in the dateline, 'hai con số'.",
]

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")

FIGS = [
    F("gần 2,3 tỷ USD", "2,3", 2300000000, "money", "USD", "kim ngạch xuất khẩu cao su",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("xuất khẩu 1,43 triệu tấn", "1,43", 1430000, "measure", "tấn", "lượng cao su xuất khẩu", N9,
      change=C("decrease", 4.8, "%", "cùng kỳ năm 2023")),
    F("trị giá 2,29 tỷ USD", "2,29", 2290000000, "money", "USD", "trị giá xuất khẩu cao su", N9,
      change=C("increase", 12.6, "%", "cùng kỳ năm 2023")),
    F("đạt 1.601 USD/tấn", "1.601", 1601, "money", "USD/tấn", "giá xuất khẩu bình quân", N9i,
      change=C("increase", 18.3, "%", "cùng kỳ")),
    F("đạt 212.000 tấn", "212.000", 212000, "measure", "tấn", "lượng cao su xuất khẩu", T9),
    F("trị giá 362 triệu USD", "362", 362000000, "money", "USD", "trị giá cao su xuất khẩu", T9,
      change=C("increase", 22.4, "%", "tháng 8/2024")),
    F("tăng 35,7%", "35,7", 35.7, "percent", "%", "tăng trưởng trị giá cao su xuất khẩu so với cùng kỳ", T9, optional=True),
    F("với 1,02 triệu tấn", "1,02", 1020000, "measure", "tấn", "lượng cao su xuất khẩu sang Trung Quốc", N9i, percent=71.3),
    F("trị giá 1,62 tỷ USD", "1,62", 1620000000, "money", "USD", "trị giá cao su xuất khẩu sang Trung Quốc", N9i),
    F("Ấn Độ (98.600 tấn)", "98.600", 98600, "measure", "tấn", "lượng cao su xuất khẩu", N9i),
    F("Hàn Quốc (52.300 tấn)", "52.300", 52300, "measure", "tấn", "lượng cao su xuất khẩu", N9i),
    F("Malaysia (45.900 tấn)", "45.900", 45900, "measure", "tấn", "lượng cao su xuất khẩu", N9i),
    F("Hoa Kỳ (38.200 tấn)", "38.200", 38200, "measure", "tấn", "lượng cao su xuất khẩu", N9i),
    F("giảm tới 31,5%", "31,5", 31.5, "percent", "%", "xuất khẩu cao su sang Ấn Độ giảm", N9i),
    F("chiếm khoảng 68%", "68", 68, "percent", "%", "tỷ trọng cao su tự nhiên (mã HS 4001) trong lượng xuất khẩu", N9i,
      approx="about"),
    F("chiếm 30,2%", "30,2", 30.2, "percent", "%",
      "tỷ trọng hỗn hợp cao su tự nhiên và cao su tổng hợp (mã HS 4005) trong lượng xuất khẩu", N9i),
    F("lớn thứ ba thế giới", "ba", 3, "rank", "hạng", "nước xuất khẩu cao su thiên nhiên thế giới"),
    F("lớn thứ tư", "tư", 4, "rank", "hạng", "nước sản xuất cao su thiên nhiên thế giới"),
    F("khoảng 3,2 tỷ USD", "3,2", 3200000000, "money", "USD", "kim ngạch xuất khẩu cao su",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=C("increase", 15, "%", "năm 2023", approx="nearly")),
]

emit("p274-2", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")

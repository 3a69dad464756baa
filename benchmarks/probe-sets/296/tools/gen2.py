from lib import F, P, C, T, emit

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Tin tức - Sự kiện | Văn hóa - Du lịch

Côn Đảo: Khách lưu trú 9 tháng tăng mạnh, nhiều thời điểm "cháy phòng"
Ngày đăng: 12/10/2024 | Lượt xem: 847

Theo Phòng Văn hóa - Thông tin huyện, 9 tháng năm 2024, huyện Côn Đảo đón 512.400 lượt khách, tăng 18,7% so với cùng kỳ, đạt 85,4% kế hoạch năm (600.000 lượt). Trong đó, khách lưu trú qua đêm là 389.000 lượt với 842.000 ngày khách; thời gian lưu trú bình quân 2,16 ngày. Khách quốc tế đạt gần 27.000 lượt, chiếm 5,3% tổng lượt khách.

Tính đến ngày 30/9/2024, trên địa bàn huyện có 142 cơ sở lưu trú với 2.310 phòng, gồm: 38 khách sạn (1.426 phòng), 72 nhà nghỉ, nhà khách (598 phòng) và 32 homestay (286 phòng). Riêng các khu nghỉ dưỡng cao cấp hạng 4-5 sao có 412 phòng.

Công suất sử dụng phòng bình quân 9 tháng đạt 64,8%; riêng quý II/2024 đạt 81,3%, các dịp lễ 30/4 - 1/5 và Quốc khánh 2/9 đạt từ 95 đến 100%. Doanh thu từ hoạt động lưu trú, ăn uống ước đạt 1.126 tỷ đồng, tăng 21,5% so với cùng kỳ năm 2023. Giá phòng khách sạn 3 sao phổ biến từ 1,2 triệu đến 2,5 triệu đồng/đêm.

Hiện mỗi ngày có 14 chuyến bay và 4 chuyến tàu cao tốc ra Côn Đảo. Du khách cần hỗ trợ liên hệ Trung tâm Thông tin xúc tiến du lịch, số 28 Tôn Đức Thắng, thị trấn Côn Đảo; điện thoại 0254.3830.165 (từ 7 giờ 30 đến 17 giờ).

Minh Tâm
"""

N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)

FIGS = [
    F("đón 512.400 lượt khách", "512.400", 512400, "count", "lượt khách", "lượt khách đón",
      change=C("increase", 18.7, "%", "cùng kỳ"), percent=85.4, target=T(600000, "lượt"), period=N9),
    F("là 389.000 lượt", "389.000", 389000, "count", "lượt", "khách lưu trú qua đêm", total=512400, period=N9i),
    F("với 842.000 ngày khách", "842.000", 842000, "count", "ngày khách", "ngày khách lưu trú qua đêm", period=N9i),
    F("bình quân 2,16 ngày", "2,16", 2.16, "measure", "ngày", "thời gian lưu trú bình quân", period=N9i),
    F("gần 27.000 lượt", "27.000", 27000, "count", "lượt", "khách quốc tế", approx="nearly", percent=5.3,
      period=N9i),
    F("có 142 cơ sở lưu trú", "142", 142, "count", "cơ sở lưu trú", "cơ sở lưu trú", period=ASOF),
    F("với 2.310 phòng", "2.310", 2310, "count", "phòng", "phòng của cơ sở lưu trú", period=ASOF),
    F("38 khách sạn", "38", 38, "count", "khách sạn", "khách sạn", total=142, period=ASOF),
    F("(1.426 phòng)", "1.426", 1426, "count", "phòng", "phòng khách sạn", total=2310, period=ASOF),
    F("72 nhà nghỉ", "72", 72, "count", "nhà nghỉ, nhà khách", "nhà nghỉ, nhà khách", total=142, period=ASOF),
    F("(598 phòng)", "598", 598, "count", "phòng", "phòng nhà nghỉ, nhà khách", total=2310, period=ASOF),
    F("32 homestay", "32", 32, "count", "homestay", "homestay", total=142, period=ASOF),
    F("(286 phòng)", "286", 286, "count", "phòng", "phòng homestay", total=2310, period=ASOF),
    F("có 412 phòng", "412", 412, "count", "phòng", "phòng các khu nghỉ dưỡng cao cấp hạng 4-5 sao",
      period=ASOFi),
    F("9 tháng đạt 64,8%", "64,8", 64.8, "percent", "%", "công suất sử dụng phòng bình quân",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 81,3%", "81,3", 81.3, "percent", "%", "công suất sử dụng phòng quý II/2024",
      period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("từ 95 đến 100%", "95", 95, "percent", "%", "công suất sử dụng phòng các dịp lễ", value_max=100,
      period=N9i),
    F("ước đạt 1.126 tỷ đồng", "1.126", 1126000000000, "money", "đồng", "doanh thu từ hoạt động lưu trú, ăn uống",
      status="estimate", change=C("increase", 21.5, "%", "cùng kỳ năm 2023"), period=N9i),
    F("từ 1,2 triệu đến", "1,2", 1200000, "money", "đồng/đêm", "giá phòng khách sạn 3 sao", value_max=2500000),
    F("có 14 chuyến bay", "14", 14, "count", "chuyến bay", "chuyến bay mỗi ngày ra Côn Đảo"),
    F("4 chuyến tàu cao tốc", "4", 4, "count", "chuyến tàu cao tốc", "chuyến tàu cao tốc mỗi ngày ra Côn Đảo"),
]

COMMENTS = """
District portal (huyện Côn Đảo, Bà Rịa - Vũng Tàu): khách du lịch 9 tháng năm 2024, cơ sở lưu trú theo loại hình, công suất phòng, doanh thu.
Dateline "Ngày đăng: 12/10/2024 | Lượt xem: 847". Distractors: holiday dates 30/4 - 1/5, 2/9; star classes "hạng 4-5 sao", "3 sao";
address "số 28 Tôn Đức Thắng", phone, office hours "7 giờ 30 đến 17 giờ".
"đạt 85,4% kế hoạch năm (600.000 lượt)": percent 85,4 and target 600.000 of the 512.400 (result against plan). "Trong đó" after a sentence
break gives the overnight guests the whole 512.400; "gồm:" list: establishments are parts of 142 cơ sở, bracketed rooms parts of 2.310 phòng.
"chiếm 5,3% tổng lượt khách" names no number, so no total. Holiday occupancy range: period not a clean phrase, marked inherited (unscored).
"""

emit(2, COMMENTS, TEXT, FIGS, published="2024-10-12", location="Côn Đảo")

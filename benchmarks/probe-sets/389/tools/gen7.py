from lib import F, P, I, emit

TEXT = """Thời sự

Hơn 28.500 hộ dân miền Trung được sơ tán tránh bão Trà Mi

Thứ bảy, 26/10/2024, 19:40 (GMT+7)

Đến 17h chiều nay, 6 tỉnh, thành từ Quảng Bình đến Quảng Ngãi đã sơ tán 28.560 hộ với 98.430 người khỏi vùng nguy cơ ngập lụt, sạt lở, theo Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai.

Trong đó, Thừa Thiên Huế sơ tán nhiều nhất với 9.870 hộ, chiếm 34,6%; tiếp đến là Quảng Trị 7.215 hộ, Quảng Nam 5.640 hộ, Quảng Bình 3.120 hộ.

Tại Thừa Thiên Huế, trong 24 giờ qua, nhiều trạm đo mưa tự động ghi nhận lượng mưa trên 300 mm; trạm A Lưới đo được 486 mm, trạm Bạch Mã 612 mm. Cơ quan khí tượng dự báo từ đêm nay đến ngày 28/10, vùng núi Thừa Thiên Huế tiếp tục mưa 200-400 mm, có nơi trên 600 mm. Nguy cơ sạt lở đất cấp 3 được cảnh báo tại 43 xã miền núi của tỉnh này.

Ông Nguyễn Văn Phương, Chủ tịch UBND Thừa Thiên Huế, cho biết tỉnh đã chuẩn bị 1.200 tấn gạo, 45.000 thùng mì tôm và huy động khoảng 3.500 cán bộ, chiến sĩ sẵn sàng ứng cứu.

Tại Quảng Nam, gần 1.600 hộ ở các huyện Nam Trà My, Bắc Trà My, Phước Sơn được di dời khẩn cấp do nguy cơ sạt lở, tăng gấp 2,5 lần so với đợt mưa lũ đầu tháng 10. Tỉnh đã chi 4,5 tỷ đồng hỗ trợ tiền ăn cho người dân ở nơi sơ tán, mức 50.000 đồng/người/ngày.

Ngày 25/10, Thủ tướng ban hành Công điện số 108/CĐ-TTg yêu cầu các địa phương hoàn thành sơ tán dân trước 12h ngày 27/10. Bão Trà Mi là cơn bão số 6 hoạt động trên Biển Đông năm nay.

Võ Thạnh - Đắc Thành
"""

ASOF = P("Đến 17h chiều nay", None, "2024-10-26")
FC = P("từ đêm nay đến ngày 28/10", "2024-10-26", "2024-10-28")
TTH = "Thừa Thiên Huế"

FIGS = [
    F("Hơn 28.500 hộ", "28.500", 28500, "count", "hộ", "hộ dân miền Trung được sơ tán tránh bão", approx="over"),
    F("chiều nay, 6 tỉnh", "6", 6, "count", "tỉnh, thành", "tỉnh, thành sơ tán dân", ASOF),
    F("sơ tán 28.560 hộ", "28.560", 28560, "count", "hộ", "hộ được sơ tán khỏi vùng nguy cơ ngập lụt, sạt lở", ASOF),
    F("với 98.430 người", "98.430", 98430, "count", "người", "người được sơ tán khỏi vùng nguy cơ ngập lụt, sạt lở", ASOF),
    F("với 9.870 hộ", "9.870", 9870, "count", "hộ", "hộ được sơ tán", I(ASOF), total=28560, percent=34.6, location=TTH),
    F("Quảng Trị 7.215 hộ", "7.215", 7215, "count", "hộ", "hộ được sơ tán", I(ASOF), total=28560, location="Quảng Trị"),
    F("Quảng Nam 5.640 hộ", "5.640", 5640, "count", "hộ", "hộ được sơ tán", I(ASOF), total=28560, location="Quảng Nam"),
    F("Quảng Bình 3.120 hộ", "3.120", 3120, "count", "hộ", "hộ được sơ tán", I(ASOF), total=28560, location="Quảng Bình"),
    F("mưa trên 300 mm", "300", 300, "measure", "mm", "lượng mưa tại trạm đo mưa tự động", approx="over", location=TTH),
    F("được 486 mm", "486", 486, "measure", "mm", "lượng mưa trạm A Lưới", location="A Lưới"),
    F("Bạch Mã 612 mm", "612", 612, "measure", "mm", "lượng mưa trạm Bạch Mã", location=TTH),
    F("mưa 200-400 mm", "200", 200, "measure", "mm", "lượng mưa vùng núi", FC, value_max=400, status="forecast",
      location=TTH),
    F("nơi trên 600 mm", "600", 600, "measure", "mm", "lượng mưa vùng núi", FC, approx="over", status="forecast",
      location=TTH),
    F("tại 43 xã", "43", 43, "count", "xã", "xã miền núi được cảnh báo nguy cơ sạt lở đất", location=TTH),
    F("1.200 tấn gạo", "1.200", 1200, "measure", "tấn", "gạo chuẩn bị", location=TTH),
    F("45.000 thùng", "45.000", 45000, "count", "thùng", "mì tôm chuẩn bị", location=TTH),
    F("khoảng 3.500 cán bộ", "3.500", 3500, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ huy động sẵn sàng ứng cứu",
      approx="about", location=TTH),
    F("gần 1.600 hộ", "1.600", 1600, "count", "hộ", "hộ được di dời khẩn cấp do nguy cơ sạt lở", approx="nearly",
      change={"direction": "increase", "value": 2.5, "unit": "lần", "baseline": "đợt mưa lũ đầu tháng 10"},
      location="Quảng Nam"),
    F("chi 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng", "hỗ trợ tiền ăn cho người dân ở nơi sơ tán",
      location="Quảng Nam"),
    F("mức 50.000 đồng/người/ngày", "50.000", 50000, "money", "đồng/người/ngày", "mức hỗ trợ tiền ăn",
      location="Quảng Nam"),
]

COMMENTS = [
    "National online press: evacuation before storm Trà Mi, central provinces. 'Thứ bảy, 26/10/2024, 19:40 (GMT+7)' is the dateline.",
    "The national steering committee's total over 6 provinces is reported as a national figure (location Việt Nam, default); provinces get their own.",
    "'Đến 17h chiều nay' is an as-of on the day of publication (end 2024-10-26); the 'Trong đó' list in the next sentence inherits it and",
    "takes 28.560 hộ as total (parts after 'Trong đó' at a sentence break, same unit). 'chiếm 34,6%' is the share of 9.870 hộ.",
    "'trong 24 giờ qua' is a duration without a date: no period. A Lưới is a district (location); Bạch Mã is a mountain station (Thừa Thiên Huế).",
    "Distractors: '17h', '12h ngày 27/10', 'Ngày 25/10', 'Công điện số 108/CĐ-TTg', 'cơn bão số 6' (a storm's serial number), 'cấp 3' (risk level),",
    "'(GMT+7)', 'đầu tháng 10' (a baseline). 'tăng gấp 2,5 lần so với ...' after 1.600 hộ is its change (2,5 lần).",
]

emit("p389-7", TEXT, COMMENTS, FIGS, published="2024-10-26", location="Việt Nam")

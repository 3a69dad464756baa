from lib import F, P, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
Ngày đăng: 05/12/2023 | Lượt xem: 847

Hơn 9,4 km bờ biển bị sạt lở sau đợt triều cường tháng 11

Do ảnh hưởng của không khí lạnh kết hợp gió đông mạnh và triều cường, vùng ven biển tỉnh Quảng Nam liên tục xảy ra sạt lở. Theo thống kê của Chi cục Thủy lợi, trong tháng 11/2023, tổng chiều dài bờ biển bị sạt lở hơn 9,4 km, tăng 2,1 km so với cùng kỳ năm 2022; nhiều đoạn bờ biển bị xâm thực sâu từ 15-30 m.

Chiều dài sạt lở và kè tạm theo địa phương
Đơn vị tính: m
Địa phương
Chiều dài sạt lở
Kè tạm đã thi công
Hội An
3.150
1.820
Duy Xuyên
2.460
950
Thăng Bình
1.780
600
Núi Thành
2.030
410

Tại Hội An, bãi biển Cửa Đại, An Bàng, Tân Thành bị sạt lở nặng, có đoạn ăn sâu vào đất liền 25 m, làm hư hỏng 14 nhà hàng, ki-ốt ven biển. UBND tỉnh đã hỗ trợ khẩn cấp 30 tỷ đồng cho thành phố Hội An và 15 tỷ đồng cho huyện Duy Xuyên để thi công kè tạm bằng bao tải cát, rọ đá.

Về lâu dài, tỉnh đang triển khai dự án kè chống sạt lở bờ biển Cửa Đại (thành phố Hội An) giai đoạn 2 với chiều dài 2.080 m, tổng mức đầu tư 498 tỷ đồng, dự kiến hoàn thành trong năm 2025. Lũy kế đến 30/11/2023, dự án đã giải ngân 212,5 tỷ đồng, đạt 42,7% tổng mức đầu tư.

Chi cục Thủy lợi khuyến cáo người dân, du khách không đến gần khu vực bờ biển đang sạt lở; mọi thông tin phản ánh xin gửi về địa chỉ số 12 Trần Hưng Đạo, TP Tam Kỳ hoặc số điện thoại 0235.3810.675.

Phòng Quản lý đê điều
"""

P11 = P("trong tháng 11/2023", "2023-11-01", "2023-11-30")
P11i = P("trong tháng 11/2023", "2023-11-01", "2023-11-30", inh=True)
PL = P("Lũy kế đến 30/11/2023", None, "2023-11-30")

FIGS = [
    F("Hơn 9,4 km", "9,4", 9.4, "measure", "km", "bờ biển bị sạt lở", approx="over", period=P11i),
    F("hơn 9,4 km, tăng", "9,4", 9.4, "measure", "km", "tổng chiều dài bờ biển bị sạt lở", approx="over",
      change={"direction": "increase", "value": 2.1, "unit": "km", "baseline": "cùng kỳ năm 2022"}, period=P11),
    F("từ 15-30 m", "15", 15, "measure", "m", "đoạn bờ biển bị xâm thực sâu", value_max=30, period=P11i),
]
rows = [("Hội An", "3.150", "1.820"), ("Duy Xuyên", "2.460", "950"), ("Thăng Bình", "1.780", "600"),
        ("Núi Thành", "2.030", "410")]
for i, (loc, a, b) in enumerate(rows):
    FIGS.append(F(f"{loc}\n{a}\n", a, float(a.replace(".", "")), "measure", "m", "Chiều dài sạt lở", location=loc, period=P11i))
    nxt = rows[i + 1][0] if i + 1 < len(rows) else ""
    FIGS.append(F(f"{a}\n{b}\n{nxt}", b, float(b.replace(".", "")), "measure", "m", "Kè tạm đã thi công", location=loc, period=P11i))

FIGS += [
    F("đất liền 25 m", "25", 25, "measure", "m", "đoạn sạt lở ăn sâu vào đất liền", location="Hội An", period=P11i),
    F("hư hỏng 14 nhà hàng", "14", 14, "count", "nhà hàng, ki-ốt", "nhà hàng, ki-ốt ven biển bị hư hỏng", location="Hội An", period=P11i),
    F("khẩn cấp 30 tỷ đồng", "30", 30e9, "money", "đồng", "UBND tỉnh hỗ trợ khẩn cấp thi công kè tạm", location="Hội An"),
    F("và 15 tỷ đồng", "15", 15e9, "money", "đồng", "UBND tỉnh hỗ trợ khẩn cấp thi công kè tạm", location="Duy Xuyên"),
    F("chiều dài 2.080 m", "2.080", 2080, "measure", "m", "chiều dài dự án kè chống sạt lở bờ biển Cửa Đại", location="Hội An"),
    F("tư 498 tỷ đồng", "498", 498e9, "money", "đồng", "tổng mức đầu tư dự án kè chống sạt lở bờ biển Cửa Đại", location="Hội An"),
    F("giải ngân 212,5 tỷ đồng", "212,5", 212.5e9, "money", "đồng", "dự án kè Cửa Đại đã giải ngân", percent=42.7,
      location="Hội An", period=PL),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Quảng Nam), 'Ngày đăng: 05/12/2023 | Lượt xem: 847'. Coastal erosion in November 2023 by locality.",
    "Headline 'Hơn 9,4 km' annotated (period inherited). Body 9,4 km carries the change 'tăng 2,1 km so với cùng kỳ năm 2022'.",
    "'từ 15-30 m' range. One-cell-per-line table with 'Đơn vị tính: m': every cell a figure, place labels to location, subject = column label,",
    "period inherited from 'trong tháng 11/2023' in the text above.",
    "'giai đoạn 2' (project phase), 'số 12 Trần Hưng Đạo', phone, dates are distractors.",
    "'dự kiến hoàn thành trong năm 2025' governs only its clause (no figure): 2.080 m and 498 tỷ stay actual and get no period.",
    "212,5 tỷ 'đạt 42,7% tổng mức đầu tư' percent; as-of 'Lũy kế đến 30/11/2023'.",
    "revised: 2.080 m subject now names the length ('chiều dài …'), as the other length figures.",
    "30 tỷ / 15 tỷ: the place each amount goes to is its location; no period is stated for the support.",
]

emit(5, TEXT, FIGS, COMMENTS, published="2023-12-05", location="Quảng Nam")

from lib import F, P, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ » Tin tức » Văn hóa - Xã hội

Thanh Hóa: Hơn 70 nghìn người khuyết tật được hưởng trợ cấp xã hội hằng tháng
Cập nhật: 14/03/2024 09:15 | Lượt xem: 2.341

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, tính đến ngày 31/12/2023, toàn tỉnh Thanh Hóa có 86.420 người khuyết tật, chiếm khoảng 2,3% dân số. Trong đó, người khuyết tật đặc biệt nặng là 21.356 người, người khuyết tật nặng 49.872 người và người khuyết tật nhẹ 15.192 người. Các địa phương có số người khuyết tật đông nhất là huyện Thọ Xuân (5.126 người), Quảng Xương (4.870 người), Hoằng Hóa (4.652 người) và thành phố Thanh Hóa (4.318 người).

Năm 2023, toàn tỉnh có 70.184 người khuyết tật đang hưởng trợ cấp xã hội hằng tháng, tăng 3,4% so với năm 2022; tổng kinh phí chi trả đạt 612,5 tỷ đồng. Ngoài ra, 19.860 người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc hằng tháng và 1.245 người được nuôi dưỡng tại Trung tâm Bảo trợ xã hội số 2 cùng các cơ sở bảo trợ xã hội khác. Gần 98% người khuyết tật đã được cấp giấy xác nhận mức độ khuyết tật.

Theo Nghị định số 20/2021/NĐ-CP, mức trợ cấp hằng tháng đối với người khuyết tật đặc biệt nặng là 720.000 đồng, người khuyết tật nặng là 540.000 đồng (mức chuẩn trợ giúp xã hội là 360.000 đồng).

Năm 2024, tỉnh phấn đấu 100% người khuyết tật đủ điều kiện được hưởng trợ cấp xã hội kịp thời, đúng quy định; khoảng 3.500 lượt người khuyết tật được khám sàng lọc, phục hồi chức năng tại cộng đồng.

Mọi phản ánh về chế độ, chính sách đối với người khuyết tật xin gọi đường dây nóng 0237.3852.456 (giờ hành chính từ 7 giờ 30 đến 17 giờ).
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASOF_I = P("tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 70 nghìn người", "70", "count", "người khuyết tật", "người khuyết tật được hưởng trợ cấp xã hội hằng tháng",
      mult=1000, approx="over"),
    F("có 86.420 người", "86.420", "count", "người khuyết tật", "người khuyết tật", percent=2.3, period=ASOF),
    F("là 21.356 người", "21.356", "count", "người", "người khuyết tật đặc biệt nặng", total=86420, period=ASOF_I),
    F("nặng 49.872 người", "49.872", "count", "người", "người khuyết tật nặng", total=86420, period=ASOF_I),
    F("nhẹ 15.192 người", "15.192", "count", "người", "người khuyết tật nhẹ", total=86420, period=ASOF_I),
    F("Thọ Xuân (5.126 người)", "5.126", "count", "người", "số người khuyết tật", period=ASOF_I, location="Thọ Xuân"),
    F("Quảng Xương (4.870 người)", "4.870", "count", "người", "số người khuyết tật", period=ASOF_I, location="Quảng Xương"),
    F("Hoằng Hóa (4.652 người)", "4.652", "count", "người", "số người khuyết tật", period=ASOF_I, location="Hoằng Hóa"),
    F("Thanh Hóa (4.318 người)", "4.318", "count", "người", "số người khuyết tật", period=ASOF_I, location="thành phố Thanh Hóa"),
    F("có 70.184 người", "70.184", "count", "người khuyết tật", "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng",
      change={"direction": "increase", "value": 3.4, "unit": "%", "approx": "exact", "baseline": "năm 2022"}, period=Y23),
    F("đạt 612,5 tỷ đồng", "612,5", "money", "đồng", "tổng kinh phí chi trả trợ cấp", mult=1e9, period=Y23),
    F("19.860 người", "19.860", "count", "người khuyết tật", "người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc hằng tháng", period=Y23_I),
    F("1.245 người", "1.245", "count", "người", "người khuyết tật được nuôi dưỡng tại cơ sở bảo trợ xã hội", period=Y23_I),
    F("Gần 98%", "98", "percent", "%", "người khuyết tật đã được cấp giấy xác nhận mức độ khuyết tật", approx="nearly", period=Y23_I),
    F("là 720.000 đồng", "720.000", "money", "đồng", "mức trợ cấp hằng tháng đối với người khuyết tật đặc biệt nặng"),
    F("là 540.000 đồng", "540.000", "money", "đồng", "mức trợ cấp hằng tháng đối với người khuyết tật nặng"),
    F("là 360.000 đồng", "360.000", "money", "đồng", "mức chuẩn trợ giúp xã hội"),
    F("phấn đấu 100%", "100", "percent", "%", "người khuyết tật đủ điều kiện được hưởng trợ cấp xã hội kịp thời", status="target", period=Y24),
    F("khoảng 3.500 lượt", "3.500", "count", "lượt người khuyết tật", "lượt người khuyết tật được khám sàng lọc, phục hồi chức năng tại cộng đồng",
      approx="about", status="target", period=Y24),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Thanh Hóa): people with disabilities by severity, districts, monthly allowances 2023, 2024 targets.",
    "Dateline 'Cập nhật: 14/03/2024 09:15 | Lượt xem: 2.341' (view counter is page furniture). Headline figure 'Hơn 70 nghìn' has no period.",
    "'chiếm khoảng 2,3% dân số' is the share of 86.420 (percent attribute). The three severity groups after 'Trong đó' have total 86.420.",
    "District list: subject is the list's indicator, district is the location ('thành phố Thanh Hóa' = the city).",
    "Allowance amounts in the Nghị định paragraph carry no period (the decree number 20/2021 is an identifier, not a period).",
    "'phấn đấu' governs both clauses of the 2024 sentence (status target). Distractors: 'số 2' in a centre's name, hotline, office hours.",
]

if __name__ == "__main__":
    build("p354-1", TEXT, FIGS, COMMENTS, published="2024-03-14", location="Thanh Hóa")

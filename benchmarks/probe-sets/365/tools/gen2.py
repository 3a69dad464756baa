from lib import F, P, I, C, T, emit

TEXT = """UBND HUYỆN THÁP MƯỜI - TỈNH ĐỒNG THÁP
Tin kinh tế

Liên kết tiêu thụ lúa: Tháp Mười vượt chỉ tiêu 6 tháng đầu năm
Ngày đăng: 08/07/2024

6 tháng đầu năm 2024, huyện Tháp Mười có 18.640 ha lúa sản xuất theo hợp đồng liên kết tiêu thụ, đạt 112,9% chỉ tiêu được giao, tăng 14,6% so với cùng kỳ năm 2023. Diện tích này gồm 11.230 ha vụ Đông Xuân và 7.410 ha vụ Hè Thu đã xuống giống. Riêng quý II/2024, huyện ký mới 27 hợp đồng liên kết.

Toàn huyện có 9 doanh nghiệp và 23 hợp tác xã tham gia ký kết hợp đồng với 4.870 hộ dân, tăng 612 hộ so với cùng kỳ. Tổng giá trị các hợp đồng ước đạt 486 tỷ đồng.

Trong vụ Đông Xuân, năng suất lúa liên kết bình quân đạt 76,8 tạ/ha; giá thu mua lúa IR 50404 là 6.900 đồng/kg, lúa OM 18 từ 7.600-7.900 đồng/kg. Lợi nhuận của nông dân liên kết đạt 31,5 triệu đồng/ha, cao hơn 4,2 triệu đồng/ha so với nông dân sản xuất ngoài liên kết.

Về chứng nhận, tính đến ngày 30/6/2024, huyện có 2.150 ha lúa đạt chứng nhận VietGAP và 380 ha đạt chứng nhận hữu cơ; 15 mã số vùng trồng lúa đã được cấp với tổng diện tích 5.420 ha.

Ông Lê Văn Chín, xã viên HTX Mỹ Đông 2, chia sẻ: "Tham gia liên kết, tôi được công ty ứng trước vật tư, bán lúa ngay tại ruộng nên đỡ lo đầu ra".

Năm 2024, huyện phấn đấu có 35.000 ha lúa liên kết, chiếm 60% diện tích gieo trồng cả năm. Phòng Nông nghiệp và PTNT đề nghị các hợp tác xã tiếp tục rà soát, củng cố tổ chức, bảo đảm thực hiện đúng hợp đồng đã ký.

Minh Tâm - Phòng NN&PTNT huyện
Địa chỉ: Khóm 3, thị trấn Mỹ An, huyện Tháp Mười; ĐT: 0277.3821.246
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 18.640 ha", "18.640", 18640, "measure", "ha", "diện tích lúa sản xuất theo hợp đồng liên kết tiêu thụ", H1, percent=112.9,
      change=C("increase", 14.6, "%", "cùng kỳ năm 2023")),
    F("gồm 11.230 ha", "11.230", 11230, "measure", "ha", "diện tích lúa liên kết vụ Đông Xuân", I(H1), total=18640),
    F("và 7.410 ha", "7.410", 7410, "measure", "ha", "diện tích lúa liên kết vụ Hè Thu đã xuống giống", I(H1), total=18640),
    F("ký mới 27 hợp đồng", "27", 27, "count", "hợp đồng", "hợp đồng liên kết ký mới", Q2),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp tham gia ký kết hợp đồng", I(H1)),
    F("và 23 hợp tác xã", "23", 23, "count", "hợp tác xã", "hợp tác xã tham gia ký kết hợp đồng", I(H1)),
    F("với 4.870 hộ", "4.870", 4870, "count", "hộ", "hộ dân tham gia ký kết hợp đồng", I(H1),
      change=C("increase", 612, "hộ", "cùng kỳ")),
    F("ước đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "tổng giá trị các hợp đồng", I(H1), status="estimate"),
    F("đạt 76,8 tạ/ha", "76,8", 76.8, "measure", "tạ/ha", "năng suất lúa liên kết bình quân vụ Đông Xuân"),
    F("là 6.900 đồng/kg", "6.900", 6900, "money", "đồng/kg", "giá thu mua lúa IR 50404"),
    F("từ 7.600-7.900", "7.600", 7600, "money", "đồng/kg", "giá thu mua lúa OM 18", value_max=7900),
    F("đạt 31,5 triệu", "31,5", 31.5e6, "money", "đồng/ha", "lợi nhuận của nông dân liên kết",
      change=C("increase", 4.2e6, "đồng/ha", "nông dân sản xuất ngoài liên kết")),
    F("có 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích lúa đạt chứng nhận VietGAP", ASOF),
    F("và 380 ha", "380", 380, "measure", "ha", "diện tích lúa đạt chứng nhận hữu cơ", ASOF),
    F("15 mã số vùng trồng", "15", 15, "count", "mã số vùng trồng", "mã số vùng trồng lúa đã được cấp", ASOF),
    F("diện tích 5.420 ha", "5.420", 5420, "measure", "ha", "tổng diện tích mã số vùng trồng lúa", ASOF),
    F("có 35.000 ha", "35.000", 35000, "measure", "ha", "diện tích lúa liên kết", Y24, percent=60, status="target"),
]

COMMENTS = [
    "District portal (huyện Tháp Mười, Đồng Tháp): rice linkage 6 tháng đầu năm 2024; 'Ngày đăng: 08/07/2024' without time; byline and",
    "address at the end. Location Tháp Mười throughout (communes, HTX stay in the district).",
    "Distractors: variety names 'IR 50404', 'OM 18', 'HTX Mỹ Đông 2', person 'Lê Văn Chín', 'Khóm 3', phone 0277.3821.246, dateline.",
    "18.640 ha: share of plan 112,9 (đạt … chỉ tiêu được giao) and change +14,6% vs cùng kỳ năm 2023; parts after 'gồm' (next sentence) take",
    "total 18.640 (11.230 + 7.410). Seasons give no dates: figures located only by 'vụ Đông Xuân' (yield, prices, profit) carry no period.",
    "Counts and the contract value in later sentences inherit '6 tháng đầu năm 2024'. 4.870 hộ: change +612 hộ vs cùng kỳ.",
    "Price 'từ 7.600-7.900' a range; profit 31,5 triệu đồng/ha with change +4,2 triệu đồng/ha vs farmers outside the linkage.",
    "Certification to 30/6/2024: as-of period (start null). Target 35.000 ha 'phấn đấu', share 60 (chiếm) as its percent, status target.",
]

emit("p365-2", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Tháp Mười")

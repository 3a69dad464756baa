from lib import F, P, CH, emit

TEXT = """UBND HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Cổng thông tin điện tử huyện
Thứ Hai, 15/07/2024 - 16:20

Hoạt động trao đổi hàng hóa cư dân biên giới 6 tháng đầu năm 2024 tiếp tục sôi động

Hoạt động mua bán, trao đổi hàng hóa của cư dân biên giới qua cửa khẩu Mường Khương, lối mở Pha Long (mốc 152) và cặp chợ biên giới Lồ Cô Chin - Pạc Tà duy trì ổn định. Tổng giá trị hàng hóa trao đổi 6 tháng đầu năm ước đạt 312,5 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2023.

Trong kỳ, có 46.830 lượt cư dân biên giới tham gia mua bán, trao đổi hàng hóa, trong đó 28.915 lượt cư dân phía Việt Nam, chiếm 61,7%. Theo Nghị định số 18/2021/NĐ-CP, mỗi cư dân biên giới được mua, bán, trao đổi hàng hóa miễn thuế với định mức không quá 8 triệu đồng/người/ngày.

Giá trị hàng hóa cư dân mua, bán trong định mức miễn thuế đạt khoảng 186 tỷ đồng; số tiền thuế được miễn ước trên 17,4 tỷ đồng. Các mặt hàng chủ yếu là chuối, dứa, gạo (xuất) và phân bón, vật tư nông nghiệp, hàng tiêu dùng (nhập). Các tổ hợp tác vận chuyển hàng cư dân (gồm 9 tổ, 163 thành viên) đã mua gom hàng hóa trị giá gần 94 tỷ đồng.

Tính đến ngày 30/6/2024, chợ biên giới Mường Khương có 214 hộ kinh doanh cố định với 352 ki-ốt, tăng 26 hộ so với cuối năm 2023. Bình quân mỗi phiên chợ thu hút từ 1.500 đến 2.000 lượt khách, riêng phiên chủ nhật có thể lên tới trên 3 nghìn lượt.

6 tháng cuối năm, huyện phấn đấu giá trị hàng hóa trao đổi cư dân đạt 350 tỷ đồng, nâng tổng giá trị cả năm lên trên 660 tỷ đồng. Mọi phản ánh xin liên hệ Phòng Kinh tế và Hạ tầng huyện, số điện thoại 0214.3881.236.

Phòng Văn hóa và Thông tin huyện
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
T30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước đạt 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng", "tổng giá trị hàng hóa trao đổi", H6,
      change=CH("increase", 14.2, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("có 46.830 lượt", "46.830", 46830, "count", "lượt cư dân biên giới",
      "lượt cư dân biên giới tham gia mua bán, trao đổi hàng hóa", H6i),
    F("28.915 lượt", "28.915", 28915, "count", "lượt cư dân", "lượt cư dân phía Việt Nam", H6i, total=46830, percent=61.7),
    F("không quá 8 triệu đồng/người/ngày", "8", 8e6, "money", "đồng/người/ngày",
      "định mức hàng hóa miễn thuế của cư dân biên giới", approx="at_most", optional=True),
    F("đạt khoảng 186 tỷ đồng", "186", 186e9, "money", "đồng",
      "giá trị hàng hóa cư dân mua, bán trong định mức miễn thuế", H6i, approx="about"),
    F("ước trên 17,4 tỷ đồng", "17,4", 17.4e9, "money", "đồng", "số tiền thuế được miễn", H6i, approx="over",
      status="estimate"),
    F("gồm 9 tổ", "9", 9, "count", "tổ", "tổ hợp tác vận chuyển hàng cư dân", H6i),
    F("163 thành viên", "163", 163, "count", "thành viên", "thành viên tổ hợp tác vận chuyển hàng cư dân", H6i),
    F("gần 94 tỷ đồng", "94", 94e9, "money", "đồng", "hàng hóa các tổ hợp tác mua gom", H6i, approx="nearly"),
    F("có 214 hộ", "214", 214, "count", "hộ kinh doanh", "hộ kinh doanh cố định chợ biên giới Mường Khương", T30,
      change=CH("increase", 26, "hộ", "cuối năm 2023")),
    F("352 ki-ốt", "352", 352, "count", "ki-ốt", "ki-ốt chợ biên giới Mường Khương", T30),
    F("từ 1.500 đến 2.000 lượt khách", "1.500", 1500, "count", "lượt khách", "lượt khách bình quân mỗi phiên chợ", H6i,
      value_max=2000),
    F("trên 3 nghìn lượt", "3", 3000, "count", "lượt", "lượt khách phiên chủ nhật", H6i, approx="over"),
    F("đạt 350 tỷ đồng", "350", 350e9, "money", "đồng", "giá trị hàng hóa trao đổi cư dân", H2, status="target"),
    F("trên 660 tỷ đồng", "660", 660e9, "money", "đồng", "tổng giá trị cả năm", Y, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mường Khương (Lào Cai): trao đổi hàng hóa cư dân biên giới 6 tháng đầu năm 2024; chợ biên giới; targets.",
    "Dateline 'Thứ Hai, 15/07/2024 - 16:20'. Distractors: 'mốc 152', 'Nghị định số 18/2021/NĐ-CP', phone 0214.3881.236, pair-market names.",
    "Year-less '6 tháng đầu năm' takes 2024 from the headline; 'Trong kỳ' and later sentences inherit it (not scored).",
    "The duty-free norm 'không quá 8 triệu đồng/người/ngày' is a regulatory threshold, not a statistic: optional (at_most).",
    "'(gồm 9 tổ, 163 thành viên)' counts different things, so neither is a part of the other; they are plain counts.",
    "'tăng 26 hộ so với cuối năm 2023' is the change of the 214 hộ (unit hộ). '6 tháng cuối năm' = 2024-07-01..2024-12-31.",
    "'trên 3 nghìn lượt' (Sunday sessions, 'có thể lên tới') kept as an actual count with approx over.",
]

emit("p372-2", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Mường Khương")

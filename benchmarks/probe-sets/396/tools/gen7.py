from lib import *

A = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
Tin hoạt động

Thu tiền dịch vụ môi trường rừng 6 tháng đầu năm tăng 15,3%
Ngày cập nhật 15/07/2024

Theo Quỹ Bảo vệ và Phát triển rừng tỉnh, 6 tháng đầu năm 2024, tổng số tiền dịch vụ môi trường rừng thu được đạt 2,84 tỷ đồng, tăng 15,3% so với cùng kỳ năm 2023. Trong đó, thu từ các cơ sở nuôi trồng thủy sản sử dụng dịch vụ môi trường rừng 1,96 tỷ đồng (chiếm 69%), thu từ các cơ sở kinh doanh du lịch sinh thái 0,52 tỷ đồng, còn lại là tiền lãi và các khoản thu khác.

Quỹ đã giải ngân 2,15 tỷ đồng cho 8 chủ rừng là tổ chức và 1.247 hộ gia đình, cá nhân nhận khoán bảo vệ 4.963,5 ha rừng phòng hộ ven biển. Mức chi trả bình quân dao động từ 410.000 đến 520.000 đồng/ha tùy hệ số K, theo quy định tại Điều 63 Nghị định số 156/2018/NĐ-CP.

Về trồng rừng, từ đầu năm đến nay toàn tỉnh trồng mới 87,6 ha rừng ngập mặn, đạt 58,4% kế hoạch năm 2024, gồm huyện Duyên Hải 41,2 ha, huyện Cầu Ngang 28,9 ha và huyện Châu Thành 17,5 ha. Tính đến ngày 30/6/2024, diện tích rừng của tỉnh là 9.458 ha, tỷ lệ che phủ rừng đạt 4,12%; trong đó rừng phòng hộ ven biển 7.902 ha, chiếm 83,5%.

Kế hoạch 6 tháng cuối năm, Quỹ phấn đấu thu thêm khoảng 2,5 tỷ đồng, nâng tổng thu cả năm 2024 lên trên 5,3 tỷ đồng; đồng thời phối hợp với UBND các huyện ven biển kiểm tra 100% diện tích rừng được chi trả.

Lượt truy cập: 15.208
Địa chỉ: Số 18 đường Lê Lợi, phường 1, TP Trà Vinh - ĐT: 0294.3862.554
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-15")
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
S = "diện tích trồng mới rừng ngập mặn"
figs = [
    F("tháng đầu năm tăng 15,3%", "15,3", 15.3, "percent", "%", "thu tiền dịch vụ môi trường rừng",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("đạt 2,84 tỷ đồng", "2,84", 2840000000, "money", "đồng", "tổng số tiền dịch vụ môi trường rừng thu được",
      change=C("increase", 15.3, "%", "cùng kỳ năm 2023"), period=H6),
    F("rừng 1,96 tỷ đồng", "1,96", 1960000000, "money", "đồng", "thu từ các cơ sở nuôi trồng thủy sản sử dụng dịch vụ môi trường rừng",
      total=2840000000, percent=69, period=H6i),
    F("sinh thái 0,52 tỷ đồng", "0,52", 520000000, "money", "đồng", "thu từ các cơ sở kinh doanh du lịch sinh thái",
      total=2840000000, period=H6i),
    F("giải ngân 2,15 tỷ đồng", "2,15", 2150000000, "money", "đồng", "tiền Quỹ giải ngân", period=H6i),
    F("cho 8 chủ rừng", "8", 8, "count", "chủ rừng", "chủ rừng là tổ chức", period=H6i),
    F("và 1.247 hộ", "1.247", 1247, "count", "hộ gia đình, cá nhân", "hộ gia đình, cá nhân nhận khoán bảo vệ rừng", period=H6i),
    F("bảo vệ 4.963,5 ha", "4.963,5", 4963.5, "measure", "ha", "rừng phòng hộ ven biển nhận khoán bảo vệ", period=H6i),
    F("từ 410.000 đến 520.000 đồng/ha", "410.000", 410000, "money", "đồng/ha", "mức chi trả bình quân", value_max=520000),
    F("trồng mới 87,6 ha", "87,6", 87.6, "measure", "ha", "rừng ngập mặn trồng mới", percent=58.4, period=YTD),
    F("Duyên Hải 41,2 ha", "41,2", 41.2, "measure", "ha", S, total=87.6, period=YTD, location="Duyên Hải"),
    F("Cầu Ngang 28,9 ha", "28,9", 28.9, "measure", "ha", S, total=87.6, period=YTD, location="Cầu Ngang"),
    F("Châu Thành 17,5 ha", "17,5", 17.5, "measure", "ha", S, total=87.6, period=YTD, location="Châu Thành"),
    F("tỉnh là 9.458 ha", "9.458", 9458, "measure", "ha", "diện tích rừng của tỉnh", period=AS),
    F("đạt 4,12%", "4,12", 4.12, "percent", "%", "tỷ lệ che phủ rừng", period=AS),
    F("ven biển 7.902 ha", "7.902", 7902, "measure", "ha", "rừng phòng hộ ven biển", total=9458, percent=83.5, period=AS),
    F("khoảng 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", "tiền Quỹ thu thêm", approx="about", status="target", period=H2),
    F("trên 5,3 tỷ đồng", "5,3", 5300000000, "money", "đồng", "tổng thu cả năm", approx="over", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 100% diện tích", "100", 100, "percent", "%", "diện tích rừng được chi trả được kiểm tra", status="target", period=H2),
]
comments = [
    "Department site (Sở NN&PTNT Trà Vinh): PFES revenue and payments first half 2024, mangrove planting by district, forest area as of 30/6/2024, H2 plan.",
    "Dateline 'Ngày cập nhật 15/07/2024' (no time, no colon); the counter 'Lượt truy cập: 15.208' and the footer address/phone are page furniture.",
    "Title growth rate '6 tháng đầu năm tăng 15,3%' is itself the claim: a percent figure, no change object; in the body the same rate is the change of 2,84 tỷ.",
    "'Trong đó' parts total 2,84 tỷ (new sentence, period inherited); '(chiếm 69%)' is the part's percent. 'gồm huyện …' parts total 87,6 ha, same sentence period",
    "'từ đầu năm đến nay' = 2024-01-01 to the dateline. 'đạt 58,4% kế hoạch năm 2024' = percent of 87,6 ha. The H2 plan 'Kế hoạch … phấn đấu' = targets;",
    "'6 tháng cuối năm' = 2024-07-01..2024-12-31; '100% diện tích' continues the 'phấn đấu' clause. Distractors: Điều 63, Nghị định số 156/2018/NĐ-CP, hệ số K.",
]
write("p396-7", A, figs, comments, published="2024-07-15", location="Trà Vinh")

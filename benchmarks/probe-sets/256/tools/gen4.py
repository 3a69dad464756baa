from lib import build, F, P, chg, tgt

TEXT = """
Ngành mía đường hồi phục sau nhiều năm khó khăn
Thứ Sáu, 20/9/2024, 10:30 (GMT+7)

Theo Hiệp hội Mía đường Việt Nam (VSSA), niên vụ 2023-2024 cả nước có 25 nhà máy đường hoạt động, ép tổng cộng gần 9,6 triệu tấn mía, tăng 11,8% so với niên vụ trước; sản xuất khoảng 1,02 triệu tấn đường các loại. Doanh thu toàn ngành ước đạt 28,5 nghìn tỷ đồng.

Tổng diện tích mía nguyên liệu đạt 171.300 ha, năng suất bình quân 68,2 tấn/ha, chữ đường bình quân 10,3 CCS. Các địa phương có sản lượng mía ép lớn nhất gồm Gia Lai (2,35 triệu tấn), Tây Ninh (1,48 triệu tấn), Thanh Hóa (1,39 triệu tấn) và Nghệ An (1,05 triệu tấn).

Giá mía nguyên liệu tại ruộng phổ biến từ 1,1 đến 1,3 triệu đồng/tấn, cao nhất trong 10 năm trở lại đây; người trồng mía có lãi bình quân 25-30 triệu đồng/ha.

Tuy nhiên, đường nhập lậu và gian lận thương mại vẫn là thách thức. 8 tháng đầu năm 2024, Việt Nam nhập khẩu 412.000 tấn đường, trị giá 254 triệu USD, giảm 17,6% về lượng so với cùng kỳ năm 2023; trong đó nhập khẩu từ Thái Lan 158.200 tấn, chiếm 38,4%.

Theo Chiến lược phát triển ngành mía đường Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 28/QĐ-TTg), đến năm 2030 cả nước phấn đấu có 200.000 ha mía, năng suất bình quân 75 tấn/ha, sản lượng đường đạt 2 triệu tấn. Đây là mục tiêu không dễ, khi diện tích hiện nay mới bằng 85,7% mục tiêu.

Minh Châu
"""

NV = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVi = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31", inh=True)
T8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
MT = P("đến năm 2030", None, "2030-12-31")
SL = "sản lượng mía ép"

FIGS = [
    F("có 25 nhà máy đường", "25", 25, "count", "nhà máy đường", "nhà máy đường hoạt động", period=NV),
    F("gần 9,6 triệu tấn mía", "9,6", 9600000, "measure", "tấn", "mía ép", approx="nearly",
      change=chg("increase", 11.8, "%", "niên vụ trước"), period=NV),
    F("khoảng 1,02 triệu tấn đường", "1,02", 1020000, "measure", "tấn", "đường các loại sản xuất", approx="about", period=NV),
    F("28,5 nghìn tỷ đồng", "28,5", 28500000000000, "money", "đồng", "doanh thu toàn ngành", status="estimate", period=NVi),
    F("đạt 171.300 ha", "171.300", 171300, "measure", "ha", "tổng diện tích mía nguyên liệu", period=NVi),
    F("quân 68,2 tấn/ha", "68,2", 68.2, "measure", "tấn/ha", "năng suất bình quân", period=NVi),
    F("quân 10,3 CCS", "10,3", 10.3, "measure", "CCS", "chữ đường bình quân", period=NVi),
    F("Gia Lai (2,35 triệu tấn)", "2,35", 2350000, "measure", "tấn", SL, location="Gia Lai", period=NVi),
    F("Tây Ninh (1,48 triệu tấn)", "1,48", 1480000, "measure", "tấn", SL, location="Tây Ninh", period=NVi),
    F("Thanh Hóa (1,39 triệu tấn)", "1,39", 1390000, "measure", "tấn", SL, location="Thanh Hóa", period=NVi),
    F("Nghệ An (1,05 triệu tấn)", "1,05", 1050000, "measure", "tấn", SL, location="Nghệ An", period=NVi),
    F("từ 1,1 đến 1,3 triệu", "1,1", 1100000, "money", "đồng/tấn", "giá mía nguyên liệu tại ruộng",
      value_max=1300000, period=NVi),
    F("25-30 triệu đồng/ha", "25", 25000000, "money", "đồng/ha", "lãi bình quân của người trồng mía",
      value_max=30000000, period=NVi),
    F("nhập khẩu 412.000 tấn đường", "412.000", 412000, "measure", "tấn", "đường nhập khẩu",
      change=chg("decrease", 17.6, "%", "cùng kỳ năm 2023"), period=T8),
    F("trị giá 254 triệu USD", "254", 254000000, "money", "USD", "trị giá đường nhập khẩu", period=T8),
    F("Thái Lan 158.200 tấn", "158.200", 158200, "measure", "tấn", "đường nhập khẩu từ Thái Lan",
      total=412000, percent=38.4, period=T8),
    F("có 200.000 ha mía", "200.000", 200000, "measure", "ha", "diện tích mía", status="target", period=MT),
    F("bình quân 75 tấn/ha", "75", 75, "measure", "tấn/ha", "năng suất bình quân", status="target", period=MT),
    F("đạt 2 triệu tấn", "2", 2000000, "measure", "tấn", "sản lượng đường", status="target", period=MT),
    F("bằng 85,7% mục tiêu", "85,7", 85.7, "percent", "%", "diện tích hiện nay so với mục tiêu"),
]

COMMENTS = [
    "National press: VSSA figures for niên vụ 2023-2024 (mills, cane crushed, sugar, area, yield, CCS, top provinces), prices, imports 8 months 2024, 2030 strategy targets.",
    "Dateline 'Thứ Sáu, 20/9/2024, 10:30 (GMT+7)'; byline at the end. National figures: location Việt Nam; the province list items take their province.",
    "'gồm' follows 'Các địa phương có sản lượng mía ép lớn nhất' (no figure): no total for the list. 'niên vụ 2023-2024' -> 2023-01-01 .. 2024-12-31.",
    "'giảm 17,6% về lượng' is the change of 412.000 tấn (the quantity), not of 254 triệu USD. Thái Lan is a trade partner, not a place: location Việt Nam.",
    "158.200 tấn after 'trong đó' -> total 412000, percent 38.4 (chiếm). 'ước đạt 28,5 nghìn tỷ đồng' -> estimate.",
    "Targets under 'đến năm 2030 … phấn đấu' -> status target, period end 2030-12-31. '85,7% mục tiêu' is the share of the current area in the target (a percent figure).",
    "Distractors: '10 năm trở lại đây' (a span that only locates in time), 'Quyết định số 28/QĐ-TTg', 'đến năm 2030, tầm nhìn đến năm 2045' (strategy name), '(GMT+7)'.",
]

build("p256-4", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Việt Nam")

"""p787-8: provincial newspaper online (Báo Long An, tag '(BLA) -'): headline figure, lotus in the Đồng Tháp Mười area."""
from lib import F, P, I, C, T, write

TEXT = """Báo Long An điện tử > Kinh tế > Nông nghiệp
Sen mang về gần 150 tỷ đồng mỗi năm cho nông dân vùng Đồng Tháp Mười
Cập nhật lúc 16:05, Thứ Hai, 12/05/2025

(BLA) - Tính đến ngày 30/4/2025, diện tích trồng sen trên địa bàn tỉnh đạt 1.126 ha, tăng 8,3% so với cùng thời điểm năm 2024, tập trung ở các huyện vùng Đồng Tháp Mười dọc Quốc lộ 62. Các huyện Tân Hưng, Mộc Hóa và thị xã Kiến Tường lần lượt có 410 ha, 286 ha và 175 ha.

Quý I/2025, nông dân đã thu hoạch 620 tấn hạt sen tươi, giá bán tại ruộng 32.000-36.000 đồng/kg, thấp hơn khoảng 10% so với cùng kỳ do nguồn cung từ các tỉnh lân cận tăng. Ngoài hạt, nhiều hộ còn bán ngó sen với giá 25.000 đồng/kg và lá sen khô 8.000 đồng/kg, thu thêm 15-20 triệu đồng/ha.

Theo Sở Nông nghiệp và PTNT, tổng giá trị thu từ cây sen năm 2024 đạt 146,8 tỷ đồng, gấp 1,6 lần năm 2020. Toàn tỉnh có 8 hợp tác xã trồng sen với 432 thành viên; 3 sản phẩm từ sen đạt OCOP, trong đó trà tim sen của HTX Nông nghiệp Tân Thành 2 đạt 4 sao. Giám đốc HTX, ông Nguyễn Văn Chín, cho biết từ đầu năm đến nay HTX đã xuất bán khoảng 6,5 tấn trà và hạt sen sấy sang TP Hồ Chí Minh.

Dự kiến trong quý II/2025, sản lượng hạt sen đạt khoảng 1.100 tấn. Huyện Tân Hưng đang xây dựng điểm du lịch đồng sen tại xã Vĩnh Châu A, mục tiêu đón 30.000 lượt khách/năm. Tỉnh phấn đấu đến năm 2030 ổn định 1.500 ha sen, trong đó 500 ha đạt tiêu chuẩn VietGAP.

NGỌC MẬN
"""

ASOF = P("Tính đến ngày 30/4/2025", None, "2025-04-30")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("trong quý II/2025", "2025-04-01", "2025-06-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 150 tỷ đồng mỗi năm", "150", 150e9, "money", "đồng/năm", "giá trị thu từ sen cho nông dân", approx="nearly"),
    F("đạt 1.126 ha", "1.126", 1126, "measure", "ha", "diện tích trồng sen", ASOF,
      change=C("increase", 8.3, "%", "cùng thời điểm năm 2024")),
    F("có 410 ha", "410", 410, "measure", "ha", "diện tích trồng sen", I(ASOF), location="Tân Hưng"),
    F("286 ha", "286", 286, "measure", "ha", "diện tích trồng sen", I(ASOF), location="Mộc Hóa"),
    F("175 ha", "175", 175, "measure", "ha", "diện tích trồng sen", I(ASOF), location="Kiến Tường"),
    F("thu hoạch 620 tấn", "620", 620, "measure", "tấn", "sản lượng hạt sen tươi thu hoạch", Q1),
    F("ruộng 32.000-36.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá bán hạt sen tại ruộng", Q1,
      value_max=36000, change=C("decrease", 10, "%", "cùng kỳ", approx="about")),
    F("giá 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bán ngó sen", I(Q1)),
    F("khô 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá bán lá sen khô", I(Q1)),
    F("thêm 15-20 triệu đồng/ha", "15", 15e6, "money", "đồng/ha", "thu nhập thêm từ ngó sen và lá sen", I(Q1),
      value_max=20e6),
    F("đạt 146,8 tỷ đồng", "146,8", 146.8e9, "money", "đồng", "tổng giá trị thu từ cây sen", Y24,
      change=C("increase", 1.6, "lần", "năm 2020")),
    F("có 8 hợp tác xã", "8", 8, "count", "hợp tác xã", "hợp tác xã trồng sen"),
    F("432 thành viên", "432", 432, "count", "thành viên", "thành viên hợp tác xã trồng sen"),
    F("3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm từ sen đạt OCOP"),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("khoảng 6,5 tấn", "6,5", 6.5, "measure", "tấn", "trà và hạt sen sấy HTX xuất bán",
      P("từ đầu năm đến nay", "2025-01-01", "2025-05-12"), approx="about"),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", "sản lượng hạt sen", Q2, approx="about",
      status="forecast"),
    F("đón 30.000 lượt khách/năm", "30.000", 30000, "count", "lượt khách/năm", "lượt khách điểm du lịch đồng sen",
      status="target", location="Tân Hưng"),
    F("ổn định 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích sen", T30, status="target"),
    F("500 ha đạt", "500", 500, "measure", "ha", "diện tích sen đạt tiêu chuẩn VietGAP", T30, total=1500,
      status="target"),
]

NOTES = [
    "Báo Long An online '(BLA) -' (tag implies Long An): diện tích, sản lượng, giá hạt sen, HTX, OCOP, dự kiến quý II, mục tiêu 2030.",
    "'Cập nhật lúc 16:05, Thứ Hai, 12/05/2025' -> published. 'lần lượt có 410 ha, 286 ha và 175 ha' -> places from the list, no total.",
    "'từ đầu năm đến nay' runs to the published date. 'gấp 1,6 lần năm 2020' right after 146,8 tỷ đồng is its change (increase, 1,6 lần), not a multiple figure.",
    "'4 sao' optional. Distractors: Đồng Tháp Mười (number word in a name), Quốc lộ 62, HTX ... Tân Thành 2, ông Nguyễn Văn Chín, Vĩnh Châu A, 16:05.",
]

write(8, TEXT, FIGS, NOTES, published="2025-05-12", location="Long An")

"""p1247-5: Party newspaper (Báo Khánh Hòa): scallop (điệp seo) seed hatchery in Vạn Ninh, province bivalve farming."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Khánh Hòa điện tử
Kinh tế | Nông nghiệp

Vạn Ninh: Làm chủ quy trình sản xuất giống điệp seo

Cập nhật lúc 07:45, 14/09/2024

(BKH) - Sau hai năm nghiên cứu, Công ty TNHH Giống hải sản Vạn Gia (thôn Đầm Môn, xã Vạn Thạnh, huyện Vạn Ninh) đã sản xuất thành công giống điệp seo, mở ra hướng nuôi mới cho ngư dân vùng vịnh Vân Phong.

Ông Nguyễn Hữu Tài, Giám đốc công ty cho biết, trại giống rộng khoảng 2.500 m2 với 40 bể ương, mỗi bể có thể tích 8 m3. Từ tháng 3 đến tháng 8 năm nay, trại đã cho ra 12 đợt giống với hơn 6,2 triệu con giống cỡ 1-1,5 cm; tỷ lệ sống từ ấu trùng đến con giống đạt 4,5%, gấp đôi năm đầu thử nghiệm.

Toàn bộ số giống được công ty bao tiêu cho 26 hộ nuôi tại các xã Vạn Thạnh, Vạn Hưng, Vạn Thọ với giá 1.200 đồng/con. Điệp nuôi đạt kích cỡ thương phẩm 25-30 con/kg, được thương lái thu mua tại bè với giá từ 90.000 đến 110.000 đồng/kg. Anh Lê Văn Hùng (xã Vạn Hưng) thả 30.000 con giống trên 2 bè, sau vụ nuôi thu hoạch 1,1 tấn điệp, lãi khoảng 45 triệu đồng.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có khoảng 1.850 ha nuôi nhuyễn thể, trong đó ốc hương chiếm gần 60%; sản lượng nhuyễn thể nuôi năm 2023 đạt 9.600 tấn. Tỉnh đặt mục tiêu đến năm 2030 đưa diện tích nuôi nhuyễn thể lên 3.000 ha, xây dựng ít nhất 2 vùng sản xuất giống tập trung.

NGỌC HÂN
"""

M38 = per("Từ tháng 3 đến tháng 8 năm nay", "2024-03-01", "2024-08-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
VN = "Vạn Ninh"
KH = "Khánh Hòa"

FIGS = [
    fig("Sau hai năm", "hai", 2, "measure", "năm", subject="thời gian nghiên cứu", location=VN, optional=True),
    fig("khoảng 2.500 m2", "2.500", 2500, "measure", "m2", approx="about", subject="diện tích trại giống"),
    fig("với 40 bể", "40", 40, "count", "bể", subject="bể ương của trại giống"),
    fig("tích 8 m3", "8", 8, "measure", "m3", subject="thể tích mỗi bể ương"),
    fig("ra 12 đợt", "12", 12, "count", "đợt", subject="đợt giống trại cho ra", period=M38),
    fig("hơn 6,2 triệu", "6,2", 6.2e6, "count", "con giống", approx="over",
        subject="con giống điệp seo trại cho ra", period=M38),
    fig("cỡ 1-1,5 cm", "1", 1, "measure", "cm", value_max=1.5, subject="kích cỡ con giống",
        period=M38, optional=True),
    fig("đạt 4,5%", "4,5", 4.5, "percent", "%", change=chg("increase", 2, "lần", "năm đầu thử nghiệm"),
        subject="tỷ lệ sống từ ấu trùng đến con giống", period=M38),
    fig("cho 26 hộ", "26", 26, "count", "hộ", subject="hộ nuôi được công ty bao tiêu giống", period=inh(M38)),
    fig("giá 1.200 đồng/con", "1.200", 1200, "money", "đồng/con", subject="giá giống điệp seo bao tiêu",
        period=inh(M38)),
    fig("thương phẩm 25-30", "25", 25, "measure", "con/kg", value_max=30, subject="kích cỡ thương phẩm điệp nuôi"),
    fig("từ 90.000 đến 110.000", "90.000", 90000, "money", "đồng/kg", value_max=110000,
        subject="giá thương lái thu mua điệp tại bè"),
    fig("thả 30.000 con", "30.000", 30000, "count", "con giống", subject="con giống anh Lê Văn Hùng thả nuôi"),
    fig("trên 2 bè", "2", 2, "count", "bè", subject="bè nuôi điệp của anh Lê Văn Hùng"),
    fig("hoạch 1,1 tấn", "1,1", 1.1, "measure", "tấn", subject="điệp anh Lê Văn Hùng thu hoạch"),
    fig("khoảng 45 triệu", "45", 45e6, "money", "đồng", approx="about", subject="lãi của anh Lê Văn Hùng"),
    fig("khoảng 1.850 ha", "1.850", 1850, "measure", "ha", approx="about",
        subject="diện tích nuôi nhuyễn thể", location=KH),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="tỷ trọng diện tích nuôi ốc hương", location=KH),
    fig("đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", subject="sản lượng nhuyễn thể nuôi",
        period=Y23, location=KH),
    fig("lên 3.000 ha", "3.000", 3000, "measure", "ha", status="target",
        subject="diện tích nuôi nhuyễn thể", period=T30, location=KH),
    fig("ít nhất 2 vùng", "2", 2, "count", "vùng", approx="at_least", status="target",
        subject="vùng sản xuất giống tập trung", period=T30, location=KH),
]

NOTES = [
    "Party newspaper (Báo Khánh Hòa): section menu, 'Cập nhật lúc 07:45, 14/09/2024' (published), tag '(BKH) -', byline NGỌC HÂN.",
    "Distractors: 07:45, 'thôn Đầm Môn', 'vịnh Vân Phong', 'năm đầu thử nghiệm' (a baseline), byline.",
    "The hatchery and the farmer are in huyện Vạn Ninh: default location Vạn Ninh; province figures (last paragraph) Khánh Hòa.",
    "'Sau hai năm nghiên cứu' is a duration that locates the success in time, but could be read as the research effort: optional.",
    "'cỡ 1-1,5 cm' is the size grade of the seed delivered (a product spec): optional. 'đạt kích cỡ thương phẩm 25-30 con/kg' is the",
    "result of farming (verb 'đạt'): required, measure in con/kg. 'gấp đôi năm đầu thử nghiệm' is the change of the 4,5% rate (2 lần).",
    "'Từ tháng 3 đến tháng 8 năm nay' = 2024-03-01..2024-08-31 for its sentence; 'Toàn bộ số giống …' inherits it (not scored).",
    "Standing facts (trại size, tanks, farmer's one crop, prices) have no period. 'trong đó ốc hương chiếm gần 60%' is a percent figure.",
    "'mục tiêu đến năm 2030' governs both clauses (target); 'ít nhất 2 vùng' → at_least.",
]

if __name__ == "__main__":
    write("p1247-5", TEXT, NOTES, FIGS, published="2024-09-14", location="Vạn Ninh")

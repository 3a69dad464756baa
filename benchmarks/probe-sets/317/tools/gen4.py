from lib import F, P, Y, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Thị trường trong nước

Phát triển hạ tầng thương mại: cả nước có hơn 8.300 chợ, gần 1.300 siêu thị

(Moit.gov.vn) Theo số liệu tổng hợp của Vụ Thị trường trong nước, tính đến hết năm 2023, cả nước có 8.314 chợ, 1.293 siêu thị và 266 trung tâm thương mại. Trong số các chợ, chợ hạng I có 247 chợ, chợ hạng II có 962 chợ, còn lại là chợ hạng III; chợ nông thôn chiếm khoảng 77% tổng số chợ.

Các địa phương có số chợ lớn nhất lần lượt là Hà Nội (454 chợ), Thanh Hóa (418 chợ), Nghệ An (377 chợ) và TP Hồ Chí Minh (234 chợ). Về siêu thị, TP Hồ Chí Minh dẫn đầu với 281 siêu thị, chiếm 21,7% cả nước; Hà Nội đứng thứ hai với 176 siêu thị.

Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước đạt 6.231,8 nghìn tỷ đồng, tăng 9,6% so với năm 2022; trong đó doanh thu bán lẻ hàng hóa đạt 4.828,6 nghìn tỷ đồng, chiếm 77,5%.

Theo Chiến lược phát triển thương mại trong nước giai đoạn đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1163/QĐ-TTg ngày 13/10/2021), đến năm 2030 phấn đấu tỷ trọng bán lẻ qua các loại hình thương mại hiện đại đạt khoảng 38-40%; cả nước có khoảng 1.500 siêu thị và khoảng 300 trung tâm thương mại. Giai đoạn 2021-2025, mục tiêu mỗi năm cải tạo, nâng cấp và xây mới khoảng 200 chợ.

Thực tế, năm 2023 cả nước mới xây mới 64 chợ, cải tạo, nâng cấp 112 chợ, thấp hơn nhiều so với mục tiêu. Số chợ chuyển đổi mô hình quản lý sang doanh nghiệp, hợp tác xã đạt 1.128 chợ, bằng 13,6% tổng số chợ.
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
ASOF_I = P("tính đến hết năm 2023", None, "2023-12-31", inh=True)
T2030 = P("đến năm 2030", None, "2030-12-31")
Y23I = Y(2023, inh=True)

FIGS = [
    F("hơn 8.300 chợ", "8.300", 8300, "count", "chợ", "chợ", approx="over"),
    F("gần 1.300 siêu thị", "1.300", 1300, "count", "siêu thị", "siêu thị", approx="nearly"),
    F("có 8.314 chợ", "8.314", 8314, "count", "chợ", "chợ", ASOF),
    F("1.293 siêu thị", "1.293", 1293, "count", "siêu thị", "siêu thị", ASOF),
    F("266 trung tâm", "266", 266, "count", "trung tâm thương mại", "trung tâm thương mại", ASOF),
    F("có 247 chợ", "247", 247, "count", "chợ", "chợ hạng I", ASOF_I, total=8314),
    F("có 962 chợ", "962", 962, "count", "chợ", "chợ hạng II", ASOF_I, total=8314),
    F("khoảng 77%", "77", 77, "percent", "%", "tỷ lệ chợ nông thôn trong tổng số chợ", ASOF_I, approx="about"),
    F("Hà Nội (454 chợ)", "454", 454, "count", "chợ", "số chợ", ASOF_I, location="Hà Nội"),
    F("Thanh Hóa (418 chợ)", "418", 418, "count", "chợ", "số chợ", ASOF_I, location="Thanh Hóa"),
    F("Nghệ An (377 chợ)", "377", 377, "count", "chợ", "số chợ", ASOF_I, location="Nghệ An"),
    F("Minh (234 chợ)", "234", 234, "count", "chợ", "số chợ", ASOF_I, location="TP Hồ Chí Minh"),
    F("với 281 siêu thị", "281", 281, "count", "siêu thị", "số siêu thị", ASOF_I, percent=21.7, location="TP Hồ Chí Minh"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "số siêu thị", ASOF_I, location="Hà Nội"),
    F("với 176 siêu thị", "176", 176, "count", "siêu thị", "số siêu thị", ASOF_I, location="Hà Nội"),
    F("đạt 6.231,8 nghìn tỷ đồng", "6.231,8", 6231.8e12, "money", "đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
      Y(2023, "Năm 2023"), change=CH("increase", 9.6, "%", "năm 2022")),
    F("đạt 4.828,6 nghìn tỷ đồng", "4.828,6", 4828.6e12, "money", "đồng", "doanh thu bán lẻ hàng hóa", Y(2023, "Năm 2023"),
      total=6231.8e12, percent=77.5),
    F("khoảng 38-40%", "38", 38, "percent", "%", "tỷ trọng bán lẻ qua các loại hình thương mại hiện đại", T2030,
      value_max=40, approx="about", status="target"),
    F("khoảng 1.500 siêu thị", "1.500", 1500, "count", "siêu thị", "siêu thị", T2030, approx="about", status="target"),
    F("khoảng 300 trung tâm", "300", 300, "count", "trung tâm thương mại", "trung tâm thương mại", T2030, approx="about", status="target"),
    F("khoảng 200 chợ", "200", 200, "count", "chợ", "chợ cải tạo, nâng cấp và xây mới mỗi năm",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", status="target"),
    F("xây mới 64 chợ", "64", 64, "count", "chợ", "chợ xây mới", Y(2023)),
    F("nâng cấp 112 chợ", "112", 112, "count", "chợ", "chợ cải tạo, nâng cấp", Y(2023)),
    F("đạt 1.128 chợ", "1.128", 1128, "count", "chợ", "chợ chuyển đổi mô hình quản lý sang doanh nghiệp, hợp tác xã", Y23I, percent=13.6),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương): national network of markets, supermarkets, trade centres at end-2023, retail 2023, 2030 targets.",
    "No dateline. Location Việt Nam; list items Hà Nội/Thanh Hóa/… are the places of their figures (subject = the list's indicator).",
    "Headline 'hơn 8.300 chợ, gần 1.300 siêu thị' are figures (no period). 'Trong số các chợ, chợ hạng I có 247 chợ' → total 8.314.",
    "'6.231,8 nghìn tỷ đồng' = 6.2318e15 đồng; its part after 'trong đó' (4.828,6 nghìn tỷ) has total + share 77,5%.",
    "'đứng thứ hai' is a rank (Hà Nội). 'đến năm 2030 phấn đấu … khoảng 38-40%' is a target range; 1.500/300 continue that clause.",
    "Distractors: Quyết định số 1163/QĐ-TTg ngày 13/10/2021, 'tầm nhìn đến năm 2045', 'giai đoạn đến năm 2030' in the strategy's name.",
]

emit("p317-4", TEXT, COMMENTS, FIGS, location="Việt Nam")

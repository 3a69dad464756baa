from lib import C, F, P, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Tin hoạt động

Thúc đẩy chăn nuôi dê bền vững ở vùng trung du và miền núi phía Bắc
Ngày cập nhật 18/09/2024

Ngày 17/9, tại tỉnh Sơn La, Cục Chăn nuôi phối hợp với UBND tỉnh Sơn La tổ chức Hội nghị thúc đẩy chăn nuôi dê, cừu bền vững vùng trung du và miền núi phía Bắc, với sự tham dự của đại diện 14 tỉnh.

Theo báo cáo, tính đến tháng 6/2024, tổng đàn dê cả nước đạt khoảng 3,25 triệu con, tăng bình quân 5,8%/năm. Năm 2023, sản lượng thịt dê hơi đạt 48,6 nghìn tấn, giá trị khoảng 7,3 nghìn tỷ đồng. Các tỉnh có đàn dê lớn gồm Sơn La (165.200 con), Hà Giang (118.300 con), Nghệ An (112.600 con) và Thanh Hóa (98.400 con).

Giai đoạn 2021-2023, các địa phương đã nhập và phân phối 4.850 con dê đực giống Boer, Saanen, Bách Thảo để lai tạo; tỷ lệ dê lai trong tổng đàn đạt 45%, tăng 12 điểm phần trăm so với năm 2020. Dê lai F1 có khối lượng lúc 12 tháng tuổi đạt 25-30 kg, cao hơn dê cỏ địa phương từ 30 đến 40%.

Tuy nhiên, chăn nuôi dê vẫn chủ yếu quy mô nông hộ: gần 70% số hộ nuôi dưới 20 con; chỉ khoảng 1.200 trang trại quy mô từ 100 con trở lên.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), đến năm 2030 tổng đàn dê, cừu cả nước đạt khoảng 5 triệu con, sản lượng thịt đạt 120-130 nghìn tấn. Cục Chăn nuôi phấn đấu mỗi năm nhập khoảng 500 con dê giống cao sản và hỗ trợ 50% giá dê đực giống cho hộ nghèo, hộ cận nghèo.

Ảnh: Mô hình nuôi dê lai tại xã Chiềng Mung, huyện Mai Sơn.
"""

J6 = P("tính đến tháng 6/2024", None, "2024-06-30")
J6i = P("tính đến tháng 6/2024", None, "2024-06-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
GDi = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")
T30i = P("đến năm 2030", None, "2030-12-31", inh=True)
BIG = "đàn dê"

FIGS = [
    F("đại diện 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh tham dự hội nghị", optional=True),
    F("khoảng 3,25 triệu con", "3,25", 3250000, "count", "con", "tổng đàn dê", J6, approx="about",
      change=C("increase", 5.8, "%/năm")),
    F("đạt 48,6 nghìn tấn", "48,6", 48600, "measure", "tấn", "sản lượng thịt dê hơi", Y23),
    F("khoảng 7,3 nghìn tỷ đồng", "7,3", 7300000000000, "money", "đồng", "giá trị thịt dê hơi", Y23, approx="about"),
    F("Sơn La (165.200 con)", "165.200", 165200, "count", "con", BIG, J6i, location="Sơn La"),
    F("Hà Giang (118.300 con)", "118.300", 118300, "count", "con", BIG, J6i, location="Hà Giang"),
    F("Nghệ An (112.600 con)", "112.600", 112600, "count", "con", BIG, J6i, location="Nghệ An"),
    F("Thanh Hóa (98.400 con)", "98.400", 98400, "count", "con", BIG, J6i, location="Thanh Hóa"),
    F("phân phối 4.850 con", "4.850", 4850, "count", "con", "dê đực giống nhập và phân phối để lai tạo", GD),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ dê lai trong tổng đàn", GD,
      change=C("increase", 12, "điểm phần trăm", "năm 2020")),
    F("lúc 12 tháng tuổi", "12", 12, "measure", "tháng tuổi", optional=True),
    F("đạt 25-30 kg", "25", 25, "measure", "kg", "khối lượng dê lai F1 lúc 12 tháng tuổi", GDi, value_max=30,
      change=C("increase", 30, "%", "dê cỏ địa phương")),
    F("gần 70% số hộ", "70", 70, "percent", "%", "hộ nuôi dưới 20 con", J6i, approx="nearly"),
    F("dưới 20 con", "20", 20, "count", "con", approx="under", optional=True),
    F("khoảng 1.200 trang trại", "1.200", 1200, "count", "trang trại", "trang trại quy mô từ 100 con trở lên", J6i,
      approx="about"),
    F("từ 100 con trở lên", "100", 100, "count", "con", approx="at_least", optional=True),
    F("khoảng 5 triệu con", "5", 5000000, "count", "con", "tổng đàn dê, cừu", T30, approx="about", status="target"),
    F("đạt 120-130 nghìn tấn", "120", 120000, "measure", "tấn", "sản lượng thịt", T30, value_max=130000,
      status="target"),
    F("khoảng 500 con", "500", 500, "count", "con", "dê giống cao sản nhập mỗi năm", approx="about", status="target"),
    F("hỗ trợ 50% giá", "50", 50, "percent", "%", "hỗ trợ giá dê đực giống cho hộ nghèo, hộ cận nghèo",
      status="target"),
]

emit("p416-7", TEXT, [
    "Cục Chăn nuôi (ministry site, 'Ngày cập nhật 18/09/2024' without time): goat conference held in Sơn La — national",
    "goat herd, meat output and value ('nghìn tấn', 'nghìn tỷ'), provinces with large herds (bracketed), imported bucks,",
    "crossbred share, farm structure, 2030 strategy targets.",
    "Location Việt Nam: the venue 'tại tỉnh Sơn La' does not make national figures provincial; list items keep their province.",
    "Distractors: 'Ngày 17/9', 'giai đoạn 2021-2030, tầm nhìn 2045' (strategy name), Quyết định số 1520/QĐ-TTg, 'F1', caption.",
    "'tăng bình quân 5,8%/năm' is the change of the herd figure (no baseline). '45%, tăng 12 điểm phần trăm' → change in points.",
    "'cao hơn dê cỏ … từ 30 đến 40%' is the change of the weight range (value 30).",
    "Thresholds defining groups ('dưới 20 con', 'từ 100 con trở lên', '12 tháng tuổi') and '14 tỉnh' attending: optional.",
    "'phấn đấu' governs its clause and the continuing 'và hỗ trợ 50%' → targets; 'mỗi năm' is no calendar period (none given).",
    "The structure sentence (gần 70%, khoảng 1.200) has no period; it inherits the report's 'tính đến tháng 6/2024' (unscored).",
], FIGS, published="2024-09-18", location="Việt Nam")

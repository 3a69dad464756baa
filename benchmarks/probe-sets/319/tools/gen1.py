from lib import F, P, ch, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Đấu giá quyền khai thác khoáng sản năm 2024 thu gần 186 tỷ đồng
Cập nhật: 14/01/2025 09:42 | Lượt xem: 1.927

(BĐ) - Theo Sở Tài nguyên và Môi trường, năm 2024, tỉnh tổ chức đấu giá thành công quyền khai thác khoáng sản tại 17 khu vực mỏ, gồm 9 mỏ đất san lấp, 5 mỏ đá xây dựng và 3 mỏ cát xây dựng. Tổng giá trúng đấu giá đạt gần 186 tỷ đồng, cao hơn 2,4 lần so với giá khởi điểm; tổng diện tích các khu vực đấu giá khoảng 142,6 ha.

Trong số 17 khu vực đã đấu giá, mỏ đá granit tại xã Cát Hanh (huyện Phù Cát) có giá trúng cao nhất với 38,5 tỷ đồng; mỏ đất san lấp tại thị xã Hoài Nhơn trúng 21,7 tỷ đồng. Các huyện có số mỏ được đấu giá nhiều là Tuy Phước (4 mỏ), Phù Mỹ (3 mỏ) và Tây Sơn (3 mỏ).

Tính đến ngày 31/12/2024, trên địa bàn tỉnh có 126 giấy phép khai thác khoáng sản còn hiệu lực, trong đó UBND tỉnh cấp 119 giấy phép, Bộ Tài nguyên và Môi trường cấp 7 giấy phép. Tổng công suất khai thác được cấp phép đạt trên 4,8 triệu m³/năm.

Năm 2025, Sở phấn đấu tổ chức đấu giá khoảng 20 khu vực mỏ, chủ yếu là đất san lấp phục vụ dự án cao tốc Bắc - Nam phía Đông và Khu kinh tế Nhơn Hội. Người dân phát hiện hoạt động khai thác khoáng sản trái phép có thể phản ánh qua đường dây nóng 0256.3822.567 hoặc trực tiếp tại số 08 Trần Phú, TP Quy Nhơn.

Hoài Thu
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24h = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
D31 = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
D31i = P("Tính đến ngày 31/12/2024", None, "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu gần 186 tỷ đồng", "186", 186e9, "money", "đồng",
      "tiền đấu giá quyền khai thác khoáng sản", Y24h, approx="nearly"),
    F("tại 17 khu vực mỏ", "17", 17, "count", "khu vực mỏ",
      "khu vực mỏ đấu giá thành công quyền khai thác khoáng sản", Y24),
    F("gồm 9 mỏ đất san lấp", "9", 9, "count", "mỏ", "mỏ đất san lấp đấu giá thành công", Y24, total=17),
    F("5 mỏ đá xây dựng", "5", 5, "count", "mỏ", "mỏ đá xây dựng đấu giá thành công", Y24, total=17),
    F("3 mỏ cát xây dựng", "3", 3, "count", "mỏ", "mỏ cát xây dựng đấu giá thành công", Y24, total=17),
    F("đạt gần 186 tỷ đồng", "186", 186e9, "money", "đồng", "tổng giá trúng đấu giá", Y24i, approx="nearly",
      change=ch("increase", 2.4, "lần", "giá khởi điểm")),
    F("khoảng 142,6 ha", "142,6", 142.6, "measure", "ha", "tổng diện tích các khu vực đấu giá", Y24i, approx="about"),
    F("Trong số 17 khu vực", "17", 17, "count", "khu vực", "khu vực đã đấu giá", Y24i, optional=True),
    F("với 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "giá trúng đấu giá mỏ đá granit tại xã Cát Hanh", Y24i,
      location="Phù Cát"),
    F("trúng 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "giá trúng đấu giá mỏ đất san lấp", Y24i,
      location="Hoài Nhơn"),
    F("Tuy Phước (4 mỏ)", "4", 4, "count", "mỏ", "số mỏ được đấu giá", Y24i, location="Tuy Phước"),
    F("Phù Mỹ (3 mỏ)", "3", 3, "count", "mỏ", "số mỏ được đấu giá", Y24i, location="Phù Mỹ"),
    F("Tây Sơn (3 mỏ)", "3", 3, "count", "mỏ", "số mỏ được đấu giá", Y24i, location="Tây Sơn"),
    F("có 126 giấy phép", "126", 126, "count", "giấy phép", "giấy phép khai thác khoáng sản còn hiệu lực", D31),
    F("cấp 119 giấy phép", "119", 119, "count", "giấy phép", "giấy phép khai thác khoáng sản do UBND tỉnh cấp", D31,
      total=126),
    F("cấp 7 giấy phép", "7", 7, "count", "giấy phép",
      "giấy phép khai thác khoáng sản do Bộ Tài nguyên và Môi trường cấp", D31, total=126),
    F("trên 4,8 triệu m³/năm", "4,8", 4.8e6, "measure", "m³/năm", "tổng công suất khai thác được cấp phép", D31i,
      approx="over"),
    F("khoảng 20 khu vực mỏ", "20", 20, "count", "khu vực mỏ", "khu vực mỏ tổ chức đấu giá", Y25,
      approx="about", status="target"),
]

COMMENTS = [
    "Provincial portal (Bình Định): auctions of mineral-mining rights 2024, licences in force at 31/12/2024, 2025 target.",
    "'Cập nhật: 14/01/2025 09:42 | Lượt xem: 1.927' dateline + counter. Default location Bình Định ('tỉnh', '(BĐ)').",
    "Headline 'năm 2024 … gần 186 tỷ đồng' is a figure with its own period; the body repeats it with 'cao hơn 2,4 lần so với giá khởi điểm' (change, lần).",
    "'gồm 9/5/3 mỏ' parts of 17. 'Trong số 17 khu vực' repeats the whole as a structure cue: optional.",
    "District list 'Tuy Phước (4 mỏ)…' → location per item; 'xã Cát Hanh (huyện Phù Cát)' → Phù Cát; 'thị xã Hoài Nhơn' → Hoài Nhơn.",
    "'trong đó UBND tỉnh cấp 119 …, Bộ … cấp 7' parts of 126 (as-of 31/12/2024). 'phấn đấu … khoảng 20' target 2025.",
    "Distractors: hotline 0256.3822.567, address 'số 08 Trần Phú', 'cao tốc Bắc - Nam', dates, view counter.",
]

emit("p319-1", TEXT, COMMENTS, FIGS, published="2025-01-14", location="Bình Định")

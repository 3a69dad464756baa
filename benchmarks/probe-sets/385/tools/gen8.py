from lib import F, P, CH, emit

TEXT = """Sơn La: Trái cây xuất khẩu mang về hơn 62 triệu USD

Năm 2024, tỉnh Sơn La có 87.500 ha cây ăn quả, đứng thứ 2 cả nước về diện tích; tổng sản lượng ước đạt 580.000 tấn, giá trị ước đạt 8,2 nghìn tỷ đồng. Trong đó, nhãn có 21.400 ha, xoài 19.800 ha, mận 14.600 ha.

Tính đến ngày 15/8/2024, toàn tỉnh đã tiêu thụ 210.000 tấn nhãn, trong đó xuất khẩu 42.000 tấn (quả tươi 27.500 tấn, nhãn sấy khô 14.500 tấn) sang 12 quốc gia và vùng lãnh thổ. Huyện Sông Mã có sản lượng nhãn lớn nhất với 75.000 tấn, tiếp đến là các huyện Mai Sơn 48.000 tấn, Yên Châu 22.500 tấn và thành phố Sơn La 9.800 tấn.

Giá nhãn chín sớm tại vườn từ 15.000 đến 25.000 đồng/kg, nhãn chính vụ khoảng 10.000 đồng/kg; xoài tượng da xanh 18.000-22.000 đồng/kg. Hợp tác xã Nông nghiệp 19/5 ở xã Chiềng Khương (huyện Sông Mã) thu mua, sấy khô trung bình 30 tấn nhãn tươi mỗi ngày.

Kim ngạch xuất khẩu trái cây của tỉnh quý III/2024 đạt 28,6 triệu USD; từ đầu năm đến nay đạt hơn 62 triệu USD, tăng 17,5% so với cùng kỳ.

Theo Nghị quyết số 10-NQ/TU của Tỉnh ủy, giai đoạn 2021-2025, tỉnh phấn đấu xuất khẩu bình quân 50.000 tấn trái cây mỗi năm; đến năm 2025, diện tích cây ăn quả đạt 90.000 ha, trong đó 40% diện tích áp dụng quy trình VietGAP.

Thu Hằng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
AS = P("Tính đến ngày 15/8/2024", None, "2024-08-15")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "sản lượng nhãn"

FIGS = [
    F("hơn 62 triệu USD\n", "62", 62e6, "money", "USD", "trái cây xuất khẩu", approx="over"),
    F("có 87.500 ha", "87.500", 87500, "measure", "ha", "diện tích cây ăn quả", Y24),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "diện tích cây ăn quả", Y24),
    F("ước đạt 580.000 tấn", "580.000", 580000, "measure", "tấn", "tổng sản lượng cây ăn quả", Y24,
      status="estimate"),
    F("ước đạt 8,2 nghìn tỷ đồng", "8,2", 8.2e12, "money", "đồng", "giá trị sản xuất cây ăn quả", Y24,
      status="estimate"),
    F("nhãn có 21.400 ha", "21.400", 21400, "measure", "ha", "diện tích nhãn", Y24i, total=87500),
    F("xoài 19.800 ha", "19.800", 19800, "measure", "ha", "diện tích xoài", Y24i, total=87500),
    F("mận 14.600 ha", "14.600", 14600, "measure", "ha", "diện tích mận", Y24i, total=87500),
    F("tiêu thụ 210.000 tấn", "210.000", 210000, "measure", "tấn", "nhãn tiêu thụ", AS),
    F("xuất khẩu 42.000 tấn", "42.000", 42000, "measure", "tấn", "nhãn xuất khẩu", AS, total=210000),
    F("quả tươi 27.500 tấn", "27.500", 27500, "measure", "tấn", "nhãn quả tươi xuất khẩu", AS, total=42000),
    F("sấy khô 14.500 tấn", "14.500", 14500, "measure", "tấn", "nhãn sấy khô xuất khẩu", AS, total=42000),
    F("sang 12 quốc gia", "12", 12, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ nhập khẩu nhãn",
      AS),
    F("với 75.000 tấn", "75.000", 75000, "measure", "tấn", SUBJ, location="Sông Mã"),
    F("Mai Sơn 48.000 tấn", "48.000", 48000, "measure", "tấn", SUBJ, location="Mai Sơn"),
    F("Yên Châu 22.500 tấn", "22.500", 22500, "measure", "tấn", SUBJ, location="Yên Châu"),
    F("Sơn La 9.800 tấn", "9.800", 9800, "measure", "tấn", SUBJ, location="Sơn La"),
    F("từ 15.000 đến 25.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá nhãn chín sớm tại vườn",
      value_max=25000),
    F("khoảng 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá nhãn chính vụ", approx="about"),
    F("xanh 18.000-22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá xoài tượng da xanh", value_max=22000),
    F("trung bình 30 tấn", "30", 30, "measure", "tấn", "nhãn tươi thu mua, sấy khô mỗi ngày",
      location="Sông Mã"),
    F("đạt 28,6 triệu USD", "28,6", 28.6e6, "money", "USD", "kim ngạch xuất khẩu trái cây",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("đạt hơn 62 triệu USD", "62", 62e6, "money", "USD", "kim ngạch xuất khẩu trái cây",
      P("từ đầu năm đến nay", "2024-01-01", None), approx="over", change=CH("increase", 17.5, "%", "cùng kỳ")),
    F("bình quân 50.000 tấn", "50.000", 50000, "measure", "tấn", "xuất khẩu trái cây bình quân mỗi năm",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("đạt 90.000 ha", "90.000", 90000, "measure", "ha", "diện tích cây ăn quả", T25, status="target"),
    F("trong đó 40% diện tích", "40", 40, "percent", "%", "diện tích cây ăn quả áp dụng quy trình VietGAP", T25,
      status="target"),
]

COMMENTS = [
    "Provincial news roundup without any dateline (published null): Sơn La fruit season 2024 — longan, mango, exports, 2021-2025 plan.",
    "Distractors: 'Hợp tác xã Nông nghiệp 19/5' (a name, looks like a date), 'Nghị quyết số 10-NQ/TU', commune 'xã Chiềng Khương'.",
    "Bracketed breakdown '(quả tươi 27.500 tấn, nhãn sấy khô 14.500 tấn)' adds up to 42.000 -> total 42000; 42.000 after 'trong đó'",
    "-> total 210000. District list: each district is the location (thành phố Sơn La too). 'đứng thứ 2 cả nước' is a rank.",
    "'từ đầu năm đến nay' with no published date: start 2024-01-01 (year of quý III/2024), end null. Headline figure has no period.",
    "revised: the cooperative (the actor) removed from the subject of '30 tấn' (indicator only, as shared h01 keeps actors out).",
    "'giai đoạn 2021-2025 … bình quân 50.000 tấn … mỗi năm' is a target; 'đến năm 2025' as-of target end.",
]

emit("p385-8", TEXT, COMMENTS, FIGS, published=None, location="Sơn La")

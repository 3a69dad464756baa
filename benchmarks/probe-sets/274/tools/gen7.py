from lib import F, P, C, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức - Sự kiện > Hoạt động doanh nghiệp

Tập đoàn Cao su Việt Nam: Lợi nhuận 6 tháng tăng 18%

Tại hội nghị sơ kết công tác 6 tháng đầu năm 2024 tổ chức tại TP Hồ Chí Minh, Tập đoàn Công nghiệp Cao su Việt Nam (VRG) cho biết toàn Tập đoàn đã khai thác 132.500 tấn mủ, đạt 37,3% kế hoạch năm (355.000 tấn); thu mua 58.300 tấn; tiêu thụ 176.800 tấn với giá bán bình quân 43,6 triệu đồng/tấn, cao hơn 4,2 triệu đồng/tấn so với cùng kỳ.

Tổng doanh thu hợp nhất ước đạt 11.520 tỷ đồng, bằng 45,2% kế hoạch năm; lợi nhuận trước thuế ước đạt 2.150 tỷ đồng, tăng 18% so với cùng kỳ năm 2023. Một số đơn vị có lợi nhuận cao gồm Công ty CP Cao su Phước Hòa (312 tỷ đồng), Công ty CP Cao su Sông Bé (146 tỷ đồng) và Công ty CP Cao su Hòa Thuận (98 tỷ đồng).

Hiện VRG quản lý khoảng 395.000 ha cao su tại Việt Nam, Lào và Campuchia, trong đó diện tích trong nước khoảng 275.000 ha. Đã có 158.000 ha vườn cây của Tập đoàn được cấp chứng chỉ quản lý rừng bền vững theo tiêu chuẩn VFCS/PEFC, chiếm 57,5% diện tích trong nước.

Về chế biến gỗ, 6 tháng đầu năm 2024, các nhà máy chế biến gỗ cao su của Tập đoàn tiêu thụ 165.000 m³ gỗ thành phẩm, doanh thu khoảng 1.870 tỷ đồng. Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 930.000 ha cao su, sản lượng mủ năm 2023 đạt 1,32 triệu tấn; mỗi năm nguồn gỗ từ thanh lý vườn cây cao su cung cấp khoảng 4-5 triệu m³ gỗ nguyên liệu cho ngành chế biến gỗ xuất khẩu.

Năm 2024, VRG phấn đấu đạt tổng doanh thu 25.500 tỷ đồng, lợi nhuận trước thuế 4.700 tỷ đồng; đến năm 2025 có 100% diện tích cao su trong nước được cấp chứng chỉ quản lý rừng bền vững.
"""

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), no dateline at all: published null. VRG is a national group: default location Việt Nam; the venue",
    "'tại TP Hồ Chí Minh' does not localise the figures; member companies are not places. Headline '6 tháng' takes 2024 from the body",
    "('6 tháng đầu năm 2024'; also implied by 'cùng kỳ năm 2023'). Headline 'tăng 18%' stands alone: percent figure.",
    "'đạt 37,3% kế hoạch năm (355.000 tấn)': share 37.3 and plan 355000 (target) of 132.500 tấn. 'cao hơn 4,2 triệu đồng/tấn' is the price's change.",
    "Second paragraph and company list inherit '6 tháng đầu năm 2024'; 'ước đạt' -> estimate; 'bằng 45,2% kế hoạch năm' a percent attribute.",
    "'trong đó diện tích trong nước khoảng 275.000 ha' -> total 395000. '158.000 ha ..., chiếm 57,5%': percent attribute, no numeric whole.",
    "'khoảng 4-5 triệu m³' range with approx about. Targets: 'Năm 2024 ... phấn đấu' and 'đến năm 2025 ... 100%' (status target).",
    "Company list 'Một số đơn vị có lợi nhuận cao gồm ...': subject is the list's indicator 'lợi nhuận' (companies are neither places nor subjects, as ministries in h01).",
    "revised: the three company items' subject changed from 'lợi nhuận Công ty ...' to the list indicator 'lợi nhuận' (FIGURES.md lists; h01).",
    "Distractors: VFCS/PEFC, 'sơ kết công tác 6 tháng', place names in company names.",
]

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Hi = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)

FIGS = [
    F("tăng 18%\n", "18", 18, "percent", "%", "lợi nhuận Tập đoàn Cao su Việt Nam tăng",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("khai thác 132.500 tấn", "132.500", 132500, "measure", "tấn", "sản lượng mủ khai thác", H,
      percent=37.3, target={"value": 355000, "unit": "tấn"}),
    F("thu mua 58.300 tấn", "58.300", 58300, "measure", "tấn", "sản lượng mủ thu mua", H),
    F("tiêu thụ 176.800 tấn", "176.800", 176800, "measure", "tấn", "sản lượng mủ tiêu thụ", H),
    F("bình quân 43,6 triệu đồng/tấn", "43,6", 43600000, "money", "đồng/tấn", "giá bán bình quân", H,
      change=C("increase", 4200000, "đồng/tấn", "cùng kỳ")),
    F("ước đạt 11.520 tỷ đồng", "11.520", 11520000000000, "money", "đồng", "tổng doanh thu hợp nhất", Hi,
      status="estimate", percent=45.2),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2150000000000, "money", "đồng", "lợi nhuận trước thuế", Hi,
      status="estimate", change=C("increase", 18, "%", "cùng kỳ năm 2023")),
    F("Phước Hòa (312 tỷ đồng)", "312", 312000000000, "money", "đồng", "lợi nhuận", Hi),
    F("Sông Bé (146 tỷ đồng)", "146", 146000000000, "money", "đồng", "lợi nhuận", Hi),
    F("Hòa Thuận (98 tỷ đồng)", "98", 98000000000, "money", "đồng", "lợi nhuận", Hi),
    F("khoảng 395.000 ha", "395.000", 395000, "measure", "ha", "diện tích cao su VRG quản lý", approx="about"),
    F("khoảng 275.000 ha", "275.000", 275000, "measure", "ha", "diện tích cao su trong nước của VRG", approx="about",
      total=395000),
    F("Đã có 158.000 ha", "158.000", 158000, "measure", "ha",
      "diện tích vườn cây được cấp chứng chỉ quản lý rừng bền vững", percent=57.5),
    F("tiêu thụ 165.000 m³", "165.000", 165000, "measure", "m³", "gỗ cao su thành phẩm tiêu thụ", H),
    F("khoảng 1.870 tỷ đồng", "1.870", 1870000000000, "money", "đồng", "doanh thu chế biến gỗ cao su", H, approx="about"),
    F("khoảng 930.000 ha", "930.000", 930000, "measure", "ha", "diện tích cao su cả nước", approx="about"),
    F("đạt 1,32 triệu tấn", "1,32", 1320000, "measure", "tấn", "sản lượng mủ cao su",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 4-5 triệu m³", "4", 4000000, "measure", "m³", "gỗ nguyên liệu từ thanh lý vườn cây cao su mỗi năm",
      approx="about", value_max=5000000),
    F("doanh thu 25.500 tỷ đồng", "25.500", 25500000000000, "money", "đồng", "tổng doanh thu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thuế 4.700 tỷ đồng", "4.700", 4700000000000, "money", "đồng", "lợi nhuận trước thuế",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("có 100% diện tích", "100", 100, "percent", "%", "diện tích cao su trong nước được cấp chứng chỉ quản lý rừng bền vững",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

emit("p274-7", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")

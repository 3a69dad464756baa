from lib import F, P, CH, TG, build

TEXT = """BÁO LÀO CAI ĐIỆN TỬ
Thứ Hai, 07/10/2024, 08:45

Lào Cai: Gần 420 tỷ đồng nâng cấp trường dân tộc nội trú, bán trú

(BLC) - Giai đoạn 2021-2025, tỉnh Lào Cai được phân bổ 418,7 tỷ đồng từ Tiểu dự án 1, Dự án 5 thuộc Chương trình mục tiêu quốc gia 1719 để đầu tư cơ sở vật chất cho các trường PTDTNT, PTDTBT và trường có học sinh bán trú. Trong đó, vốn đầu tư phát triển 312,4 tỷ đồng, vốn sự nghiệp 106,3 tỷ đồng.

Tính đến ngày 30/9/2024, từ nguồn vốn này toàn tỉnh đã xây mới 146 phòng ở nội trú, bán trú, 38 nhà ăn, bếp ăn và 52 công trình nhà vệ sinh, nước sạch; sửa chữa, nâng cấp 91 phòng học. Nhờ đó, số học sinh phải ở nhà tạm, ở trọ trong dân giảm từ 1.240 em (năm 2021) xuống còn 186 em.

Năm học 2024-2025, Lào Cai có 10 trường PTDTNT với 3.215 học sinh và 87 trường PTDTBT với 24.960 học sinh bán trú. Huyện Bát Xát dẫn đầu với 21 trường PTDTBT, tiếp đến là Si Ma Cai 15 trường, Mường Khương 14 trường.

9 tháng năm 2024, tỉnh giải ngân vốn Dự án 5 được 97,8 tỷ đồng, đạt 71,6% kế hoạch vốn năm 2024 (136,6 tỷ đồng). Riêng quý III/2024 giải ngân 41,2 tỷ đồng, gấp 1,7 lần quý II.

Mục tiêu đến hết năm 2025, 100% trường PTDTBT của tỉnh có đủ phòng ở, nhà ăn cho học sinh; khoảng 85% trường PTDTNT đạt chuẩn quốc gia (hiện đạt 60%).

Ông Giàng A Tủa, Phó Trưởng Ban Dân tộc tỉnh cho biết, mỗi phòng ở bán trú xây mới được thiết kế cho từ 8 đến 10 học sinh, diện tích bình quân tối thiểu 4 m²/học sinh; các công trình đều gắn với Quyết định số 1719/QĐ-TTg và Nghị quyết số 10/2022/NQ-HĐND của HĐND tỉnh.

Hoàng Thu
"""

G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GI = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFI = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T25 = P("đến hết năm 2025", None, "2025-12-31")

SUB_R = "phòng ở nội trú, bán trú xây mới"
FIGS = [
    F("Gần 420 tỷ đồng", "420", 420000000000, "money", "đồng", "vốn nâng cấp trường dân tộc nội trú, bán trú",
      approx="nearly"),
    F("phân bổ 418,7 tỷ đồng", "418,7", 418700000000, "money", "đồng",
      "vốn Tiểu dự án 1, Dự án 5 phân bổ đầu tư cơ sở vật chất cho các trường PTDTNT, PTDTBT", period=G),
    F("phát triển 312,4 tỷ đồng", "312,4", 312400000000, "money", "đồng", "vốn đầu tư phát triển",
      total=418700000000, period=GI),
    F("sự nghiệp 106,3 tỷ đồng", "106,3", 106300000000, "money", "đồng", "vốn sự nghiệp",
      total=418700000000, period=GI),
    F("xây mới 146 phòng", "146", 146, "count", "phòng ở", SUB_R, period=ASOF),
    F("38 nhà ăn", "38", 38, "count", "nhà ăn", "nhà ăn, bếp ăn xây mới", period=ASOF),
    F("52 công trình", "52", 52, "count", "công trình", "công trình nhà vệ sinh, nước sạch xây mới", period=ASOF),
    F("nâng cấp 91 phòng học", "91", 91, "count", "phòng học", "phòng học sửa chữa, nâng cấp", period=ASOF),
    F("từ 1.240 em", "1.240", 1240, "count", "em", "học sinh phải ở nhà tạm, ở trọ trong dân",
      period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 186 em", "186", 186, "count", "em", "học sinh phải ở nhà tạm, ở trọ trong dân", period=ASOFI),
    F("có 10 trường PTDTNT", "10", 10, "count", "trường", "trường PTDTNT"),
    F("với 3.215 học sinh", "3.215", 3215, "count", "học sinh", "học sinh trường PTDTNT"),
    F("87 trường PTDTBT", "87", 87, "count", "trường", "trường PTDTBT"),
    F("với 24.960 học sinh", "24.960", 24960, "count", "học sinh", "học sinh bán trú"),
    F("với 21 trường", "21", 21, "count", "trường", "trường PTDTBT", loc="Bát Xát"),
    F("Si Ma Cai 15 trường", "15", 15, "count", "trường", "trường PTDTBT", loc="Si Ma Cai"),
    F("Mường Khương 14 trường", "14", 14, "count", "trường", "trường PTDTBT", loc="Mường Khương"),
    F("được 97,8 tỷ đồng", "97,8", 97800000000, "money", "đồng", "vốn Dự án 5 giải ngân", percent=71.6,
      target=TG(136600000000, "đồng"), period=M9),
    F("giải ngân 41,2 tỷ đồng", "41,2", 41200000000, "money", "đồng", "vốn Dự án 5 giải ngân",
      change=CH("+", 1.7, "lần", "quý II"), period=Q3),
    F("2025, 100% trường", "100", 100, "percent", "%", "trường PTDTBT có đủ phòng ở, nhà ăn cho học sinh",
      status="target", period=T25),
    F("khoảng 85% trường", "85", 85, "percent", "%", "trường PTDTNT đạt chuẩn quốc gia", approx="about",
      status="target", period=T25),
    F("hiện đạt 60%", "60", 60, "percent", "%", "trường PTDTNT đạt chuẩn quốc gia"),
    F("từ 8 đến 10 học sinh", "8", 8, "count", "học sinh", "sức chứa mỗi phòng ở bán trú xây mới", value_max=10),
    F("tối thiểu 4 m²/học sinh", "4", 4, "measure", "m²/học sinh", "diện tích bình quân phòng ở bán trú",
      approx="at_least"),
]

COMMENTS = [
    "Báo Lào Cai (Party newspaper), dateline 'Thứ Hai, 07/10/2024, 08:45', '(BLC) -' tag, byline at the end.",
    "MTQG 1719 Dự án 5 capital for boarding/semi-boarding schools, facilities built, schools by district, disbursement, targets.",
    "Distractors: 'Tiểu dự án 1', 'Dự án 5', 'Chương trình … 1719', 'Quyết định số 1719/QĐ-TTg', 'Nghị quyết số 10/2022/NQ-HĐND',",
    "'Năm học 2024-2025' (no gold period for school-year figures), person's name.",
    "'Trong đó, vốn đầu tư phát triển …, vốn sự nghiệp …' parts of 418,7 tỷ (sum checked), period inherited from the previous sentence.",
    "'giảm từ 1.240 em (năm 2021) xuống còn 186 em': two levels, each a figure of its own; no change number is stated.",
    "'đạt 71,6% kế hoạch vốn năm 2024 (136,6 tỷ đồng)': share = percent, the bracketed plan = target. 'gấp 1,7 lần quý II' = change (lần).",
    "'(hiện đạt 60%)' is an actual figure of its own. 'đến hết năm 2025' → end 2025-12-31, start null (target phrase).",
    "'từ 8 đến 10 học sinh' range; 'tối thiểu 4 m²/học sinh' at_least with the denominator in the unit.",
    "List 'Huyện Bát Xát dẫn đầu với 21 …, tiếp đến là Si Ma Cai 15 …': districts as location, indicator 'trường PTDTBT' as subject.",
]

build(2, TEXT, FIGS, COMMENTS, published="2024-10-07", location="Lào Cai")

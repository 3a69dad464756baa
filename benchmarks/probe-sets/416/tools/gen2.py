from lib import C, F, P, T, emit

TEXT = """Bắc Yên: Hơn 1.100 con bò được thụ tinh nhân tạo trong 9 tháng năm 2024
Thứ Ba, 15/10/2024 - 09:20

Thực hiện Đề án phát triển chăn nuôi trâu, bò hàng hóa giai đoạn 2021-2025, 9 tháng năm 2024, Trạm Dịch vụ nông nghiệp huyện đã phối hợp với 16 xã tổ chức thụ tinh nhân tạo cho 1.126 con bò cái sinh sản, đạt 86,6% kế hoạch năm (1.300 con). Riêng quý III/2024, số bò được phối giống là 418 con, tăng 12,1% so với quý II.

Tổng số liều tinh đã sử dụng là 1.452 liều, trong đó tinh bò thịt cao sản (Brahman, Droughtmaster, BBB) 1.087 liều, tinh bò sữa 365 liều; bình quân 1,29 liều/bò phối. Tỷ lệ bò có chửa sau phối đạt 71,4%. Đến nay đã có 507 con bê lai ra đời, khối lượng sơ sinh bình quân từ 22 đến 28 kg/con, cao hơn bê nội 8-10 kg.

Tính đến 30/9, toàn huyện có 14 dẫn tinh viên đang hoạt động tại cơ sở, trong đó 9 người được tập huấn lại trong năm.

Theo ông Hà Văn Thắng, Trưởng Trạm Dịch vụ nông nghiệp huyện, mỗi con bê lai 6 tháng tuổi có giá bán từ 12 đến 15 triệu đồng, cao hơn bê nội cùng lứa khoảng 4 triệu đồng. Để khuyến khích người dân, huyện hỗ trợ 100% kinh phí tinh, vật tư và 50.000 đồng/lần phối cho dẫn tinh viên.

Năm 2025, huyện phấn đấu thụ tinh nhân tạo cho ít nhất 1.500 con bò, nâng tỷ lệ bò lai lên trên 25% tổng đàn bò.

Người dân có nhu cầu phối giống liên hệ Trạm Dịch vụ nông nghiệp huyện, tiểu khu 2, thị trấn Bắc Yên, điện thoại 0212.3860.125.

Lò Thị Hương - Trung tâm TT-VH huyện Bắc Yên
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-15")
NOWi = P("Đến nay", None, "2024-10-15", inh=True)
S30 = P("Tính đến 30/9", None, "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 1.100 con bò", "1.100", 1100, "count", "con", "bò được thụ tinh nhân tạo", N9, approx="over"),
    F("với 16 xã", "16", 16, "count", "xã", optional=True),
    F("cho 1.126 con bò", "1.126", 1126, "count", "con", "bò cái sinh sản được thụ tinh nhân tạo", N9,
      percent=86.6, target=T(1300, "con")),
    F("là 418 con", "418", 418, "count", "con", "bò được phối giống", Q3, change=C("increase", 12.1, "%", "quý II")),
    F("là 1.452 liều", "1.452", 1452, "count", "liều", "liều tinh đã sử dụng", N9i),
    F("BBB) 1.087 liều", "1.087", 1087, "count", "liều", "tinh bò thịt cao sản", N9i, total=1452),
    F("sữa 365 liều", "365", 365, "count", "liều", "tinh bò sữa", N9i, total=1452),
    F("1,29 liều/bò phối", "1,29", 1.29, "measure", "liều/bò phối", "bình quân liều tinh", N9i),
    F("đạt 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ bò có chửa sau phối", N9i),
    F("có 507 con bê lai", "507", 507, "count", "con", "bê lai ra đời", NOW),
    F("từ 22 đến 28 kg/con", "22", 22, "measure", "kg", "khối lượng sơ sinh bình quân", NOWi, value_max=28,
      change=C("increase", 8, "kg", "bê nội")),
    F("có 14 dẫn tinh viên", "14", 14, "count", "dẫn tinh viên", "dẫn tinh viên đang hoạt động tại cơ sở", S30),
    F("trong đó 9 người", "9", 9, "count", "người", "dẫn tinh viên được tập huấn lại", P("Tính đến 30/9", None, "2024-09-30", inh=True), total=14),
    F("lai 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", optional=True),
    F("từ 12 đến 15 triệu đồng", "12", 12000000, "money", "đồng", "giá bán bê lai 6 tháng tuổi", value_max=15000000,
      change=C("increase", 4000000, "đồng", "bê nội cùng lứa", approx="about")),
    F("hỗ trợ 100% kinh phí", "100", 100, "percent", "%", "hỗ trợ kinh phí tinh, vật tư"),
    F("50.000 đồng/lần phối", "50.000", 50000, "money", "đồng/lần phối", "hỗ trợ cho dẫn tinh viên"),
    F("ít nhất 1.500 con bò", "1.500", 1500, "count", "con", "bò được thụ tinh nhân tạo", Y25,
      approx="at_least", status="target"),
    F("trên 25% tổng đàn bò", "25", 25, "percent", "%", "tỷ lệ bò lai trong tổng đàn bò", Y25,
      approx="over", status="target"),
]

emit("p416-2", TEXT, [
    "Cổng TTĐT huyện Bắc Yên, Sơn La (district portal): artificial insemination of cattle, 9 months and Q3 2024, semen doses,",
    "conception rate, crossbred calves, AI technicians, calf prices, support norms, 2025 targets.",
    "Dateline 'Thứ Ba, 15/10/2024 - 09:20'; byline at the end. Location: the district (Bắc Yên) throughout.",
    "Distractors: 'Đề án … giai đoạn 2021-2025' (a name), breed names, 'tiểu khu 2' (address), phone 0212.3860.125, a person.",
    "'đạt 86,6% kế hoạch năm (1.300 con)': share → percent, the bracketed plan → target 1300 (met not yet known).",
    "'Tỷ lệ bò có chửa sau phối đạt 71,4%' names its own indicator: a figure of its own, not the percent of a count.",
    "'cao hơn bê nội 8-10 kg' is the change of the calf-weight range (value 8); 'khoảng 4 triệu đồng' the change of the price range.",
    "'9 người … trong năm': as-of 30/9 or the year? period left unscored (inherited). 'Đến nay' ends at the dateline; 'Tính đến 30/9' takes 2024 from the earlier period. '16 xã', '6 tháng tuổi' optional.",
    "Support norms (100% kinh phí, 50.000 đồng/lần phối) have no period.",
], FIGS, published="2024-10-15", location="Bắc Yên")

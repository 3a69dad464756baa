from lib import F, P, CH, emit

TEXT = """Báo Ấp Bắc - Cơ quan của Đảng bộ tỉnh Tiền Giang
Kinh tế | Nông nghiệp

Giá sầu riêng tăng mạnh, nhà vườn Cai Lậy phấn khởi
Thứ Hai, 16/09/2024 - 07:30

(ABO) - Đầu tháng 9/2024, giá sầu riêng tại các vườn ở huyện Cai Lậy, tỉnh Tiền Giang tăng mạnh. Giống Ri6 loại 1 được thương lái thu mua với giá từ 88.000 đến 95.000 đồng/kg, cao hơn khoảng 20.000 đồng/kg so với đầu tháng 8; sầu riêng Monthong loại 1 có giá 118.000 đồng/kg.

Ông Nguyễn Văn Tư (ấp 3, xã Ngũ Hiệp) cho biết, gia đình ông có 1,2 ha sầu riêng Ri6 đang cho trái, vụ này thu khoảng 30 tấn, sau khi trừ chi phí còn lãi trên 1,5 tỷ đồng.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Cai Lậy, năm 2024 toàn huyện có 16.850 ha sầu riêng, trong đó diện tích cho trái 11.200 ha, năng suất bình quân đạt 22,5 tấn/ha. Sản lượng cả năm ước đạt 252.000 tấn, tăng 9,8% so với năm 2023. Huyện hiện có 96 mã số vùng trồng với diện tích 6.430 ha, chiếm 38,2% diện tích sầu riêng toàn huyện; huyện phấn đấu đến năm 2025 có 120 mã số vùng trồng.

Toàn tỉnh Tiền Giang hiện có khoảng 22.000 ha sầu riêng, nhiều nhất vùng Đồng bằng sông Cửu Long; riêng vùng sầu riêng phía Tây của tỉnh chiếm hơn 80% diện tích.

Để giữ giá, huyện khuyến khích nông dân liên kết với 14 doanh nghiệp thu mua, đóng gói. Hợp tác xã sầu riêng Ngũ Hiệp hiện có 126 thành viên, diện tích 142 ha, được cấp 8 mã số vùng trồng. Theo ông Tư, nhà vườn nên liên hệ Trạm Trồng trọt huyện qua số điện thoại 0273.3826.451 để được hướng dẫn ghi nhật ký canh tác, tránh bị thu hồi mã số.

Thanh Tâm
"""

T9 = P("Đầu tháng 9/2024", "2024-09-01", "2024-09-30")
T9i = P("Đầu tháng 9/2024", "2024-09-01", "2024-09-30", inh=True)
N24 = P("năm 2024", "2024-01-01", "2024-12-31")
N24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
CN = P("cả năm", "2024-01-01", "2024-12-31")
D25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("từ 88.000 đến 95.000", "88.000", 88000, "money", "đồng/kg", "giá sầu riêng Ri6 loại 1 thương lái thu mua", T9i,
      value_max=95000, change=CH("increase", 20000, "đồng/kg", "đầu tháng 8", approx="about"), location="Cai Lậy"),
    F("giá 118.000 đồng/kg", "118.000", 118000, "money", "đồng/kg", "giá sầu riêng Monthong loại 1", T9i, location="Cai Lậy"),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích sầu riêng Ri6 đang cho trái của gia đình ông Tư",
      location="Cai Lậy"),
    F("khoảng 30 tấn", "30", 30, "measure", "tấn", "sản lượng sầu riêng thu hoạch của gia đình ông Tư",
      approx="about", location="Cai Lậy"),
    F("trên 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "tiền lãi sau khi trừ chi phí", approx="over",
      location="Cai Lậy"),
    F("có 16.850 ha", "16.850", 16850, "measure", "ha", "diện tích sầu riêng", N24, location="Cai Lậy"),
    F("cho trái 11.200 ha", "11.200", 11200, "measure", "ha", "diện tích sầu riêng cho trái", N24, total=16850,
      location="Cai Lậy"),
    F("đạt 22,5 tấn/ha", "22,5", 22.5, "measure", "tấn/ha", "năng suất bình quân", N24, location="Cai Lậy"),
    F("ước đạt 252.000 tấn", "252.000", 252000, "measure", "tấn", "sản lượng sầu riêng", CN, status="estimate",
      change=CH("increase", 9.8, "%", "năm 2023"), location="Cai Lậy"),
    F("có 96 mã số", "96", 96, "count", "mã số vùng trồng", "mã số vùng trồng", N24i, location="Cai Lậy"),
    F("diện tích 6.430 ha", "6.430", 6430, "measure", "ha", "diện tích mã số vùng trồng", N24i, percent=38.2,
      location="Cai Lậy"),
    F("có 120 mã số", "120", 120, "count", "mã số vùng trồng", "mã số vùng trồng", D25, status="target",
      location="Cai Lậy"),
    F("khoảng 22.000 ha", "22.000", 22000, "measure", "ha", "diện tích sầu riêng", approx="about",
      location="Tiền Giang"),
    F("hơn 80% diện tích", "80", 80, "percent", "%", "tỷ trọng diện tích của vùng sầu riêng phía Tây", approx="over",
      location="Tiền Giang"),
    F("với 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp thu mua, đóng gói liên kết",
      location="Cai Lậy"),
    F("có 126 thành viên", "126", 126, "count", "thành viên", "thành viên Hợp tác xã sầu riêng Ngũ Hiệp",
      location="Cai Lậy"),
    F("diện tích 142 ha", "142", 142, "measure", "ha", "diện tích Hợp tác xã sầu riêng Ngũ Hiệp", location="Cai Lậy"),
    F("cấp 8 mã số", "8", 8, "count", "mã số vùng trồng", "mã số vùng trồng được cấp của Hợp tác xã",
      location="Cai Lậy"),
]

emit("p280-2", TEXT, [
    "Báo Ấp Bắc (Party newspaper of Tiền Giang): durian prices at orchards, a grower's story, Cai Lậy district area/output/codes, province area.",
    "Dateline 'Thứ Hai, 16/09/2024 - 07:30'. Distractors: 'ấp 3' (hamlet name), phone 0273.3826.451, 'Ri6', 'loại 1' (grade).",
    "Location Cai Lậy (district) except the province-wide paragraph (Tiền Giang). Default location omitted on purpose.",
    "The grower's paragraph, the province paragraph and the cooperative paragraph state no period phrase: period null (not carried across paragraphs).",
    "Prices: 'Đầu tháng 9/2024' stands in the previous sentence of the paragraph (inherited). 'cao hơn khoảng 20.000 đồng/kg so với đầu tháng 8' is the Ri6 price's change.",
    "'Sản lượng cả năm' takes year 2024 from 'năm 2024' (year-less phrase). 6.430 ha carries share 38,2%. 11.200 ha cho trái is part of 16.850 ('trong đó').",
], FIGS, published="2024-09-16")

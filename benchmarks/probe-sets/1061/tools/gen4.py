from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Kinh tế hợp tác và PTNT

Ngành muối năm 2023: sản lượng đạt khoảng 1,12 triệu tấn

Ngày đăng: 16/01/2024 | Lượt xem: 2.418

Theo báo cáo của Cục Kinh tế hợp tác và Phát triển nông thôn, năm 2023 tổng diện tích sản xuất muối cả nước đạt 11.620 ha, giảm 3,2% so với năm 2022. Sản lượng muối cả năm ước đạt 1,12 triệu tấn, trong đó muối công nghiệp 395.000 tấn, muối thủ công 725.000 tấn.

Các địa phương có diện tích sản xuất muối lớn nhất lần lượt là Ninh Thuận (3.190 ha), Bạc Liêu (1.480 ha), Bến Tre (1.150 ha) và Sóc Trăng (820 ha). Diện tích sản xuất muối sạch trải bạt đạt 2.150 ha, chiếm 18,5% tổng diện tích, tăng 340 ha so với năm 2022.

Giá muối bình quân tại đồng năm 2023 khoảng 1.450 đồng/kg, cao hơn 250 đồng/kg so với năm 2022; riêng muối sạch trải bạt đạt 2.500-3.000 đồng/kg. Cả nước hiện có khoảng 26.000 hộ diêm dân với gần 60.000 lao động; 52 hợp tác xã muối đang hoạt động, trong đó 31 hợp tác xã có liên kết tiêu thụ với doanh nghiệp.

Theo Quyết định số 1176/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án phát triển ngành muối giai đoạn 2021-2030, đến năm 2030 diện tích sản xuất muối cả nước đạt khoảng 14.500 ha, sản lượng 2,2 triệu tấn/năm, trong đó muối công nghiệp chiếm 60%. Năm 2024, Bộ đặt mục tiêu sản lượng muối đạt 1,2 triệu tấn, diện tích muối trải bạt tăng thêm 300 ha.

Cục đề nghị các địa phương ven biển rà soát quy hoạch, hỗ trợ diêm dân chuyển đổi sang sản xuất muối sạch, xây dựng thương hiệu muối gắn với chỉ dẫn địa lý.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YR = P("cả năm", "2023-01-01", "2023-12-31")
TO30 = P("đến năm 2030", end="2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DT = "diện tích sản xuất muối"

FIGS = [
    F("khoảng 1,12 triệu tấn", "1,12", 1.12e6, "measure", "tấn", "sản lượng ngành muối", Y23,
      approx="about"),
    F("đạt 11.620 ha", "11.620", 11620, "measure", "ha", "tổng diện tích sản xuất muối", Y23,
      change=C("decrease", 3.2, "%", "năm 2022")),
    F("ước đạt 1,12 triệu tấn", "1,12", 1.12e6, "measure", "tấn", "sản lượng muối", YR,
      status="estimate"),
    F("muối công nghiệp 395.000 tấn", "395.000", 395000, "measure", "tấn", "sản lượng muối công nghiệp",
      YR, total=1.12e6, status="estimate"),
    F("muối thủ công 725.000 tấn", "725.000", 725000, "measure", "tấn", "sản lượng muối thủ công",
      YR, total=1.12e6, status="estimate"),
    F("Ninh Thuận (3.190 ha)", "3.190", 3190, "measure", "ha", DT, I(Y23), location="Ninh Thuận"),
    F("Bạc Liêu (1.480 ha)", "1.480", 1480, "measure", "ha", DT, I(Y23), location="Bạc Liêu"),
    F("Bến Tre (1.150 ha)", "1.150", 1150, "measure", "ha", DT, I(Y23), location="Bến Tre"),
    F("Sóc Trăng (820 ha)", "820", 820, "measure", "ha", DT, I(Y23), location="Sóc Trăng"),
    F("đạt 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích sản xuất muối sạch trải bạt", I(Y23),
      percent=18.5, change=C("increase", 340, "ha", "năm 2022")),
    F("khoảng 1.450 đồng/kg", "1.450", 1450, "money", "đồng/kg", "giá muối bình quân tại đồng",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about",
      change=C("increase", 250, "đồng/kg", "năm 2022")),
    F("đạt 2.500-3.000 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá muối sạch trải bạt",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=3000),
    F("khoảng 26.000 hộ", "26.000", 26000, "count", "hộ diêm dân", "hộ diêm dân", approx="about"),
    F("gần 60.000 lao động", "60.000", 60000, "count", "lao động", "lao động làm muối", approx="nearly"),
    F("52 hợp tác xã", "52", 52, "count", "hợp tác xã", "hợp tác xã muối đang hoạt động"),
    F("31 hợp tác xã", "31", 31, "count", "hợp tác xã",
      "hợp tác xã có liên kết tiêu thụ với doanh nghiệp", total=52),
    F("khoảng 14.500 ha", "14.500", 14500, "measure", "ha", DT, TO30, approx="about", status="target"),
    F("2,2 triệu tấn/năm", "2,2", 2.2e6, "measure", "tấn/năm", "sản lượng muối", TO30, status="target"),
    F("chiếm 60%", "60", 60, "percent", "%", "tỷ trọng muối công nghiệp trong sản lượng muối", TO30,
      status="target"),
    F("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", "sản lượng muối", Y24, status="target"),
    F("thêm 300 ha", "300", 300, "measure", "ha", "diện tích muối trải bạt tăng thêm", Y24, status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national salt sector 2023 (invented). Dateline 'Ngày đăng: 16/01/2024 | Lượt xem: 2.418'.",
    "All figures are national (location Việt Nam) except the ranked province list, whose items carry their province.",
    "The ranked list does not add up to 11.620 ha: no total. 'chiếm 18,5% tổng diện tích' is the share (percent), not a total.",
    "'ước đạt' governs the 'trong đó' parts in the same sentence (estimate). Headline 'khoảng' is approx only (actual).",
    "Distractors: 'Quyết định số 1176/QĐ-TTg', 'giai đoạn 2021-2030', address 'Số 2 Ngọc Hà', phone, view counter.",
    "'diện tích muối trải bạt tăng thêm 300 ha' is a target figure of its own (the increase is the claim, no base amount stated).",
]

write("p1061-4", TEXT, NOTES, FIGS, published="2024-01-16", location="Việt Nam")

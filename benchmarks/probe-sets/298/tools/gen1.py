from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP
Trang chủ » Tin tức - Sự kiện » Kinh tế

Ngành hàng cá tra phục hồi, giá cá nguyên liệu tăng trở lại
Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.315

(ĐTP) - Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, diện tích thả nuôi cá tra thương phẩm toàn tỉnh đạt 2.456 ha, tăng 3,2% so với cùng kỳ, trong đó diện tích nuôi đạt chứng nhận ASC, BAP, GlobalGAP là 1.187 ha, chiếm 48,3%. Sản lượng thu hoạch ước đạt 412.500 tấn, bằng 76,4% kế hoạch năm, tăng 5,8% so với cùng kỳ năm 2023.

Giá cá tra nguyên liệu loại 1 tại ao hiện dao động từ 26.500 đến 27.500 đồng/kg, cao hơn khoảng 1.000 đồng/kg so với đầu năm. Với giá thành sản xuất bình quân khoảng 25.000 đồng/kg, người nuôi lãi từ 1.500-2.500 đồng/kg.

Về con giống, toàn tỉnh có 1.850 ha ương dưỡng, mỗi năm sản xuất trên 3,2 tỷ con giống, đáp ứng khoảng 60% nhu cầu giống cá tra của vùng Đồng bằng sông Cửu Long. Tuy nhiên, tỷ lệ hao hụt ở giai đoạn ương do bệnh gan thận mủ, xuất huyết vẫn ở mức từ 20% đến 30%.

Kim ngạch xuất khẩu cá tra chế biến của các doanh nghiệp trên địa bàn 9 tháng ước đạt 398,6 triệu USD, tăng 9,1% so với cùng kỳ, chiếm gần 35% tổng kim ngạch xuất khẩu của tỉnh.

Thực hiện Quyết định số 1528/QĐ-UBND-HC về phát triển ngành hàng cá tra, tỉnh phấn đấu đến năm 2025 diện tích nuôi cá tra đạt 2.800 ha, sản lượng 600.000 tấn, trên 70% diện tích nuôi đạt chứng nhận.

Minh Khang
Cơ quan chủ quản: UBND tỉnh Đồng Tháp. Địa chỉ: Số 12, đường 30/4, Phường 1, TP. Cao Lãnh. Điện thoại: 0277.3851.254
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9b = P("9 tháng", "2024-01-01", "2024-09-30")
P25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 2.456 ha", "2.456", 2456, "measure", "ha", "diện tích thả nuôi cá tra thương phẩm", P9,
      change=CH("increase", 3.2, baseline="cùng kỳ")),
    F("là 1.187 ha", "1.187", 1187, "measure", "ha", "diện tích nuôi đạt chứng nhận ASC, BAP, GlobalGAP", P9,
      total=2456, percent=48.3),
    F("ước đạt 412.500 tấn", "412.500", 412500, "measure", "tấn", "sản lượng cá tra thu hoạch", I(P9),
      percent=76.4, change=CH("increase", 5.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("từ 26.500 đến 27.500", "26.500", 26500, "money", "đồng/kg", "giá cá tra nguyên liệu loại 1 tại ao",
      value_max=27500, change=CH("increase", 1000, "đồng/kg", "đầu năm", "about")),
    F("khoảng 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá thành sản xuất bình quân", approx="about"),
    F("lãi từ 1.500-2.500", "1.500", 1500, "money", "đồng/kg", "lãi của người nuôi cá tra", value_max=2500),
    F("có 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích ương dưỡng cá tra giống"),
    F("trên 3,2 tỷ con giống", "3,2", 3.2e9, "count", "con giống", "con giống cá tra sản xuất mỗi năm", approx="over"),
    F("khoảng 60% nhu cầu", "60", 60, "percent", "%", "nhu cầu giống cá tra của vùng Đồng bằng sông Cửu Long được đáp ứng",
      approx="about"),
    F("từ 20% đến 30%", "20", 20, "percent", "%", "tỷ lệ hao hụt ở giai đoạn ương do bệnh", value_max=30),
    F("ước đạt 398,6 triệu USD", "398,6", 398.6e6, "money", "USD", "kim ngạch xuất khẩu cá tra chế biến", P9b,
      percent=35, change=CH("increase", 9.1, baseline="cùng kỳ"), status="estimate"),
    F("đạt 2.800 ha", "2.800", 2800, "measure", "ha", "diện tích nuôi cá tra", P25, status="target"),
    F("sản lượng 600.000 tấn", "600.000", 600000, "measure", "tấn", "sản lượng cá tra", P25, status="target"),
    F("trên 70% diện tích", "70", 70, "percent", "%", "diện tích nuôi đạt chứng nhận", P25, approx="over", status="target"),
]

COMMENTS = [
    "Province portal (Đồng Tháp): cá tra, 9 months 2024 — area, certified area, output vs plan, pond prices, fingerlings, export, 2025 targets.",
    "'Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.315' (view counter is furniture). Distractors: Quyết định số 1528/QĐ-UBND-HC, 'đường 30/4', 'Phường 1', phone.",
    "'trong đó ... 1.187 ha, chiếm 48,3%' -> total 2456 + percent. 'bằng 76,4% kế hoạch năm' is the share of the estimate (percent attribute).",
    "'cao hơn khoảng 1.000 đồng/kg so với đầu năm' is the price's change (unit đồng/kg). 'đáp ứng khoảng 60% nhu cầu' is a percent of its own",
    "(a share of regional demand, not of the 3,2 tỷ; 'đáp ứng' is not a share cue). 'mỗi năm' is no period. The 2025 targets: status target.",
    "'9 tháng' in the export sentence takes the year 2024 from the earlier '9 tháng năm 2024'.",
]

if __name__ == "__main__":
    emit(1, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đồng Tháp")

from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 14/01/2025 09:45 | Lượt xem: 2.316

Gần 93% hộ gia đình nông thôn có nhà tiêu hợp vệ sinh

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, đến hết năm 2024, toàn tỉnh có 712.480 hộ gia đình nông thôn có nhà tiêu hợp vệ sinh, chiếm 92,8% tổng số hộ nông thôn, tăng 1,6 điểm phần trăm so với năm 2023. Trong đó, số hộ sử dụng bể tự hoại là 598.300 hộ, số hộ dùng nhà tiêu hai ngăn và thấm dội nước khoảng 114.000 hộ.

Năm 2024, từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, vốn vay ưu đãi và vốn đối ứng của nhân dân, toàn tỉnh xây mới, cải tạo 18.640 nhà tiêu hợp vệ sinh, đạt 103,6% kế hoạch năm, gấp 1,3 lần so với năm 2023. Ngân hàng Chính sách xã hội chi nhánh tỉnh đã giải ngân 412,5 tỷ đồng cho 17.850 lượt hộ vay vốn chương trình nước sạch và vệ sinh môi trường nông thôn; tính đến 31/12/2024, dư nợ chương trình đạt 1.846 tỷ đồng với hơn 98.000 khách hàng còn dư nợ.

Đến nay, 421/447 xã đạt chỉ tiêu 17.8 về nhà tiêu, nhà tắm, thiết bị chứa nước hợp vệ sinh và bảo đảm “3 sạch” thuộc Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (Quyết định số 318/QĐ-TTg). Các huyện đồng bằng có tỷ lệ hộ có nhà tiêu hợp vệ sinh cao là Hoằng Hóa (98,2%), Quảng Xương (97,5%), Thọ Xuân (96,9%); trong khi hai huyện miền núi Mường Lát và Quan Sơn mới đạt lần lượt 61,4% và 68,7%.

Năm 2025, tỉnh phấn đấu tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh đạt 95%, trong đó ít nhất 80% số hộ sử dụng bể tự hoại; tổng nhu cầu vốn dự kiến khoảng 520 tỷ đồng, chủ yếu từ nguồn vốn vay và huy động trong dân.
"""

LOC = "Thanh Hóa"
Y24END = P("đến hết năm 2024", end="2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", end="2025-01-14")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S = "tỷ lệ hộ có nhà tiêu hợp vệ sinh"

FIGS = [
    F("Gần 93% hộ gia đình", "93", "percent", "%", approx="nearly",
      subject="hộ gia đình nông thôn có nhà tiêu hợp vệ sinh"),
    F("có 712.480 hộ", "712.480", "count", "hộ", percent=92.8,
      change=C("increase", 1.6, "điểm phần trăm", "năm 2023"),
      subject="hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", period=Y24END),
    F("là 598.300 hộ", "598.300", "count", "hộ", total=712480,
      subject="hộ sử dụng bể tự hoại", period=I(Y24END)),
    F("khoảng 114.000 hộ", "114.000", "count", "hộ", approx="about", total=712480,
      subject="hộ dùng nhà tiêu hai ngăn và thấm dội nước", period=I(Y24END)),
    F("cải tạo 18.640 nhà tiêu", "18.640", "count", "nhà tiêu", percent=103.6,
      change=C("increase", 1.3, "lần", "năm 2023"),
      subject="nhà tiêu hợp vệ sinh xây mới, cải tạo", period=Y24),
    F("giải ngân 412,5 tỷ đồng", "412,5", "money", "đồng", mult=10**9,
      subject="vốn vay chương trình nước sạch và vệ sinh môi trường nông thôn giải ngân", period=I(Y24)),
    F("cho 17.850 lượt hộ", "17.850", "count", "lượt hộ",
      subject="lượt hộ vay vốn chương trình nước sạch và vệ sinh môi trường nông thôn", period=I(Y24)),
    F("đạt 1.846 tỷ đồng", "1.846", "money", "đồng", mult=10**9,
      subject="dư nợ chương trình", period=P("tính đến 31/12/2024", end="2024-12-31")),
    F("hơn 98.000 khách hàng", "98.000", "count", "khách hàng", approx="over",
      subject="khách hàng còn dư nợ", period=P("tính đến 31/12/2024", end="2024-12-31")),
    F("421/447 xã", "421", "count", "xã", total=447,
      subject="xã đạt chỉ tiêu về nhà tiêu, nhà tắm, thiết bị chứa nước hợp vệ sinh", period=NOW),
    F("Hoằng Hóa (98,2%)", "98,2", "percent", "%", subject=S, location="Hoằng Hóa", period=I(Y24END)),
    F("Quảng Xương (97,5%)", "97,5", "percent", "%", subject=S, location="Quảng Xương", period=I(Y24END)),
    F("Thọ Xuân (96,9%)", "96,9", "percent", "%", subject=S, location="Thọ Xuân", period=I(Y24END)),
    F("hai huyện miền núi", "hai", "count", "huyện", subject="huyện miền núi", optional=True),
    F("lần lượt 61,4%", "61,4", "percent", "%", subject=S, location="Mường Lát", period=I(Y24END)),
    F("và 68,7%", "68,7", "percent", "%", subject=S, location="Quan Sơn", period=I(Y24END)),
    F("vệ sinh đạt 95%", "95", "percent", "%", status="target",
      subject="tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", period=Y25),
    F("ít nhất 80%", "80", "percent", "%", approx="at_least", status="target",
      subject="số hộ sử dụng bể tự hoại", period=Y25),
    F("khoảng 520 tỷ đồng", "520", "money", "đồng", mult=10**9, approx="about", status="forecast",
      subject="tổng nhu cầu vốn", period=Y25),
]

write("p1026-1", TEXT, FIGS, published="2025-01-14", location=LOC, notes=[
    "Province portal (Thanh Hóa), rural household latrines end-2024, loans, communes meeting criterion 17.8, district list, 2025 targets.",
    "Distractors: Lượt xem, 'chỉ tiêu 17.8' (criterion id), '3 sạch' (campaign name), Quyết định số 318/QĐ-TTg, giai đoạn 2021-2025.",
    "Year-less headline 'Gần 93%' has no period phrase: no period. 'gấp 1,3 lần so với năm 2023' after a count = change in lần.",
    "'hai huyện miền núi Mường Lát và Quan Sơn' is a referring count: optional. 'nhà tiêu hai ngăn' is a type, not a figure.",
    "District percents inherit the as-of end-2024 period of paragraph 1 (different paragraph, unscored).",
])

"""p907-6: national newspaper, Đắk Nông cocoon prices (16/3/2024)."""
from lib import F, P, I, C, T, emit

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 16/3/2024, 07:30 (GMT+7)

Giá kén tằm lên đỉnh, nông dân Đắk Nông mở rộng trồng dâu

Những ngày giữa tháng 3, giá kén tằm tại Đắk Nông ở mức 205.000-215.000 đồng/kg, tăng khoảng 25% so với cùng kỳ năm ngoái và là mức cao nhất trong 5 năm qua. Tuy vậy, nắng nóng kéo dài khiến khoảng 15% số hộp trứng nuôi trong tháng 2 bị bệnh, năng suất kén giảm còn 32-34 kg/hộp.

Theo Sở Nông nghiệp và Phát triển nông thôn Đắk Nông, năm 2023 toàn tỉnh có 4.050 ha dâu, tập trung tại các huyện Krông Nô (1.620 ha), Cư Jút (1.080 ha) và Đắk Mil (710 ha). Sản lượng kén năm 2023 đạt 7.300 tấn, mang về cho nông dân gần 1.200 tỷ đồng. Nhiều hộ dọc Quốc lộ 28 đã chuyển cà phê già cỗi sang trồng dâu.

Ông Y Khuê, ở buôn Buôr, xã Đắk Drô (huyện Krông Nô), cho biết gia đình có 1,5 ha dâu, mỗi tháng thu khoảng 300 kg kén. Trừ chi phí, mỗi tháng gia đình lãi hơn 40 triệu đồng. Theo tính toán của ngành nông nghiệp, thu nhập trên mỗi ha dâu tằm gấp 3 lần trồng cà phê.

Kim ngạch xuất khẩu tơ tằm của tỉnh năm 2023 đạt 38,5 triệu USD, tăng 42% so với năm 2022. Toàn tỉnh có 9 nhà máy ươm tơ với tổng công suất khoảng 1.300 tấn tơ/năm, song nguồn kén trong tỉnh mới đáp ứng gần 70% nhu cầu nguyên liệu.

Tỉnh đặt mục tiêu đến năm 2025 đạt 5.000 ha dâu và 9.000 tấn kén.

Hoàng Minh
"""

M3 = P("tháng 3", "2024-03-01", "2024-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("tháng 2", "2024-02-01", "2024-02-29")
TO25 = P("đến năm 2025", None, "2025-12-31")
DT = "diện tích dâu"

FIGS = [
    F("205.000-215.000 đồng/kg", "205.000", 205000, "money", "đồng/kg", "giá kén tằm", M3, value_max=215000,
      change=C("increase", 25, "%", "cùng kỳ năm ngoái", "about")),
    F("có 4.050 ha dâu", "4.050", 4050, "measure", "ha", DT, Y23),
    F("Krông Nô (1.620 ha)", "1.620", 1620, "measure", "ha", DT, Y23, location="Krông Nô"),
    F("Cư Jút (1.080 ha)", "1.080", 1080, "measure", "ha", DT, Y23, location="Cư Jút"),
    F("Đắk Mil (710 ha)", "710", 710, "measure", "ha", DT, Y23, location="Đắk Mil"),
    F("đạt 7.300 tấn", "7.300", 7300, "measure", "tấn", "sản lượng kén", Y23),
    F("gần 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "giá trị kén mang về cho nông dân", Y23, approx="nearly"),
    F("có 1,5 ha dâu", "1,5", 1.5, "measure", "ha", "diện tích dâu của gia đình ông Y Khuê", location="Krông Nô"),
    F("khoảng 300 kg kén", "300", 300, "measure", "kg/tháng", "sản lượng kén mỗi tháng của gia đình ông Y Khuê",
      approx="about", location="Krông Nô"),
    F("lãi hơn 40 triệu đồng", "40", 40e6, "money", "đồng/tháng", "lãi mỗi tháng của gia đình ông Y Khuê",
      approx="over", location="Krông Nô"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập trên mỗi ha dâu tằm so với trồng cà phê"),
    F("đạt 38,5 triệu USD", "38,5", 38.5e6, "money", "USD", "kim ngạch xuất khẩu tơ tằm", Y23,
      change=C("increase", 42, "%", "năm 2022")),
    F("có 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy ươm tơ", I(Y23)),
    F("khoảng 1.300 tấn tơ/năm", "1.300", 1300, "measure", "tấn/năm", "tổng công suất nhà máy ươm tơ", I(Y23),
      approx="about"),
    F("gần 70% nhu cầu", "70", 70, "percent", "%", "nguồn kén trong tỉnh đáp ứng nhu cầu nguyên liệu", I(Y23),
      approx="nearly"),
    F("khoảng 15% số hộp", "15", 15, "percent", "%", "số hộp trứng nuôi bị bệnh", M2, approx="about"),
    F("còn 32-34 kg/hộp", "32", 32, "measure", "kg/hộp", "năng suất kén", M2, value_max=34),
    F("đạt 5.000 ha", "5.000", 5000, "measure", "ha", DT, TO25, status="target"),
    F("9.000 tấn kén", "9.000", 9000, "measure", "tấn", "sản lượng kén", TO25, status="target"),
]

COMMENTS = [
    "National newspaper (Thứ bảy, 16/3/2024, 07:30 (GMT+7)): giá kén tằm tại Đắk Nông; byline at the end.",
    "'giữa tháng 3' without a year = March 2024 (published). 'mức cao nhất trong 5 năm qua' is a duration, not a figure.",
    "Districts in brackets are locations (1.620+1.080+710 = 3.410 ≠ 4.050: no total). The farmer's figures are in Krông Nô;",
    "his paragraph has no period phrase → no period. 'gấp 3 lần trồng cà phê' standing as its own claim → multiple.",
    "'gần 70% nhu cầu' has its own verb and subject (nguồn kén), so a percent figure, not a share of 1.300 tấn.",
    "Distractors: '07:30 (GMT+7)', '5 năm qua', 'Quốc lộ 28', 'buôn Buôr'.",
]

emit("p907-6", TEXT, FIGS, COMMENTS, published="2024-03-16", location="Đắk Nông")

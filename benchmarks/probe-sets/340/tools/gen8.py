from lib import F, P, C, T, emit

TEXT = """Cổng thông tin điện tử tỉnh Gia Lai
Kinh tế - Xã hội

Xuất khẩu mật ong Gia Lai tìm hướng đi ngoài thị trường Hoa Kỳ
Ngày 28/10/2024 | 16:05

(GLO) Theo Sở Công Thương, 9 tháng năm 2024 kim ngạch xuất khẩu mật ong của tỉnh đạt 16,86 triệu USD, giảm 12,4% so với cùng kỳ; lượng xuất khẩu ước đạt 6.150 tấn. Do mức thuế chống bán phá giá 61,27% vẫn áp dụng với phần lớn lô hàng vào Hoa Kỳ, các doanh nghiệp đã chủ động chuyển hướng sang EU và châu Á.

Kim ngạch xuất khẩu mật ong theo thị trường
Đơn vị tính: nghìn USD
Thị trường
Năm 2023
9 tháng 2024
Hoa Kỳ
21.450
13.980
EU
1.320
1.875
Nhật Bản
640
712
Thị trường khác
385
290

Đáng chú ý, xuất khẩu sang EU trong 9 tháng tăng 42% so với cùng kỳ nhờ 3 doanh nghiệp đạt chứng nhận hữu cơ; giá bình quân sang thị trường này đạt 3.150 USD/tấn, cao hơn khoảng 20% so với giá bán vào Hoa Kỳ. Toàn tỉnh hiện có 6 doanh nghiệp xuất khẩu mật ong và khoảng 1.450 hộ nuôi ong, tập trung tại các huyện Chư Sê (410 hộ), Đak Đoa (275 hộ) và Ia Grai (230 hộ).

Kế hoạch năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu mật ong đạt 25 triệu USD, trong đó thị trường ngoài Hoa Kỳ chiếm tối thiểu 20%. Sở Công Thương sẽ hỗ trợ doanh nghiệp tham dự Đại hội Apimondia lần thứ 49 và xúc tiến thương mại tại Nhật Bản, Hàn Quốc.

Hồng Nhung
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23C = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
M9C = P("9 tháng 2024", "2024-01-01", "2024-09-30", inh=True)
M9b = P("trong 9 tháng", "2024-01-01", "2024-09-30")
Y25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đạt 16,86 triệu USD", "16,86", 16860000, "money", "USD", "kim ngạch xuất khẩu mật ong",
      change=C("decrease", 12.4, "%", "cùng kỳ"), period=M9),
    F("ước đạt 6.150 tấn", "6.150", 6150, "measure", "tấn", "lượng xuất khẩu mật ong", status="estimate", period=M9),
    F("bán phá giá 61,27%", "61,27", 61.27, "percent", "%", "mức thuế chống bán phá giá"),
]
ROWS = [("Hoa Kỳ", "21.450", "13.980"), ("EU", "1.320", "1.875"), ("Nhật Bản", "640", "712"),
        ("Thị trường khác", "385", "290")]
for label, a, b in ROWS:
    va = int(a.replace(".", "")) * 1000
    vb = int(b.replace(".", "")) * 1000
    FIGS.append(F(f"{label}\n{a}\n", a, va, "money", "USD", f"kim ngạch xuất khẩu mật ong {label} năm 2023", period=Y23C))
    FIGS.append(F(f"{a}\n{b}\n", b, vb, "money", "USD", f"kim ngạch xuất khẩu mật ong {label} 9 tháng 2024", period=M9C))

FIGS += [
    F("tăng 42%", "42", 42, "percent", "%", "tăng trưởng xuất khẩu sang EU", period=M9b),
    F("nhờ 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp đạt chứng nhận hữu cơ"),
    F("đạt 3.150 USD/tấn", "3.150", 3150, "money", "USD/tấn", "giá bình quân xuất khẩu sang EU",
      change=C("increase", 20, "%", "giá bán vào Hoa Kỳ", approx="about"), period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu mật ong"),
    F("khoảng 1.450 hộ", "1.450", 1450, "count", "hộ", "hộ nuôi ong", approx="about"),
    F("Chư Sê (410 hộ)", "410", 410, "count", "hộ", "hộ nuôi ong", location="Chư Sê"),
    F("Đak Đoa (275 hộ)", "275", 275, "count", "hộ", "hộ nuôi ong", location="Đak Đoa"),
    F("Ia Grai (230 hộ)", "230", 230, "count", "hộ", "hộ nuôi ong", location="Ia Grai"),
    F("đạt 25 triệu USD", "25", 25000000, "money", "USD", "kim ngạch xuất khẩu mật ong", status="target", period=Y25),
    F("tối thiểu 20%", "20", 20, "percent", "%", "tỷ trọng thị trường ngoài Hoa Kỳ", approx="at_least",
      status="target", period=Y25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Gia Lai (province portal, '(GLO)' tag): honey exports by market; dateline 'Ngày 28/10/2024 | 16:05'; byline at the end. Default location Gia Lai.",
    "Table written one cell per line: header 'Thị trường | Năm 2023 | 9 tháng 2024', 'Đơn vị tính: nghìn USD' (21.450 = 21.450.000 USD). Markets are trade partners,",
    "not places (location stays Gia Lai); subject = indicator + market + column; period from the column header (inherited).",
    "'xuất khẩu sang EU trong 9 tháng tăng 42%' is a growth rate standing as the claim: percent figure, no change. '61,27%' (duty rate on the province's shipments) keeps Gia Lai.",
    "District list after 'khoảng 1.450 hộ ..., tập trung tại các huyện X (410 hộ)': no part-of cue (not trong đó/gồm/colon), so no total; each district is the item's location.",
    "'Kế hoạch năm 2025, ... phấn đấu': 25 triệu USD and 'tối thiểu 20%' (at_least) are targets. Distractors: 'lần thứ 49', time 16:05, '(GLO)'.",
]

emit("p340-8", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Gia Lai")

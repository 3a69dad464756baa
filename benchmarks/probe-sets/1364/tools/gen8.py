"""p1364-8: radio/TV site (Đài PT-TH Nghệ An, tag (NTV)): 'bác sĩ cây' treating heritage trees."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Trang chủ | Thời sự | Video | Phát thanh | Truyền hình trực tuyến

"Bác sĩ cây" cứu chữa cây di sản xứ Nghệ

Thứ Tư, 17/04/2024 - 16:45

(NTV) - Nhiều cây di sản ở Nghệ An đang bị mục rỗng, sâu bệnh. Những tháng qua, các "bác sĩ cây" đã vào cuộc để kéo dài sự sống cho những cây cổ thụ này.

Năm 2023, qua kiểm tra 672 cây di sản trên địa bàn tỉnh, ngành chức năng phát hiện 57 cây bị sâu bệnh, mục rỗng, chiếm 8,5%; trong đó 9 cây ở tình trạng nguy cấp.

Tại đình Hoành Sơn, huyện Nam Đàn, cây đa khoảng 500 năm tuổi có chu vi gốc 11,5 m vừa được cứu chữa. Các kỹ thuật viên của Công ty TNHH Cây xanh Lam Hồng đã làm sạch 3 hốc mục lớn, trám gần 2 tấn vật liệu chuyên dụng và lắp 4 trụ đỡ cành.

Theo ông Hồ Sỹ Lương, Giám đốc công ty, chi phí cứu chữa một cây dao động từ 30 đến 80 triệu đồng tùy mức độ hư hại. Từ đầu năm đến nay, công ty đã chữa trị 23 cây cổ thụ trong tỉnh, trong đó có 5 cây di sản.

Ông Nguyễn Văn Hùng, Phó Giám đốc Sở Tài nguyên và Môi trường cho biết, dự kiến trong quý III, tỉnh sẽ chi khoảng 2 tỷ đồng để cứu chữa 15 cây di sản nguy cấp. Tỉnh phấn đấu đến năm 2025, 100% cây di sản được kiểm tra sức khỏe định kỳ; mỗi năm huy động ít nhất 1,5 tỷ đồng từ nguồn xã hội hóa cho công tác này.

Video: "Bác sĩ cây" ở Nam Đàn
Tin cùng chuyên mục:
- Lễ hội Đền Cuông năm 2024 thu hút du khách
- Nghệ An ra quân Tết trồng cây đầu xuân

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Địa chỉ: Số 1 Lê Hồng Phong, TP Vinh | Điện thoại: 0238.3844.545
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-04-17")
Q3 = per("trong quý III", "2024-07-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
ND = "Nam Đàn"

FIGS = [
    fig("kiểm tra 672 cây", "672", 672, "count", "cây", subject="cây di sản được kiểm tra", period=Y23),
    fig("phát hiện 57 cây", "57", 57, "count", "cây", percent=8.5, subject="cây bị sâu bệnh, mục rỗng", period=Y23),
    fig("trong đó 9 cây", "9", 9, "count", "cây", total=57, subject="cây ở tình trạng nguy cấp", period=Y23),
    fig("khoảng 500 năm", "500", 500, "measure", "năm", approx="about", subject="tuổi cây đa đình Hoành Sơn", location=ND),
    fig("gốc 11,5 m", "11,5", 11.5, "measure", "m", subject="chu vi gốc cây đa", location=ND),
    fig("sạch 3 hốc", "3", 3, "count", "hốc mục", subject="hốc mục lớn được làm sạch", location=ND),
    fig("gần 2 tấn", "2", 2, "measure", "tấn", approx="nearly", subject="vật liệu chuyên dụng trám", location=ND),
    fig("lắp 4 trụ", "4", 4, "count", "trụ", subject="trụ đỡ cành", location=ND),
    fig("từ 30 đến 80 triệu", "30", 30e6, "money", "đồng/cây", value_max=80e6, subject="chi phí cứu chữa một cây"),
    fig("trị 23 cây", "23", 23, "count", "cây", subject="cây cổ thụ công ty đã chữa trị", period=YTD),
    fig("có 5 cây di sản", "5", 5, "count", "cây", total=23, subject="cây di sản được chữa trị", period=YTD),
    fig("khoảng 2 tỷ", "2", 2e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí cứu chữa cây di sản nguy cấp", period=Q3),
    fig("chữa 15 cây", "15", 15, "count", "cây", status="forecast", subject="cây di sản nguy cấp được cứu chữa",
        period=Q3),
    fig("2025, 100% cây", "100", 100, "percent", "%", status="target",
        subject="cây di sản được kiểm tra sức khỏe định kỳ", period=T25),
    fig("ít nhất 1,5 tỷ", "1,5", 1.5e9, "money", "đồng/năm", approx="at_least", status="target",
        subject="huy động từ nguồn xã hội hóa", period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): menu, 'Thứ Tư, 17/04/2024 - 16:45' (published), tag '(NTV) -', video caption, related links, footer.",
    "Distractors: 'Số 1 Lê Hồng Phong', phone 0238.3844.545, 'năm 2024' in a link, 'Những tháng qua'.",
    "'phát hiện 57 cây ..., chiếm 8,5%; trong đó 9 cây' → 57 has percent 8.5; 9 is part of 57 (total). No cue makes 672 the whole of 57.",
    "The đình Hoành Sơn tree and its treatment → Nam Đàn. The company's cost range and its province-wide count ('trong tỉnh') → Nghệ An.",
    "'chi phí cứu chữa một cây ... từ 30 đến 80 triệu đồng' → money range, unit đồng/cây, no period (a standing range).",
    "'dự kiến trong quý III' → forecast, 2024-07-01..2024-09-30 (year of published). 'phấn đấu đến năm 2025 ...; mỗi năm ... ít nhất 1,5 tỷ'",
    "→ both target, period ending 2025-12-31; the yearly amount has unit đồng/năm.",
]

if __name__ == "__main__":
    write("p1364-8", TEXT, NOTES, FIGS, published="2024-04-17", location="Nghệ An")

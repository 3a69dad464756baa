"""p1375-5: national newspaper: concert economy 2024 (licences, stadium concerts, spending)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ bảy, 14/12/2024, 09:05 (GMT+7)

Kinh tế concert bùng nổ, du lịch hưởng lợi

Năm 2024 chứng kiến sự bùng nổ của các đêm nhạc quy mô sân vận động, mở ra cơ hội cho công nghiệp văn hóa và du lịch.

Theo Cục Nghệ thuật biểu diễn, 11 tháng năm 2024, cả nước cấp phép 1.352 chương trình biểu diễn nghệ thuật có bán vé, tăng 9,6% so với cùng kỳ năm 2023, trong đó có 38 đêm nhạc từ 10.000 khán giả trở lên. Dẫn đầu là TP Hồ Chí Minh với 486 chương trình, tiếp đến là Hà Nội 451 chương trình và Đà Nẵng 97 chương trình.

Đêm nhạc "Mùa hạ rực rỡ" tại Sân vận động Quân khu 7 (TP Hồ Chí Minh) hồi tháng 10 thu hút khoảng 42.000 khán giả, doanh thu vé ước hơn 95 tỷ đồng. Giá vé dao động từ 800.000 đồng đến 8 triệu đồng; mức chi tiêu bình quân của một khán giả từ tỉnh khác, gồm vé, đi lại và lưu trú, khoảng 5,5 triệu đồng.

Theo ước tính của Hiệp hội Du lịch TP Hồ Chí Minh, hai đêm nhạc lớn trong tháng 10 và tháng 11 đã mang lại cho các ngành lưu trú, ăn uống, vận tải của thành phố khoảng 400-450 tỷ đồng. Tại Hà Nội, chuỗi 4 đêm concert tại Sân vận động Quốc gia Mỹ Đình thu hút tổng cộng 160.000 lượt khán giả, bình quân 40.000 người/đêm.

Ông Trần Quốc Huy, Phó Giám đốc Công ty CP Giải trí Sao Việt, đơn vị tổ chức, cho biết khoảng 35% khán giả đến từ các tỉnh ngoài Hà Nội. Năm 2025, công ty dự kiến tổ chức 6-8 concert tại Hà Nội với tổng quy mô khoảng 250.000 khán giả.

Minh Anh
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
OCT = per("tháng 10", "2024-10-01", "2024-10-31")
OCTNOV = per("tháng 10 và tháng 11", "2024-10-01", "2024-11-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
HCM, HN = "TP Hồ Chí Minh", "Hà Nội"
LIC = "chương trình biểu diễn nghệ thuật có bán vé được cấp phép"

FIGS = [
    fig("cấp phép 1.352", "1.352", 1352, "count", "chương trình", period=M11,
        change=chg("increase", 9.6, "%", "cùng kỳ năm 2023"), subject="chương trình biểu diễn nghệ thuật có bán vé cả nước cấp phép"),
    fig("có 38 đêm nhạc", "38", 38, "count", "đêm nhạc", total=1352, period=M11,
        subject="đêm nhạc từ 10.000 khán giả trở lên"),
    fig("từ 10.000 khán giả", "10.000", 10000, "count", "khán giả", approx="at_least",
        subject="quy mô đêm nhạc", optional=True),
    fig("với 486 chương trình", "486", 486, "count", "chương trình", period=inh(M11), location=HCM, subject=LIC),
    fig("Hà Nội 451", "451", 451, "count", "chương trình", period=inh(M11), location=HN, subject=LIC),
    fig("Đà Nẵng 97", "97", 97, "count", "chương trình", period=inh(M11), location="Đà Nẵng", subject=LIC),
    fig("khoảng 42.000", "42.000", 42000, "count", "khán giả", approx="about", period=OCT, location=HCM,
        subject='khán giả đêm nhạc "Mùa hạ rực rỡ" thu hút'),
    fig("ước hơn 95 tỷ", "95", 95e9, "money", "đồng", approx="over", status="estimate", period=OCT, location=HCM,
        subject="doanh thu vé"),
    fig("từ 800.000 đồng", "800.000", 800000, "money", "đồng", value_max=8e6, location=HCM,
        subject="giá vé"),
    fig("khoảng 5,5 triệu", "5,5", 5.5e6, "money", "đồng", approx="about", location=HCM,
        subject="mức chi tiêu bình quân của một khán giả từ tỉnh khác"),
    fig("hai đêm nhạc lớn", "hai", 2, "count", "đêm nhạc", period=OCTNOV, location=HCM,
        subject="đêm nhạc lớn", optional=True),
    fig("khoảng 400-450", "400", 400e9, "money", "đồng", value_max=450e9, approx="about", status="estimate",
        period=OCTNOV, location=HCM,
        subject="nguồn thu hai đêm nhạc lớn mang lại cho các ngành lưu trú, ăn uống, vận tải của thành phố"),
    fig("chuỗi 4 đêm", "4", 4, "count", "đêm concert", location=HN,
        subject="đêm concert tại Sân vận động Quốc gia Mỹ Đình"),
    fig("cộng 160.000", "160.000", 160000, "count", "lượt khán giả", location=HN,
        subject="lượt khán giả chuỗi đêm concert thu hút"),
    fig("bình quân 40.000", "40.000", 40000, "measure", "người/đêm", location=HN,
        subject="khán giả bình quân mỗi đêm"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", location=HN,
        subject="khán giả đến từ các tỉnh ngoài Hà Nội"),
    fig("tổ chức 6-8", "6", 6, "count", "concert", value_max=8, status="forecast", period=Y25, location=HN,
        subject="concert công ty tổ chức"),
    fig("khoảng 250.000", "250.000", 250000, "count", "khán giả", approx="about", status="forecast", period=Y25,
        location=HN, subject="tổng quy mô khán giả"),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 14/12/2024, 09:05 (GMT+7)', headline, sapo, byline 'Minh Anh' at the end.",
    "Distractors: '(GMT+7)', 09:05, 'Sân vận động Quân khu 7', 'năm 2023' baseline; the sapo has no number.",
    "National figures (cả nước, Cục) are Việt Nam (default); the list 'TP Hồ Chí Minh với 486 ..., Hà Nội 451 ... và Đà Nẵng 97' gives",
    "each item its place, the subject is the list's indicator (licensed programmes), period inherited from the sentence before.",
    "'trong đó có 38 đêm nhạc' → total 1.352; 'từ 10.000 khán giả trở lên' is a size class (optional, at_least).",
    "'hai đêm nhạc lớn' names the group whose earnings follow (optional). 'Theo ước tính' → estimate; 'ước hơn' → estimate + over.",
    "'tháng 10' and 'tháng 10 và tháng 11' take 2024 from '11 tháng năm 2024'. '40.000 người/đêm' → measure rate.",
    "The organiser's plan 'dự kiến tổ chức 6-8 concert tại Hà Nội' → forecast, Hà Nội; it governs the 250.000 too.",
]

if __name__ == "__main__":
    write("p1375-5", TEXT, NOTES, FIGS, published="2024-12-14", location="Việt Nam")

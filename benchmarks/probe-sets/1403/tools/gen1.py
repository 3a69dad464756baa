"""p1403-1: province portal (Ninh Thuận): Katê festival 2024, visitors, stalls, brocade contest, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lễ hội Katê thu hút hơn 42.000 lượt khách

Cập nhật: 07/10/2024 16:45 | Lượt xem: 3.182

Trong 3 ngày diễn ra lễ hội (từ ngày 03 đến 05/10/2024), các đền tháp và làng Chăm trên địa bàn tỉnh Ninh Thuận đón khoảng 42.600 lượt khách, tăng 10,9% so với Lễ hội Katê năm 2023; trong đó khách quốc tế 3.150 lượt, chiếm 7,4%.

Năm nay, lễ hội được tổ chức tại 3 đền tháp Pô Klong Garai, Pô Rômê, Pô Inư Nưgar và 22 làng Chăm theo đạo Bàlamôn, thu hút gần 65.000 đồng bào Chăm tham gia. Toàn tỉnh hiện có hơn 72.000 người Chăm, chiếm khoảng 12% dân số.

Tại tháp Pô Klong Garai (TP Phan Rang - Tháp Chàm), Ban tổ chức bố trí 120 gian hàng giới thiệu gốm Bàu Trúc, thổ cẩm Mỹ Nghiệp và ẩm thực Chăm; doanh thu các gian hàng ước đạt 1,8 tỷ đồng, gấp 1,5 lần năm trước.

Dịp này, Sở Văn hóa, Thể thao và Du lịch tổ chức Hội thi dệt thổ cẩm truyền thống lần thứ 3 với 45 nghệ nhân của 9 hợp tác xã, tổ hợp tác tham gia. Ban giám khảo trao 11 giải, gồm 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích.

Theo kế hoạch, năm 2024 tỉnh phấn đấu đón 3,2 triệu lượt khách du lịch, tổng thu từ du lịch khoảng 4.500 tỷ đồng. Mục tiêu đến năm 2030, các di tích tháp Chăm đón ít nhất 500.000 lượt khách/năm.

Tin liên quan:
- Ninh Thuận: Khai mạc Tuần Văn hóa - Du lịch lần thứ 5
- Trao Bằng xếp hạng Di tích quốc gia đặc biệt tháp Pô Rômê
"""

FEST = per("từ ngày 03 đến 05/10/2024", "2024-10-03", "2024-10-05")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
PR = "Phan Rang - Tháp Chàm"
PRIZE = "giải Ban giám khảo trao"

FIGS = [
    fig("hơn 42.000 lượt", "42.000", 42000, "count", "lượt khách", approx="over",
        subject="lượt khách Lễ hội Katê thu hút"),
    fig("khoảng 42.600 lượt", "42.600", 42600, "count", "lượt khách", approx="about",
        change=chg("increase", 10.9, "%", "Lễ hội Katê năm 2023"),
        subject="lượt khách các đền tháp và làng Chăm đón", period=FEST),
    fig("quốc tế 3.150 lượt", "3.150", 3150, "count", "lượt", total=42600, percent=7.4,
        subject="khách quốc tế", period=FEST),
    fig("tại 3 đền tháp", "3", 3, "count", "đền tháp", subject="đền tháp tổ chức lễ hội", period=NN),
    fig("và 22 làng Chăm", "22", 22, "count", "làng Chăm",
        subject="làng Chăm theo đạo Bàlamôn tổ chức lễ hội", period=NN),
    fig("gần 65.000 đồng bào", "65.000", 65000, "count", "đồng bào Chăm", approx="nearly",
        subject="đồng bào Chăm tham gia lễ hội", period=NN),
    fig("hơn 72.000 người", "72.000", 72000, "count", "người Chăm", approx="over", percent=12,
        subject="người Chăm toàn tỉnh"),
    fig("bố trí 120 gian", "120", 120, "count", "gian hàng",
        subject="gian hàng giới thiệu gốm Bàu Trúc, thổ cẩm Mỹ Nghiệp và ẩm thực Chăm", location=PR),
    fig("ước đạt 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", status="estimate",
        change=chg("increase", 1.5, "lần", "năm trước"), subject="doanh thu các gian hàng", location=PR),
    fig("với 45 nghệ nhân", "45", 45, "count", "nghệ nhân",
        subject="nghệ nhân tham gia Hội thi dệt thổ cẩm truyền thống"),
    fig("của 9 hợp tác xã", "9", 9, "count", "hợp tác xã, tổ hợp tác",
        subject="hợp tác xã, tổ hợp tác tham gia Hội thi dệt thổ cẩm"),
    fig("trao 11 giải", "11", 11, "count", "giải", subject=PRIZE),
    fig("gồm 1 giải Nhất", "1", 1, "count", "giải", total=11, subject="giải Nhất"),
    fig("2 giải Nhì", "2", 2, "count", "giải", total=11, subject="giải Nhì"),
    fig("3 giải Ba", "3", 3, "count", "giải", total=11, subject="giải Ba"),
    fig("5 giải Khuyến khích", "5", 5, "count", "giải", total=11, subject="giải Khuyến khích"),
    fig("đón 3,2 triệu", "3,2", 3.2e6, "count", "lượt khách", status="target",
        subject="lượt khách du lịch tỉnh đón", period=Y24),
    fig("khoảng 4.500 tỷ", "4.500", 4500e9, "money", "đồng", approx="about", status="target",
        subject="tổng thu từ du lịch", period=Y24),
    fig("ít nhất 500.000", "500.000", 500000, "measure", "lượt khách/năm", approx="at_least",
        status="target", subject="lượt khách các di tích tháp Chăm đón", period=T30),
]

NOTES = [
    "Province portal (Ninh Thuận): Katê festival 2024; breadcrumb, 'Cập nhật: 07/10/2024 16:45 | Lượt xem: 3.182', related links.",
    "Distractors: 16:45, Lượt xem 3.182, 'Trong 3 ngày' (duration that locates), dates 03-05/10/2024, 'năm 2023' baseline, 'lần thứ 3', 'lần thứ 5'.",
    "Headline figure has no period phrase of its own (none earlier in the article): no period.",
    "'trong đó khách quốc tế 3.150 lượt, chiếm 7,4%' → total 42.600, percent 7,4; same sentence, so the festival dates are scored.",
    "'gấp 1,5 lần năm trước' after an amount → change in lần. 'Năm nay' = 2024 (published).",
    "'trao 11 giải, gồm 1 …, 2 …, 3 …, 5 …' → parts with total 11 (1+2+3+5 = 11).",
    "'Mục tiêu đến năm 2030 … ít nhất 500.000 lượt khách/năm' → rate (measure), at_least, target, start null.",
    "Tower stalls passage located in TP Phan Rang - Tháp Chàm; everything else Ninh Thuận.",
]

if __name__ == "__main__":
    write("p1403-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Ninh Thuận")

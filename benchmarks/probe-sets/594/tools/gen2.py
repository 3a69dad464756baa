"""p594-2: Cầu Giấy district portal — startup idea competition prizes 2024."""
from lib import fig, per, inh, year, chg, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY
Tin tức - Sự kiện > Kinh tế - Xã hội
Thứ Năm, 28/11/2024 - 10:15

Cầu Giấy trao 14 giải Cuộc thi Ý tưởng khởi nghiệp sáng tạo năm 2024

Chiều 27/11, tại Hội trường UBND quận (số 36 Cầu Giấy), Ban Tổ chức Cuộc thi Ý tưởng khởi nghiệp sáng tạo quận Cầu Giấy lần thứ ba đã tổng kết và trao giải.

Năm nay cuộc thi nhận 172 ý tưởng dự thi, tăng 31 ý tưởng so với năm 2023; trong đó 96 ý tưởng của học sinh, sinh viên, chiếm 55,8%. Sau vòng sơ khảo, Ban Tổ chức chọn 24 ý tưởng vào vòng chung khảo.

Ban Giám khảo đã trao 14 giải (1 giải Nhất, 2 giải Nhì, 3 giải Ba và 8 giải Khuyến khích) với tổng giá trị 180 triệu đồng. Giải Nhất trị giá 50 triệu đồng thuộc về dự án "Nền tảng kết nối gia sư AI" của nhóm sinh viên Trường Đại học Công nghệ. Ngoài giải thưởng, 5 dự án xuất sắc được các quỹ đầu tư cam kết rót vốn từ 200 đến 500 triệu đồng mỗi dự án.

Theo UBND quận, từ năm 2021 đến nay, quận đã hỗ trợ 53 dự án khởi nghiệp với tổng kinh phí gần 4,6 tỷ đồng. Hiện trên địa bàn có 2 vườn ươm, 1 quỹ đầu tư và khoảng 350 doanh nghiệp khởi nghiệp sáng tạo, chiếm gần 30% số doanh nghiệp khởi nghiệp sáng tạo của Thủ đô.

Năm 2025, quận phấn đấu hỗ trợ thêm 20 dự án khởi nghiệp, tổ chức ít nhất 12 hoạt động kết nối đầu tư.

Thông tin liên hệ: Phòng Kinh tế quận Cầu Giấy, điện thoại 024.3767.4586.
"""

Y24 = year(2024, "năm 2024")

FIGS = [
    fig("Cầu Giấy trao 14 giải", "14", 14, "count", "giải",
        "giải Cuộc thi Ý tưởng khởi nghiệp sáng tạo", Y24),
    fig("nhận 172 ý tưởng", "172", 172, "count", "ý tưởng", "ý tưởng dự thi",
        per("Năm nay", "2024-01-01", "2024-12-31"), change=chg("increase", 31, "ý tưởng", "năm 2023")),
    fig("trong đó 96 ý tưởng", "96", 96, "count", "ý tưởng", "ý tưởng dự thi của học sinh, sinh viên",
        per("Năm nay", "2024-01-01", "2024-12-31"), total=172, percent=55.8),
    fig("chọn 24 ý tưởng", "24", 24, "count", "ý tưởng", "ý tưởng vào vòng chung khảo"),
    fig("đã trao 14 giải", "14", 14, "count", "giải", "giải Ban Giám khảo trao"),
    fig("(1 giải Nhất", "1", 1, "count", "giải", "giải Nhất", total=14),
    fig("2 giải Nhì", "2", 2, "count", "giải", "giải Nhì", total=14),
    fig("3 giải Ba", "3", 3, "count", "giải", "giải Ba", total=14),
    fig("8 giải Khuyến khích", "8", 8, "count", "giải", "giải Khuyến khích", total=14),
    fig("tổng giá trị 180 triệu đồng", "180", 180e6, "money", "đồng", "tổng giá trị giải thưởng"),
    fig("trị giá 50 triệu đồng", "50", 50e6, "money", "đồng", "giải Nhất trị giá"),
    fig("5 dự án xuất sắc", "5", 5, "count", "dự án", "dự án xuất sắc được các quỹ đầu tư cam kết rót vốn"),
    fig("từ 200 đến 500 triệu đồng", "200", 200e6, "money", "đồng/dự án",
        "vốn các quỹ đầu tư cam kết rót mỗi dự án", value_max=500e6),
    fig("hỗ trợ 53 dự án", "53", 53, "count", "dự án", "dự án khởi nghiệp được hỗ trợ",
        per("từ năm 2021 đến nay", "2021-01-01", "2024-11-28")),
    fig("gần 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "tổng kinh phí hỗ trợ dự án khởi nghiệp",
        per("từ năm 2021 đến nay", "2021-01-01", "2024-11-28"), approx="nearly"),
    fig("có 2 vườn ươm", "2", 2, "count", "vườn ươm", "vườn ươm"),
    fig("1 quỹ đầu tư", "1", 1, "count", "quỹ đầu tư", "quỹ đầu tư"),
    fig("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp",
        "doanh nghiệp khởi nghiệp sáng tạo", approx="about", percent=30),
    fig("thêm 20 dự án", "20", 20, "count", "dự án", "dự án khởi nghiệp được hỗ trợ thêm",
        year(2025, "Năm 2025"), status="target"),
    fig("ít nhất 12 hoạt động", "12", 12, "count", "hoạt động", "hoạt động kết nối đầu tư",
        year(2025, "Năm 2025"), approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT quận Cầu Giấy (district portal, weekday dateline): Cuộc thi Ý tưởng khởi nghiệp sáng tạo năm 2024, support since 2021.",
    "Not figures: 'số 36 Cầu Giấy', 'lần thứ ba', 'Chiều 27/11', phone 024.3767.4586, 'AI', dates.",
    "'14 giải (1 giải Nhất, 2 giải Nhì, 3 giải Ba và 8 giải Khuyến khích)' adds up: the parts take total 14.",
    "'trong đó 96 ý tưởng …, chiếm 55,8%' : part of 172, with its share. 'Năm nay' = 2024 (dateline year).",
    "'chiếm gần 30% số doanh nghiệp … của Thủ đô' is the percent of the 350 (approx of a percent attribute is not scored).",
    "'từ 200 đến 500 triệu đồng mỗi dự án' : money range, unit đồng/dự án. 'từ năm 2021 đến nay' ends at the dateline.",
    "'Hiện …' sentence: no period. Location: the district (Cầu Giấy) throughout.",
]

if __name__ == "__main__":
    emit("p594-2", TEXT, COMMENTS, FIGS, published="2024-11-28", location="Cầu Giấy")

"""p883-7: Sở Văn hóa và Thể thao Đà Nẵng site (no dateline), civilised weddings 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Hoạt động > Gia đình

Kết quả thực hiện nếp sống văn minh trong việc cưới năm 2024

Năm 2024, toàn thành phố Đà Nẵng có 9.436 đám cưới, trong đó 9.155 đám cưới thực hiện nếp sống văn minh, chiếm 97%. Số đám cưới tổ chức tại nhà văn hóa, hội trường khu dân cư là 412 đám, tăng 58 đám so với năm 2023. Có 1.126 cặp đôi đăng ký tham gia lễ cưới tập thể, nghi thức đơn giản; Thành đoàn và Hội Liên hiệp Phụ nữ đã tổ chức 6 lễ cưới tập thể tại Công viên Biển Đông.

Tỷ lệ đám cưới thực hiện nếp sống văn minh theo địa phương:
Đơn vị tính: %

Quận, huyện
Năm 2023
Năm 2024
Hải Châu
97,8
98,6
Thanh Khê
96,5
97,9
Liên Chiểu
95,1
96,4
Hòa Vang
93,2
94,7
Toàn thành phố
95,9
97,0

Hiện thành phố có 128 nhà hàng, trung tâm tiệc cưới được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Giá tiệc phổ biến từ 3,5 đến 6 triệu đồng/bàn. Trong năm, các đoàn kiểm tra đã xử lý 14 trường hợp vi phạm quy định về tiếng ồn, thu nộp ngân sách 52 triệu đồng.

Năm 2025, Sở phấn đấu 98% đám cưới thực hiện nếp sống văn minh, 100% khu dân cư có tổ hòa giải tham gia vận động việc cưới.

Địa chỉ: Tầng 4, Trung tâm Hành chính, số 24 Trần Phú, quận Hải Châu, TP Đà Nẵng
Điện thoại: 0236.3821.375 - Email: svhtt@danang.gov.vn
Tổng lượt truy cập: 2.584.391
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ đám cưới thực hiện nếp sống văn minh"


def row(place, a, b, loc):
    return [
        F(f"{place}\n{a}", a, float(a.replace(",", ".")), "percent", "%", RATE, Y23, location=loc),
        F(f"{a}\n{b}", b, float(b.replace(",", ".")), "percent", "%", RATE, Y24, location=loc),
    ]


FIGS = [
    F("có 9.436 đám cưới", "9.436", 9436, "count", "đám cưới", "đám cưới", Y24),
    F("trong đó 9.155 đám cưới", "9.155", 9155, "count", "đám cưới", "đám cưới thực hiện nếp sống văn minh", Y24,
      total=9436, percent=97),
    F("là 412 đám", "412", 412, "count", "đám", "đám cưới tổ chức tại nhà văn hóa, hội trường khu dân cư", I(Y24),
      change=C("increase", 58, "đám", "năm 2023")),
    F("Có 1.126 cặp đôi", "1.126", 1126, "count", "cặp đôi", "cặp đôi đăng ký tham gia lễ cưới tập thể", I(Y24)),
    F("tổ chức 6 lễ cưới", "6", 6, "count", "lễ cưới tập thể", "lễ cưới tập thể được tổ chức", I(Y24)),
]
FIGS += row("Hải Châu", "97,8", "98,6", "Hải Châu")
FIGS += row("Thanh Khê", "96,5", "97,9", "Thanh Khê")
FIGS += row("Liên Chiểu", "95,1", "96,4", "Liên Chiểu")
FIGS += row("Hòa Vang", "93,2", "94,7", "Hòa Vang")
FIGS += row("Toàn thành phố", "95,9", "97,0", "Đà Nẵng")
FIGS += [
    F("có 128 nhà hàng", "128", 128, "count", "nhà hàng",
      "nhà hàng, trung tâm tiệc cưới được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    F("từ 3,5 đến 6 triệu đồng/bàn", "3,5", 3500000, "money", "đồng/bàn", "giá tiệc cưới phổ biến", value_max=6000000),
    F("xử lý 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp vi phạm quy định về tiếng ồn bị xử lý",
      P("Trong năm", "2024-01-01", "2024-12-31")),
    F("ngân sách 52 triệu đồng", "52", 52000000, "money", "đồng", "tiền phạt thu nộp ngân sách",
      P("Trong năm", "2024-01-01", "2024-12-31")),
    F("phấn đấu 98%", "98", 98, "percent", "%", "đám cưới thực hiện nếp sống văn minh", Y25, status="target"),
    F("100% khu dân cư", "100", 100, "percent", "%", "khu dân cư có tổ hòa giải tham gia vận động việc cưới", Y25,
      status="target"),
]

NOTES = [
    "Sở Văn hóa và Thể thao Đà Nẵng: kết quả nếp sống văn minh trong việc cưới năm 2024. No dateline, so no `published`.",
    "One-cell-per-line table (Đơn vị tính: %): subject = the table's indicator, district rows to location ('Toàn thành phố' =",
    "Đà Nẵng), period from the column header (Năm 2023 / Năm 2024). 'Quận, huyện' is a header, not a figure.",
    "Not figures: 'Tầng 4', 'số 24 Trần Phú', phone 0236.3821.375, 'Tổng lượt truy cập: 2.584.391'.",
    "'Trong năm' (no year) takes 2024 from the table header just before it. 412 đám has no total (no part-of cue).",
]

if __name__ == "__main__":
    write("p883-7", TEXT, NOTES, FIGS, published=None, location="Đà Nẵng")

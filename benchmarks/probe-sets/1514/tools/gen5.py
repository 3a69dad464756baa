"""p1514-5: provincial newspaper (Báo Đồng Nai, tag (ĐNO)): Biên Hòa ceramics turn to household tableware."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Gốm sứ Biên Hòa chuyển hướng sang hàng gia dụng

Thứ Ba, 18/06/2024 | 07:15

(ĐNO) - Sau thời gian đơn hàng xuất khẩu sụt giảm, nhiều cơ sở gốm sứ ở TP Biên Hòa đã chuyển sang sản xuất bát đĩa, ấm chén gia dụng cho thị trường trong nước. 5 tháng đầu năm 2024, giá trị sản xuất ngành gốm sứ của thành phố đạt khoảng 410 tỷ đồng, tăng 9% so với cùng kỳ.

Làng gốm Tân Vạn hiện còn 52 cơ sở sản xuất, giảm 38 cơ sở so với năm 2015. Tại Công ty TNHH Gốm sứ Đại Phát (đường Bùi Hữu Nghĩa, phường Tân Vạn), hai dây chuyền tạo hình tự động mới đưa vào vận hành đã nâng công suất lên 450.000 sản phẩm/tháng, gấp đôi năm 2022.

Bà Trần Thị Ngọc Hân, Phó Giám đốc công ty, cho biết bộ bát đĩa Sen Hồng 20 món có giá từ 850.000 đến 1,5 triệu đồng/bộ, đang bán chạy tại các siêu thị. Công ty hiện có 135 công nhân, trong đó 40 người là thợ vẽ tay có tay nghề trên 10 năm.

Theo Phòng Kinh tế TP Biên Hòa, năm nay thành phố phấn đấu giá trị sản xuất ngành gốm sứ đạt 1.000 tỷ đồng, xuất khẩu đạt 25 triệu USD. Toàn tỉnh Đồng Nai hiện có 4 cụm công nghiệp gốm sứ; riêng cụm công nghiệp gốm sứ Tân Hạnh (TP Biên Hòa) rộng 53,6 ha đã thu hút 38 doanh nghiệp, tỷ lệ lấp đầy đạt 82%.

HẢI YẾN
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 410 tỷ", "410", 410e9, "money", "đồng", approx="about",
        change=chg("increase", 9, "%", "cùng kỳ"),
        subject="giá trị sản xuất ngành gốm sứ của thành phố", period=M5),
    fig("còn 52 cơ sở", "52", 52, "count", "cơ sở", change=chg("decrease", 38, "cơ sở", "năm 2015"),
        subject="cơ sở sản xuất làng gốm Tân Vạn"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền tạo hình tự động mới đưa vào vận hành"),
    fig("lên 450.000 sản phẩm", "450.000", 450000, "measure", "sản phẩm/tháng",
        change=chg("increase", 2, "lần", "năm 2022"), subject="công suất của công ty"),
    fig("Hồng 20 món", "20", 20, "count", "món", subject="món của bộ bát đĩa Sen Hồng", optional=True),
    fig("từ 850.000 đến 1,5 triệu", "850.000", 850000, "money", "đồng/bộ", value_max=1.5e6,
        subject="giá bộ bát đĩa Sen Hồng"),
    fig("có 135 công nhân", "135", 135, "count", "công nhân", subject="công nhân của công ty"),
    fig("đó 40 người", "40", 40, "count", "người", total=135,
        subject="thợ vẽ tay có tay nghề trên 10 năm"),
    fig("trên 10 năm", "10", 10, "measure", "năm", approx="over", subject="tay nghề thợ vẽ tay", optional=True),
    fig("đạt 1.000 tỷ", "1.000", 1000e9, "money", "đồng", status="target",
        subject="giá trị sản xuất ngành gốm sứ", period=NOW),
    fig("đạt 25 triệu", "25", 25e6, "money", "USD", status="target", subject="xuất khẩu", period=NOW),
    fig("có 4 cụm", "4", 4, "count", "cụm công nghiệp", subject="cụm công nghiệp gốm sứ", location="Đồng Nai"),
    fig("rộng 53,6 ha", "53,6", 53.6, "measure", "ha", subject="diện tích cụm công nghiệp gốm sứ Tân Hạnh"),
    fig("hút 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp cụm công nghiệp gốm sứ Tân Hạnh thu hút"),
    fig("đạt 82%", "82", 82, "percent", "%", subject="tỷ lệ lấp đầy cụm công nghiệp gốm sứ Tân Hạnh"),
]

NOTES = [
    "Provincial newspaper (Báo Đồng Nai): menu, headline, 'Thứ Ba, 18/06/2024 | 07:15', sapo with tag '(ĐNO) -', byline at the end.",
    "Distractors: 07:15, 'năm 2015' and 'năm 2022' (baselines), street 'Bùi Hữu Nghĩa', 'Sen Hồng' product line.",
    "Default location Biên Hòa (city); 'Toàn tỉnh Đồng Nai hiện có 4 cụm' → Đồng Nai; the Tân Hạnh cluster is marked '(TP Biên Hòa)'.",
    "'giảm 38 cơ sở so với năm 2015' → change in cơ sở. '450.000 sản phẩm/tháng, gấp đôi năm 2022' → change 2 lần ('đôi' = 2).",
    "Optional: '20 món' (the size of a named set, a product spec) and 'tay nghề trên 10 năm' (a qualifier of the workers, not a",
    "time locator; a careful annotator may or may not count it).",
    "'135 công nhân, trong đó 40 người' → total 135. 'năm nay ... phấn đấu' governs the continuing clause 'xuất khẩu đạt 25 triệu USD'.",
    "Standing facts with 'hiện' and the price get no period.",
]

if __name__ == "__main__":
    write("p1514-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Biên Hòa")

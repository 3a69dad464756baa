"""p1513-6: national newspaper: cheap imported non-stick pans on e-commerce platforms (2024)."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 14/10/2024, 06:00 (GMT+7)

Chảo chống dính giá rẻ nhập khẩu lấn át hàng nội

Nhiều mẫu chảo chống dính nhập khẩu được rao bán trên sàn thương mại điện tử với giá chỉ 59.000 đồng một chiếc, bằng khoảng 30% giá hàng sản xuất trong nước.

Khảo sát của phóng viên trên ba sàn thương mại điện tử lớn cho thấy có hơn 4.200 gian hàng bán chảo chống dính, nồi inox và nồi áp suất, trong đó khoảng 70% sản phẩm ghi xuất xứ Trung Quốc. Một bộ nồi inox 5 món được bán với giá 189.000 đồng, trong khi sản phẩm tương tự của doanh nghiệp trong nước có giá từ 450.000 đến 700.000 đồng.

Ông Trần Quốc Hưng, Chủ tịch Hiệp hội Sản xuất đồ gia dụng Việt Nam, cho biết năm 2023 các doanh nghiệp nhập khẩu khoảng 38 triệu sản phẩm nồi, chảo, tăng 2,1 lần so với năm 2020. "Hàng nhập khẩu hiện chiếm 55-60% thị phần nồi, chảo phân khúc giá rẻ", ông Hưng nói.

Trong 9 tháng năm 2024, lực lượng quản lý thị trường cả nước đã xử lý 312 vụ vi phạm liên quan đến đồ gia dụng nhà bếp, thu giữ gần 96.000 sản phẩm, phạt hơn 2,3 tỷ đồng.

Trong số 30 mẫu chảo giá rẻ được một viện kiểm nghiệm lấy ngẫu nhiên, có 7 mẫu bong lớp phủ sau 500 lần chà xát, trong khi hàng đạt chuẩn chịu được ít nhất 3.000 lần. Hiệp hội kiến nghị sớm ban hành quy chuẩn riêng cho dụng cụ nấu có lớp phủ, thay cho việc chỉ áp dụng QCVN 12-3:2011/BYT như hiện nay.

Phương Linh
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    fig("chỉ 59.000 đồng", "59.000", 59000, "money", "đồng/chiếc", percent=30,
        subject="giá chảo chống dính nhập khẩu rao bán trên sàn thương mại điện tử"),
    fig("trên ba sàn", "ba", 3, "count", "sàn thương mại điện tử",
        subject="sàn thương mại điện tử lớn được khảo sát"),
    fig("hơn 4.200 gian hàng", "4.200", 4200, "count", "gian hàng", approx="over",
        subject="gian hàng bán chảo chống dính, nồi inox và nồi áp suất"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm ghi xuất xứ Trung Quốc"),
    fig("inox 5 món", "5", 5, "count", "món", subject="món trong bộ nồi inox", optional=True),
    fig("giá 189.000 đồng", "189.000", 189000, "money", "đồng/bộ",
        subject="giá bộ nồi inox nhập khẩu"),
    fig("từ 450.000 đến 700.000", "450.000", 450000, "money", "đồng/bộ", value_max=700000,
        subject="giá sản phẩm tương tự của doanh nghiệp trong nước"),
    fig("khoảng 38 triệu", "38", 38e6, "count", "sản phẩm", approx="about",
        change=chg("increase", 2.1, "lần", "năm 2020"),
        subject="sản phẩm nồi, chảo các doanh nghiệp nhập khẩu", period=Y23),
    fig("chiếm 55-60%", "55", 55, "percent", "%", value_max=60,
        subject="thị phần hàng nhập khẩu trong phân khúc nồi, chảo giá rẻ"),
    fig("lý 312 vụ", "312", 312, "count", "vụ", subject="vụ vi phạm liên quan đến đồ gia dụng nhà bếp đã xử lý",
        period=M9),
    fig("gần 96.000 sản phẩm", "96.000", 96000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm thu giữ", period=M9),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over", subject="tiền phạt", period=M9),
    fig("số 30 mẫu", "30", 30, "count", "mẫu", subject="mẫu chảo giá rẻ lấy kiểm nghiệm"),
    fig("có 7 mẫu", "7", 7, "count", "mẫu", total=30, subject="mẫu bong lớp phủ"),
    fig("sau 500 lần", "500", 500, "count", "lần", subject="lần chà xát đến khi bong lớp phủ"),
    fig("ít nhất 3.000 lần", "3.000", 3000, "count", "lần", approx="at_least",
        subject="lần chà xát hàng đạt chuẩn chịu được"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 14/10/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end. Location Việt Nam throughout.",
    "'59.000 đồng một chiếc' → money with unit 'đồng/chiếc'; 'bằng khoảng 30% giá hàng ...' → its percent attribute.",
    "'Một bộ nồi inox' (a set, indefinite) and 'một viện kiểm nghiệm' are not counts; '5 món' is part of the product description: optional.",
    "'tăng 2,1 lần so với năm 2020' → change in 'lần'. Prices without a period phrase ('hiện', survey) get no period.",
    "'Trong số 30 mẫu ..., có 7 mẫu' → total 30. '500 lần', '3.000 lần' (abrasion cycles) are counts in 'lần', not multiples.",
    "Distractors: 06:00, (GMT+7), QCVN 12-3:2011/BYT, 'năm 2020' baseline.",
]

if __name__ == "__main__":
    write("p1513-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Việt Nam")

"""p1512-5: provincial Party newspaper (Báo Bắc Ninh): folding wooden furniture from Đồng Kỵ (TP Từ Sơn)."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế | Thứ Năm, 18/04/2024 - 07:35

Đồ gỗ gấp gọn Đồng Kỵ vươn ra thị trường quốc tế

(BNO) - Từ chiếc bàn gấp, ghế xếp bằng gỗ keo, nhiều xưởng mộc ở phường Đồng Kỵ, thành phố Từ Sơn đã có đơn hàng xuất khẩu ổn định, doanh thu mỗi năm hàng chục tỷ đồng.

Xưởng mộc của anh Nguyễn Văn Khải (khu phố Đông) rộng gần 2.000 m2, có 35 công nhân, trong đó 22 công nhân nữ. Mỗi tháng, xưởng làm ra 4.000 bộ bàn ghế gấp và 1.500 chiếc giá treo quần áo bằng gỗ, xuất sang Hàn Quốc, Nhật Bản. Năm 2023, doanh thu của xưởng đạt 18 tỷ đồng, gấp đôi năm 2021.

Anh Khải cho biết, giá xuất xưởng một bộ bàn ghế gấp từ 650.000 đồng, mẫu giá treo gấp TK-02 khoảng 280.000 đồng/chiếc. "Khách Hàn Quốc chuộng đồ gấp vì căn hộ nhỏ, gỗ phải có chứng chỉ FSC nên chúng tôi mua nguyên liệu đắt hơn nhưng bán được giá", anh Khải nói.

Theo UBND thành phố Từ Sơn, phường Đồng Kỵ hiện có khoảng 1.200 cơ sở sản xuất đồ gỗ, trong đó gần ba chục cơ sở chuyên làm đồ gỗ gấp gọn xuất khẩu. Năm 2023, giá trị sản xuất đồ gỗ gấp gọn ước đạt 410 tỷ đồng, chiếm khoảng 7% giá trị sản xuất đồ gỗ của phường.

Năm 2024, thành phố phấn đấu hỗ trợ 10 cơ sở ứng dụng máy CNC, xây dựng thêm 1 nhãn hiệu tập thể cho đồ gỗ gấp gọn. Dự kiến đến năm 2025, kim ngạch xuất khẩu nhóm sản phẩm này đạt khoảng 25 triệu USD.

Thu Hương

Tin khác:
- Từ Sơn: Khai mạc Hội chợ đồ gỗ mỹ nghệ lần thứ 12
- Bắc Ninh: Xúc tiến đầu tư vào KCN Yên Phong II-C
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hàng chục tỷ", "hàng chục", 10e9, "money", "đồng/năm", approx="about",
      subject="doanh thu của nhiều xưởng mộc", optional=True),
    F("gần 2.000 m2", "2.000", 2000, "measure", "m2", approx="nearly", subject="diện tích xưởng mộc của anh Nguyễn Văn Khải"),
    F("có 35 công nhân", "35", 35, "count", "công nhân", subject="công nhân của xưởng"),
    F("22 công nhân nữ", "22", 22, "count", "công nhân", total=35, subject="công nhân nữ"),
    F("ra 4.000 bộ", "4.000", 4000, "measure", "bộ/tháng", subject="bàn ghế gấp xưởng làm ra mỗi tháng"),
    F("và 1.500 chiếc", "1.500", 1500, "measure", "chiếc/tháng",
      subject="giá treo quần áo bằng gỗ xưởng làm ra mỗi tháng"),
    F("đạt 18 tỷ", "18", 18e9, "money", "đồng", change=C("increase", 2, "lần", "năm 2021"),
      subject="doanh thu của xưởng", period=Y23),
    F("từ 650.000 đồng", "650.000", 650000, "money", "đồng/bộ", approx="at_least",
      subject="giá xuất xưởng một bộ bàn ghế gấp"),
    F("khoảng 280.000 đồng", "280.000", 280000, "money", "đồng/chiếc", approx="about",
      subject="giá mẫu giá treo gấp TK-02"),
    F("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", approx="about",
      subject="cơ sở sản xuất đồ gỗ"),
    F("gần ba chục cơ sở", "ba chục", 30, "count", "cơ sở", approx="nearly", total=1200,
      subject="cơ sở chuyên làm đồ gỗ gấp gọn xuất khẩu"),
    F("ước đạt 410 tỷ", "410", 410e9, "money", "đồng", status="estimate", percent=7,
      subject="giá trị sản xuất đồ gỗ gấp gọn", period=Y23),
    F("hỗ trợ 10 cơ sở", "10", 10, "count", "cơ sở", status="target",
      subject="cơ sở được hỗ trợ ứng dụng máy CNC", period=Y24),
    F("thêm 1 nhãn hiệu", "1", 1, "count", "nhãn hiệu", status="target",
      subject="nhãn hiệu tập thể cho đồ gỗ gấp gọn", period=Y24),
    F("khoảng 25 triệu", "25", 25e6, "money", "USD", approx="about", status="forecast",
      subject="kim ngạch xuất khẩu nhóm sản phẩm đồ gỗ gấp gọn", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Ninh): section and 'Thứ Năm, 18/04/2024 - 07:35' (published), sapo with tag '(BNO) -', byline, links.",
    "Location: the city Từ Sơn (phường Đồng Kỵ is one of its wards) for every figure.",
    "Sapo 'doanh thu mỗi năm hàng chục tỷ đồng' is optional: vague ('tens of billions'), value and approx are open.",
    "'Mỗi tháng, xưởng làm ra 4.000 bộ ... và 1.500 chiếc' are rates (measure, bộ/tháng, chiếc/tháng).",
    "'gấp đôi năm 2021' after 18 tỷ is its change (increase, 2 lần). 'giá ... từ 650.000 đồng' is a floor: at_least, unit đồng/bộ ('một bộ').",
    "'gần ba chục cơ sở' = 30 (nearly), a part after 'trong đó' of the 1.200 establishments. 'chiếm khoảng 7%' is the 410 tỷ's percent.",
    "'Dự kiến đến năm 2025' → forecast, start null. Distractors: 'TK-02', 'FSC', 'lần thứ 12', 'KCN Yên Phong II-C', dateline time 07:35.",
]

if __name__ == "__main__":
    write("p1512-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Từ Sơn")

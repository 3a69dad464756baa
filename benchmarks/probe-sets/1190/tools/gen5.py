"""p1190-5: Party newspaper (Báo Hưng Yên), a jute-carpet cooperative in huyện Phù Cừ; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Báo Hưng Yên > Kinh tế

Thảm đay Quang Hưng vươn ra thế giới

Từ một tổ sản xuất nhỏ với 12 lao động thành lập năm 2015, đến nay Hợp tác xã Dệt thảm đay Quang Hưng (xã Quang Hưng, huyện Phù Cừ) đã có hai xưởng dệt với 46 khung dệt, tạo việc làm cho 180 lao động địa phương. Thu nhập bình quân của người lao động đạt 5,8 triệu đồng/người/tháng; thợ dệt lành nghề được trả từ 7 đến 8 triệu đồng/tháng.

Chị Đào Thị Hạnh, Giám đốc HTX cho biết, năm 2023 HTX xuất khẩu 62.000 m2 thảm đay sang Australia, Bỉ và Canada, doanh thu đạt 14,2 tỷ đồng. 5 tháng đầu năm 2024, HTX đã xuất 31.500 m2 thảm, bằng 56% kế hoạch năm; doanh thu ước khoảng 7,5 tỷ đồng, tăng 16% so với cùng kỳ. Mỗi mét vuông thảm đay thành phẩm có giá xuất xưởng từ 210.000 đến 260.000 đồng.

Hiện toàn tỉnh có 14 cơ sở dệt thảm đay, cói, trong đó 9 cơ sở có sản phẩm xuất khẩu trực tiếp. Năm 2023, tổng giá trị xuất khẩu thảm đay, cói của tỉnh đạt gần 4,6 triệu USD, chiếm chưa đến 0,1% kim ngạch xuất khẩu toàn tỉnh.

Năm 2024, tỉnh dự kiến hỗ trợ 3 cơ sở xây dựng thương hiệu với kinh phí khoảng 450 triệu đồng. HTX Quang Hưng phấn đấu đến năm 2025 nâng số khung dệt lên 60 khung, có ít nhất 1 sản phẩm đạt OCOP 4 sao.

MINH HUỆ
23/05/2024
"""

PC = "Phù Cừ"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
NOW = P("đến nay", None, "2024-05-23")

FIGS = [
    F("với 12 lao động", "12", 12, "count", "lao động", subject="lao động tổ sản xuất khi thành lập",
      period=P("năm 2015", "2015-01-01", "2015-12-31"), location=PC),
    F("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng dệt của Hợp tác xã Dệt thảm đay Quang Hưng",
      period=NOW, location=PC),
    F("46 khung", "46", 46, "count", "khung dệt", subject="khung dệt của HTX", period=NOW, location=PC),
    F("cho 180 lao động", "180", 180, "count", "lao động", subject="lao động địa phương có việc làm tại HTX",
      period=NOW, location=PC),
    F("đạt 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của người lao động", location=PC),
    F("từ 7 đến 8 triệu", "7", 7e6, "money", "đồng/tháng", value_max=8e6,
      subject="tiền công thợ dệt lành nghề", location=PC),
    F("xuất khẩu 62.000 m2", "62.000", 62000, "measure", "m2",
      subject="thảm đay HTX xuất khẩu", period=Y23, location=PC),
    F("đạt 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", subject="doanh thu HTX", period=Y23, location=PC),
    F("xuất 31.500 m2", "31.500", 31500, "measure", "m2", percent=56,
      subject="thảm HTX xuất khẩu", period=M5, location=PC),
    F("khoảng 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", approx="about", status="estimate",
      change=C("increase", 16, "%", "cùng kỳ"), subject="doanh thu HTX", period=M5, location=PC),
    F("từ 210.000 đến", "210.000", 210000, "money", "đồng/m2", value_max=260000,
      subject="giá xuất xưởng thảm đay thành phẩm", location=PC),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở dệt thảm đay, cói"),
    F("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", total=14,
      subject="cơ sở dệt thảm đay, cói có sản phẩm xuất khẩu trực tiếp"),
    F("gần 4,6 triệu", "4,6", 4.6e6, "money", "USD", approx="nearly", percent=0.1,
      subject="tổng giá trị xuất khẩu thảm đay, cói", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", status="forecast",
      subject="cơ sở được hỗ trợ xây dựng thương hiệu", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí hỗ trợ xây dựng thương hiệu", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("lên 60 khung", "60", 60, "count", "khung", status="target", subject="số khung dệt của HTX Quang Hưng",
      period=Y25, location=PC),
    F("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm đạt OCOP 4 sao", period=Y25, location=PC),
]

NOTES = [
    "Party newspaper (Báo Hưng Yên): byline 'MINH HUỆ' and bare date '23/05/2024' at the end (published).",
    "Cooperative passage in xã Quang Hưng, huyện Phù Cừ → location Phù Cừ for all its figures across sentences; province-level",
    "figures (14 cơ sở, 4,6 triệu USD, support plan) → Hưng Yên. 'hai xưởng' is a number word; 'một tổ sản xuất' is not a count claim.",
    "'12 lao động thành lập năm 2015' → period 2015. 'chiếm chưa đến 0,1%' → percent 0.1 (its 'chưa đến' is not recorded).",
    "revised after the first run: 'đến nay' (as of the published date) added as the period of hai xưởng, 46 khung, 180 lao động.",
    "'Mỗi mét vuông … từ 210.000 đến 260.000 đồng' → unit đồng/m2. 'OCOP 4 sao' is a rating class, not a figure.",
]

if __name__ == "__main__":
    write("p1190-5", TEXT, NOTES, FIGS, published="2024-05-23", location="Hưng Yên")

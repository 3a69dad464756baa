"""p1192-5: Party newspaper (Báo Khánh Hòa), Nha Trang fish cake, a company in TP Nha Trang."""
from lib import F, P, I, C, T, write

TEXT = """BÁO KHÁNH HÒA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KHÁNH HÒA
Kinh tế

Nâng tầm thương hiệu chả cá Nha Trang

Chả cá Nha Trang từ lâu đã là đặc sản được du khách ưa chuộng. Theo Sở Nông nghiệp và Phát triển nông thôn, hiện toàn tỉnh có 132 cơ sở sản xuất chả cá, trong đó TP Nha Trang có 78 cơ sở. Sản lượng chả cá 10 tháng năm 2023 ước đạt 5.420 tấn, tăng 14% so với cùng kỳ.

Công ty TNHH Thủy sản Hải Vương ở phường Vĩnh Trường, TP Nha Trang là một trong những doanh nghiệp chế biến chả cá lớn nhất tỉnh. Năm 2022, công ty sản xuất 860 tấn chả cá các loại; 10 tháng năm nay đã đạt 1.050 tấn, gấp 1,2 lần cả năm 2022, doanh thu hơn 96 tỉ đồng. Ông Trần Văn Phúc, Giám đốc công ty cho biết, hiện công ty có 145 công nhân (112 nữ, 33 nam), thu nhập bình quân 9 triệu đồng/người/tháng. Sản phẩm chả cá thu, chả cá mối của công ty đã có mặt tại hơn 300 siêu thị, cửa hàng; cửa hàng giới thiệu sản phẩm số 2 của công ty đặt trên đường 2/4.

Mục tiêu đến năm 2025, tỉnh có 20 sản phẩm chả cá đạt chuẩn OCOP; hiện đã có 11 sản phẩm. Tuy vậy, từ đầu năm đến nay giá cá nguyên liệu tăng từ 15 đến 20%, khiến nhiều cơ sở nhỏ gặp khó khăn. Năm 2023, tỉnh đã hỗ trợ 8 cơ sở đổi mới thiết bị với tổng kinh phí 1,2 tỷ đồng.

KIỀU NGÂN
28/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10N = P("10 tháng năm nay", "2023-01-01", "2023-10-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-11-28")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NT = "Nha Trang"

FIGS = [
    F("có 132 cơ sở", "132", 132, "count", "cơ sở", subject="cơ sở sản xuất chả cá"),
    F("có 78 cơ sở", "78", 78, "count", "cơ sở", total=132, subject="cơ sở sản xuất chả cá", location=NT),
    F("ước đạt 5.420 tấn", "5.420", 5420, "measure", "tấn", status="estimate",
      change=C("increase", 14, "%", "cùng kỳ"), subject="sản lượng chả cá", period=M10),
    F("sản xuất 860 tấn", "860", 860, "measure", "tấn", subject="chả cá các loại công ty sản xuất",
      period=Y22, location=NT),
    F("đạt 1.050 tấn", "1.050", 1050, "measure", "tấn", change=C("increase", 1.2, "lần", "cả năm 2022"),
      subject="chả cá công ty sản xuất", period=M10N, location=NT),
    F("hơn 96 tỉ", "96", 96e9, "money", "đồng", approx="over", subject="doanh thu của công ty",
      period=M10N, location=NT),
    F("có 145 công nhân", "145", 145, "count", "công nhân", subject="công nhân của công ty", location=NT),
    F("(112 nữ", "112", 112, "count", "công nhân", total=145, subject="công nhân nữ", location=NT),
    F("33 nam", "33", 33, "count", "công nhân", total=145, subject="công nhân nam", location=NT),
    F("9 triệu", "9", 9e6, "money", "đồng/người/tháng", subject="thu nhập bình quân công nhân", location=NT),
    F("hơn 300 siêu thị", "300", 300, "count", "siêu thị, cửa hàng", approx="over",
      subject="siêu thị, cửa hàng có sản phẩm chả cá của công ty", location=NT),
    F("có 20 sản phẩm", "20", 20, "count", "sản phẩm", status="target",
      subject="sản phẩm chả cá đạt chuẩn OCOP", period=T25),
    F("có 11 sản phẩm", "11", 11, "count", "sản phẩm", subject="sản phẩm chả cá đạt chuẩn OCOP hiện có"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", value_max=20, subject="giá cá nguyên liệu tăng", period=YTD),
    F("hỗ trợ 8 cơ sở", "8", 8, "count", "cơ sở", subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y23),
    F("1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="tổng kinh phí hỗ trợ đổi mới thiết bị", period=Y23),
]

NOTES = [
    "Party newspaper (Báo Khánh Hòa): byline 'KIỀU NGÂN' and bare date '28/11/2023' at the end (published).",
    "Company passage: Công ty Hải Vương in TP Nha Trang; its figures over the following sentences get location Nha Trang.",
    "'10 tháng năm nay' is the published year (2023), not the 'Năm 2022' of the clause before. 'gấp 1,2 lần cả năm 2022' is the change of 1.050 tấn.",
    "'(112 nữ, 33 nam)' adds up to 145: bracketed breakdown, total 145. 'tỉ' spelling. 'tăng từ 15 đến 20%': a rate that is the claim.",
    "Distractors: 'cửa hàng giới thiệu sản phẩm số 2', 'đường 2/4' (a road named after a date, not a fraction), the bare date.",
]

if __name__ == "__main__":
    write("p1192-5", TEXT, NOTES, FIGS, published="2023-11-28", location="Khánh Hòa")

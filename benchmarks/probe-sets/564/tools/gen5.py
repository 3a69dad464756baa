"""p564-5: Báo Lâm Đồng (Party newspaper) - coffee replanting/grafting, yields, Arabica prices, certification, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG
Kinh tế | Nông nghiệp

Cà phê tái canh cho năng suất trên 4 tấn/ha

Sau hơn 10 năm triển khai chương trình tái canh, diện tích cà phê của Lâm Đồng đạt 176.200 ha, trong đó diện tích đã tái canh, ghép cải tạo là 128.500 ha, chiếm 73% tổng diện tích. Năm 2023, sản lượng cà phê toàn tỉnh đạt 568.400 tấn, năng suất bình quân 34,2 tạ/ha, cao nhất khu vực Tây Nguyên.

Tại huyện Di Linh, các vườn cà phê tái canh bằng giống TR4, TR9 cho năng suất từ 4 đến 5 tấn/ha, có hộ đạt 7 tấn/ha. Ông K'Brỗng ở thôn 5 cho biết gia đình ông có 2,5 ha cà phê ghép, mỗi năm thu khoảng 12 tấn nhân, trừ chi phí còn lãi trên 1,2 tỷ đồng.

Với cà phê Arabica, toàn tỉnh có 19.800 ha, tập trung ở Lạc Dương, Đà Lạt, Đơn Dương. Năm 2023, giá cà phê Arabica quả chín hái chọn lọc đạt 25.000-30.000 đồng/kg, cao hơn 40% so với thu hái thông thường.

Toàn tỉnh hiện có 46.300 ha cà phê được cấp các chứng nhận 4C, Rainforest Alliance, hữu cơ, với 21.700 hộ tham gia. Mục tiêu đến năm 2025, tỉnh nâng diện tích cà phê có chứng nhận lên 60.000 ha, tỷ lệ cà phê chế biến sâu đạt 30% sản lượng.

Theo ông Phạm Sỹ, Phó Giám đốc Sở NN&PTNT, năm 2024 tỉnh dự kiến tái canh 4.500 ha, hỗ trợ lãi suất vay vốn với mức vay tối đa 100 triệu đồng/ha. Ngân hàng Agribank chi nhánh Lâm Đồng đã giải ngân 1.350 tỷ đồng cho 9.200 khách hàng vay tái canh cà phê.

VIỆT QUỲNH
22/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trên 4 tấn/ha", "4", 4, "measure", "tấn/ha", "năng suất cà phê tái canh", approx="over"),
    F("đạt 176.200 ha", "176.200", 176200, "measure", "ha", "diện tích cà phê"),
    F("là 128.500 ha", "128.500", 128500, "measure", "ha", "diện tích đã tái canh, ghép cải tạo", total=176200, percent=73),
    F("đạt 568.400 tấn", "568.400", 568400, "measure", "tấn", "sản lượng cà phê toàn tỉnh", Y23),
    F("34,2 tạ/ha", "34,2", 34.2, "measure", "tạ/ha", "năng suất bình quân", Y23),
    F("từ 4 đến 5 tấn/ha", "4", 4, "measure", "tấn/ha", "năng suất vườn cà phê tái canh bằng giống TR4, TR9",
      value_max=5, location="Di Linh"),
    F("đạt 7 tấn/ha", "7", 7, "measure", "tấn/ha", "năng suất cà phê tái canh của hộ", location="Di Linh"),
    F("có 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích cà phê ghép của gia đình ông K'Brỗng", location="Di Linh"),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn", "sản lượng cà phê nhân thu mỗi năm", approx="about", location="Di Linh"),
    F("trên 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "lãi trừ chi phí", approx="over", location="Di Linh"),
    F("có 19.800 ha", "19.800", 19800, "measure", "ha", "diện tích cà phê Arabica"),
    F("đạt 25.000-30.000", "25.000", 25000, "money", "đồng/kg", "giá cà phê Arabica quả chín hái chọn lọc",
      P("Năm 2023", "2023-01-01", "2023-12-31"), value_max=30000,
      change=CH("increase", 40, "%", "thu hái thông thường")),
    F("có 46.300 ha", "46.300", 46300, "measure", "ha", "diện tích cà phê được cấp các chứng nhận 4C, Rainforest Alliance, hữu cơ"),
    F("với 21.700 hộ", "21.700", 21700, "count", "hộ", "hộ tham gia chứng nhận"),
    F("lên 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích cà phê có chứng nhận", T25, status="target"),
    F("đạt 30% sản lượng", "30", 30, "percent", "%", "tỷ lệ cà phê chế biến sâu", T25, status="target"),
    F("tái canh 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích cà phê tái canh", Y24, status="forecast"),
    F("tối đa 100 triệu đồng/ha", "100", 100000000, "money", "đồng/ha", "mức vay hỗ trợ lãi suất tái canh", Y24,
      approx="at_most", status="forecast"),
    F("giải ngân 1.350 tỷ đồng", "1.350", 1350000000000, "money", "đồng", "vốn vay tái canh cà phê Agribank chi nhánh Lâm Đồng giải ngân"),
    F("cho 9.200 khách hàng", "9.200", 9200, "count", "khách hàng", "khách hàng vay tái canh cà phê"),
]

COMMENTS = [
    "Báo Lâm Đồng (Party newspaper): tái canh cà phê, năng suất, Arabica, chứng nhận, mục tiêu 2025; byline and bare date at the end.",
    "'22/04/2024' under the byline is the article's date. 'Sau hơn 10 năm' (a duration), 'TR4, TR9' (clones), 'thôn 5', '4C' are not figures.",
    "The Di Linh paragraph (yields, one household's area/output/profit) takes location Di Linh; the household figures are figures",
    "(facts stated about a farm). 'chiếm 73% tổng diện tích' is the percent of 128.500 ha, which follows 'trong đó' after 176.200 ha.",
    "'dự kiến' governs the continuing clause 'hỗ trợ lãi suất … tối đa 100 triệu đồng/ha' (forecast). The Agribank sentence has no period.",
    "'cao hơn 40% so với thu hái thông thường' is the change of the Arabica price range.",
]

if __name__ == "__main__":
    emit("p564-5", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Lâm Đồng")

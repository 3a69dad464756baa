"""p975-1: Bến Tre province portal, coir exports and processing, H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Bến Tre
Trang chủ > Tin tức - Sự kiện > Kinh tế
Xuất khẩu sản phẩm xơ dừa 6 tháng đạt hơn 38 triệu USD
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Công Thương, 6 tháng đầu năm 2024, kim ngạch xuất khẩu các sản phẩm từ xơ dừa của tỉnh ước đạt 38,6 triệu USD, tăng 14,2% so với cùng kỳ, đạt 52,8% kế hoạch năm. Sản lượng chỉ xơ dừa ước đạt 61.500 tấn, mụn dừa khoảng 94.000 tấn; trong đó mụn dừa ép khối phục vụ xuất khẩu chiếm 68%.

Toàn tỉnh hiện có 412 cơ sở sơ chế xơ dừa, trong đó 36 doanh nghiệp có dây chuyền tách xơ, đánh tơ công suất từ 20 tấn nguyên liệu/ngày trở lên. Các cơ sở tập trung chủ yếu ở các huyện Mỏ Cày Nam (118 cơ sở), Giồng Trôm (87 cơ sở), Mỏ Cày Bắc (64 cơ sở) và Thạnh Phú (51 cơ sở). Ngành sơ chế xơ dừa đang giải quyết việc làm cho hơn 9.200 lao động, thu nhập bình quân 6,5 triệu đồng/người/tháng.

Giá xơ dừa thô tại cơ sở dao động từ 2.800 đến 3.200 đồng/kg, tăng khoảng 400 đồng/kg so với cuối năm 2023; giá mụn dừa khoảng 1.100 đồng/kg.

Để giảm ô nhiễm từ nước ngâm xơ dừa, từ đầu năm đến nay tỉnh đã hỗ trợ 27 cơ sở di dời vào Cụm công nghiệp Phong Nẫm, tổng kinh phí gần 4,3 tỷ đồng theo Nghị quyết số 15/2022/NQ-HĐND. Cơ sở của ông Lê Văn Chín (xã Thành Thới B, huyện Mỏ Cày Nam) sau khi đầu tư hệ thống xử lý nước thải 2 ngăn lắng đã giảm được 85% lượng nước xả ra kênh.

Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu sản phẩm xơ dừa đạt 73 triệu USD; đến năm 2025 có ít nhất 80% cơ sở sơ chế đáp ứng quy chuẩn về nước thải.

Tin: Hoàng Vũ - Ảnh: Sở Công Thương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("6 tháng đạt hơn 38 triệu USD", "38", 38e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm xơ dừa",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("ước đạt 38,6 triệu USD", "38,6", 38.6e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ xơ dừa", H1,
      change=C("increase", 14.2, baseline="cùng kỳ"), percent=52.8, status="estimate"),
    F("ước đạt 61.500 tấn", "61.500", 61500, "measure", "tấn", "sản lượng chỉ xơ dừa", I(H1), status="estimate"),
    F("khoảng 94.000 tấn", "94.000", 94000, "measure", "tấn", "sản lượng mụn dừa", I(H1), approx="about",
      status="estimate"),
    F("chiếm 68%", "68", 68, "percent", "%", "mụn dừa ép khối phục vụ xuất khẩu", I(H1), status="estimate"),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở sơ chế xơ dừa"),
    F("36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", "doanh nghiệp có dây chuyền tách xơ, đánh tơ",
      total=412),
    F("từ 20 tấn nguyên liệu/ngày", "20", 20, "measure", "tấn nguyên liệu/ngày", "công suất dây chuyền tách xơ",
      approx="at_least", optional=True),
    F("(118 cơ sở)", "118", 118, "count", "cơ sở", "cơ sở sơ chế xơ dừa", location="Mỏ Cày Nam"),
    F("(87 cơ sở)", "87", 87, "count", "cơ sở", "cơ sở sơ chế xơ dừa", location="Giồng Trôm"),
    F("(64 cơ sở)", "64", 64, "count", "cơ sở", "cơ sở sơ chế xơ dừa", location="Mỏ Cày Bắc"),
    F("(51 cơ sở)", "51", 51, "count", "cơ sở", "cơ sở sơ chế xơ dừa", location="Thạnh Phú"),
    F("hơn 9.200 lao động", "9.200", 9200, "count", "lao động", "lao động ngành sơ chế xơ dừa", approx="over"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("từ 2.800 đến 3.200 đồng/kg", "2.800", 2800, "money", "đồng/kg", "giá xơ dừa thô tại cơ sở",
      value_max=3200, change=C("increase", 400, "đồng/kg", "cuối năm 2023", "about")),
    F("khoảng 1.100 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá mụn dừa", approx="about"),
    F("hỗ trợ 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở được hỗ trợ di dời vào cụm công nghiệp", SINCE),
    F("gần 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "kinh phí hỗ trợ di dời", SINCE, approx="nearly"),
    F("2 ngăn lắng", "2", 2, "count", "ngăn lắng", "ngăn lắng của hệ thống xử lý nước thải",
      location="Mỏ Cày Nam", optional=True),
    F("giảm được 85%", "85", 85, "percent", "%", "lượng nước xả ra kênh giảm", location="Mỏ Cày Nam"),
    F("đạt 73 triệu USD", "73", 73e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm xơ dừa", Y24,
      status="target"),
    F("ít nhất 80%", "80", 80, "percent", "%", "cơ sở sơ chế đáp ứng quy chuẩn về nước thải", TO25,
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bến Tre: xuất khẩu sản phẩm xơ dừa 6 tháng đầu năm 2024, cơ sở sơ chế, giá, hỗ trợ di dời.",
    "Headline '6 tháng' takes 2024 (published). 'hiện có', 'đang' give no period. The district list does not add up to 412: no total.",
    "Distractors: Cập nhật date/time, Lượt xem: 2.316, Nghị quyết số 15/2022/NQ-HĐND, xã Thành Thới B, Cụm công nghiệp Phong Nẫm.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Bến Tre")

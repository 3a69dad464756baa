"""p912-2: district portal (Mỏ Cày Nam, Bến Tre), coconut-oil soap cooperative."""
from lib import F, P, C, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN MỎ CÀY NAM - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Kinh tế | Nông thôn mới
Thứ Tư, 15/05/2024 - 10:20

Xà bông dầu dừa Thành Thới A vươn xa

Hợp tác xã Sản xuất - Dịch vụ Thành Thới A (ấp 5, xã Thành Thới A) hiện có 32 thành viên và 18 lao động thường xuyên, mỗi tháng sản xuất khoảng 25.000 bánh xà bông dầu dừa; nước rửa chén từ bồ kết, vỏ bưởi đạt 4.000 chai/tháng. Giá bán tại cơ sở từ 15.000 đến 25.000 đồng/bánh tùy loại.

Năm 2023, doanh thu của HTX đạt 2,85 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận khoảng 420 triệu đồng. Thu nhập của lao động bình quân 6,5 triệu đồng/người/tháng. Sản phẩm xà bông dầu dừa của HTX đạt OCOP 4 sao cấp tỉnh.

Bà Nguyễn Thị Sáu, Giám đốc HTX cho biết, mỗi năm HTX thu mua khoảng 90 tấn dầu dừa tinh luyện của nông dân trong huyện với giá 52.000 đồng/kg, cao hơn giá thị trường 3.000 đồng/kg.

Toàn huyện hiện có 9 cơ sở sản xuất xà bông, nước rửa chén từ dầu dừa, trong đó 3 cơ sở có sản phẩm OCOP. Từ đầu năm đến nay, các cơ sở đã tiêu thụ gần 120.000 sản phẩm, khoảng 35% được xuất sang Nhật Bản, Hàn Quốc thông qua doanh nghiệp thu mua.

Theo kế hoạch, năm 2024 HTX đầu tư dây chuyền đóng gói trị giá 650 triệu đồng (được tỉnh hỗ trợ 50% theo Nghị quyết số 12/2022/NQ-HĐND), nâng sản lượng lên 35.000 bánh/tháng. Sản phẩm hiện được bày bán tại cửa hàng OCOP trên Quốc lộ 57.

Minh Thư (Phòng Văn hóa và Thông tin huyện)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
HTX = "HTX Sản xuất - Dịch vụ Thành Thới A"
FIGS = [
    F("có 32 thành viên", "32", 32, "count", "thành viên", f"thành viên {HTX}"),
    F("18 lao động thường xuyên", "18", 18, "count", "lao động", f"lao động thường xuyên {HTX}"),
    F("khoảng 25.000 bánh", "25.000", 25000, "count", "bánh", "xà bông dầu dừa sản xuất mỗi tháng", approx="about"),
    F("đạt 4.000 chai/tháng", "4.000", 4000, "measure", "chai/tháng", "nước rửa chén từ bồ kết, vỏ bưởi"),
    F("từ 15.000 đến 25.000 đồng/bánh", "15.000", 15000, "money", "đồng/bánh", "giá bán xà bông tại cơ sở",
      value_max=25000),
    F("đạt 2,85 tỷ đồng", "2,85", 2.85e9, "money", "đồng", "doanh thu của HTX", Y23,
      change=C("increase", 18, baseline="năm 2022")),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", "lợi nhuận của HTX", Y23, approx="about"),
    F("bình quân 6,5 triệu đồng/người/tháng", "6,5", 6.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động HTX", P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng OCOP của xà bông dầu dừa", optional=True),
    F("khoảng 90 tấn", "90", 90, "measure", "tấn", "dầu dừa tinh luyện HTX thu mua mỗi năm", approx="about"),
    F("giá 52.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "giá thu mua dầu dừa tinh luyện",
      change=C("increase", 3000, "đồng/kg", "giá thị trường")),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sản xuất xà bông, nước rửa chén từ dầu dừa"),
    F("trong đó 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở có sản phẩm OCOP", total=9),
    F("gần 120.000 sản phẩm", "120.000", 120000, "count", "sản phẩm", "sản phẩm các cơ sở đã tiêu thụ", YTD,
      approx="nearly"),
    F("khoảng 35% được xuất", "35", 35, "percent", "%", "sản phẩm xuất sang Nhật Bản, Hàn Quốc", YTD,
      approx="about"),
    F("trị giá 650 triệu đồng", "650", 650e6, "money", "đồng", "dây chuyền đóng gói HTX đầu tư", Y24,
      status="target"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức tỉnh hỗ trợ kinh phí dây chuyền đóng gói"),
    F("lên 35.000 bánh/tháng", "35.000", 35000, "measure", "bánh/tháng", "sản lượng xà bông của HTX", Y24,
      status="target"),
]

NOTES = [
    "Trang TTĐT huyện Mỏ Cày Nam (Bến Tre), invented: HTX xà bông dầu dừa Thành Thới A, sản lượng, giá, doanh thu, cơ sở trong huyện.",
    "District portal: location Mỏ Cày Nam throughout. 'Từ đầu năm đến nay' ends at the dateline 15/05/2024.",
    "'cao hơn giá thị trường 3.000 đồng/kg' is the change of 52.000 đồng/kg. 'Theo kế hoạch' → target; the bracketed 50% has its own verb → actual.",
    "'OCOP 4 sao' is a product class (like a service level): optional. 'ấp 5', 'Bà Nguyễn Thị Sáu', Quốc lộ 57, Nghị quyết 12/2022 are not figures.",
]

if __name__ == "__main__":
    write("p912-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Mỏ Cày Nam")

from lib import F, P, I, C, T, write

TEXT = """
Cổng thông tin điện tử tỉnh Bình Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Thuận: 6 tháng sản xuất hơn 11,5 triệu lít nước mắm
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.318

Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2024, các cơ sở chế biến trên địa bàn tỉnh sản xuất được hơn 11,5 triệu lít nước mắm, tăng 6,4% so với cùng kỳ năm 2023 và đạt 52,3% kế hoạch năm. Trong đó, nước mắm truyền thống ủ chượp trong thùng gỗ ước đạt 5,2 triệu lít, chiếm 45,2%. Riêng quý II/2024, sản lượng đạt 6,3 triệu lít, tăng 11% so với quý I.

Tính đến 30/6/2024, toàn tỉnh có 312 cơ sở sản xuất nước mắm với khoảng 7.500 thùng gỗ ủ chượp, tập trung tại TP Phan Thiết (148 cơ sở), thị xã La Gi (71 cơ sở), huyện Tuy Phong (52 cơ sở) và huyện Phú Quý (23 cơ sở). Mỗi thùng gỗ chứa từ 8 đến 12 tấn cá cơm và muối, thời gian ủ chượp kéo dài 12-18 tháng.

Giá nước mắm truyền thống loại 30 độ đạm bán tại cơ sở dao động 75.000-90.000 đồng/lít, cao hơn khoảng 15% so với cùng kỳ. Hiện tỉnh có 47 sản phẩm nước mắm được công nhận OCOP, trong đó 39 sản phẩm 3 sao và 8 sản phẩm 4 sao. Ngành nước mắm tạo việc làm cho gần 4.200 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Theo Kế hoạch số 2150/KH-UBND, năm 2024 tỉnh phấn đấu đạt sản lượng 22 triệu lít, trong đó 1,5 triệu lít xuất khẩu; đồng thời có thêm 10 sản phẩm nước mắm đạt chuẩn OCOP.

Cơ quan chủ quản: UBND tỉnh Bình Thuận - Số 04 Nguyễn Tất Thành, TP Phan Thiết
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
CS = "cơ sở sản xuất nước mắm"

FIGS = [
    F("xuất hơn 11,5 triệu lít", "11,5", 11.5e6, "measure", "lít", "nước mắm sản xuất",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("được hơn 11,5 triệu lít", "11,5", 11.5e6, "measure", "lít", "nước mắm các cơ sở chế biến sản xuất", H1,
      approx="over", percent=52.3, change=C("increase", 6.4, baseline="cùng kỳ năm 2023")),
    F("ước đạt 5,2 triệu lít", "5,2", 5.2e6, "measure", "lít", "nước mắm truyền thống ủ chượp trong thùng gỗ", I(H1),
      total=11.5e6, percent=45.2, status="estimate"),
    F("đạt 6,3 triệu lít", "6,3", 6.3e6, "measure", "lít", "sản lượng nước mắm",
      P("quý II/2024", "2024-04-01", "2024-06-30"), change=C("increase", 11, baseline="quý I")),
    F("có 312 cơ sở", "312", 312, "count", "cơ sở", CS, ASOF),
    F("khoảng 7.500 thùng", "7.500", 7500, "count", "thùng gỗ", "thùng gỗ ủ chượp", ASOF, approx="about"),
    F("(148 cơ sở)", "148", 148, "count", "cơ sở", CS, ASOF, location="Phan Thiết"),
    F("(71 cơ sở)", "71", 71, "count", "cơ sở", CS, ASOF, location="La Gi"),
    F("(52 cơ sở)", "52", 52, "count", "cơ sở", CS, ASOF, location="Tuy Phong"),
    F("(23 cơ sở)", "23", 23, "count", "cơ sở", CS, ASOF, location="Phú Quý"),
    F("từ 8 đến 12 tấn", "8", 8, "measure", "tấn/thùng", "cá cơm và muối mỗi thùng gỗ chứa", value_max=12),
    F("kéo dài 12-18 tháng", "12", 12, "measure", "tháng", "thời gian ủ chượp", value_max=18),
    F("loại 30 độ đạm", "30", 30, "measure", "độ đạm", "độ đạm nước mắm truyền thống", optional=True),
    F("75.000-90.000 đồng/lít", "75.000", 75000, "money", "đồng/lít", "giá nước mắm truyền thống bán tại cơ sở",
      value_max=90000, change=C("increase", 15, baseline="cùng kỳ", approx="about")),
    F("có 47 sản phẩm", "47", 47, "count", "sản phẩm", "sản phẩm nước mắm được công nhận OCOP"),
    F("39 sản phẩm 3 sao", "39", 39, "count", "sản phẩm", "sản phẩm nước mắm OCOP 3 sao", total=47),
    F("và 8 sản phẩm 4 sao", "8", 8, "count", "sản phẩm", "sản phẩm nước mắm OCOP 4 sao", total=47),
    F("gần 4.200 lao động", "4.200", 4200, "count", "lao động", "lao động ngành nước mắm", approx="nearly"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động ngành nước mắm"),
    F("sản lượng 22 triệu lít", "22", 22e6, "measure", "lít", "sản lượng nước mắm", Y24, status="target"),
    F("1,5 triệu lít xuất khẩu", "1,5", 1.5e6, "measure", "lít", "nước mắm xuất khẩu", Y24, total=22e6, status="target"),
    F("thêm 10 sản phẩm", "10", 10, "count", "sản phẩm", "sản phẩm nước mắm đạt chuẩn OCOP", Y24, status="target"),
]

NOTES = [
    "Bình Thuận province portal, H1/2024 fish sauce output. Headline repeats 11,5 triệu lít (period: year of published).",
    "District list after 312 cơ sở does not add up (294): no total. 'Riêng quý II' is another period: no total.",
    "'OCOP 3 sao / 4 sao' are class labels (like 'mức độ 3, 4'), not figures; '30 độ đạm' product grade optional.",
]

if __name__ == "__main__":
    write("p1067-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Bình Thuận")

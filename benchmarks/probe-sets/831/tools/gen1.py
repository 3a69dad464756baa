"""p831-1: Lào Cai province portal, cold-water fish output H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Lào Cai
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Sản lượng cá nước lạnh 6 tháng ước đạt gần 760 tấn

6 tháng đầu năm 2024, sản lượng cá nước lạnh trên địa bàn tỉnh ước đạt gần 760 tấn, tăng 8,6% so với cùng kỳ năm 2023, đạt 54,3% kế hoạch năm. Trong đó, cá hồi vân ước đạt 410 tấn, cá tầm ước đạt 335 tấn, còn lại là các loài cá nước lạnh khác. Riêng quý II/2024, sản lượng đạt 395 tấn.

Tính đến 30/6, toàn tỉnh có 86 cơ sở nuôi cá nước lạnh với tổng thể tích bể nuôi khoảng 62.000 m3, tập trung tại thị xã Sa Pa (58 cơ sở), huyện Bát Xát (17 cơ sở) và huyện Bắc Hà (11 cơ sở). Các cơ sở chủ yếu nằm dọc Quốc lộ 4D và tỉnh lộ 152, tận dụng nguồn nước suối có nhiệt độ 15-18 độ C quanh năm.

Giá cá hồi vân thương phẩm tại cơ sở dao động từ 180.000 đến 220.000 đồng/kg, cá tầm 150.000-170.000 đồng/kg. Doanh thu từ nuôi cá nước lạnh 6 tháng ước đạt trên 125 tỷ đồng. Sản lượng cá hồi vân hiện gấp khoảng 1,2 lần cá tầm.

Nghề nuôi cá nước lạnh tạo việc làm thường xuyên cho khoảng 650 lao động, thu nhập bình quân 7-9 triệu đồng/người/tháng. Điển hình như hộ ông Vàng A Sáu ở tổ 5, phường Sa Pa, với 12 bể nuôi, mỗi năm xuất bán khoảng 30 tấn cá.

Từ đầu năm đến nay, thực hiện Quyết định số 1895/QĐ-UBND ngày 15/8/2023 của UBND tỉnh, tỉnh đã hỗ trợ 12 cơ sở cải tạo bể nuôi với tổng kinh phí 3,6 tỷ đồng. Đến nay, toàn tỉnh có 15 cơ sở được cấp chứng nhận VietGAP, tăng 4 cơ sở so với cuối năm 2023.

Năm 2024, tỉnh phấn đấu sản lượng cá nước lạnh đạt 1.400 tấn; đến năm 2030 đạt 2.500 tấn, giá trị sản xuất trên 500 tỷ đồng.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6", None, "2024-06-30")
SIXM = P("6 tháng", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
NOW = P("Đến nay", None, "2024-07-12")
Y2030 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("Sản lượng cá nước lạnh 6 tháng ước đạt gần 760 tấn", "760", 760, "measure", "tấn",
      "sản lượng cá nước lạnh", SIXM, approx="nearly", status="estimate"),
    F("ước đạt gần 760 tấn, tăng", "760", 760, "measure", "tấn", "sản lượng cá nước lạnh", H1,
      approx="nearly", percent=54.3, change=C("increase", 8.6, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("cá hồi vân ước đạt 410 tấn", "410", 410, "measure", "tấn", "sản lượng cá hồi vân", I(H1),
      total=760, status="estimate"),
    F("cá tầm ước đạt 335 tấn", "335", 335, "measure", "tấn", "sản lượng cá tầm", I(H1),
      total=760, status="estimate"),
    F("sản lượng đạt 395 tấn", "395", 395, "measure", "tấn", "sản lượng cá nước lạnh",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("có 86 cơ sở nuôi", "86", 86, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", ASOF),
    F("khoảng 62.000 m3", "62.000", 62000, "measure", "m3", "tổng thể tích bể nuôi", ASOF, approx="about"),
    F("Sa Pa (58 cơ sở)", "58", 58, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", ASOF, total=86, location="Sa Pa"),
    F("Bát Xát (17 cơ sở)", "17", 17, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", ASOF, total=86, location="Bát Xát"),
    F("Bắc Hà (11 cơ sở)", "11", 11, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", ASOF, total=86, location="Bắc Hà"),
    F("nhiệt độ 15-18 độ C", "15", 15, "measure", "độ C", "nhiệt độ nước suối", value_max=18, optional=True),
    F("từ 180.000 đến 220.000 đồng/kg", "180.000", 180000, "money", "đồng/kg",
      "giá cá hồi vân thương phẩm tại cơ sở", value_max=220000),
    F("cá tầm 150.000-170.000 đồng/kg", "150.000", 150000, "money", "đồng/kg",
      "giá cá tầm thương phẩm tại cơ sở", value_max=170000),
    F("trên 125 tỷ đồng", "125", 125e9, "money", "đồng", "doanh thu từ nuôi cá nước lạnh", SIXM,
      approx="over", status="estimate"),
    F("gấp khoảng 1,2 lần", "1,2", 1.2, "multiple", "lần", "sản lượng cá hồi vân so với cá tầm", approx="about"),
    F("khoảng 650 lao động", "650", 650, "count", "lao động",
      "lao động có việc làm thường xuyên từ nghề nuôi cá nước lạnh", approx="about"),
    F("7-9 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động nuôi cá nước lạnh", value_max=9e6),
    F("với 12 bể nuôi", "12", 12, "count", "bể", "bể nuôi của hộ ông Vàng A Sáu", location="Sa Pa"),
    F("khoảng 30 tấn cá", "30", 30, "measure", "tấn", "cá xuất bán mỗi năm của hộ ông Vàng A Sáu",
      approx="about", location="Sa Pa"),
    F("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được hỗ trợ cải tạo bể nuôi", YTD),
    F("kinh phí 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí hỗ trợ cải tạo bể nuôi", YTD),
    F("có 15 cơ sở được cấp", "15", 15, "count", "cơ sở", "cơ sở được cấp chứng nhận VietGAP", NOW,
      change=C("increase", 4, "cơ sở", "cuối năm 2023")),
    F("đạt 1.400 tấn", "1.400", 1400, "measure", "tấn", "sản lượng cá nước lạnh",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 2.500 tấn", "2.500", 2500, "measure", "tấn", "sản lượng cá nước lạnh", Y2030, status="target"),
    F("trên 500 tỷ đồng", "500", 500e9, "money", "đồng", "giá trị sản xuất cá nước lạnh", Y2030,
      approx="over", status="target"),
]

HEADER = [
    "Lào Cai province portal (breadcrumb, 'Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316'): cold-water fish output 6 months 2024.",
    "Distractors: 'Lượt xem: 2.316', '09:45', 'Quốc lộ 4D', 'tỉnh lộ 152', 'tổ 5', person 'Vàng A Sáu', 'Quyết định số 1895/QĐ-UBND ngày 15/8/2023'.",
    "Headline '6 tháng' has no year: 2024 from the dateline. 'Tính đến 30/6' takes 2024 from '6 tháng đầu năm 2024'.",
    "'Trong đó' parts (410, 335) take the whole 760; district list in brackets adds up to 86 (58+17+11).",
    "Water temperature '15-18 độ C' is a condition of the place, optional. 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p831-1", TEXT, HEADER, FIGS, published="2024-07-12", location="Lào Cai")

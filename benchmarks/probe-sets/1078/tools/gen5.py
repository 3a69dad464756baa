from lib import F, P, I, C, T, write

TEXT = """Cắm trại ven hồ Trị An: hút khách nhưng lắm nỗi lo

Những năm gần đây, loại hình cắm trại, glamping ven hồ Trị An phát triển nhanh, trở thành điểm đến cuối tuần của khách từ TP.Hồ Chí Minh và các tỉnh lân cận. Tuy nhiên, phần lớn các điểm cắm trại đều hoạt động tự phát, chưa được cấp phép.

Theo UBND huyện Vĩnh Cửu, hiện trên địa bàn huyện có 34 điểm cắm trại, tập trung tại các xã Mã Đà (15 điểm), Phú Lý (11 điểm) và Hiếu Liêm (8 điểm), chủ yếu dọc đường ĐT.761. Trong số này, chỉ có 4 điểm đã được cấp giấy chứng nhận đăng ký hộ kinh doanh. Tại huyện Định Quán, khu vực xã La Ngà và Phú Ngọc cũng có khoảng 20 điểm cắm trại, bungalow ven lòng hồ.

Vào dịp cuối tuần, mỗi điểm cắm trại ven hồ đón từ 100 đến 300 khách. Giá thuê lều từ 150.000 đến 250.000 đồng/người, lều glamping có giá 800.000-1,5 triệu đồng/đêm. Anh Nguyễn Văn Tư, chủ một điểm cắm trại ở xã Mã Đà cho biết, doanh thu mỗi tháng của điểm anh khoảng 120 triệu đồng, gấp 3 lần so với trồng cây ăn trái trước đây.

Theo Sở Tài nguyên và Môi trường, qua kiểm tra, có 17 điểm cắm trại xây dựng lán trại, nhà gỗ trên đất rừng phòng hộ và hành lang bảo vệ hồ với tổng diện tích vi phạm gần 3,2 ha. Năm 2022, huyện Vĩnh Cửu đã xử phạt 5 trường hợp với số tiền 85 triệu đồng. Ngoài ra, chỉ khoảng 30% điểm cắm trại có phương án cứu hộ, trang bị áo phao cho khách chèo thuyền kayak.

Ông Lê Văn Sáu, Phó Chủ tịch UBND huyện Vĩnh Cửu cho biết, huyện đang xây dựng đề án phát triển du lịch sinh thái ven hồ Trị An giai đoạn 2023-2025, mục tiêu đến năm 2025 có ít nhất 20 điểm cắm trại được cấp phép, đạt chuẩn an toàn.

THANH HẢI
18/06/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
S = "điểm cắm trại"

FIGS = [
    F("có 34 điểm", "34", 34, "count", "điểm cắm trại", subject=S, location="Vĩnh Cửu"),
    F("Mã Đà (15 điểm)", "15", 15, "count", "điểm", total=34, subject=S, location="Vĩnh Cửu"),
    F("Phú Lý (11 điểm)", "11", 11, "count", "điểm", total=34, subject=S, location="Vĩnh Cửu"),
    F("Hiếu Liêm (8 điểm)", "8", 8, "count", "điểm", total=34, subject=S, location="Vĩnh Cửu"),
    F("chỉ có 4 điểm", "4", 4, "count", "điểm", total=34,
      subject="điểm đã được cấp giấy chứng nhận đăng ký hộ kinh doanh", location="Vĩnh Cửu"),
    F("khoảng 20 điểm", "20", 20, "count", "điểm cắm trại", approx="about",
      subject="điểm cắm trại, bungalow ven lòng hồ", location="Định Quán"),
    F("từ 100 đến 300 khách", "100", 100, "count", "khách", value_max=300,
      subject="khách mỗi điểm cắm trại ven hồ đón vào dịp cuối tuần"),
    F("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng/người", value_max=250000, subject="giá thuê lều"),
    F("800.000-1,5 triệu", "800.000", 800000, "money", "đồng/đêm", value_max=1500000, subject="giá thuê lều glamping"),
    F("khoảng 120 triệu đồng", "120", 120e6, "money", "đồng", approx="about",
      change=C("increase", 3, "lần", "trồng cây ăn trái trước đây"),
      subject="doanh thu mỗi tháng của điểm cắm trại", location="Vĩnh Cửu"),
    F("có 17 điểm", "17", 17, "count", "điểm cắm trại",
      subject="điểm cắm trại xây dựng lán trại, nhà gỗ trên đất rừng phòng hộ và hành lang bảo vệ hồ"),
    F("gần 3,2 ha", "3,2", 3.2, "measure", "ha", approx="nearly", subject="tổng diện tích vi phạm"),
    F("xử phạt 5 trường hợp", "5", 5, "count", "trường hợp", subject="trường hợp bị xử phạt", period=Y22, location="Vĩnh Cửu"),
    F("số tiền 85 triệu đồng", "85", 85e6, "money", "đồng", subject="số tiền xử phạt", period=Y22, location="Vĩnh Cửu"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="điểm cắm trại có phương án cứu hộ, trang bị áo phao cho khách"),
    F("ít nhất 20 điểm", "20", 20, "count", "điểm cắm trại", approx="at_least", status="target",
      subject="điểm cắm trại được cấp phép, đạt chuẩn an toàn", period=P("đến năm 2025", None, "2025-12-31"),
      location="Vĩnh Cửu"),
]

NOTES = [
    "Party/provincial newspaper (Báo Đồng Nai style), byline THANH HẢI and bare date 18/06/2023 at the end: camping along hồ Trị An,",
    "sites in huyện Vĩnh Cửu by commune (15+11+8 = 34, so the bracketed breakdown has total 34), Định Quán, prices, revenue, violations, target.",
    "Distractors: đường ĐT.761, Nguyễn Văn Tư, Lê Văn Sáu, giai đoạn 2023-2025, TP.Hồ Chí Minh, the date at the end.",
    "Location: commune-level figures (the list items Mã Đà, Phú Lý, Hiếu Liêm and the Mã Đà owner's revenue) take their district Vĩnh Cửu;",
    "revised after the first run: these were the communes; FIGURES.md defines location as a province, city or district, so a commune's figure goes to its district.",
    "district figures take the district; the Sở's inspection figures and general price/visitor figures stay Đồng Nai. 'hiện' sentences: no period.",
]

if __name__ == "__main__":
    write("p1078-5", TEXT, NOTES, FIGS, published="2023-06-18", location="Đồng Nai")

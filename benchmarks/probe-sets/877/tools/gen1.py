"""p877-1: Thanh Hóa province portal — jellyfish season to 15/4/2024."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Ngư dân Thanh Hóa trúng vụ sứa, thu về hơn 210 tỷ đồng
Cập nhật: 18/04/2024 09:15 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 15/4/2024, ngư dân trong tỉnh đã khai thác được khoảng 23.600 tấn sứa tươi, tăng 38% so với cùng kỳ năm 2023. Trong đó, huyện Hoằng Hóa đạt 8.900 tấn, thị xã Nghi Sơn 6.200 tấn, thành phố Sầm Sơn 4.700 tấn, còn lại là các huyện Quảng Xương và Hậu Lộc.

Toàn tỉnh có 1.146 tàu, thuyền tham gia khai thác sứa, chủ yếu là tàu có công suất dưới 90 CV. Giá sứa tươi tại các bến dao động từ 3.500 đến 5.000 đồng/kg, cao hơn khoảng 1.000 đồng/kg so với vụ trước. Mỗi chuyến biển, một tàu thu từ 2 đến 5 tấn sứa; sau khi trừ chi phí, mỗi lao động có thu nhập từ 700.000 đồng đến 1,2 triệu đồng/ngày. Tổng giá trị sứa khai thác từ đầu vụ ước đạt hơn 210 tỷ đồng.

Ông Lê Văn Hòa, chủ tàu TH-91234-TS ở xã Hoằng Phụ (huyện Hoằng Hóa), cho biết chỉ riêng tháng 3/2024, tàu của ông đã bán được 96 tấn sứa, thu khoảng 420 triệu đồng.

Hiện trên địa bàn tỉnh có 52 cơ sở thu mua, sơ chế sứa, tập trung tại các xã Hoằng Phụ, Hoằng Trường (Hoằng Hóa) và Hải Bình (Nghi Sơn), giải quyết việc làm thời vụ cho gần 1.800 lao động. Sứa sau sơ chế bằng muối và phèn chua được bán cho thương lái với giá 18.000-22.000 đồng/kg, chủ yếu xuất sang Trung Quốc và Hàn Quốc.

Năm 2024, tỉnh phấn đấu sản lượng sứa khai thác đạt 28.000 tấn. Tỉnh cũng đặt mục tiêu đến hết năm 2025, 100% cơ sở sơ chế sứa có hệ thống xử lý nước thải đạt chuẩn. Ngư dân được yêu cầu thực hiện đúng Nghị định số 26/2019/NĐ-CP, không dùng lưới có mắt lưới nhỏ hơn quy định và không neo đậu tàu sai vị trí tại cảng Lạch Hới.
"""

P15 = P("tính đến ngày 15/4/2024", None, "2024-04-15")
NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: vụ sứa 2024 tính đến 15/4/2024 — output, districts, boats, prices, incomes, processors, 2024/2025 targets.",
    "Dateline 'Cập nhật: 18/04/2024 09:15' gives published; 'Lượt xem: 2.317', 'TH-91234-TS', 'Nghị định số 26/2019/NĐ-CP' are not figures.",
    "Districts in the 'Trong đó' list are parts of the 23.600 tấn (total); 'dưới 90 CV' is a category threshold (optional).",
    "revised: headline subject 'giá trị sứa khai thác' -> 'tiền ngư dân thu về từ vụ sứa' (as the headline names it; same as p877-8's headline).",
    "Paragraph 2 continues the season to 15/4/2024 (inherited); paragraph 4 ('Hiện') has no period.",
]
FIGS = [
    F("thu về hơn 210 tỷ đồng", "210", 210e9, "money", "đồng", approx="over",
      subject="tiền ngư dân thu về từ vụ sứa"),
    F("khoảng 23.600 tấn sứa tươi", "23.600", 23600, "measure", "tấn", approx="about",
      change=C("+", 38, "%", "cùng kỳ năm 2023"), subject="sản lượng sứa tươi khai thác", period=P15),
    F("Hoằng Hóa đạt 8.900 tấn", "8.900", 8900, "measure", "tấn", total=23600,
      subject="sản lượng sứa tươi khai thác", period=I(P15), location="Hoằng Hóa"),
    F("Nghi Sơn 6.200 tấn", "6.200", 6200, "measure", "tấn", total=23600,
      subject="sản lượng sứa tươi khai thác", period=I(P15), location="Nghi Sơn"),
    F("Sầm Sơn 4.700 tấn", "4.700", 4700, "measure", "tấn", total=23600,
      subject="sản lượng sứa tươi khai thác", period=I(P15), location="Sầm Sơn"),
    F("có 1.146 tàu", "1.146", 1146, "count", "tàu", subject="tàu, thuyền tham gia khai thác sứa", period=I(P15)),
    F("dưới 90 CV", "90", 90, "measure", "CV", approx="under", subject="công suất tàu", optional=True),
    F("từ 3.500 đến 5.000 đồng/kg", "3.500", 3500, "money", "đồng/kg", value_max=5000,
      change=C("+", 1000, "đồng/kg", "vụ trước", "about"), subject="giá sứa tươi tại các bến", period=I(P15)),
    F("thu từ 2 đến 5 tấn", "2", 2, "measure", "tấn/chuyến", value_max=5,
      subject="sản lượng sứa mỗi chuyến biển của một tàu", period=I(P15)),
    F("từ 700.000 đồng", "700.000", 700000, "money", "đồng/ngày", value_max=1200000,
      subject="thu nhập mỗi lao động", period=I(P15)),
    F("ước đạt hơn 210 tỷ đồng", "210", 210e9, "money", "đồng", approx="over", status="estimate",
      subject="tổng giá trị sứa khai thác từ đầu vụ", period=I(P15)),
    F("bán được 96 tấn sứa", "96", 96, "measure", "tấn", subject="sứa tàu của ông Lê Văn Hòa bán được", location="Hoằng Hóa",
      period=P("tháng 3/2024", "2024-03-01", "2024-03-31")),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", approx="about",
      subject="tiền bán sứa của tàu ông Lê Văn Hòa", location="Hoằng Hóa", period=P("tháng 3/2024", "2024-03-01", "2024-03-31")),
    F("có 52 cơ sở", "52", 52, "count", "cơ sở", subject="cơ sở thu mua, sơ chế sứa"),
    F("gần 1.800 lao động", "1.800", 1800, "count", "lao động", approx="nearly",
      subject="lao động thời vụ được giải quyết việc làm"),
    F("giá 18.000-22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", value_max=22000,
      subject="giá sứa sau sơ chế bán cho thương lái"),
    F("đạt 28.000 tấn", "28.000", 28000, "measure", "tấn", status="target",
      subject="sản lượng sứa khai thác", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở sơ chế sứa có hệ thống xử lý nước thải đạt chuẩn",
      period=P("đến hết năm 2025", None, "2025-12-31")),
]

emit("p877-1", TEXT, NOTES, FIGS, published="2024-04-18", location="Thanh Hóa")

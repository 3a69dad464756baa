"""p915-1: province portal, Thái Bình, campaign launch vụ Xuân 2024."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Thái Bình ra quân diệt chuột bảo vệ lúa Xuân
Cập nhật: 12/03/2024 09:15 | Lượt xem: 2.317

(Cổng TTĐT) - Sáng 11/3, UBND tỉnh tổ chức lễ ra quân diệt chuột bảo vệ sản xuất vụ Xuân năm 2024 tại xã Vũ Hội, huyện Vũ Thư, theo Kế hoạch số 25/KH-UBND ngày 26/02/2024.

Theo Chi cục Trồng trọt và Bảo vệ thực vật, tính đến ngày 10/3/2024, chuột đã gây hại trên 1.250 ha lúa và mạ, tăng 320 ha so với cùng kỳ năm 2023; trong đó có 85 ha bị hại nặng (tỷ lệ hại trên 20%). Các huyện có diện tích bị hại nhiều là Tiền Hải (310 ha), Thái Thụy (275 ha) và Kiến Xương (190 ha), chủ yếu ở các cánh đồng ven Quốc lộ 39B và ven đê.

Ông Phạm Văn Sáu, Phó Chi cục trưởng, cho biết mỗi cặp chuột có thể đẻ 5-6 lứa/năm, mỗi lứa 6-8 con, nên phải diệt sớm, diệt đồng loạt trước khi chuột vào kỳ sinh sản.

Trong đợt ra quân từ ngày 11/3 đến ngày 20/3, toàn tỉnh phấn đấu diệt 1,5 triệu con chuột. Các địa phương đã chuẩn bị hơn 12 tấn thuốc diệt chuột sinh học và 35.000 bẫy các loại; tỉnh hỗ trợ 50% kinh phí mua thuốc với tổng số tiền khoảng 2,4 tỷ đồng.

Năm 2023, toàn tỉnh tổ chức 2 đợt ra quân, diệt được gần 1,32 triệu con chuột, đạt 88% kế hoạch; diện tích lúa bị chuột hại cả năm là 2.840 ha, giảm 12,5% so với năm 2022. Riêng huyện Tiền Hải thu mua 215.000 đuôi chuột với giá 1.500 đồng/đuôi.

Tỉnh yêu cầu các địa phương không dùng thuốc ngoài danh mục, tuyệt đối không dùng điện để bẫy chuột; trường hợp vi phạm sẽ bị xử lý theo Nghị định số 31/2016/NĐ-CP.
"""

D = P("tính đến ngày 10/3/2024", end="2024-03-10")
CAMP = P("từ ngày 11/3 đến ngày 20/3", start="2024-03-11", end="2024-03-20")
Y23 = P("Năm 2023", start="2023-01-01", end="2023-12-31")

FIGS = [
    F("trên 1.250 ha", "1.250", 1250, "measure", "ha", "diện tích lúa và mạ bị chuột gây hại", D,
      approx="over", change=C("increase", 320, "ha", "cùng kỳ năm 2023")),
    F("có 85 ha", "85", 85, "measure", "ha", "diện tích lúa bị chuột hại nặng", D, total=1250),
    F("tỷ lệ hại trên 20%", "20", 20, "percent", "%", "tỷ lệ hại", D, approx="over", optional=True),
    F("Tiền Hải (310 ha)", "310", 310, "measure", "ha", "diện tích lúa bị chuột hại", I(D), location="Tiền Hải"),
    F("Thái Thụy (275 ha)", "275", 275, "measure", "ha", "diện tích lúa bị chuột hại", I(D), location="Thái Thụy"),
    F("Kiến Xương (190 ha)", "190", 190, "measure", "ha", "diện tích lúa bị chuột hại", I(D), location="Kiến Xương"),
    F("đẻ 5-6 lứa/năm", "5", 5, "measure", "lứa/năm", "số lứa mỗi cặp chuột đẻ", value_max=6),
    F("mỗi lứa 6-8 con", "6", 6, "count", "con", "số chuột con mỗi lứa", value_max=8),
    F("diệt 1,5 triệu con chuột", "1,5", 1_500_000, "count", "con chuột", "chuột diệt trong đợt ra quân", CAMP,
      status="target"),
    F("hơn 12 tấn", "12", 12, "measure", "tấn", "thuốc diệt chuột sinh học các địa phương đã chuẩn bị", approx="over"),
    F("35.000 bẫy", "35.000", 35000, "count", "bẫy", "bẫy các loại đã chuẩn bị"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "tỷ lệ kinh phí mua thuốc được tỉnh hỗ trợ"),
    F("khoảng 2,4 tỷ đồng", "2,4", 2_400_000_000, "money", "đồng", "tổng số tiền hỗ trợ mua thuốc", approx="about"),
    F("tổ chức 2 đợt ra quân", "2", 2, "count", "đợt ra quân", "đợt ra quân diệt chuột", Y23),
    F("gần 1,32 triệu con chuột", "1,32", 1_320_000, "count", "con chuột", "chuột diệt được", Y23,
      approx="nearly", percent=88),
    F("là 2.840 ha", "2.840", 2840, "measure", "ha", "diện tích lúa bị chuột hại cả năm", Y23,
      change=C("decrease", 12.5, "%", "năm 2022")),
    F("215.000 đuôi chuột", "215.000", 215000, "count", "đuôi chuột", "đuôi chuột thu mua", I(Y23),
      location="Tiền Hải"),
    F("1.500 đồng/đuôi", "1.500", 1500, "money", "đồng/đuôi", "giá thu mua đuôi chuột", I(Y23),
      location="Tiền Hải"),
]

NOTES = [
    "Province portal (Thái Bình): launch of the rodent campaign for vụ Xuân 2024. 'Lượt xem: 2.317', 'Sáng 11/3',",
    "'Quốc lộ 39B', 'Kế hoạch số 25/KH-UBND', 'Nghị định số 31/2016/NĐ-CP', the name 'Phạm Văn Sáu' are not figures.",
    "'tỷ lệ hại trên 20%' defines the 'bị hại nặng' category: optional. District list items take the district as location.",
    "The biology facts (5-6 lứa/năm, 6-8 con) carry no period; preparation of thuốc/bẫy is not dated by the campaign period.",
]

if __name__ == "__main__":
    write("p915-1", TEXT, NOTES, FIGS, published="2024-03-12", location="Thái Bình")

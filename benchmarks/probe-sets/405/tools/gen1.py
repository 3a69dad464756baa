from lib import *

T = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thái Bình: Tỷ lệ hỏa táng 9 tháng đầu năm 2024 đạt 91,6%

Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.315

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 9 tháng đầu năm 2024, toàn tỉnh có 9.842 người từ trần, trong đó 9.015 trường hợp được hỏa táng. Tỷ lệ hỏa táng chung toàn tỉnh đạt 91,6%, tăng 2,3 điểm phần trăm so với cùng kỳ năm 2023, vượt chỉ tiêu năm 2024 đề ra (90%).

Các địa phương có tỷ lệ hỏa táng cao là thành phố Thái Bình (98,7%), huyện Kiến Xương (96,2%), huyện Vũ Thư (95,4%) và huyện Tiền Hải (94,8%). Một số huyện còn thấp hơn mức bình quân như Quỳnh Phụ đạt 82,5%, Hưng Hà đạt 84,1%.

Hiện toàn tỉnh có 3 cơ sở hỏa táng với 11 lò đốt, công suất khoảng 60 ca/ngày. Từ đầu năm đến nay, các cơ sở đã phục vụ gần 9.100 ca hỏa táng, trong đó có hơn 200 ca của các tỉnh lân cận.

Thực hiện Nghị quyết số 11-NQ/TU ngày 20/4/2022 của Ban Thường vụ Tỉnh ủy, năm 2024 ngân sách tỉnh bố trí 38,5 tỷ đồng hỗ trợ hỏa táng với mức 3 triệu đồng/ca. Trong 9 tháng, kinh phí giải ngân ước đạt 27,1 tỷ đồng, bằng 70,4% dự toán.

Về quy hoạch, tỉnh đã phê duyệt quy hoạch 286 nghĩa trang nhân dân tập trung cấp xã với tổng diện tích 412,6 ha; bình quân mỗi xã, phường, thị trấn có khoảng 1,1 nghĩa trang.

Phấn đấu đến năm 2025, tỷ lệ hỏa táng toàn tỉnh đạt trên 93%, 100% xã, phường, thị trấn có nghĩa trang nhân dân tập trung được quy hoạch, quản lý theo quy định.

Mọi ý kiến phản ánh xin liên hệ đường dây nóng: 0227.3731.546.
"""

p9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", True)
pytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
pytdi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", True)
p24 = P("năm 2024", "2024-01-01", "2024-12-31")
p9m = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
p25 = P("đến năm 2025", None, "2025-12-31")
p25i = P("đến năm 2025", None, "2025-12-31", True)
RATE = "tỷ lệ hỏa táng"

figs = [
    F("năm 2024 đạt 91,6%\n", "91,6", 91.6, "percent", "%", "Tỷ lệ hỏa táng", period=p9),
    F("có 9.842 người từ trần", "9.842", 9842, "count", "người", "người từ trần", period=p9),
    F("trong đó 9.015 trường hợp", "9.015", 9015, "count", "trường hợp", "trường hợp được hỏa táng", total=9842, period=p9),
    F("toàn tỉnh đạt 91,6%,", "91,6", 91.6, "percent", "%", "Tỷ lệ hỏa táng chung toàn tỉnh",
      change=CH("increase", 2.3, "điểm phần trăm", "cùng kỳ năm 2023"), target=TG(90, "%", True), period=p9i),
    F("Thái Bình (98,7%)", "98,7", 98.7, "percent", "%", RATE, period=p9i, location="Thái Bình"),
    F("Kiến Xương (96,2%)", "96,2", 96.2, "percent", "%", RATE, period=p9i, location="Kiến Xương"),
    F("Vũ Thư (95,4%)", "95,4", 95.4, "percent", "%", RATE, period=p9i, location="Vũ Thư"),
    F("Tiền Hải (94,8%)", "94,8", 94.8, "percent", "%", RATE, period=p9i, location="Tiền Hải"),
    F("Quỳnh Phụ đạt 82,5%", "82,5", 82.5, "percent", "%", RATE, period=p9i, location="Quỳnh Phụ"),
    F("Hưng Hà đạt 84,1%", "84,1", 84.1, "percent", "%", RATE, period=p9i, location="Hưng Hà"),
    F("có 3 cơ sở hỏa táng", "3", 3, "count", "cơ sở hỏa táng", "cơ sở hỏa táng"),
    F("với 11 lò đốt", "11", 11, "count", "lò đốt", "lò đốt"),
    F("khoảng 60 ca/ngày", "60", 60, "measure", "ca/ngày", "công suất", approx="about"),
    F("gần 9.100 ca hỏa táng", "9.100", 9100, "count", "ca", "ca hỏa táng các cơ sở đã phục vụ", approx="nearly", period=pytd),
    F("hơn 200 ca của", "200", 200, "count", "ca", "ca hỏa táng của các tỉnh lân cận", approx="over", total=9100, period=pytd),
    F("bố trí 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "ngân sách tỉnh bố trí hỗ trợ hỏa táng", period=p24),
    F("mức 3 triệu đồng/ca", "3", 3e6, "money", "đồng/ca", "mức hỗ trợ hỏa táng", period=p24),
    F("ước đạt 27,1 tỷ đồng", "27,1", 27.1e9, "money", "đồng", "kinh phí giải ngân", percent=70.4, status="estimate", period=p9m),
    F("quy hoạch 286 nghĩa trang", "286", 286, "count", "nghĩa trang", "nghĩa trang nhân dân tập trung cấp xã được phê duyệt quy hoạch"),
    F("diện tích 412,6 ha", "412,6", 412.6, "measure", "ha", "tổng diện tích nghĩa trang nhân dân tập trung"),
    F("khoảng 1,1 nghĩa trang", "1,1", 1.1, "measure", "nghĩa trang", "bình quân nghĩa trang mỗi xã, phường, thị trấn", approx="about"),
    F("đạt trên 93%", "93", 93, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", approx="over", status="target", period=p25),
    F("93%, 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có nghĩa trang nhân dân tập trung được quy hoạch, quản lý", status="target", period=p25),
]

emit(1, T, [
    "Province portal (Thái Bình), 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: 2.315' (counter is furniture). Title figure annotated.",
    "'trong đó 9.015' part of 9.842; 91,6% (own sentence) carries change 2,3 điểm phần trăm and target (90%) met. District list: place -> location.",
    "'Hiện' figures: no period. 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline. '9 tháng' takes 2024. Distractors: NQ 11-NQ/TU, date, hotline.",
], figs, published="2024-10-14", location="Thái Bình")

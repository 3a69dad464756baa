"""p1350-4: ministry site (Bộ Giao thông vận tải): damaged national-road surface, repairs and disbursement, 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động

Khẩn trương sửa chữa hư hỏng mặt đường trên các tuyến quốc lộ

Ngày đăng: 21/08/2024 14:05

Tại cuộc họp giao ban lần thứ 3 về công tác bảo trì ngày 20/8, Cục Đường bộ Việt Nam cho biết cả nước hiện có hơn 25.800 km quốc lộ do Cục trực tiếp quản lý và ủy thác. Tính đến ngày 15/8/2024, có khoảng 2.350 km mặt đường hư hỏng, xuống cấp, chiếm gần 9% tổng chiều dài. Trong đó, 620 km hư hỏng nặng với nhiều ổ gà, ổ voi, lún vệt bánh xe, tập trung trên Quốc lộ 1, Quốc lộ 6, Quốc lộ 14 và Quốc lộ 20.

Các địa phương có nhiều km mặt đường quốc lộ hư hỏng nhất là Nghệ An (186 km), Gia Lai (142 km) và Đắk Lắk (118 km).

Năm 2024, kinh phí bảo trì hệ thống quốc lộ được phân bổ khoảng 12.300 tỷ đồng, mới đáp ứng khoảng 45% nhu cầu. Từ đầu năm đến nay, các Khu Quản lý đường bộ và các Sở GTVT được ủy thác đã sửa chữa, thảm lại hơn 1.100 km mặt đường, xử lý khoảng 38 nghìn ổ gà, ổ voi; giá trị giải ngân đạt 6.450 tỷ đồng, bằng 52,4% kế hoạch, cao hơn 7,1% so với cùng kỳ năm 2023. Nhờ đó, số vụ tai nạn giao thông trên quốc lộ 7 tháng đầu năm giảm 8,6%.

Theo Văn bản số 5421/CĐBVN-QLBTĐB, Cục yêu cầu các đơn vị hoàn thành vá sửa các vị trí hư hỏng nặng trước ngày 30/9/2024; phấn đấu đến hết năm 2024 giải ngân 100% kế hoạch vốn được giao và giảm tỷ lệ mặt đường kém, rất kém xuống dưới 5%.

Cơ quan chủ quản: Bộ Giao thông vận tải
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
"""

ASOF = P("Tính đến ngày 15/8/2024", None, "2024-08-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-21")
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
END24 = P("đến hết năm 2024", None, "2024-12-31")
LIST = "mặt đường quốc lộ hư hỏng"

FIGS = [
    F("hơn 25.800 km", "25.800", 25800, "measure", "km", "quốc lộ do Cục trực tiếp quản lý và ủy thác", approx="over"),
    F("khoảng 2.350 km", "2.350", 2350, "measure", "km", "mặt đường hư hỏng, xuống cấp", ASOF, approx="about",
      percent=9),
    F("620 km", "620", 620, "measure", "km", "mặt đường hư hỏng nặng", I(ASOF), total=2350),
    F("Nghệ An (186 km)", "186", 186, "measure", "km", LIST, I(ASOF), location="Nghệ An"),
    F("Gia Lai (142 km)", "142", 142, "measure", "km", LIST, I(ASOF), location="Gia Lai"),
    F("Đắk Lắk (118 km)", "118", 118, "measure", "km", LIST, I(ASOF), location="Đắk Lắk"),
    F("khoảng 12.300 tỷ", "12.300", 12300e9, "money", "đồng", "kinh phí bảo trì hệ thống quốc lộ được phân bổ", Y24,
      approx="about", percent=45),
    F("hơn 1.100 km", "1.100", 1100, "measure", "km", "mặt đường đã sửa chữa, thảm lại", YTD, approx="over"),
    F("khoảng 38 nghìn", "38", 38000, "count", "ổ gà", "ổ gà, ổ voi đã xử lý", YTD, approx="about"),
    F("đạt 6.450 tỷ", "6.450", 6450e9, "money", "đồng", "giá trị giải ngân", YTD, percent=52.4,
      change=C("increase", 7.1, "%", "cùng kỳ năm 2023")),
    F("giảm 8,6%", "8,6", 8.6, "percent", "%", "số vụ tai nạn giao thông trên quốc lộ", M7),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn được giao", END24, status="target"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ mặt đường kém, rất kém", END24, approx="under", status="target"),
]

NOTES = [
    "Ministry site (Bộ GTVT): portal banner, breadcrumb, 'Ngày đăng: 21/08/2024 14:05', footer with the ministry's address.",
    "Distractors: 'lần thứ 3', 'ngày 20/8', 'ngày 15/8/2024', Quốc lộ 1, 6, 14, 20, 'Văn bản số 5421/CĐBVN-QLBTĐB',",
    "'trước ngày 30/9/2024', '80 Trần Hưng Đạo'. National figures: location Việt Nam; the list items are provinces → location.",
    "'chiếm gần 9% tổng chiều dài' → percent 9 of the 2.350 km (the whole is not restated as a number there: no total).",
    "'Trong đó, 620 km' after a sentence break → total 2.350; the as-of period is in the previous sentence (inherited), as for the list.",
    "'khoảng 38 nghìn ổ gà' = 38000. '6.450 tỷ ..., bằng 52,4% kế hoạch, cao hơn 7,1% so với cùng kỳ năm 2023' → percent + change.",
    "'7 tháng đầu năm giảm 8,6%': a rate that is itself the claim → percent figure without change; year 2024 from the text.",
    "'phấn đấu đến hết năm 2024' → target with an as-of end 2024-12-31 for both clauses it governs.",
]

if __name__ == "__main__":
    write("p1350-4", TEXT, NOTES, FIGS, published="2024-08-21", location="Việt Nam")

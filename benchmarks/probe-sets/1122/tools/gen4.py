"""p1122-4: ministry site (Bộ NN&PTNT), national: livestock deaths by province, seedlings, herd, support, forecast."""
from lib import F, P, D, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Chăn nuôi - Thú y

Hơn 1.300 con gia súc chết do rét: Bộ yêu cầu không để trâu, bò chết đói, rét

Ngày đăng: 02/02/2024 | Lượt xem: 1.658

Theo báo cáo nhanh của Cục Chăn nuôi, tính đến ngày 31/1, đợt rét đậm, rét hại đã làm 1.346 con gia súc tại 9 tỉnh miền núi phía Bắc bị chết, tăng gần 2,4 lần so với cùng kỳ năm 2023. Các địa phương có số gia súc chết nhiều nhất lần lượt là Hà Giang (318 con), Cao Bằng (276 con), Lào Cai (237 con) và Lai Châu (164 con).

Về trồng trọt, cả nước có khoảng 2.850 ha mạ và hơn 1.120 ha lúa mới cấy bị chết rét, chủ yếu ở Sơn La, Điện Biên, Yên Bái. Diện tích mạ bị chết chiếm khoảng 4,5% tổng diện tích mạ vụ Đông Xuân của các tỉnh phía Bắc.

Hiện đàn trâu, bò của 14 tỉnh miền núi phía Bắc có khoảng 3,9 triệu con, trong đó trên 60% được nuôi theo phương thức thả rông, bán chăn thả. Bộ đề nghị các địa phương hướng dẫn người dân không thả rông gia súc khi nhiệt độ dưới 12 độ C, bổ sung thức ăn tinh 0,5-1 kg/con/ngày.

Theo Nghị định số 02/2017/NĐ-CP, mức hỗ trợ đối với trâu, bò bị chết do rét là từ 2 đến 6 triệu đồng/con tùy độ tuổi. Năm 2023, ngân sách trung ương đã hỗ trợ các địa phương 28,6 tỷ đồng khắc phục thiệt hại do thiên tai trong chăn nuôi, trồng trọt.

Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo, từ ngày 3 đến 6/2, miền Bắc tiếp tục rét đậm, rét hại; nhiệt độ thấp nhất vùng núi phổ biến 3-6 độ C, vùng núi cao có nơi dưới 0 độ C.

Cục Chăn nuôi - Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3845.9049
"""

ASOF = P("tính đến ngày 31/1", None, "2024-01-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FC = P("từ ngày 3 đến 6/2", "2024-02-03", "2024-02-06")
DEAD = "gia súc chết do rét"

FIGS = [
    F("Hơn 1.300 con gia súc", "1.300", 1300, "count", "con gia súc", approx="over", subject=DEAD),
    F("làm 1.346 con gia súc", "1.346", 1346, "count", "con gia súc",
      change=C("increase", 2.4, "lần", "cùng kỳ năm 2023", approx="nearly"),
      subject="gia súc bị chết do đợt rét đậm, rét hại", period=ASOF),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh", subject="tỉnh miền núi phía Bắc có gia súc bị chết", period=ASOF),
    F("Hà Giang (318 con)", "318", 318, "count", "con", subject=DEAD, period=I(ASOF), location="Hà Giang"),
    F("Cao Bằng (276 con)", "276", 276, "count", "con", subject=DEAD, period=I(ASOF), location="Cao Bằng"),
    F("Lào Cai (237 con)", "237", 237, "count", "con", subject=DEAD, period=I(ASOF), location="Lào Cai"),
    F("Lai Châu (164 con)", "164", 164, "count", "con", subject=DEAD, period=I(ASOF), location="Lai Châu"),
    F("khoảng 2.850 ha mạ", "2.850", 2850, "measure", "ha", approx="about",
      subject="diện tích mạ bị chết rét", period=I(ASOF)),
    F("hơn 1.120 ha lúa", "1.120", 1120, "measure", "ha", approx="over",
      subject="diện tích lúa mới cấy bị chết rét", period=I(ASOF)),
    F("chiếm khoảng 4,5%", "4,5", 4.5, "percent", "%", approx="about",
      subject="tỷ lệ diện tích mạ bị chết trong tổng diện tích mạ vụ Đông Xuân của các tỉnh phía Bắc", period=I(ASOF)),
    F("của 14 tỉnh", "14", 14, "count", "tỉnh", optional=True, subject="tỉnh miền núi phía Bắc"),
    F("khoảng 3,9 triệu con", "3,9", 3.9e6, "count", "con", approx="about",
      subject="đàn trâu, bò của 14 tỉnh miền núi phía Bắc"),
    F("trên 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ lệ trâu, bò nuôi theo phương thức thả rông, bán chăn thả"),
    F("dưới 12 độ C", "12", 12, "measure", "độ C", approx="under", optional=True),
    F("0,5-1 kg", "0,5", 0.5, "measure", "kg/con/ngày", value_max=1, optional=True,
      subject="thức ăn tinh bổ sung"),
    F("từ 2 đến 6 triệu", "2", 2e6, "money", "đồng/con", value_max=6e6,
      subject="mức hỗ trợ đối với trâu, bò bị chết do rét"),
    F("28,6 tỷ đồng", "28,6", 28.6e9, "money", "đồng",
      subject="ngân sách trung ương hỗ trợ các địa phương khắc phục thiệt hại do thiên tai trong chăn nuôi, trồng trọt",
      period=Y23),
    F("phổ biến 3-6 độ C", "3", 3, "measure", "độ C", value_max=6, status="forecast",
      subject="nhiệt độ thấp nhất vùng núi", period=FC),
    F("dưới 0 độ C", "0", 0, "measure", "độ C", approx="under", status="forecast",
      subject="nhiệt độ thấp nhất vùng núi cao", period=FC),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Chăn nuôi), national: 'Ngày đăng: 02/02/2024 | Lượt xem: 1.658', address/phone footer.",
    "Default location Việt Nam (national totals, a count of provinces, a ministry's recommendations and the national forecast for 'miền Bắc').",
    "'lần lượt là Hà Giang (318 con) ...' is a ranking list: items take the province as location, no total, inherited as-of date.",
    "'tăng gần 2,4 lần so với cùng kỳ năm 2023' is the change of 1.346 (unit lần, approx nearly).",
    "'14 tỉnh miền núi phía Bắc' is practically the name of a region (optional). '0,5-1 kg/con/ngày' is a feeding recommendation (optional).",
    "'dưới 0 độ C' is a forecast figure with value 0, approx under. Distractors: Nghị định số 02/2017/NĐ-CP, 'Số 2 Ngọc Hà', phone, view counter.",
]

if __name__ == "__main__":
    write("p1122-4", TEXT, NOTES, FIGS, published="2024-02-02", location="Việt Nam")

"""p776-4: ministry site (Bộ NN&PTNT) — national cattle deaths from the January 2024 cold spell, by province."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Chăn nuôi - Thú y
Ngày đăng: 26/01/2024 | Lượt xem: 1.962

Gần 3.900 con gia súc chết do rét, Bộ yêu cầu các tỉnh miền núi không thả rông trâu, bò

Theo tổng hợp của Cục Chăn nuôi, tính đến ngày 26/01/2024, đợt rét đậm, rét hại đã làm chết 3.874 con trâu, bò, ngựa tại 9 tỉnh miền núi phía Bắc, tăng 1,6 lần so với cùng kỳ năm 2023. Các địa phương có số gia súc chết nhiều nhất là Hà Giang (1.348 con), Cao Bằng (692 con), Lào Cai (547 con), Lai Châu (463 con); các tỉnh Sơn La, Yên Bái lần lượt là 318 con và 217 con.

Thiệt hại về trồng trọt khoảng 5.260 ha, chủ yếu là rau màu vụ đông, chè và cây ăn quả ôn đới; trong đó diện tích chè bị sương muối là 1.130 ha, chiếm 21,5%.

Cả nước hiện có khoảng 2,2 triệu con trâu và gần 6,4 triệu con bò. Trên 60% đàn trâu cả nước tập trung ở vùng trung du và miền núi phía Bắc. Tỷ lệ hộ chăn nuôi có chuồng trại đạt tiêu chuẩn chống rét ở vùng này mới đạt khoảng 68%, mục tiêu đến năm 2025 là 85%.

Bộ đề nghị các địa phương bảo đảm dự trữ ít nhất 1,5 tấn thức ăn thô xanh/con trâu, bò cho mùa đông; không thả rông gia súc khi nhiệt độ xuống dưới 12 độ C; chủ động sử dụng kinh phí dự phòng để hỗ trợ người dân theo Nghị định số 02/2017/NĐ-CP.

Mọi thông tin xin liên hệ: Cục Chăn nuôi, số 16 Thụy Khuê, quận Tây Hồ, Hà Nội; điện thoại 024.3734.5443.
"""

A = P("tính đến ngày 26/01/2024", None, "2024-01-26")
Ai = I(A)
L = "số gia súc chết do rét"
FIG = [
    F("Gần 3.900 con", "3.900", 3900, "count", "con gia súc", "gia súc chết do rét", Ai, approx="nearly"),
    F("chết 3.874 con", "3.874", 3874, "count", "con trâu, bò, ngựa", "trâu, bò, ngựa chết do rét đậm, rét hại", A,
      change=CH("increase", 1.6, "lần", "cùng kỳ năm 2023")),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh miền núi phía Bắc có gia súc chết do rét", A),
    F("Hà Giang (1.348 con)", "1.348", 1348, "count", "con", L, Ai, location="Hà Giang"),
    F("Cao Bằng (692 con)", "692", 692, "count", "con", L, Ai, location="Cao Bằng"),
    F("Lào Cai (547 con)", "547", 547, "count", "con", L, Ai, location="Lào Cai"),
    F("Lai Châu (463 con)", "463", 463, "count", "con", L, Ai, location="Lai Châu"),
    F("là 318 con", "318", 318, "count", "con", L, Ai, location="Sơn La"),
    F("và 217 con", "217", 217, "count", "con", L, Ai, location="Yên Bái"),
    F("khoảng 5.260 ha", "5.260", 5260, "measure", "ha", "diện tích trồng trọt bị thiệt hại", Ai, approx="about"),
    F("là 1.130 ha", "1.130", 1130, "measure", "ha", "diện tích chè bị sương muối", Ai, total=5260, percent=21.5),
    F("khoảng 2,2 triệu con", "2,2", 2.2e6, "count", "con trâu", "đàn trâu cả nước", None, approx="about"),
    F("gần 6,4 triệu con", "6,4", 6.4e6, "count", "con bò", "đàn bò cả nước", None, approx="nearly"),
    F("Trên 60% đàn trâu", "60", 60, "percent", "%", "tỷ lệ đàn trâu cả nước tập trung ở vùng trung du và miền núi phía Bắc",
      None, approx="over"),
    F("khoảng 68%", "68", 68, "percent", "%", "tỷ lệ hộ chăn nuôi có chuồng trại đạt tiêu chuẩn chống rét ở vùng trung du và miền núi phía Bắc",
      None, approx="about", target=T(85, "%", None)),
    F("ít nhất 1,5 tấn", "1,5", 1.5, "measure", "tấn/con", "thức ăn thô xanh dự trữ cho mỗi con trâu, bò trong mùa đông",
      None, approx="at_least", status="target"),
    F("dưới 12 độ C", "12", 12, "measure", "độ C", "ngưỡng nhiệt độ không thả rông gia súc", None, approx="under", optional=True),
]

emit("p776-4", TEXT, [
    "Bộ NN&PTNT site (invented): gia súc chết do đợt rét tháng 1/2024 tại 9 tỉnh miền núi phía Bắc, by province.",
    "National figures are Việt Nam; list items take the province as location; the list follows no cue and does not add up: no total.",
    "'lần lượt là 318 con và 217 con' map to Sơn La, Yên Bái. 'trong đó … 1.130 ha, chiếm 21,5%' is a part of 5.260 ha with its share.",
    "'khoảng 68%, mục tiêu đến năm 2025 là 85%' → 85 is the target attribute of 68%. 'trung du và miền núi phía Bắc' is a region:",
    "kept at Việt Nam. 'dưới 12 độ C' is a threshold (optional). Counter, decree, address 'số 16', phone are distractors.",
    "revised after the first run: 'ít nhất 1,5 tấn … /con' is a level the ministry requires provinces to reach, not a reported",
    "fact: status target (was actual).",
], FIG, published="2024-01-26", location="Việt Nam")

from lib import C, F, P, T, emit

TEXT = """Thời sự › Nông nghiệp

Thứ tư, 31/1/2024, 16:30 (GMT+7)

Hơn 2.400 con gia súc chết rét, Bộ Nông nghiệp đề nghị các tỉnh miền núi khẩn trương hỗ trợ

Theo Cục Chăn nuôi (Bộ NN&PTNT), từ đầu năm đến nay, rét đậm, rét hại đã làm 2.431 con trâu, bò, ngựa, dê bị chết tại 9 tỉnh trung du, miền núi phía Bắc, tăng gần 2 lần so với cùng kỳ năm 2023.

Địa phương thiệt hại nhiều nhất là Lào Cai với 546 con, tiếp đến là Hà Giang 408 con, Cao Bằng 391 con, Sơn La 287 con và Điện Biên 164 con. Phần lớn gia súc bị chết là trâu, bò thả rông trên núi cao, thiếu thức ăn thô xanh.

Theo Tổng cục Thống kê, tính đến cuối tháng 12/2023, tổng đàn trâu cả nước giảm 3,2% so với cùng thời điểm năm trước; đàn bò tăng 0,7%; đàn dê khoảng 3,1 triệu con.

Về công tác giống, năm 2023 cả nước sản xuất khoảng 2,1 triệu liều tinh bò đông lạnh, đáp ứng 85-90% nhu cầu; tỷ lệ bò lai đạt 63,5% tổng đàn bò.

Năm 2023, ngân sách trung ương đã hỗ trợ các địa phương khoảng 1,2 nghìn tỷ đồng để khắc phục thiệt hại do thiên tai, dịch bệnh trong sản xuất nông nghiệp. Ông Phạm Kim Đăng, Phó Cục trưởng Cục Chăn nuôi, đề nghị các tỉnh sử dụng nguồn dự phòng để hỗ trợ ngay cho người dân theo Nghị định 02/2017/NĐ-CP, không để hộ nào chờ quá 30 ngày.

Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo đợt rét tiếp theo có thể kéo dài 5-7 ngày, nhiệt độ thấp nhất ở vùng núi cao phổ biến 0-3 độ C, có nơi dưới 0 độ C.

Thu Hằng
"""

JAN = P("từ đầu năm đến nay", "2024-01-01", "2024-01-31")
JANi = P("từ đầu năm đến nay", "2024-01-01", "2024-01-31", inh=True)
D23 = P("tính đến cuối tháng 12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
DEAD = "gia súc bị chết do rét đậm, rét hại"

FIGS = [
    F("Hơn 2.400 con", "2.400", 2400, "count", "con", "gia súc chết rét", JANi, approx="over"),
    F("làm 2.431 con", "2.431", 2431, "count", "con", "trâu, bò, ngựa, dê bị chết do rét đậm, rét hại", JAN,
      change=C("increase", 2, "lần", "cùng kỳ năm 2023", approx="nearly")),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh trung du, miền núi phía Bắc có gia súc bị chết", JAN),
    F("với 546 con", "546", 546, "count", "con", DEAD, JANi, location="Lào Cai"),
    F("Hà Giang 408 con", "408", 408, "count", "con", DEAD, JANi, location="Hà Giang"),
    F("Cao Bằng 391 con", "391", 391, "count", "con", DEAD, JANi, location="Cao Bằng"),
    F("Sơn La 287 con", "287", 287, "count", "con", DEAD, JANi, location="Sơn La"),
    F("Điện Biên 164 con", "164", 164, "count", "con", DEAD, JANi, location="Điện Biên"),
    F("giảm 3,2%", "3,2", 3.2, "percent", "%", "tổng đàn trâu", D23),
    F("tăng 0,7%", "0,7", 0.7, "percent", "%", "đàn bò", D23),
    F("khoảng 3,1 triệu con", "3,1", 3100000, "count", "con", "đàn dê", D23, approx="about"),
    F("khoảng 2,1 triệu liều", "2,1", 2100000, "count", "liều", "liều tinh bò đông lạnh sản xuất", Y23,
      approx="about"),
    F("đáp ứng 85-90%", "85", 85, "percent", "%", "nhu cầu tinh bò đông lạnh được đáp ứng", Y23, value_max=90),
    F("đạt 63,5%", "63,5", 63.5, "percent", "%", "tỷ lệ bò lai trong tổng đàn bò", Y23),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng",
      "ngân sách trung ương hỗ trợ khắc phục thiệt hại do thiên tai, dịch bệnh", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("quá 30 ngày", "30", 30, "measure", "ngày", approx="at_most", optional=True),
    F("kéo dài 5-7 ngày", "5", 5, "measure", "ngày", "thời gian đợt rét tiếp theo", value_max=7, status="forecast",
      optional=True),
    F("phổ biến 0-3 độ C", "0", 0, "measure", "độ C", "nhiệt độ thấp nhất ở vùng núi cao", value_max=3,
      status="forecast"),
    F("dưới 0 độ C", "0", 0, "measure", "độ C", "nhiệt độ thấp nhất", approx="under", status="forecast",
      optional=True),
]

emit("p416-6", TEXT, [
    "National online newspaper (VnExpress style, 'Thứ tư, 31/1/2024, 16:30 (GMT+7)'): livestock killed by cold since the",
    "start of 2024 in 9 northern mountain provinces, provincial list, national herds at end 2023 (GSO), frozen semen,",
    "central-budget support ('nghìn tỷ'), weather forecast. Location Việt Nam unless a province is an item of the list.",
    "Distractors: (GMT+7), Nghị định 02/2017/NĐ-CP, a person's name and title, 'Bộ NN&PTNT'.",
    "'từ đầu năm đến nay' ends at the dateline 2024-01-31. 'tăng gần 2 lần so với cùng kỳ' is the count's change (lần, nearly).",
    "'tổng đàn trâu cả nước giảm 3,2%', 'đàn bò tăng 0,7%': growth rates as the claim → percent figures with no change.",
    "'đáp ứng 85-90% nhu cầu': 'đáp ứng' is not a share cue of the spec (đạt/chiếm/bằng/tương đương); a percent figure of its own.",
    "'không … quá 30 ngày' (a deadline), '5-7 ngày' (a duration of the cold spell), 'dưới 0 độ C' (an open bound): optional.",
    "'dự báo' governs the clause and its continuation: '0-3 độ C' is a forecast.",
], FIGS, published="2024-01-31", location="Việt Nam")

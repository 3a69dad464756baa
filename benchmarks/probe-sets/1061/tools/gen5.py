from lib import F, P, I, C, T, write

TEXT = """Diêm dân Quỳnh Lưu bám đồng muối giữa nắng nóng

Những ngày này, trên cánh đồng muối xã Quỳnh Thuận, huyện Quỳnh Lưu, hàng trăm diêm dân tranh thủ nắng to để thu hoạch. Bà Hồ Thị Năm ở xóm 7 cho biết, gia đình có 3 sào ruộng muối, mỗi ngày cào được khoảng 1,2 tấn muối.

Theo UBND huyện Quỳnh Lưu, toàn huyện hiện có 356 ha đồng muối với hơn 1.500 hộ diêm dân, giảm gần 200 ha so với 10 năm trước do nhiều diện tích chuyển sang nuôi trồng thủy sản. Từ đầu năm đến nay, diêm dân trong huyện đã thu hoạch khoảng 21.500 tấn muối, tăng 8% so với cùng kỳ năm 2022.

Tuy nhiên, giá muối năm nay giảm mạnh. Hiện thương lái chỉ thu mua tại đồng với giá 1.000-1.200 đồng/kg, thấp hơn khoảng 40% so với cùng kỳ. Trừ chi phí, mỗi ngày công làm muối chỉ mang lại 150.000-180.000 đồng. Lao động làm muối phần lớn đã lớn tuổi, hơn 60% trên 50 tuổi, lớp trẻ đều bỏ đi làm ăn xa.

Ông Nguyễn Văn Sáu, Giám đốc HTX sản xuất muối Quỳnh Thuận cho biết, năm 2023 HTX đã ký hợp đồng bao tiêu 3.000 tấn muối sạch với một doanh nghiệp chế biến tại Khu công nghiệp Hoàng Mai I, giá 2.000 đồng/kg. Mức giá này gấp 1,8 lần giá muối thường. Hiện HTX có 146 thành viên, phần lớn là hộ có ruộng muối ven Tỉnh lộ 537B.

Theo kế hoạch, đến năm 2025 huyện duy trì ổn định 300 ha đồng muối, trong đó 50 ha sản xuất muối sạch trải bạt. Huyện cũng đề nghị tỉnh sớm hỗ trợ nâng cấp hệ thống kênh mương, ao chạt để diêm dân yên tâm bám ruộng.

HOÀI THU

20/6/2023
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-06-20")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    # added after the first run: a number word (FIGURES.md §2, like 'hàng chục nghìn'), vague crowd size -> optional
    F("hàng trăm diêm dân", "hàng trăm", 100, "count", "diêm dân", "diêm dân thu hoạch trên cánh đồng muối xã Quỳnh Thuận",
      approx="about", optional=True),
    F("có 3 sào", "3", 3, "measure", "sào", "ruộng muối của gia đình bà Hồ Thị Năm", optional=True),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn/ngày", "muối cào được mỗi ngày", approx="about"),
    F("có 356 ha", "356", 356, "measure", "ha", "diện tích đồng muối",
      change=C("decrease", 200, "ha", "10 năm trước", approx="nearly")),
    F("hơn 1.500 hộ", "1.500", 1500, "count", "hộ diêm dân", "hộ diêm dân", approx="over"),
    F("khoảng 21.500 tấn", "21.500", 21500, "measure", "tấn", "muối diêm dân thu hoạch", YTD,
      approx="about", change=C("increase", 8, "%", "cùng kỳ năm 2022")),
    F("giá 1.000-1.200 đồng/kg", "1.000", 1000, "money", "đồng/kg", "giá thương lái thu mua muối tại đồng",
      value_max=1200, change=C("decrease", 40, "%", "cùng kỳ", approx="about")),
    F("mang lại 150.000-180.000 đồng", "150.000", 150000, "money", "đồng/ngày công",
      "thu nhập mỗi ngày công làm muối", value_max=180000),
    F("hơn 60% trên", "60", 60, "percent", "%", "lao động làm muối trên 50 tuổi", approx="over"),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", "tuổi lao động làm muối", approx="over", optional=True),
    F("bao tiêu 3.000 tấn", "3.000", 3000, "measure", "tấn", "muối sạch ký hợp đồng bao tiêu", Y23),
    F("giá 2.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "giá bao tiêu muối sạch", Y23),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "giá bao tiêu muối sạch so với giá muối thường"),
    F("có 146 thành viên", "146", 146, "count", "thành viên", "thành viên HTX sản xuất muối Quỳnh Thuận"),
    F("ổn định 300 ha", "300", 300, "measure", "ha", "diện tích đồng muối", TO25, status="target"),
    F("trong đó 50 ha", "50", 50, "measure", "ha", "diện tích sản xuất muối sạch trải bạt", TO25,
      total=300, status="target"),
]

NOTES = [
    "Báo Nghệ An style: salt farmers of Quỳnh Lưu district, byline 'HOÀI THU' and bare date '20/6/2023' at the end (invented).",
    "Location Quỳnh Lưu (district named; province paper). The family's '3 sào' (an example's holding) and the age threshold '50 tuổi' are optional.",
    "'giảm gần 200 ha so với 10 năm trước' is the change of 356 ha (same unit) across the clause 'với hơn 1.500 hộ diêm dân'.",
    "'mỗi ngày cào được khoảng 1,2 tấn' and 'mỗi ngày công ... 150.000-180.000 đồng' keep the per-day denominator in the unit.",
    "revised: added optional 'hàng trăm diêm dân' (a number word, FIGURES.md §2; vague scene-setting crowd size).",
    "Distractors: names 'Hồ Thị Năm', 'Nguyễn Văn Sáu', 'xóm 7', 'Khu công nghiệp Hoàng Mai I', 'Tỉnh lộ 537B', '10 năm trước' (baseline).",
]

write("p1061-5", TEXT, NOTES, FIGS, published="2023-06-20", location="Quỳnh Lưu")

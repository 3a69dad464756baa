from lib import F, P, Y, build

TEXT = """Quỹ bảo lãnh tín dụng địa phương hoạt động cầm chừng
Thứ ba, 12/3/2024, 10:20 (GMT+7)

Nhiều quỹ bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa có vốn hàng trăm tỷ đồng nhưng cả năm chỉ bảo lãnh vài khoản vay.

Theo báo cáo của Bộ Tài chính gửi Chính phủ, tính đến ngày 31/12/2023, cả nước có 29 quỹ bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa do UBND cấp tỉnh thành lập, với tổng vốn điều lệ thực góp khoảng 2.760 tỷ đồng, chỉ bằng 52% vốn điều lệ đăng ký.

Lũy kế từ khi thành lập đến nay, các quỹ đã cấp bảo lãnh cho hơn 2,3 nghìn dự án với tổng số tiền gần 6.900 tỷ đồng. Riêng năm 2023, số tiền bảo lãnh mới chỉ đạt 384 tỷ đồng, giảm 21,5% so với năm 2022; có tới 11 quỹ không phát sinh hợp đồng bảo lãnh nào.

Dẫn đầu về quy mô là TP Hồ Chí Minh với dư nợ bảo lãnh khoảng 1.150 tỷ đồng, tiếp theo là Đà Nẵng (420 tỷ đồng), Bình Định (310 tỷ đồng) và Bà Rịa - Vũng Tàu (265 tỷ đồng). Ngược lại, quỹ của nhiều tỉnh như Hà Giang, Cao Bằng, Lai Châu có dư nợ dưới 10 tỷ đồng.

Ông Nguyễn Văn Thắng, chuyên gia tài chính, cho rằng nguyên nhân chính là mức vốn điều lệ tối thiểu 100 tỷ đồng theo Nghị định 34/2018/NĐ-CP khiến nhiều địa phương khó bố trí, trong khi quy trình thẩm định của quỹ kéo dài, trùng lặp với ngân hàng.

Theo khảo sát của VCCI năm 2023, chỉ 4,7% doanh nghiệp nhỏ và vừa từng tiếp cận quỹ bảo lãnh tín dụng, trong khi 63% cho biết thiếu tài sản bảo đảm là rào cản lớn nhất khi vay vốn ngân hàng.

Bộ Tài chính đang trình Chính phủ sửa đổi nghị định, dự kiến giảm vốn điều lệ tối thiểu xuống 50 tỷ đồng và nâng tỷ lệ bảo lãnh tối đa lên 100% khoản vay đối với doanh nghiệp khởi nghiệp sáng tạo.

Anh Minh
"""

AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
DN = P("từ khi thành lập đến nay", None, "2024-03-12")
Y23 = Y(2023)
Y23i = Y(2023, inh=True)

FIGS = [
    F("hàng trăm tỷ", "trăm", 100e9, "money", "đồng", "vốn của quỹ bảo lãnh tín dụng", approx="about", optional=True),
    F("có 29 quỹ", "29", 29, "count", "quỹ", "quỹ bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa do UBND cấp tỉnh thành lập", period=AS),
    F("khoảng 2.760 tỷ", "2.760", 2760e9, "money", "đồng", "tổng vốn điều lệ thực góp", approx="about", percent=52, period=AS),
    F("hơn 2,3 nghìn", "2,3", 2300, "count", "dự án", "dự án được cấp bảo lãnh", approx="over", period=DN),
    F("gần 6.900 tỷ", "6.900", 6900e9, "money", "đồng", "tổng số tiền bảo lãnh", approx="nearly", period=DN),
    F("đạt 384 tỷ", "384", 384e9, "money", "đồng", "số tiền bảo lãnh mới",
      change={"direction": "decrease", "value": 21.5, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("tới 11 quỹ", "11", 11, "count", "quỹ", "quỹ không phát sinh hợp đồng bảo lãnh", period=Y23),
    F("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", "dư nợ bảo lãnh", approx="about", location="Hồ Chí Minh",
      period=Y23i),
    F("(420 tỷ", "420", 420e9, "money", "đồng", "dư nợ bảo lãnh", location="Đà Nẵng", period=Y23i),
    F("(310 tỷ", "310", 310e9, "money", "đồng", "dư nợ bảo lãnh", location="Bình Định", period=Y23i),
    F("(265 tỷ", "265", 265e9, "money", "đồng", "dư nợ bảo lãnh", location="Bà Rịa - Vũng Tàu", period=Y23i),
    F("dưới 10 tỷ", "10", 10e9, "money", "đồng", "dư nợ", approx="under", period=Y23i, optional=True),
    F("tối thiểu 100 tỷ", "100", 100e9, "money", "đồng", "mức vốn điều lệ tối thiểu", approx="at_least", optional=True),
    F("chỉ 4,7%", "4,7", 4.7, "percent", "%", "doanh nghiệp nhỏ và vừa từng tiếp cận quỹ bảo lãnh tín dụng", period=Y23),
    F("khi 63% cho", "63", 63, "percent", "%", "doanh nghiệp cho biết thiếu tài sản bảo đảm là rào cản lớn nhất khi vay vốn ngân hàng",
      period=Y23),
    F("xuống 50 tỷ", "50", 50e9, "money", "đồng", "vốn điều lệ tối thiểu", status="forecast", optional=True),
    F("lên 100% khoản", "100", 100, "percent", "%", "tỷ lệ bảo lãnh tối đa", status="forecast", optional=True),
]

COMMENTS = [
    "National press (e-newspaper): local SME credit guarantee funds, national totals 2023, provinces with the largest guarantee balances, VCCI survey.",
    "Dateline 'Thứ ba, 12/3/2024, 10:20 (GMT+7)'; byline at the end. Distractors: 'Nghị định 34/2018/NĐ-CP', 'ngày 31/12/2023' (as-of),",
    "'vài khoản vay' (no number); the vague 'hàng trăm tỷ đồng' in the sapo is optional, the expert's name, '(GMT+7)'. National figures: location Việt Nam.",
    "'Lũy kế từ khi thành lập đến nay': an as-of period ending at the dateline (2024-03-12). 'hơn 2,3 nghìn dự án' = 2300.",
    "'Riêng năm 2023, … 384 tỷ đồng, giảm 21,5% …; có tới 11 quỹ …': same sentence, period 2023; 11 quỹ has no whole cue (no total).",
    "Province list: items are locations, subject 'dư nợ bảo lãnh'; period inherited. 'dưới 10 tỷ đồng' for three provinces at once: optional",
    "(no single location). Regulatory thresholds (minimum capital 100/50 tỷ, 'tỷ lệ bảo lãnh tối đa … 100%') are rules, not measured facts: optional.",
]

if __name__ == "__main__":
    build("p388-6", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")

from lib import F, P, Y, CH, TG, emit

TEXT = """Kinh doanh › Nông nghiệp
Thứ hai, 18/3/2024, 06:00 (GMT+7)

Lúa hữu cơ trên đất tôm giúp nông dân miền Tây lãi gấp đôi

Mô hình luân canh lúa - tôm theo hướng hữu cơ đang giúp hàng nghìn hộ dân ở Cà Mau, Bạc Liêu, Kiên Giang tăng thu nhập.

Theo Sở NN&PTNT Cà Mau, năm 2023 toàn tỉnh có khoảng 40.000 ha lúa - tôm, trong đó 1.650 ha được chứng nhận hữu cơ. Năng suất lúa hữu cơ đạt 4,5-5 tấn/ha; giá lúa ST25 hữu cơ được doanh nghiệp bao tiêu 9.500 đồng/kg, cao hơn 2.000 đồng/kg so với lúa thường. Trừ chi phí, mỗi ha nông dân lãi từ 25 đến 30 triệu đồng, gấp đôi sản xuất thông thường.

Tại Bạc Liêu, diện tích lúa - tôm hữu cơ đạt hơn 1.200 ha, tập trung ở hai huyện Phước Long và Hồng Dân. Kiên Giang có 950 ha, chủ yếu tại An Biên, An Minh.

Ông Trần Văn Hai, Giám đốc HTX Nông nghiệp 19/5 (huyện Thới Bình, Cà Mau), cho biết HTX có 87 thành viên với 210 ha, 100% diện tích đạt chứng nhận hữu cơ Canada (COR) và EU. "Năm nay HTX ký hợp đồng với doanh nghiệp bao tiêu 1.100 tấn lúa, giá sàn không dưới 9.000 đồng/kg", ông Hai nói.

Theo Bộ NN&PTNT, cả nước hiện có khoảng 200.000 ha lúa - tôm, chủ yếu ở ĐBSCL. Mục tiêu đến năm 2030 có 50% diện tích này sản xuất theo hướng hữu cơ hoặc đạt chứng nhận VietGAP. Chi phí chứng nhận hữu cơ quốc tế từ 150 đến 200 triệu đồng mỗi lần cho một HTX, vì vậy nhiều địa phương đề xuất ngân sách hỗ trợ ít nhất 50% chi phí này.

Để được liên hệ tư vấn, bà con có thể gọi tổng đài 1900 9090 hoặc ghé số 2 Phan Ngọc Hiển, TP Cà Mau.

Ngọc Tài
"""

Y23 = Y("năm 2023", 2023)
Y23i = Y("năm 2023", 2023, inh=True)
SUBJ = "diện tích lúa - tôm hữu cơ"

FIGS = [
    F("gấp đôi\n", "đôi", 2, "multiple", "lần", "lãi của nông dân trồng lúa hữu cơ trên đất tôm"),
    F("hàng nghìn hộ", "nghìn", 1000, "count", "hộ", "hộ dân tăng thu nhập nhờ mô hình lúa - tôm hữu cơ",
      approx="about", optional=True),
    F("khoảng 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích lúa - tôm", Y23, approx="about",
      location="Cà Mau"),
    F("trong đó 1.650 ha", "1.650", 1650, "measure", "ha", "diện tích lúa - tôm được chứng nhận hữu cơ", Y23,
      total=40000, location="Cà Mau"),
    F("đạt 4,5-5 tấn/ha", "4,5", 4.5, "measure", "tấn/ha", "năng suất lúa hữu cơ", Y23i, value_max=5,
      location="Cà Mau"),
    F("bao tiêu 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá lúa ST25 hữu cơ được doanh nghiệp bao tiêu",
      Y23i, change=CH("increase", 2000, "đồng/kg", "lúa thường"), location="Cà Mau"),
    F("từ 25 đến 30 triệu đồng", "25", 25e6, "money", "đồng", "lãi mỗi ha của nông dân", Y23i, value_max=30e6,
      change=CH("increase", 2, "lần", "sản xuất thông thường"), location="Cà Mau"),
    F("hơn 1.200 ha", "1.200", 1200, "measure", "ha", SUBJ, Y23i, approx="over", location="Bạc Liêu"),
    F("hai huyện", "hai", 2, "count", "huyện", optional=True, location="Bạc Liêu"),
    F("có 950 ha", "950", 950, "measure", "ha", SUBJ, Y23i, location="Kiên Giang"),
    F("có 87 thành viên", "87", 87, "count", "thành viên", "thành viên HTX Nông nghiệp 19/5", location="Thới Bình"),
    F("với 210 ha", "210", 210, "measure", "ha", "diện tích của HTX Nông nghiệp 19/5", location="Thới Bình"),
    F("100% diện tích", "100", 100, "percent", "%", "diện tích của HTX đạt chứng nhận hữu cơ Canada (COR) và EU",
      location="Thới Bình"),
    F("bao tiêu 1.100 tấn", "1.100", 1100, "measure", "tấn", "lúa HTX ký hợp đồng bao tiêu với doanh nghiệp",
      Y("Năm nay", 2024), location="Thới Bình"),
    F("không dưới 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá sàn bao tiêu lúa",
      Y("Năm nay", 2024), approx="at_least", location="Thới Bình"),
    F("khoảng 200.000 ha", "200.000", 200000, "measure", "ha", "diện tích lúa - tôm", approx="about",
      location="Việt Nam"),
    F("có 50% diện tích", "50", 50, "percent", "%",
      "tỷ lệ diện tích lúa - tôm sản xuất theo hướng hữu cơ hoặc đạt chứng nhận VietGAP",
      P("đến năm 2030", None, "2030-12-31"), status="target", location="Việt Nam"),
    F("từ 150 đến 200 triệu đồng", "150", 150e6, "money", "đồng", "chi phí chứng nhận hữu cơ quốc tế cho một HTX",
      value_max=200e6, location="Việt Nam"),
    F("ít nhất 50% chi phí", "50", 50, "percent", "%", "ngân sách hỗ trợ chi phí chứng nhận hữu cơ đề xuất",
      approx="at_least", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style): organic rice on shrimp land in Cà Mau, Bạc Liêu, Kiên Giang; 'Thứ hai, 18/3/2024, 06:00 (GMT+7)'.",
    "No default location: each paragraph names its province; the cooperative's figures take its district Thới Bình; national figures Việt Nam.",
    "Headline 'lãi gấp đôi' (no base amount, standing alone) is a multiple figure, location null (miền Tây is a region). 'gấp đôi sản xuất thông thường'",
    "is the change (2 lần) of the 25-30 triệu đồng profit range. 9.500 đồng/kg carries 'cao hơn 2.000 đồng/kg so với lúa thường' as change.",
    "'trong đó 1.650 ha' total 40.000. Period 'năm 2023' stands in the first Cà Mau sentence: later sentences inherit it. 'hai huyện' optional.",
    "'Năm nay' in the quote speaks of 2024 (published). 'giá sàn không dưới 9.000 đồng/kg' at_least. 'hàng nghìn hộ' optional (vague",
    "number word). 'ít nhất 50% chi phí' at_least; 'mỗi lần' frequency. Distractors: 'HTX Nông nghiệp 19/5' (a name), 'ST25' (a variety),",
    "hotline 1900 9090, address 'số 2 Phan Ngọc Hiển', '(GMT+7)', time 06:00.",
]

if __name__ == "__main__":
    emit("p380-7", TEXT, COMMENTS, FIGS, published="2024-03-18")

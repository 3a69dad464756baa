from lib import F, P, CH, TG, build

TEXT = """Yên Bái: Diện tích dâu tằm 9 tháng năm 2024 tăng mạnh, giá kén duy trì ở mức cao
Cập nhật: 08/10/2024 09:15

(yenbai.gov.vn) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/9/2024, toàn tỉnh Yên Bái có 1.486 ha dâu, tăng 212 ha so với cùng kỳ năm 2023, đạt 99,1% kế hoạch năm. Trong đó, diện tích trồng mới là 245 ha, chủ yếu là giống dâu VH15 và S7-CB.

Diện tích dâu tập trung ở các huyện: Trấn Yên (612 ha), Yên Bình (348 ha), Văn Yên (236 ha) và Lục Yên (157 ha); các địa phương còn lại có dưới 50 ha mỗi huyện.

9 tháng năm 2024, sản lượng kén tằm ước đạt 1.125 tấn, tăng 14,6% so với cùng kỳ; giá trị sản xuất ước đạt 196,8 tỷ đồng. Giá kén bình quân dao động từ 175.000 đến 195.000 đồng/kg, cao hơn khoảng 20.000 đồng/kg so với năm 2023. Với 1 ha dâu, mỗi năm người nuôi tằm thu khoảng 250-300 triệu đồng, gấp 3 lần trồng lúa.

Toàn tỉnh hiện có gần 2.900 hộ trồng dâu nuôi tằm, trong đó 640 hộ có thu nhập trên 200 triệu đồng/năm; 19 hợp tác xã và 34 tổ hợp tác chuyên dâu tằm. Hợp tác xã Nông nghiệp 19/5 ở xã Việt Cường có 56 thành viên, mỗi năm tiêu thụ hơn 80 tấn kén.

Năm 2024, tỉnh phấn đấu đạt 1.500 ha dâu, sản lượng kén 1.450 tấn; đến năm 2025, diện tích dâu đạt 2.000 ha theo Nghị quyết số 69-NQ/TU của Ban Chấp hành Đảng bộ tỉnh. Tỉnh hỗ trợ 10 triệu đồng/ha trồng mới theo Nghị quyết số 69/2020/NQ-HĐND.

Mọi thông tin chi tiết liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 536 đường Điện Biên, TP Yên Bái; ĐT: 0216.3852.476.

Lượt xem: 2.318
"""

Q9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
AS = P("tính đến 30/9/2024", None, "2024-09-30")
ASi = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.486 ha dâu", "1.486", 1486, "measure", "ha", "diện tích dâu", period=AS,
      change=CH("increase", 212, "ha", "cùng kỳ năm 2023"), percent=99.1),
    F("trồng mới là 245 ha", "245", 245, "measure", "ha", "diện tích dâu trồng mới", total=1486, period=ASi),
    F("Trấn Yên (612 ha)", "612", 612, "measure", "ha", "diện tích dâu", location="Trấn Yên", period=ASi),
    F("Yên Bình (348 ha)", "348", 348, "measure", "ha", "diện tích dâu", location="Yên Bình", period=ASi),
    F("Văn Yên (236 ha)", "236", 236, "measure", "ha", "diện tích dâu", location="Văn Yên", period=ASi),
    F("Lục Yên (157 ha)", "157", 157, "measure", "ha", "diện tích dâu", location="Lục Yên", period=ASi),
    F("dưới 50 ha mỗi huyện", "50", 50, "measure", "ha", "diện tích dâu các địa phương còn lại", approx="under",
      period=ASi, optional=True),
    F("ước đạt 1.125 tấn", "1.125", 1125, "measure", "tấn", "sản lượng kén tằm", status="estimate",
      change=CH("increase", 14.6, "%", "cùng kỳ"), period=Q9),
    F("ước đạt 196,8 tỷ đồng", "196,8", 196800000000, "money", "đồng", "giá trị sản xuất dâu tằm", status="estimate",
      period=Q9),
    F("từ 175.000 đến 195.000 đồng/kg", "175.000", 175000, "money", "đồng/kg", "giá kén bình quân", value_max=195000,
      change=CH("increase", 20000, "đồng/kg", "năm 2023", approx="about"), period=Q9i),
    F("Với 1 ha dâu", "1", 1, "measure", "ha", None, optional=True),
    F("khoảng 250-300 triệu đồng", "250", 250000000, "money", "đồng", "thu nhập từ 1 ha dâu mỗi năm",
      value_max=300000000, approx="about", change=CH("increase", 3, "lần", "trồng lúa")),
    F("gần 2.900 hộ", "2.900", 2900, "count", "hộ", "hộ trồng dâu nuôi tằm", approx="nearly"),
    F("640 hộ có thu nhập", "640", 640, "count", "hộ", "hộ trồng dâu nuôi tằm có thu nhập trên 200 triệu đồng/năm",
      total=2900),
    F("trên 200 triệu đồng/năm", "200", 200000000, "money", "đồng/năm", "thu nhập của hộ", approx="over", optional=True),
    F("19 hợp tác xã", "19", 19, "count", "hợp tác xã", "hợp tác xã chuyên dâu tằm"),
    F("34 tổ hợp tác", "34", 34, "count", "tổ hợp tác", "tổ hợp tác chuyên dâu tằm"),
    F("có 56 thành viên", "56", 56, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp 19/5"),
    F("hơn 80 tấn kén", "80", 80, "measure", "tấn", "kén tiêu thụ mỗi năm của Hợp tác xã Nông nghiệp 19/5", approx="over"),
    F("đạt 1.500 ha dâu", "1.500", 1500, "measure", "ha", "diện tích dâu", status="target", period=Y24),
    F("sản lượng kén 1.450 tấn", "1.450", 1450, "measure", "tấn", "sản lượng kén", status="target", period=Y24),
    F("đạt 2.000 ha theo", "2.000", 2000, "measure", "ha", "diện tích dâu", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("hỗ trợ 10 triệu đồng/ha", "10", 10000000, "money", "đồng/ha", "mức hỗ trợ trồng mới dâu"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Yên Bái (province portal), 'Cập nhật: 08/10/2024 09:15', view counter at the end. Mulberry area, cocoon output and price, 9 months 2024.",
    "'tính đến 30/9/2024' is an as-of period (end only). '99,1% kế hoạch năm' after 'đạt' is the share of 1.486 ha; 'tăng 212 ha' its change.",
    "'Trong đó … 245 ha' after a sentence break: total 1.486. District list items: district = location, subject = the list's indicator; no total",
    "(the ':' follows 'các huyện', not the whole). 'gấp 3 lần trồng lúa' after the income is its change (lần), as 'gấp 1,6 lần năm 2022' in probe 205.",
    "Thresholds 'dưới 50 ha mỗi huyện', 'trên 200 triệu đồng/năm' and the denominator 'Với 1 ha dâu' are optional.",
    "Distractors: 'giống dâu VH15', 'S7-CB', 'Hợp tác xã Nông nghiệp 19/5', 'Nghị quyết số 69-NQ/TU', 'Nghị quyết số 69/2020/NQ-HĐND', 'số 536 đường Điện Biên', phone, 'Lượt xem: 2.318'.",
]

build("p350-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Yên Bái")

"""p1224-5: Party newspaper (Báo Quảng Ninh): LNG Quảng Ninh power plant in TP Cẩm Phả; a resettled household; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế

Nhà máy điện khí LNG Quảng Ninh: Tăng tốc trên công trường ven biển Cẩm Phả

Dự án Nhà máy điện khí LNG Quảng Ninh tại phường Cẩm Thịnh, TP Cẩm Phả có công suất 1.500 MW, tổng vốn đầu tư hơn 1,9 tỷ USD, do liên danh PV Power - Tokyo Gas - Marubeni - Colavi làm nhà đầu tư.

Sau hơn một năm triển khai, đến cuối tháng 10/2024, nhà đầu tư đã hoàn thành san lấp 52 ha trên tổng số 61 ha mặt bằng nhà máy. Khối lượng đất đá san lấp gần 2,8 triệu m³, chủ yếu tận dụng đất đá thải từ các mỏ than của TKV; mỗi ngày có từ 150 đến 180 lượt xe tải ra vào công trường. Hiện có 23 nhà thầu với hơn 1.100 công nhân đang thi công, trong đó khoảng 700 người là lao động của tỉnh.

Tại khu tái định cư Cẩm Thịnh, 146 hộ dân của tổ 3, khu Tân Lập đã nhận đất, xây nhà mới. Gia đình ông Nguyễn Văn Hòa là một trong những hộ chuyển đến đầu tiên. Ông Hòa cho biết, gia đình được bồi thường, hỗ trợ hơn 1,2 tỷ đồng và được giao lô đất 100 m². Hai con trai của ông hiện làm công nhân vận hành máy cho nhà thầu, thu nhập khoảng 11 triệu đồng/người/tháng.

Khi đi vào vận hành, dự kiến mỗi năm nhà máy phát lên lưới khoảng 8,5 tỷ kWh, nộp ngân sách bình quân 1.000 tỷ đồng và tạo việc làm ổn định cho khoảng 300 lao động.

Theo UBND tỉnh, Quảng Ninh hiện có 6 nhà máy nhiệt điện than với tổng công suất 5.070 MW. Tỉnh phấn đấu đến năm 2030 tỷ trọng công suất điện khí đạt ít nhất 20% tổng công suất nguồn điện trên địa bàn.

THU HẰNG
12/11/2024
"""

ASOF = P("đến cuối tháng 10/2024", None, "2024-10-31")
T30 = P("đến năm 2030", None, "2030-12-31")
QN = "Quảng Ninh"
HOA = "gia đình ông Nguyễn Văn Hòa"

FIGS = [
    F("công suất 1.500 MW", "1.500", 1500, "measure", "MW", subject="công suất dự án Nhà máy điện khí LNG Quảng Ninh"),
    F("hơn 1,9 tỷ USD", "1,9", 1900000000, "money", "USD", approx="over", subject="tổng vốn đầu tư dự án"),
    F("san lấp 52 ha", "52", 52, "measure", "ha", total=61, subject="diện tích mặt bằng nhà máy đã san lấp",
      period=ASOF),
    F("gần 2,8 triệu m³", "2,8", 2800000, "measure", "m³", approx="nearly",
      subject="khối lượng đất đá san lấp", period=I(ASOF)),
    F("từ 150 đến 180 lượt", "150", 150, "measure", "lượt xe tải/ngày", value_max=180,
      subject="lượt xe tải ra vào công trường mỗi ngày"),
    F("có 23 nhà thầu", "23", 23, "count", "nhà thầu", subject="nhà thầu thi công trên công trường"),
    F("hơn 1.100 công nhân", "1.100", 1100, "count", "công nhân", approx="over",
      subject="công nhân đang thi công trên công trường"),
    F("khoảng 700 người", "700", 700, "count", "người", approx="about", total=1100,
      subject="lao động của tỉnh trong số công nhân thi công"),
    F("146 hộ", "146", 146, "count", "hộ", subject="hộ dân nhận đất, xây nhà mới tại khu tái định cư Cẩm Thịnh"),
    F("hơn 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="over",
      subject=f"tiền bồi thường, hỗ trợ {HOA}"),
    F("lô đất 100 m²", "100", 100, "measure", "m²", subject=f"diện tích lô đất {HOA} được giao"),
    F("Hai con trai", "Hai", 2, "count", "người", optional=True, subject="con trai ông Hòa làm công nhân cho nhà thầu"),
    F("khoảng 11 triệu", "11", 11000000, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập con trai ông Hòa làm công nhân vận hành máy"),
    F("khoảng 8,5 tỷ kWh", "8,5", 8500000000, "measure", "kWh", approx="about", status="forecast",
      subject="điện năng nhà máy phát lên lưới mỗi năm"),
    F("bình quân 1.000 tỷ", "1.000", 1000000000000, "money", "đồng", status="forecast",
      subject="nộp ngân sách bình quân mỗi năm của nhà máy"),
    F("khoảng 300 lao động", "300", 300, "count", "lao động", approx="about", status="forecast",
      subject="việc làm ổn định nhà máy tạo ra"),
    F("có 6 nhà máy", "6", 6, "count", "nhà máy", subject="nhà máy nhiệt điện than", location=QN),
    F("5.070 MW", "5.070", 5070, "measure", "MW", subject="tổng công suất nhà máy nhiệt điện than", location=QN),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="tỷ trọng công suất điện khí trong tổng công suất nguồn điện", period=T30, location=QN),
]

NOTES = [
    "Party newspaper (Báo Quảng Ninh): LNG Quảng Ninh plant in phường Cẩm Thịnh, TP Cẩm Phả. Byline 'THU HẰNG' and bare date '12/11/2024' at the end.",
    "Default location Cẩm Phả (the plant and the resettlement area are placed there); the province's coal-power and 2030 target figures are Quảng Ninh.",
    "Distractors (not figures): 'Sau hơn một năm triển khai' (a duration that locates the figures in time), 'một trong những hộ' (one of),",
    "'tổ 3', 'tháng 10/2024', 'đến năm 2030', the project name 'LNG Quảng Ninh'. 'Hai con trai' counts family members (optional).",
    "52 ha 'trên tổng số 61 ha' → total 61. 'trong đó khoảng 700 người' → total 1.100. 'mỗi ngày … từ 150 đến 180 lượt xe tải' is a rate (measure, per day).",
    "'dự kiến' governs the three clauses of the operating sentence (forecast); no period is stated for them.",
    "revised after the first run: subject of 1.000 tỷ đồng gets the sentence's own qualifier 'bình quân' (was 'nộp ngân sách của nhà máy mỗi năm').",
]

if __name__ == "__main__":
    write("p1224-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Cẩm Phả")

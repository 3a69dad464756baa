"""p1296-5: Party newspaper (Báo Quảng Ninh, tag (QNO) -): a resin processing plant in huyện Ba Chẽ; provincial pine figures."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO QUẢNG NINH
Kinh tế | Nông nghiệp

Nhà máy chế biến nhựa thông ở Ba Chẽ: Đầu ra ổn định cho người trồng thông

14/08/2024 15:20

Sau hơn hai năm đi vào hoạt động, nhà máy chế biến nhựa thông tại xã Đồn Đạc (huyện Ba Chẽ) đã trở thành đầu mối tiêu thụ nhựa cho hàng nghìn hộ trồng thông ở miền đông của tỉnh.

(QNO) - Nhà máy của Công ty CP Lâm sản Tùng Lâm có tổng vốn đầu tư 126 tỷ đồng, công suất thiết kế 12.000 tấn/năm. 7 tháng đầu năm 2024, nhà máy đã thu mua 5.840 tấn nhựa, tăng 18% so với cùng kỳ; sản xuất 4.050 tấn tùng hương và 880 tấn tinh dầu thông; doanh thu đạt 212 tỷ đồng, vượt 6% kế hoạch.

Ông Lê Đình Tám, Giám đốc công ty cho biết: "Nhựa thông được thu mua trực tiếp của khoảng 1.700 hộ dân tại Ba Chẽ, Tiên Yên và Bình Liêu, với giá từ 28.000 đến 30.500 đồng/kg. 100% tùng hương loại WW và WG được xuất khẩu sang Ấn Độ, Nhật Bản".

Nhà máy hiện tạo việc làm cho 86 lao động, trong đó 52 người là đồng bào dân tộc thiểu số, thu nhập bình quân 9,2 triệu đồng/người/tháng. Năm 2024, công ty phấn đấu doanh thu đạt 380 tỷ đồng, nộp ngân sách khoảng 15 tỷ đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 52.300 ha rừng thông, trong đó huyện Ba Chẽ hơn 9.000 ha. Năm 2023, sản lượng nhựa thông toàn tỉnh đạt 14.600 tấn, xếp thứ hai cả nước sau Lạng Sơn.

HOÀNG QUÂN

Tin liên quan:
- Bình Liêu phát triển kinh tế lâm nghiệp bền vững
- Ba Chẽ: Ra mắt HTX lâm sản Thanh Sơn
"""

M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
BC = {"location": "Ba Chẽ"}

FIGS = [
    F("hơn hai năm", "hai", 2, "count", "năm", approx="over", optional=True),
    F("hàng nghìn hộ", "hàng nghìn", 1000, "count", "hộ", approx="about", optional=True),
    F("tư 126 tỷ", "126", 126e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy của Công ty CP Lâm sản Tùng Lâm",
      **BC),
    F("kế 12.000 tấn/năm", "12.000", 12000, "measure", "tấn/năm", subject="công suất thiết kế nhà máy", **BC),
    F("thu mua 5.840 tấn", "5.840", 5840, "measure", "tấn", change=change("increase", 18, "%", "cùng kỳ"),
      subject="nhựa nhà máy thu mua", period=M7, **BC),
    F("xuất 4.050 tấn", "4.050", 4050, "measure", "tấn", subject="tùng hương nhà máy sản xuất", period=M7, **BC),
    F("và 880 tấn", "880", 880, "measure", "tấn", subject="tinh dầu thông nhà máy sản xuất", period=M7, **BC),
    F("đạt 212 tỷ", "212", 212e9, "money", "đồng", change=change("increase", 6, "%", "kế hoạch"),
      subject="doanh thu nhà máy", period=M7, **BC),
    F("khoảng 1.700 hộ", "1.700", 1700, "count", "hộ", approx="about",
      subject="hộ dân bán nhựa thông cho nhà máy", location="Quảng Ninh"),
    F("từ 28.000 đến 30.500", "28.000", 28000, "money", "đồng/kg", value_max=30500,
      subject="giá thu mua nhựa thông", **BC),
    F("100% tùng hương", "100", 100, "percent", "%", subject="tùng hương loại WW và WG được xuất khẩu", **BC),
    F("cho 86 lao động", "86", 86, "count", "lao động", subject="lao động nhà máy tạo việc làm", **BC),
    F("trong đó 52 người", "52", 52, "count", "người", total=86,
      subject="lao động là đồng bào dân tộc thiểu số", **BC),
    F("quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động",
      **BC),
    F("đạt 380 tỷ", "380", 380e9, "money", "đồng", status="target", subject="doanh thu của công ty",
      period=Y24, **BC),
    F("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="target",
      subject="nộp ngân sách của công ty", period=Y24, **BC),
    F("có 52.300 ha", "52.300", 52300, "measure", "ha", subject="rừng thông toàn tỉnh"),
    F("hơn 9.000 ha", "9.000", 9000, "measure", "ha", approx="over", total=52300, subject="rừng thông",
      location="Ba Chẽ"),
    F("đạt 14.600 tấn", "14.600", 14600, "measure", "tấn", subject="sản lượng nhựa thông toàn tỉnh",
      period=Y23),
    F("thứ hai cả nước", "hai", 2, "rank", "hạng", subject="sản lượng nhựa thông", period=Y23),
]

NOTES = [
    "Party newspaper (Báo Quảng Ninh): headline, '14/08/2024 15:20', sapo, '(QNO) -' tag, quote, byline HOÀNG QUÂN, related links.",
    "Plant figures are located in huyện Ba Chẽ (the plant's district, named in headline and sapo); province figures in Quảng Ninh.",
    "'khoảng 1.700 hộ dân tại Ba Chẽ, Tiên Yên và Bình Liêu' spans three districts → Quảng Ninh (borderline).",
    "Optional: 'Sau hơn hai năm đi vào hoạt động' (a duration that locates the story in time) and 'hàng nghìn hộ' (vague number word in the sapo).",
    "'vượt 6% kế hoạch' is a change with baseline 'kế hoạch'. 'trong đó 52 người' is a part of 86. 'trong đó huyện Ba Chẽ hơn 9.000 ha' part of 52.300.",
    "'xếp thứ hai cả nước' → rank 2 of the province (Quảng Ninh), period Năm 2023.",
    "Distractors: 14/08/2024 15:20, Lê Đình Tám (name), 'loại WW và WG', 'miền đông', HTX 'Thanh Sơn', the tag (QNO).",
]

if __name__ == "__main__":
    write("p1296-5", TEXT, NOTES, FIGS, published="2024-08-14", location="Quảng Ninh")

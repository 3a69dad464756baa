"""p1212-5: Party newspaper (Báo Nghệ An), portrait of a landmine survivor in Thanh Chương + province figures."""
from lib import F, P, I, C, T, write

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Xã hội | Quốc phòng - An ninh

Nghị lực của người đàn ông mất chân vì mìn ở Thanh Chương

Năm 1996, khi đi rẫy ở khe Đá Mài, anh Nguyễn Văn Hòa (xóm 5, xã Thanh Thủy, huyện Thanh Chương) giẫm phải quả mìn còn sót lại sau chiến tranh và mất chân trái. Gần 30 năm qua, anh vẫn miệt mài lao động để nuôi hai người con ăn học.

Năm 2021, anh Hòa được Hội Chữ thập đỏ huyện hỗ trợ 20 triệu đồng và vay thêm 80 triệu đồng vốn ưu đãi từ Ngân hàng Chính sách xã hội. Với số vốn đó, gia đình anh làm chuồng nuôi 5 con bò sinh sản, khoảng 200 con gà và trồng 1,5 ha keo. Mỗi năm, trừ chi phí, gia đình thu lãi từ 90 đến 110 triệu đồng. Ngoài ra, anh còn được hưởng trợ cấp hơn 1,1 triệu đồng/tháng.

Anh Hòa là một trong 1.238 nạn nhân bom mìn còn sống trên địa bàn tỉnh. Theo Bộ Chỉ huy Quân sự tỉnh, 8 tháng đầu năm 2024, lực lượng công binh đã tiếp nhận 86 tin báo, thu gom, hủy nổ 1.420 quả bom, mìn, đạn các loại, trong đó có 4 quả bom nặng từ 100 đến 340 kg.

Từ tháng 3/2023 đến nay, dự án rà phá bom mìn do tổ chức MAG thực hiện tại các huyện Anh Sơn, Con Cuông và Tân Kỳ đã làm sạch 436 ha, dự kiến đến hết năm 2024 đạt khoảng 700 ha. Dự án cũng tổ chức giáo dục nguy cơ bom mìn cho hơn 9.000 lượt học sinh tại 42 trường học.

"Chỉ mong con cháu sau này không ai phải chịu cảnh như mình", anh Hòa nói.

Hoài Thu
12/09/2024
"""

Y21 = P("Năm 2021", "2021-01-01", "2021-12-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
SINCE = P("Từ tháng 3/2023 đến nay", "2023-03-01", "2024-09-12")
TO24 = P("đến hết năm 2024", None, "2024-12-31")
TC = "Thanh Chương"

FIGS = [
    F("nuôi hai người con", "hai", 2, "count", "người con",
      subject="con của anh Nguyễn Văn Hòa", location=TC),
    F("hỗ trợ 20 triệu", "20", 20000000, "money", "đồng",
      subject="tiền Hội Chữ thập đỏ huyện hỗ trợ anh Hòa", period=Y21, location=TC),
    F("thêm 80 triệu", "80", 80000000, "money", "đồng",
      subject="vốn ưu đãi vay từ Ngân hàng Chính sách xã hội", period=Y21, location=TC),
    F("nuôi 5 con bò", "5", 5, "count", "con bò",
      subject="bò sinh sản gia đình anh Hòa nuôi", location=TC),
    F("khoảng 200 con gà", "200", 200, "count", "con gà", approx="about",
      subject="gà gia đình anh Hòa nuôi", location=TC),
    F("trồng 1,5 ha", "1,5", 1.5, "measure", "ha",
      subject="diện tích keo gia đình anh Hòa trồng", location=TC),
    F("từ 90 đến 110 triệu", "90", 90000000, "money", "đồng", value_max=110000000,
      subject="lãi gia đình anh Hòa thu mỗi năm", location=TC),
    F("hơn 1,1 triệu", "1,1", 1100000, "money", "đồng/tháng", approx="over",
      subject="trợ cấp anh Hòa được hưởng", location=TC),
    F("trong 1.238 nạn nhân", "1.238", 1238, "count", "nạn nhân",
      subject="nạn nhân bom mìn còn sống"),
    F("tiếp nhận 86 tin báo", "86", 86, "count", "tin báo",
      subject="tin báo lực lượng công binh tiếp nhận", period=M8),
    F("hủy nổ 1.420 quả", "1.420", 1420, "count", "quả bom, mìn, đạn",
      subject="bom, mìn, đạn các loại được thu gom, hủy nổ", period=M8),
    F("có 4 quả bom", "4", 4, "count", "quả bom", total=1420,
      subject="bom được thu gom, hủy nổ", period=M8),
    F("từ 100 đến 340 kg", "100", 100, "measure", "kg", value_max=340,
      subject="trọng lượng quả bom được hủy nổ", period=M8),
    F("làm sạch 436 ha", "436", 436, "measure", "ha",
      subject="diện tích dự án rà phá bom mìn của tổ chức MAG đã làm sạch", period=SINCE),
    F("khoảng 700 ha", "700", 700, "measure", "ha", approx="about", status="forecast",
      subject="diện tích dự án rà phá bom mìn của tổ chức MAG làm sạch", period=TO24),
    F("hơn 9.000 lượt", "9.000", 9000, "count", "lượt học sinh", approx="over",
      subject="lượt học sinh được giáo dục nguy cơ bom mìn", period=I(SINCE)),
    F("tại 42 trường", "42", 42, "count", "trường học",
      subject="trường học tổ chức giáo dục nguy cơ bom mìn", period=I(SINCE)),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): portrait of a landmine survivor in huyện Thanh Chương, then province figures. Byline 'Hoài Thu' and bare date 12/09/2024 at the end.",
    "The portrait (two paragraphs, xóm 5, xã Thanh Thủy) is placed in Thanh Chương: its figures get that district.",
    "Distractors: 'Năm 1996' (a date), 'xóm 5', 'Gần 30 năm qua' (a duration that only locates in time), 'một trong 1.238' ('one of', not a count).",
    "'hai người con' is a number word. The MAG project in three districts is a provincial figure (Nghệ An).",
    "'dự kiến đến hết năm 2024 đạt khoảng 700 ha' → forecast, as-of end 2024. 'Từ tháng 3/2023 đến nay' ends at the bare date.",
]

if __name__ == "__main__":
    write("p1212-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Nghệ An")

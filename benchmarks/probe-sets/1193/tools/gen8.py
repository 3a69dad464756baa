"""p1193-8: provincial newspaper online (Báo Gia Lai, '(GLO) -'), hand molasses and đường phổi kilns around An Khê."""
from lib import F, P, I, C, T, write

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế

Thứ Năm, 07/11/2024 - 09:15

Lò mật mía thủ công "sống khỏe" ở vùng mía An Khê

(GLO) - Bên cạnh 2 nhà máy đường công suất lớn, vùng mía thị xã An Khê và các huyện Kbang, Đak Pơ hiện còn 27 lò nấu mật, đường phổi thủ công, tăng 4 lò so với năm 2022. 9 tháng đầu năm, các lò đã nấu khoảng 6.300 tấn mía cây, cho ra 940 tấn mật và đường phổi.

Tại xã Tơ Tung (huyện Kbang), lò mật của anh Đinh Văn Hlin có 3 chảo gang, mỗi ngày nấu từ 6 đến 8 tấn mía. Quý III vừa qua, lò bán ra 48 tấn mật với giá 14.000 đồng/kg, thu về hơn 670 triệu đồng. Anh Hlin thuê thường xuyên 5 lao động (trong đó 3 người là đồng bào Bahnar trong làng), trả công 220.000 đồng/người/ngày.

Theo ông Lê Văn Quang, Phó Trưởng phòng Kinh tế thị xã An Khê, nấu mật giúp giá trị mỗi tấn mía tăng thêm 250.000-300.000 đồng; tính ra 1 ha mía nấu mật cho thu nhập gấp 1,3 lần bán mía cho nhà máy.

Niên vụ 2023-2024, toàn tỉnh có 38.600 ha mía, đứng thứ 2 cả nước về diện tích. Tính đến ngày 30/9/2024, tỉnh đã cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho 11/27 lò nấu mật; phấn đấu đến hết năm 2025 có ít nhất 20 lò đạt chuẩn. Giá đường phổi bán lẻ tại chợ An Khê hiện từ 30.000 đến 35.000 đồng/kg.

MINH NGUYỆT
"""

N9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q3 = P("Quý III", "2024-07-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("cạnh 2 nhà máy", "2", 2, "count", "nhà máy đường", subject="nhà máy đường công suất lớn"),
    F("còn 27 lò", "27", 27, "count", "lò", change=C("increase", 4, "lò", "năm 2022"),
      subject="lò nấu mật, đường phổi thủ công"),
    F("khoảng 6.300 tấn", "6.300", 6300, "measure", "tấn", approx="about",
      subject="mía cây các lò đã nấu", period=N9),
    F("ra 940 tấn", "940", 940, "measure", "tấn", subject="mật và đường phổi", period=N9),
    F("có 3 chảo", "3", 3, "count", "chảo gang", location="Kbang",
      subject="chảo gang lò mật của anh Đinh Văn Hlin"),
    F("từ 6 đến 8 tấn", "6", 6, "measure", "tấn/ngày", value_max=8, location="Kbang",
      subject="mía lò nấu mỗi ngày"),
    F("ra 48 tấn", "48", 48, "measure", "tấn", location="Kbang",
      subject="mật lò anh Hlin bán ra", period=Q3),
    F("giá 14.000", "14.000", 14000, "money", "đồng/kg", location="Kbang",
      subject="giá mật", period=Q3),
    F("hơn 670 triệu", "670", 670e6, "money", "đồng", approx="over", location="Kbang",
      subject="tiền lò anh Hlin thu về", period=Q3),
    F("thuê thường xuyên 5 lao động", "5", 5, "count", "lao động", location="Kbang",
      subject="lao động thường xuyên anh Hlin thuê"),
    F("(trong đó 3 người", "3", 3, "count", "người", total=5, location="Kbang",
      subject="lao động là đồng bào Bahnar trong làng"),
    F("công 220.000", "220.000", 220000, "money", "đồng/người/ngày", location="Kbang",
      subject="tiền công lao động"),
    F("250.000-300.000", "250.000", 250000, "money", "đồng/tấn", value_max=300000, location="An Khê",
      subject="giá trị mỗi tấn mía tăng thêm khi nấu mật"),
    F("tính ra 1 ha", "1", 1, "measure", "ha", optional=True, subject="diện tích mía nấu mật"),
    F("gấp 1,3 lần", "1,3", 1.3, "multiple", "lần", location="An Khê",
      subject="thu nhập 1 ha mía nấu mật so với bán mía cho nhà máy"),
    F("có 38.600 ha", "38.600", 38600, "measure", "ha", subject="diện tích mía toàn tỉnh"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="diện tích mía cả nước"),
    F("cho 11/27 lò", "11", 11, "count", "lò nấu mật", total=27,
      subject="lò nấu mật được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", period=ASOF),
    F("ít nhất 20 lò", "20", 20, "count", "lò", approx="at_least", status="target",
      subject="lò nấu mật đạt chuẩn an toàn thực phẩm", period=T25),
    F("từ 30.000 đến 35.000", "30.000", 30000, "money", "đồng/kg", value_max=35000,
      subject="giá đường phổi bán lẻ tại chợ An Khê", location="An Khê"),
]

NOTES = [
    "Provincial newspaper online (Báo Gia Lai): '(GLO) -' tag, 'Thứ Năm, 07/11/2024 - 09:15', byline at the end. Molasses / đường phổi kilns around An Khê.",
    "Distractors: time 09:15, the as-of date 30/9/2024, 'niên vụ 2023-2024' (crop season label), 'Phó Trưởng phòng'.",
    "Year-less '9 tháng đầu năm' and 'Quý III' take 2024 from the dateline. 'Tính đến ngày 30/9/2024' is an as-of date; 'đến hết năm 2025' the target's end.",
    "The Hlin kiln is in Kbang (its figures carry Kbang); the official speaks for thị xã An Khê; the 27 kilns span An Khê, Kbang and Đak Pơ: Gia Lai.",
    "'(trong đó 3 người ...)' is part of 5 lao động. 'gấp 1,3 lần' stands as the claim: multiple. 'đứng thứ 2 cả nước' is a rank of Gia Lai.",
    "'1 ha' is the base of the comparison (optional). '11/27 lò' total 27.",
]

if __name__ == "__main__":
    write("p1193-8", TEXT, NOTES, FIGS, published="2024-11-07", location="Gia Lai")

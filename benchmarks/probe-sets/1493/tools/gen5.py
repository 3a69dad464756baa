"""p1493-5: Party newspaper (Báo Bắc Giang): a drying-pole workshop in huyện Hiệp Hòa; district producers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Thứ Ba, 18/06/2024 - 07:12

Hiệp Hòa: "Vua" sào phơi inox ở làng quê

Từ xưởng hàn nhỏ với hai thợ phụ, anh Nguyễn Văn Tỉnh ở xã Đức Thắng (Hiệp Hòa) đã xây dựng thương hiệu sào phơi, giá phơi inox được tiêu thụ ở hơn 20 tỉnh, thành phố.

(BGĐT) - Năm 2016, anh Tỉnh vay 150 triệu đồng mở xưởng. Hiện xưởng rộng khoảng 1.200 m2, mỗi ngày sản xuất từ 600 đến 700 cây sào phơi và khoảng 150 bộ giá phơi. Sào phơi inox 304 dài 2,4 m có giá bán buôn 95.000 đồng/cây; giá phơi thông minh gắn trần có giá từ 1,8 đến 3,5 triệu đồng/bộ.

Năm 2023, doanh thu của xưởng đạt khoảng 14 tỷ đồng, lợi nhuận hơn 1,6 tỷ đồng. Xưởng tạo việc làm thường xuyên cho 22 lao động địa phương, trong đó có ba người khuyết tật, với mức lương 7-10 triệu đồng/người/tháng. 5 tháng đầu năm nay, doanh thu tăng khoảng 15% so với cùng kỳ.

Theo Phòng Kinh tế và Hạ tầng huyện Hiệp Hòa, toàn huyện có 36 cơ sở gia công cơ khí dân dụng, trong đó 11 cơ sở chuyên sản xuất sào phơi, giá phơi, móc treo đồ. Giá trị sản xuất của nhóm cơ sở này năm 2023 ước đạt 92 tỷ đồng, chiếm gần 18% giá trị ngành cơ khí dân dụng của huyện.

Anh Tỉnh cho biết, năm nay xưởng dự kiến đầu tư thêm một máy cắt laser trị giá khoảng 800 triệu đồng, nâng sản lượng sào phơi lên 900 cây/ngày.

HẢI YẾN
"""

Y16 = per("Năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hai thợ phụ", "hai", 2, "count", "thợ phụ", subject="thợ phụ của xưởng hàn ban đầu"),
    fig("hơn 20 tỉnh", "20", 20, "count", "tỉnh, thành phố", approx="over",
        subject="tỉnh, thành phố tiêu thụ sào phơi, giá phơi inox", location="Việt Nam"),
    fig("vay 150 triệu", "150", 150e6, "money", "đồng", subject="vốn anh Tỉnh vay mở xưởng", period=Y16),
    fig("khoảng 1.200 m2", "1.200", 1200, "measure", "m2", approx="about", subject="diện tích xưởng"),
    fig("từ 600 đến 700 cây", "600", 600, "measure", "cây/ngày", value_max=700,
        subject="sào phơi xưởng sản xuất mỗi ngày"),
    fig("khoảng 150 bộ", "150", 150, "measure", "bộ/ngày", approx="about",
        subject="giá phơi xưởng sản xuất mỗi ngày"),
    fig("dài 2,4 m", "2,4", 2.4, "measure", "m", subject="chiều dài sào phơi inox 304", optional=True),
    fig("95.000 đồng/cây", "95.000", 95000, "money", "đồng/cây", subject="giá bán buôn sào phơi inox 304"),
    fig("từ 1,8 đến 3,5 triệu", "1,8", 1.8e6, "money", "đồng/bộ", value_max=3.5e6,
        subject="giá giá phơi thông minh gắn trần"),
    fig("khoảng 14 tỷ", "14", 14e9, "money", "đồng", approx="about", subject="doanh thu của xưởng", period=Y23),
    fig("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over", subject="lợi nhuận của xưởng", period=Y23),
    fig("cho 22 lao động", "22", 22, "count", "lao động", subject="lao động địa phương xưởng tạo việc làm thường xuyên"),
    fig("ba người khuyết tật", "ba", 3, "count", "người", total=22, subject="người khuyết tật"),
    fig("7-10 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=10e6, subject="mức lương của lao động"),
    fig("tăng khoảng 15%", "15", 15, "percent", "%", approx="about", subject="doanh thu", period=M5),
    fig("có 36 cơ sở", "36", 36, "count", "cơ sở", subject="cơ sở gia công cơ khí dân dụng"),
    fig("11 cơ sở", "11", 11, "count", "cơ sở", total=36,
        subject="cơ sở chuyên sản xuất sào phơi, giá phơi, móc treo đồ"),
    fig("ước đạt 92 tỷ", "92", 92e9, "money", "đồng", status="estimate", percent=18,
        subject="giá trị sản xuất của nhóm cơ sở này", period=Y23b),
    fig("thêm một máy", "một", 1, "count", "máy cắt laser", status="forecast",
        subject="máy cắt laser xưởng đầu tư thêm", period=NOW),
    fig("khoảng 800 triệu", "800", 800e6, "money", "đồng", approx="about", status="forecast",
        subject="trị giá máy cắt laser", period=NOW),
    fig("900 cây/ngày", "900", 900, "measure", "cây/ngày", status="forecast",
        subject="sản lượng sào phơi", period=NOW),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): section and dateline 'Thứ Ba, 18/06/2024 - 07:12', headline, sapo, tag '(BGĐT) -', byline at the end.",
    "Distractors: 07:12, founding year 'Năm 2016' (the period of the loan, not a figure), 'inox 304' (a steel grade), 'Vua' in quotes.",
    "Location Hiệp Hòa (the district) for the workshop and the district figures. 'hơn 20 tỉnh, thành phố' is a count of provinces:",
    "FIGURES.md lists 'a count of provinces' among national figures → Việt Nam (borderline; the market of one Hiệp Hòa workshop).",
    "'mỗi ngày sản xuất từ 600 đến 700 cây ... và khoảng 150 bộ' are daily rates (measure, cây/ngày, bộ/ngày); 'Hiện' gives no period.",
    "'dài 2,4 m' is a product dimension: optional (a spec of the product, not a statistic).",
    "22 lao động (a present-tense sentence, no period); 'trong đó có ba người' → total 22. '5 tháng đầu năm nay' → 2024-01..05 (published year).",
    "'tăng khoảng 15%' is a growth rate as the claim (percent, about). 92 tỷ: estimate ('ước đạt'), percent 18 ('chiếm gần 18%').",
    "'năm nay ... dự kiến' governs the máy, its price and the raised output (forecast, 2024).",
]

if __name__ == "__main__":
    write("p1493-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Hiệp Hòa")

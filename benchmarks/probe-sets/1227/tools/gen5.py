"""p1227-5: Party newspaper (Báo Đà Nẵng): the braille printing workshop of the city's Association of the Blind."""
from lib import F, P, I, C, T, write

TEXT = """Xã hội

Xưởng in chữ nổi "thắp sáng" tri thức cho người khiếm thị

Hơn 20 năm qua, xưởng in chữ nổi của Hội Người mù thành phố Đà Nẵng đã trở thành địa chỉ quen thuộc của học sinh, hội viên khiếm thị trong và ngoài thành phố.

Xưởng đặt tại trụ sở Hội, số 105 Hà Huy Tập, hiện có 9 nhân viên, trong đó hai người khiếm thị làm biên tập, soát lỗi. Với 4 máy in nổi, mỗi máy in được khoảng 800 trang/giờ, năm 2024 xưởng đã in 186 đầu sách với 4.320 cuốn, tăng 25% so với năm 2023. Trong đó có 2.900 cuốn sách giáo khoa cấp cho học sinh Trường Phổ thông chuyên biệt Nguyễn Đình Chiểu.

Chi phí in một cuốn sách chữ nổi từ 180.000 đến 250.000 đồng, tùy độ dày. Tổng kinh phí hoạt động của xưởng năm 2024 khoảng 960 triệu đồng, trong đó nguồn xã hội hóa chiếm hơn 40%.

Chị Lê Thị Thu Hà, một trong hai biên tập viên khiếm thị của xưởng, cho biết mỗi ngày chị soát khoảng 120 trang bản in thử. "Một dấu chấm nổi sai là học sinh đọc sai cả từ", chị nói.

Từ đầu năm đến nay, xưởng đã in thêm 38 đầu sách chữ nổi về kỹ năng sống. Năm 2025, Hội phấn đấu in 5.000 cuốn sách chữ nổi, đồng thời chuyển thể ít nhất 300 đầu sách sang sách nói. Hiện Hội có khoảng 1.500 hội viên, trong đó 214 người là học sinh, sinh viên.

MINH THƯ

12/03/2025
"""

Y24a = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-12")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True,
      subject="thời gian hoạt động của xưởng in chữ nổi"),
    F("có 9 nhân viên", "9", 9, "count", "nhân viên", subject="nhân viên xưởng in chữ nổi"),
    F("trong đó hai người", "hai", 2, "count", "người", total=9,
      subject="nhân viên khiếm thị làm biên tập, soát lỗi"),
    F("Với 4 máy", "4", 4, "count", "máy in nổi", subject="máy in nổi của xưởng"),
    F("khoảng 800 trang/giờ", "800", 800, "measure", "trang/giờ", approx="about",
      subject="công suất mỗi máy in nổi"),
    F("in 186 đầu sách", "186", 186, "count", "đầu sách", subject="đầu sách chữ nổi xưởng đã in", period=Y24a),
    F("với 4.320 cuốn", "4.320", 4320, "count", "cuốn", change=C("increase", 25, "%", "năm 2023"),
      subject="sách chữ nổi xưởng đã in", period=Y24a),
    F("có 2.900 cuốn", "2.900", 2900, "count", "cuốn", total=4320,
      subject="sách giáo khoa chữ nổi cấp cho học sinh Trường Phổ thông chuyên biệt Nguyễn Đình Chiểu", period=I(Y24a)),
    F("từ 180.000 đến", "180.000", 180000, "money", "đồng", value_max=250000,
      subject="chi phí in một cuốn sách chữ nổi"),
    F("khoảng 960 triệu", "960", 960000000, "money", "đồng", approx="about",
      subject="tổng kinh phí hoạt động của xưởng", period=P("năm 2024 khoảng", "2024-01-01", "2024-12-31")),
    F("hơn 40%", "40", 40, "percent", "%", approx="over",
      subject="nguồn xã hội hóa trong tổng kinh phí hoạt động của xưởng",
      period=P("năm 2024 khoảng", "2024-01-01", "2024-12-31")),
    F("trong hai biên tập viên", "hai", 2, "count", "biên tập viên", optional=True,
      subject="biên tập viên khiếm thị của xưởng"),
    F("khoảng 120 trang", "120", 120, "measure", "trang/ngày", approx="about",
      subject="trang bản in thử chị Lê Thị Thu Hà soát mỗi ngày"),
    F("thêm 38 đầu sách", "38", 38, "count", "đầu sách",
      subject="đầu sách chữ nổi về kỹ năng sống in thêm", period=YTD),
    F("in 5.000 cuốn", "5.000", 5000, "count", "cuốn", status="target", subject="sách chữ nổi in", period=Y25),
    F("ít nhất 300 đầu sách", "300", 300, "count", "đầu sách", approx="at_least", status="target",
      subject="đầu sách chuyển thể sang sách nói", period=Y25),
    F("khoảng 1.500 hội viên", "1.500", 1500, "count", "hội viên", approx="about",
      subject="hội viên Hội Người mù thành phố"),
    F("trong đó 214 người", "214", 214, "count", "người", total=1500,
      subject="hội viên là học sinh, sinh viên"),
]

NOTES = [
    "Party newspaper (Báo Đà Nẵng): braille printing workshop of Hội Người mù TP Đà Nẵng. Byline 'MINH THƯ' and bare date '12/03/2025' at the end.",
    "Distractors: 'số 105 Hà Huy Tập' (address), 'Một dấu chấm nổi sai' (generic 'một' in a quote), school name without number.",
    "'Hơn 20 năm qua' is a duration locating the story in time: optional. 'một trong hai biên tập viên' repeats the 2 already counted: optional.",
    "'hai người' part of 9 nhân viên (trong đó); 2.900 cuốn part of 4.320 ('Trong đó' after a sentence break); 214 part of 1.500.",
    "'mỗi máy in được khoảng 800 trang/giờ', 'mỗi ngày chị soát khoảng 120 trang' are rates (measure). Book cost is a standing range.",
    "'hơn 40%' after 'nguồn xã hội hóa chiếm' has no base amount of its own: a percent figure (not a share of 960 triệu, which is the whole).",
    "'Từ đầu năm đến nay' = 2025-01-01 .. published. Location: the city's association → Đà Nẵng throughout.",
]

if __name__ == "__main__":
    write("p1227-5", TEXT, NOTES, FIGS, published="2025-03-12", location="Đà Nẵng")

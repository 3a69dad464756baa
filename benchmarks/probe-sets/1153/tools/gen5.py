"""p1153-5: Party newspaper (Báo Thái Bình), textbook supply before the school year; a bookstore in Vũ Thư."""
from lib import F, P, I, C, T, write

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Giáo dục

Bảo đảm đủ sách giáo khoa cho năm học mới

Trước thềm năm học mới, hệ thống nhà sách, đại lý trên địa bàn tỉnh đã chuẩn bị nguồn sách giáo khoa dồi dào, không để xảy ra tình trạng khan hiếm, "sốt" giá.

Theo Công ty CP Sách và Thiết bị giáo dục Thái Bình, đơn vị đã đặt in và nhập về hơn 1,35 triệu bản sách giáo khoa các lớp, tăng khoảng 15% so với năm học trước; tính đến ngày 10/8, đã phát hành được 1,02 triệu bản, bằng 75,6% lượng sách nhập về. Công ty hiện có 4 nhà sách tại TP Thái Bình và 285 đại lý ở các huyện, cung ứng sách đến 100% trường học trong tỉnh.

Tại thị trấn Vũ Thư, huyện Vũ Thư, nhà sách Hồng Hà của anh Phạm Văn Thắng mở cửa từ 6 giờ sáng đến 21 giờ. Anh Thắng cho biết, hai tuần qua cửa hàng bán được khoảng 900 bộ sách giáo khoa, mỗi ngày đón từ 150 đến 200 lượt khách, ngày cao điểm doanh thu đạt 40 triệu đồng. Giá một bộ sách lớp 1 là 250.000 đồng, lớp 6 khoảng 410.000 đồng, lớp 10 khoảng 470.000 đồng tùy tổ hợp môn lựa chọn.

Ông Nguyễn Văn Long, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, toàn tỉnh có khoảng 352.000 học sinh phổ thông bước vào năm học mới. Ngành giáo dục đã vận động quyên góp được hơn 41.000 bản sách giáo khoa cũ để tặng học sinh có hoàn cảnh khó khăn, gấp 1,3 lần năm học trước. Dự kiến, đến ngày 31/8, các đơn vị phát hành sẽ hoàn thành cung ứng 100% sách theo đơn đặt hàng của các trường.

MINH THU
12/08/2024
"""

ASOF10 = P("tính đến ngày 10/8", None, "2024-08-10")
ASOF31 = P("đến ngày 31/8", None, "2024-08-31")
VT = "Vũ Thư"
PRICE = "giá một bộ sách giáo khoa"

FIGS = [
    F("hơn 1,35 triệu", "1,35", 1350000, "count", "bản sách giáo khoa", approx="over",
      change=C("increase", 15, "%", "năm học trước", approx="about"),
      subject="bản sách giáo khoa đặt in và nhập về"),
    F("được 1,02 triệu", "1,02", 1020000, "count", "bản", percent=75.6,
      subject="bản sách giáo khoa đã phát hành", period=ASOF10),
    F("có 4 nhà sách", "4", 4, "count", "nhà sách", subject="nhà sách của Công ty"),
    F("và 285 đại lý", "285", 285, "count", "đại lý", subject="đại lý của Công ty ở các huyện"),
    F("đến 100% trường", "100", 100, "percent", "%", subject="trường học được cung ứng sách"),
    F("khoảng 900 bộ", "900", 900, "count", "bộ sách giáo khoa", approx="about",
      subject="bộ sách giáo khoa nhà sách Hồng Hà bán được", location=VT),
    F("từ 150 đến 200", "150", 150, "count", "lượt khách", value_max=200,
      subject="lượt khách nhà sách Hồng Hà đón mỗi ngày", location=VT),
    F("đạt 40 triệu", "40", 40000000, "money", "đồng", subject="doanh thu ngày cao điểm của nhà sách Hồng Hà",
      location=VT),
    F("là 250.000", "250.000", 250000, "money", "đồng/bộ", subject=PRICE + " lớp 1", location=VT),
    F("khoảng 410.000", "410.000", 410000, "money", "đồng/bộ", approx="about", subject=PRICE + " lớp 6",
      location=VT),
    F("khoảng 470.000", "470.000", 470000, "money", "đồng/bộ", approx="about", subject=PRICE + " lớp 10",
      location=VT),
    F("khoảng 352.000", "352.000", 352000, "count", "học sinh phổ thông", approx="about",
      subject="học sinh phổ thông bước vào năm học mới"),
    F("hơn 41.000 bản", "41.000", 41000, "count", "bản sách giáo khoa cũ", approx="over",
      change=C("increase", 1.3, "lần", "năm học trước"),
      subject="bản sách giáo khoa cũ quyên góp được"),
    F("cung ứng 100% sách", "100", 100, "percent", "%", status="forecast",
      subject="sách cung ứng theo đơn đặt hàng của các trường", period=ASOF31),
]

NOTES = [
    "Party newspaper (Báo Thái Bình): masthead, byline 'MINH THU' and bare date '12/08/2024' at the end (published).",
    "Year-less as-of dates 'tính đến ngày 10/8' and 'đến ngày 31/8' take 2024 from published (no earlier year in the text).",
    "'bằng 75,6% lượng sách nhập về' is the percent of 1,02 triệu; 'tăng khoảng 15%' the change of 1,35 triệu (approx about inside the change).",
    "The passage on nhà sách Hồng Hà (thị trấn Vũ Thư, huyện Vũ Thư) gives its figures the district Vũ Thư, also in the following sentences",
    "(the prices are what the shop sells at; same passage). Company figures: Thái Bình (TP Thái Bình is the same name).",
    "Distractors: '6 giờ sáng', '21 giờ', 'hai tuần qua' (duration), 'một bộ' (the price's denominator), 'lớp 1', 'lớp 6', 'lớp 10' (grades).",
    "'gấp 1,3 lần năm học trước' after 41.000 bản is its change. 'Dự kiến' → forecast for the 100% of books.",
]

if __name__ == "__main__":
    write("p1153-5", TEXT, NOTES, FIGS, published="2024-08-12", location="Thái Bình")

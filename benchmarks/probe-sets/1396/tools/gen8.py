"""p1396-8: radio/TV site (QBTV, Quảng Bình): a summer play spot in TP Đồng Hới, June 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """QBTV - Đài Phát thanh và Truyền hình Quảng Bình
Thời sự | Xã hội | Văn hóa | Thể thao | Video

Đồng Hới: Điểm vui chơi hè "Thiếu nhi vui khỏe" hút đông đảo trẻ em

Thứ Năm, 20/06/2024 - 19:45
Lượt xem: 864

(QBTV) - Sau gần 3 tuần hoạt động, điểm vui chơi hè tại Nhà văn hóa phường Đồng Phú, TP Đồng Hới mỗi ngày đón từ 150 đến 200 lượt trẻ em đến đọc sách, học vẽ, chơi cờ và rèn luyện thể thao.

Điểm vui chơi có thư viện hè với hơn 3.000 đầu sách, mở cửa 6 ngày/tuần; 50 sinh viên tình nguyện của Trường Đại học Quảng Bình thay phiên hướng dẫn các em. Số lượt trẻ em đến đọc sách gấp đôi năm 2023.

Năm nay, Thành đoàn Đồng Hới tổ chức 16 điểm sinh hoạt hè ở các phường, xã với 24 câu lạc bộ năng khiếu, thu hút khoảng 2.500 thiếu nhi. Thành phố hiện có 4 bể bơi công cộng; tỷ lệ trẻ em biết bơi đạt 68%, đứng thứ nhất toàn tỉnh. Dự kiến đến cuối tháng 7, thành phố khai giảng thêm 10 lớp bơi, mỗi lớp khoảng 30 em.

Chị Trần Thị Mai Anh, Bí thư Thành đoàn Đồng Hới cho biết, kinh phí tổ chức các hoạt động hè năm nay khoảng 450 triệu đồng, trong đó xã hội hóa chiếm gần 60%. "Chúng tôi mong muốn mỗi phường, xã đều có một sân chơi an toàn cho các em", chị Mai Anh nói.

Video: Bản tin Thời sự 19h45 ngày 20/6/2024

Tin liên quan:
- Quảng Bình phát động Tháng hành động vì trẻ em năm 2024
- Bố Trạch: Ra mắt Câu lạc bộ bơi lội thiếu nhi
"""

Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
Y24b = P("năm nay", "2024-01-01", "2024-12-31")
JUL = P("đến cuối tháng 7", None, "2024-07-31")

FIGS = [
    F("gần 3 tuần", "3", 3, "measure", "tuần", approx="nearly", optional=True),
    F("từ 150 đến 200 lượt", "150", 150, "measure", "lượt trẻ em/ngày", value_max=200,
      subject="lượt trẻ em điểm vui chơi hè đón mỗi ngày"),
    F("hơn 3.000 đầu sách", "3.000", 3000, "count", "đầu sách", approx="over", subject="đầu sách thư viện hè"),
    F("6 ngày/tuần", "6", 6, "measure", "ngày/tuần", subject="thời gian mở cửa thư viện hè"),
    F("50 sinh viên", "50", 50, "count", "sinh viên tình nguyện",
      subject="sinh viên tình nguyện của Trường Đại học Quảng Bình hướng dẫn các em"),
    F("gấp đôi", "đôi", 2, "multiple", "lần", subject="số lượt trẻ em đến đọc sách"),
    F("tổ chức 16 điểm", "16", 16, "count", "điểm sinh hoạt hè",
      subject="điểm sinh hoạt hè Thành đoàn tổ chức ở các phường, xã", period=Y24),
    F("với 24 câu lạc bộ", "24", 24, "count", "câu lạc bộ năng khiếu", subject="câu lạc bộ năng khiếu",
      period=Y24),
    F("khoảng 2.500 thiếu nhi", "2.500", 2500, "count", "thiếu nhi", approx="about",
      subject="thiếu nhi các điểm sinh hoạt hè thu hút", period=Y24),
    F("có 4 bể", "4", 4, "count", "bể bơi công cộng", subject="bể bơi công cộng"),
    F("đạt 68%", "68", 68, "percent", "%", subject="tỷ lệ trẻ em biết bơi"),
    F("thứ nhất toàn tỉnh", "nhất", 1, "rank", "hạng", subject="tỷ lệ trẻ em biết bơi"),
    F("thêm 10 lớp", "10", 10, "count", "lớp bơi", status="forecast", subject="lớp bơi khai giảng thêm",
      period=JUL),
    F("khoảng 30 em", "30", 30, "count", "em", approx="about", status="forecast", subject="em mỗi lớp bơi",
      period=JUL),
    F("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about",
      subject="kinh phí tổ chức các hoạt động hè", period=Y24b),
    F("gần 60%", "60", 60, "percent", "%", approx="nearly", subject="xã hội hóa trong kinh phí hoạt động hè",
      period=Y24b),
    F("có một sân chơi", "một", 1, "count", "sân chơi", status="target", optional=True),
]

NOTES = [
    "Radio/TV site (QBTV): menu, 'Thứ Năm, 20/06/2024 - 19:45', 'Lượt xem: 864', tag '(QBTV) -', video caption, related links.",
    "Distractors: 19:45, 'Lượt xem: 864', 'Bản tin Thời sự 19h45 ngày 20/6/2024', 'năm 2024' in a link.",
    "'Sau gần 3 tuần hoạt động' mostly locates the figure in time → optional.",
    "Per-time rates are measures with the denominator in the unit: 'mỗi ngày đón từ 150 đến 200 lượt trẻ em' → 'lượt trẻ em/ngày',",
    "'6 ngày/tuần'. Per-class sizes ('mỗi lớp khoảng 30 em') stay counts.",
    "'Số lượt trẻ em đến đọc sách gấp đôi năm 2023' stands alone as the claim → multiple 2 ('đôi' is a number word).",
    "'đứng thứ nhất toàn tỉnh' → rank 1, located in Đồng Hới. 'Dự kiến đến cuối tháng 7' → forecast, as-of end July 2024.",
    "Quote 'mong muốn mỗi phường, xã đều có một sân chơi an toàn': 'một' reads as 'a' more than as a count → optional.",
    "revised after the first run: subject of 'thu hút khoảng 2.500 thiếu nhi' 'thiếu nhi tham gia sinh hoạt hè' →",
    "'thiếu nhi các điểm sinh hoạt hè thu hút' (the sentence says 'thu hút', not 'tham gia'; subject as the sentence names it).",
    "'trong đó xã hội hóa chiếm gần 60%' is a percent figure of its own (the part has no amount).",
]

if __name__ == "__main__":
    write("p1396-8", TEXT, NOTES, FIGS, published="2024-06-20", location="Đồng Hới")

"""p1144-8: provincial newspaper online (Báo Bình Thuận, BTO), balloon festival in Phan Thiết, 9-month tourism."""
from lib import F, P, I, C, T, write

TEXT = """Lễ hội khinh khí cầu hút gần 40.000 lượt khách đến Phan Thiết
Cập nhật lúc 10:30, Thứ Hai, 07/10/2024

(BTO) - Trong 3 ngày 4 - 6/10, Lễ hội khinh khí cầu Bình Thuận 2024 tại khu vực Đồi Dương, thành phố Phan Thiết đã thu hút gần 40.000 lượt khách đến tham quan, trải nghiệm.

Lễ hội có 22 khinh khí cầu đến từ 7 quốc gia, trong đó 4 khinh khí cầu có hình thù đặc biệt. Các đội bay thực hiện 186 lượt bay tự do và bay neo; khoảng 1.300 du khách đã mua vé trải nghiệm với giá 350.000 - 2.900.000 đồng/lượt.

Theo Sở Văn hóa, Thể thao và Du lịch, lễ hội trùng dịp cuối tuần nên công suất phòng các khách sạn, resort ở Phan Thiết đạt khoảng 80%, tăng khoảng 15 điểm phần trăm so với tuần trước. Ban tổ chức huy động 420 cán bộ, chiến sĩ công an, dân quân và 60 đoàn viên thanh niên tình nguyện; kinh phí tổ chức 6,5 tỷ đồng do 11 doanh nghiệp tài trợ.

9 tháng năm 2024, Bình Thuận đón hơn 7,2 triệu lượt khách, tăng 10,2% so với cùng kỳ, đạt 80% kế hoạch năm; trong đó khách quốc tế 612.000 lượt. Doanh thu du lịch đạt 17.600 tỷ đồng. Riêng quý III, lượng khách đạt 2,3 triệu lượt; các địa phương đón nhiều khách nhất lần lượt là TP Phan Thiết (1,4 triệu lượt), thị xã La Gi (280.000 lượt) và huyện Tuy Phong (190.000 lượt). Tỉnh dự kiến cả năm đón 9,3 triệu lượt khách, vượt kế hoạch đề ra là 9 triệu lượt.

Ngọc Lân
"""

FEST = P("Trong 3 ngày 4 - 6/10", "2024-10-04", "2024-10-06")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
YR = P("cả năm", "2024-01-01", "2024-12-31")
PT = "Phan Thiết"
LIST = "lượt khách quý III các địa phương đón nhiều khách nhất"

FIGS = [
    F("khí cầu hút gần 40.000", "40.000", 40000, "count", "lượt khách", approx="nearly",
      subject="lượt khách Lễ hội khinh khí cầu thu hút", location=PT),
    F("thu hút gần 40.000", "40.000", 40000, "count", "lượt khách", approx="nearly",
      subject="lượt khách đến tham quan, trải nghiệm Lễ hội khinh khí cầu Bình Thuận", period=FEST,
      location=PT),
    F("có 22 khinh khí cầu", "22", 22, "count", "khinh khí cầu", subject="khinh khí cầu tham gia lễ hội",
      period=I(FEST), location=PT),
    F("từ 7 quốc gia", "7", 7, "count", "quốc gia", subject="quốc gia có khinh khí cầu tham gia",
      period=I(FEST), location=PT),
    F("4 khinh khí cầu", "4", 4, "count", "khinh khí cầu", total=22,
      subject="khinh khí cầu có hình thù đặc biệt", period=I(FEST), location=PT),
    F("186 lượt bay", "186", 186, "count", "lượt bay", subject="lượt bay tự do và bay neo",
      period=I(FEST), location=PT),
    F("khoảng 1.300 du khách", "1.300", 1300, "count", "du khách", approx="about",
      subject="du khách mua vé trải nghiệm bay", period=I(FEST), location=PT),
    F("giá 350.000", "350.000", 350000, "money", "đồng/lượt", value_max=2900000,
      subject="giá vé trải nghiệm khinh khí cầu", location=PT),
    F("đạt khoảng 80%", "80", 80, "percent", "%", approx="about",
      change=C("increase", 15, "điểm phần trăm", "tuần trước", approx="about"),
      subject="công suất phòng các khách sạn, resort", period=I(FEST), location=PT),
    F("huy động 420 cán bộ", "420", 420, "count", "cán bộ, chiến sĩ",
      subject="cán bộ, chiến sĩ công an, dân quân Ban tổ chức huy động", period=I(FEST), location=PT),
    F("60 đoàn viên", "60", 60, "count", "đoàn viên thanh niên tình nguyện",
      subject="đoàn viên thanh niên tình nguyện", period=I(FEST), location=PT),
    F("tổ chức 6,5 tỷ", "6,5", 6.5e9, "money", "đồng", subject="kinh phí tổ chức lễ hội", location=PT),
    F("do 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp tài trợ lễ hội",
      location=PT),
    F("hơn 7,2 triệu", "7,2", 7.2e6, "count", "lượt khách", approx="over", percent=80,
      change=C("increase", 10.2, "%", "cùng kỳ"), subject="lượt khách đón", period=M9),
    F("quốc tế 612.000 lượt", "612.000", 612000, "count", "lượt", total=7.2e6,
      subject="lượt khách quốc tế", period=M9),
    F("đạt 17.600 tỷ", "17.600", 17600e9, "money", "đồng", subject="doanh thu du lịch", period=I(M9)),
    F("đạt 2,3 triệu lượt", "2,3", 2.3e6, "count", "lượt", subject="lượng khách quý III", period=Q3),
    F("(1,4 triệu lượt)", "1,4", 1.4e6, "count", "lượt", subject=LIST, period=Q3, location=PT),
    F("(280.000 lượt)", "280.000", 280000, "count", "lượt", subject=LIST, period=Q3, location="La Gi"),
    F("(190.000 lượt)", "190.000", 190000, "count", "lượt", subject=LIST, period=Q3, location="Tuy Phong"),
    F("đón 9,3 triệu", "9,3", 9.3e6, "count", "lượt khách", status="forecast", target=T(9e6, "lượt", True),
      subject="lượt khách cả năm", period=YR),
]

NOTES = [
    "Revised after the first run: the place was removed from one subject (a figure's own place belongs to location, not subject).",
    "Provincial newspaper online (Báo Bình Thuận): headline figure, 'Cập nhật lúc 10:30, Thứ Hai, 07/10/2024' (published), tag '(BTO) -', byline at the end.",
    "The festival is placed 'tại khu vực Đồi Dương, thành phố Phan Thiết': its figures (also the following sentences about it, incl. its organisers) are Phan Thiết.",
    "Borderline: a reader may hold the organisers' staff and budget to be the province's. Provincial 9-month figures are Bình Thuận; list items take their place.",
    "Distractors: '3 ngày 4 - 6/10' (a duration and a date range, not a number range), 'Bình Thuận 2024' (name), '(BTO)', '10:30'.",
    "'vượt kế hoạch đề ra là 9 triệu lượt' is the target (met) of the forecast 9,3 triệu. 'đạt 80% kế hoạch năm' is the percent of 7,2 triệu.",
    "Year-less 'quý III' and 'cả năm' take 2024 from '9 tháng năm 2024'.",
]

if __name__ == "__main__":
    write("p1144-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Bình Thuận")

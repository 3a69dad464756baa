"""p1047-7: department site (Chi cục Thủy sản Thanh Hóa), no dateline, one-cell-per-line table by district."""
from lib import C, F, I, P, T, emit

TEXT = """CHI CỤC THỦY SẢN THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khai thác mực 6 tháng đầu năm 2024 đạt khá

6 tháng đầu năm 2024, đội tàu câu mực, chụp mực của tỉnh Thanh Hóa khai thác được 5.240 tấn mực các loại, đạt 54,6% kế hoạch năm, tăng 6,8% so với cùng kỳ. Trong đó, mực ống 3.180 tấn, mực nang 1.270 tấn, mực lá 790 tấn.

Sản lượng mực khai thác theo địa phương (Đơn vị tính: tấn):

Địa phương
6 tháng 2023
6 tháng 2024
So sánh (%)
Sầm Sơn
1.620
1.785
110,2
Hậu Lộc
1.410
1.502
106,5
Quảng Xương
985
1.040
105,6
Nghi Sơn
890
913
102,6
Toàn tỉnh
4.905
5.240
106,8

Hiện toàn tỉnh có 628 tàu câu mực, chụp mực, trong đó 214 tàu có công suất từ 400 CV trở lên. Giá mực ống tươi loại lớn tại cảng cá Lạch Hới dao động 130.000-150.000 đồng/kg; mực khô thành phẩm khoảng 550.000 đồng/kg.

Theo Chi cục, ngư trường vịnh Bắc Bộ xuất hiện nhiều luồng mực, năng suất bình quân đạt 1,2 tấn/tàu/chuyến biển, cao hơn khoảng 0,2 tấn so với cùng kỳ; nhiều tàu chuyển sang dùng đèn LED giúp tiết kiệm 20-25% nhiên liệu.

Năm 2024, Chi cục phấn đấu sản lượng khai thác mực đạt 9.600 tấn; phối hợp tổ chức 12 lớp tập huấn về chống khai thác IUU cho khoảng 600 thuyền trưởng, máy trưởng tàu câu mực.

CHI CỤC THỦY SẢN THANH HÓA
Địa chỉ: Số 99 Đình Hương, phường Đông Cương, TP Thanh Hóa
Điện thoại: 0237.3852.409
Đang truy cập: 27 | Tổng lượt truy cập: 1.306.772
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Sầm Sơn", "Sầm Sơn", "1.620", "1.785", "110,2"), ("Hậu Lộc", "Hậu Lộc", "1.410", "1.502", "106,5"),
        ("Quảng Xương", "Quảng Xương", "985", "1.040", "105,6"), ("Nghi Sơn", "Nghi Sơn", "890", "913", "102,6"),
        ("Toàn tỉnh", None, "4.905", "5.240", "106,8")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("khai thác được 5.240 tấn", "5.240", 5240, "measure", "tấn", "sản lượng mực các loại khai thác", H1,
      percent=54.6, change=C("increase", 6.8, baseline="cùng kỳ")),
    F("mực ống 3.180 tấn", "3.180", 3180, "measure", "tấn", "sản lượng mực ống", I(H1), total=5240),
    F("mực nang 1.270 tấn", "1.270", 1270, "measure", "tấn", "sản lượng mực nang", I(H1), total=5240),
    F("mực lá 790 tấn", "790", 790, "measure", "tấn", "sản lượng mực lá", I(H1), total=5240),
]
for label, place, a, b, r in ROWS:
    extra = {"location": place} if place else {}
    tail = " toàn tỉnh" if not place else ""
    FIGS.append(F(f"{label}\n{a}", a, num(a), "measure", "tấn", "sản lượng mực khai thác" + tail, C23, **extra))
    FIGS.append(F(f"{a}\n{b}", b, num(b), "measure", "tấn", "sản lượng mực khai thác" + tail, C24, **extra))
    FIGS.append(F(f"{b}\n{r}", r, num(r), "percent", "%", "so sánh sản lượng mực khai thác" + tail,
                  **extra))
FIGS += [
    F("có 628 tàu", "628", 628, "count", "tàu", "tàu câu mực, chụp mực"),
    F("trong đó 214 tàu", "214", 214, "count", "tàu", "tàu câu mực có công suất từ 400 CV trở lên", total=628),
    F("từ 400 CV trở lên", "400", 400, "measure", "CV", "công suất tàu", optional=True),
    F("130.000-150.000 đồng/kg", "130.000", 130000, "money", "đồng/kg", "giá mực ống tươi loại lớn",
      value_max=150000, location="Thanh Hóa"),
    F("khoảng 550.000 đồng/kg", "550.000", 550000, "money", "đồng/kg", "giá mực khô thành phẩm", approx="about"),
    F("đạt 1,2 tấn/tàu/chuyến", "1,2", 1.2, "measure", "tấn/tàu/chuyến", "năng suất bình quân tàu câu mực",
      change=C("increase", 0.2, "tấn", baseline="cùng kỳ", approx="about")),
    F("tiết kiệm 20-25% nhiên liệu", "20", 20, "percent", "%", "nhiên liệu tiết kiệm nhờ dùng đèn LED", value_max=25),
    F("đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", "sản lượng khai thác mực", Y24, status="target"),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn về chống khai thác IUU", Y24, status="target"),
    F("khoảng 600 thuyền trưởng", "600", 600, "count", "thuyền trưởng", "thuyền trưởng, máy trưởng tàu câu mực được tập huấn",
      Y24, approx="about", status="target"),
]

COMMENTS = [
    "Chi cục Thủy sản Thanh Hóa: khai thác mực 6 tháng đầu năm 2024; no dateline (published absent); footer address, phone, visit counters.",
    "Not figures: 'Số 99 Đình Hương', '0237.3852.409', 'Đang truy cập: 27', 'Tổng lượt truy cập: 1.306.772', 'Lạch Hới' (port name).",
    "The table is pasted one cell per line: header cells, then each row's cells. Unit 'tấn' from '(Đơn vị tính: tấn)', periods from the",
    "column headers '6 tháng 2023'/'6 tháng 2024' (scored); 'So sánh (%)' cells are percent figures (no period column); the district is",
    "the location, 'Toàn tỉnh' row is Thanh Hóa. The species breakdown after 'Trong đó,' (new sentence) are parts of 5.240 tấn.",
    "'…; phối hợp tổ chức 12 lớp … khoảng 600 thuyền trưởng' continues the 'phấn đấu' clause of 'Năm 2024': target, period 2024.",
]

emit("p1047-7", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")

"""p956-8: provincial newspaper online (Báo Bắc Giang style, '(BGĐT) -' tag), Q1/2025 seedling supply."""
from lib import F, P, I, C, build

TEXT = """Báo Bắc Giang điện tử
Kinh tế
Quý I, xuất vườn 7,6 triệu cây giống lâm nghiệp
Cập nhật: 15:40, 02/04/2025

(BGĐT) - Năm 2025, các cơ sở sản xuất giống trên địa bàn tỉnh dự kiến cung ứng gần 21 triệu cây giống lâm nghiệp, đáp ứng nhu cầu trồng khoảng 8.500 ha rừng tập trung.

Theo Chi cục Kiểm lâm tỉnh, hiện toàn tỉnh có 96 cơ sở sản xuất, kinh doanh giống cây lâm nghiệp, trong đó 21 cơ sở có vườn ươm công nghệ cao với nhà màng, hệ thống tưới phun sương tự động. Các huyện Lục Ngạn, Sơn Động, Lục Nam và Yên Thế có nhiều cơ sở nhất, lần lượt là 24, 19, 17 và 13 cơ sở.

Quý I/2025, các vườn ươm đã xuất bán 7,6 triệu cây, bằng 36,2% kế hoạch năm, tăng 11% so với cùng kỳ năm 2024. Trong số cây giống xuất vườn, keo lai mô chiếm 58%, keo hom 27%, còn lại là lim, lát, trám và thông mã vĩ.

Ông Hoàng Văn Quyết, Giám đốc Công ty CP Giống lâm nghiệp Đông Bắc (huyện Sơn Động) cho biết, năm nay công ty đầu tư 4,5 tỷ đồng mở rộng thêm 6.000 m2 nhà màng, nâng công suất lên 5 triệu cây/năm, gấp 2,5 lần so với năm 2022. Giá cây keo mô xuất vườn trong quý I dao động 1.400-1.650 đồng/cây, giảm khoảng 5% so với cuối năm 2024 do nguồn cung dồi dào.

Tỉnh phấn đấu đến năm 2030 có ít nhất 80% diện tích rừng trồng mới sử dụng giống mô, hom, diện tích rừng gỗ lớn đạt 30.000 ha. Năm 2025, tỉnh hỗ trợ 3 triệu đồng/ha cho hộ trồng rừng gỗ lớn theo Nghị quyết số 17/2024/NQ-HĐND.

Hà Linh
"""

BG = "Bắc Giang"
Q1H = P("Quý I", "2025-01-01", "2025-03-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
NOW = P("năm nay", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
LIST = "cơ sở sản xuất, kinh doanh giống cây lâm nghiệp"

FIGS = [
    F("xuất vườn 7,6 triệu cây giống", "7,6", 7.6e6, "count", "cây giống",
      subject="cây giống lâm nghiệp xuất vườn", period=Q1H),
    F("gần 21 triệu cây", "21", 21e6, "count", "cây giống", approx="nearly", status="forecast",
      subject="cây giống lâm nghiệp các cơ sở cung ứng", period=Y25),
    F("khoảng 8.500 ha", "8.500", 8500, "measure", "ha", approx="about", status="forecast",
      subject="diện tích trồng rừng tập trung", period=Y25),
    F("có 96 cơ sở", "96", 96, "count", "cơ sở", subject=LIST),
    F("trong đó 21 cơ sở", "21", 21, "count", "cơ sở", total=96,
      subject="cơ sở có vườn ươm công nghệ cao"),
    F("lần lượt là 24,", "24", 24, "count", "cơ sở", subject=LIST, location="Lục Ngạn"),
    F(" 19, 17", "19", 19, "count", "cơ sở", subject=LIST, location="Sơn Động"),
    F("19, 17 và", "17", 17, "count", "cơ sở", subject=LIST, location="Lục Nam"),
    F("và 13 cơ sở", "13", 13, "count", "cơ sở", subject=LIST, location="Yên Thế"),
    F("xuất bán 7,6 triệu cây", "7,6", 7.6e6, "count", "cây", percent=36.2,
      change=C("increase", 11, "%", "cùng kỳ năm 2024"),
      subject="cây giống các vườn ươm xuất bán", period=Q1),
    F("mô chiếm 58%", "58", 58, "percent", "%",
      subject="keo lai mô trong cây giống xuất vườn", period=I(Q1)),
    F("keo hom 27%", "27", 27, "percent", "%",
      subject="keo hom trong cây giống xuất vườn", period=I(Q1)),
    F("đầu tư 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng",
      subject="vốn công ty đầu tư mở rộng nhà màng", period=NOW, location="Sơn Động"),
    F("thêm 6.000 m2", "6.000", 6000, "measure", "m2",
      subject="diện tích nhà màng mở rộng", period=NOW, location="Sơn Động"),
    F("lên 5 triệu cây/năm", "5", 5e6, "measure", "cây/năm",
      change=C("increase", 2.5, "lần", "năm 2022"),
      subject="công suất của công ty", period=NOW, location="Sơn Động"),
    F("dao động 1.400-1.650 đồng/cây", "1.400", 1400, "money", "đồng/cây", value_max=1650,
      change=C("decrease", 5, "%", "cuối năm 2024", approx="about"),
      subject="giá cây keo mô xuất vườn", period=P("trong quý I", "2025-01-01", "2025-03-31")),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="diện tích rừng trồng mới sử dụng giống mô, hom", period=TO30),
    F("đạt 30.000 ha", "30.000", 30000, "measure", "ha", status="target",
      subject="diện tích rừng gỗ lớn", period=TO30),
    F("hỗ trợ 3 triệu đồng/ha", "3", 3e6, "money", "đồng/ha",
      subject="mức hỗ trợ hộ trồng rừng gỗ lớn", period=Y25),
]

NOTES = [
    "Báo Bắc Giang online: headline with a figure ('Quý I, xuất vườn 7,6 triệu cây giống lâm nghiệp'), 'Cập nhật: 15:40, 02/04/2025',",
    "tag '(BGĐT) -' (implies Bắc Giang; the province is also named). Headline 'Quý I' without a year -> 2025 (published).",
    "'dự kiến cung ứng gần 21 triệu ..., đáp ứng nhu cầu trồng khoảng 8.500 ha' both forecast (the cue's clause continues).",
    "'lần lượt là 24, 19, 17 và 13 cơ sở' share the list's indicator; each item's location is its district; no total (73 != 96).",
    "'bằng 36,2% kế hoạch năm' is the percent of 7,6 triệu; 58% and 27% (no base amount) are percent figures, period inherited.",
    "The company's figures are located in Sơn Động (the bracket names its district); 'gấp 2,5 lần so với năm 2022' follows the",
    "capacity it compares: change (2,5 lần). 'năm nay' = 2025.",
    "Distractors: Nghị quyết số 17/2024/NQ-HĐND, dateline time, '(BGĐT)'.",
]

if __name__ == "__main__":
    build("p956-8", TEXT, FIGS, NOTES, published="2025-04-02", location=BG)

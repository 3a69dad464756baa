"""p1243-5: Party newspaper (Báo Lâm Đồng): cabbage price slump in huyện Đơn Dương."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LÂM ĐỒNG
Thời sự | Kinh tế | Nông nghiệp | Xã hội | Văn hóa

Bắp cải rớt giá, nông dân Đơn Dương lo lỗ vốn

HOÀNG YÊN 16:05, 14/03/2025

Giá bắp cải tại huyện Đơn Dương giảm mạnh, có nơi chỉ còn 800 đồng/kg, thấp hơn giá thành sản xuất gần 1.000 đồng/kg.

(LĐO) - Ghi nhận ngày 13/3 tại xã Ka Đơn, thương lái chỉ thu mua bắp cải loại 1 với giá 800-1.200 đồng/kg, giảm khoảng 70% so với cuối tháng 1. Ông Nguyễn Văn Tâm (thôn Lạc Xuân 2) cho biết, gia đình trồng hai sào bắp cải, mỗi sào đầu tư khoảng 15 triệu đồng, nay bán cả ruộng chỉ được 9 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện Đơn Dương, từ đầu năm đến nay toàn huyện xuống giống hơn 5.600 ha rau, trong đó bắp cải khoảng 1.450 ha, chiếm gần 26%. Năng suất bắp cải đạt 60-70 tấn/ha; mỗi ngày huyện thu hoạch khoảng 1.500 tấn.

Toàn tỉnh Lâm Đồng hiện có khoảng 6.800 ha bắp cải, sản lượng năm 2024 đạt gần 480.000 tấn, trong đó xuất khẩu sang Đài Loan, Hàn Quốc, Singapore chưa tới 5%.

Phó Chủ tịch UBND huyện Trần Đức Minh cho biết, huyện đang phối hợp với Liên hiệp HTX Nông nghiệp Đơn Dương kết nối tiêu thụ; dự kiến trong tháng 3 sẽ đưa khoảng 2.000 tấn bắp cải vào các siêu thị tại TP Hồ Chí Minh. Huyện cũng khuyến cáo nông dân không trồng ồ ạt, luân canh ít nhất một vụ với cây họ đậu.

Từ khóa: bắp cải, Đơn Dương, giải cứu nông sản
"""

YTD = per("từ đầu năm đến nay", "2025-01-01", "2025-03-14")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M3 = per("trong tháng 3", "2024-03-01", "2024-03-31")
LD = "Lâm Đồng"

FIGS = [
    fig("còn 800 đồng/kg", "800", 800, "money", "đồng/kg",
        change=chg("decrease", 1000, "đồng/kg", "giá thành sản xuất", approx="nearly"), subject="giá bắp cải"),
    fig("giá 800-1.200", "800", 800, "money", "đồng/kg", value_max=1200,
        change=chg("decrease", 70, "%", "cuối tháng 1", approx="about"),
        subject="giá thương lái thu mua bắp cải loại 1"),
    fig("hai sào", "hai", 2, "measure", "sào", subject="bắp cải gia đình ông Tâm trồng"),
    fig("khoảng 15 triệu", "15", 15e6, "money", "đồng/sào", approx="about", subject="đầu tư mỗi sào"),
    fig("được 9 triệu", "9", 9e6, "money", "đồng", subject="tiền bán cả ruộng"),
    fig("hơn 5.600 ha", "5.600", 5600, "measure", "ha", approx="over", subject="rau toàn huyện xuống giống",
        period=YTD),
    fig("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", approx="about", total=5600, percent=26,
        subject="bắp cải", period=YTD),
    fig("đạt 60-70 tấn/ha", "60", 60, "measure", "tấn/ha", value_max=70, subject="năng suất bắp cải"),
    fig("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn/ngày", approx="about",
        subject="sản lượng huyện thu hoạch mỗi ngày"),
    fig("khoảng 6.800 ha", "6.800", 6800, "measure", "ha", approx="about", subject="diện tích bắp cải",
        location=LD),
    fig("gần 480.000 tấn", "480.000", 480000, "measure", "tấn", approx="nearly", subject="sản lượng bắp cải",
        period=Y24, location=LD),
    fig("chưa tới 5%", "5", 5, "percent", "%", approx="under",
        subject="sản lượng bắp cải xuất khẩu sang Đài Loan, Hàn Quốc, Singapore", period=Y24, location=LD),
    fig("khoảng 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="about", status="forecast",
        subject="bắp cải đưa vào các siêu thị tại TP Hồ Chí Minh", period=M3),
    fig("ít nhất một vụ", "một", 1, "count", "vụ", approx="at_least", optional=True),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng): menu, byline and time 'HOÀNG YÊN 16:05, 14/03/2025', sapo, tag '(LĐO) -', keywords.",
    "Distractors: 16:05, 'ngày 13/3', 'cuối tháng 1' (baseline), 'bắp cải loại 1' (a grade), 'thôn Lạc Xuân 2'.",
    "Sapo 'chỉ còn 800 đồng/kg, thấp hơn giá thành sản xuất gần 1.000 đồng/kg' → change (decrease, 1000 đồng/kg, nearly).",
    "The observation day 'ngày 13/3' and 'hiện' give no period (the spec has no single-day period); 'từ đầu năm đến nay' ends at published.",
    "'hai sào' is an area (measure, sào); 'mỗi sào đầu tư khoảng 15 triệu đồng' → đồng/sào; 'mỗi ngày … 1.500 tấn' → tấn/ngày.",
    "'trong đó bắp cải khoảng 1.450 ha, chiếm gần 26%' → total 5.600, percent 26. 'trong đó xuất khẩu … chưa tới 5%' is its own percent.",
    "Location Đơn Dương by default; the province sentence is Lâm Đồng. TP Hồ Chí Minh is the destination, not the place of the figure.",
    "'trong tháng 3' (no year): by FIGURES.md it takes the year of the nearest earlier period or date, 'năm 2024' of the",
    "previous paragraph → 2024-03 (revised after the first run; first gold had 2025-03 from published, the meaning). 'dự kiến' → forecast.",
    "Optional: 'luân canh ít nhất một vụ' (advice, not a statistic; a number word with 'ít nhất').",
]

if __name__ == "__main__":
    write("p1243-5", TEXT, NOTES, FIGS, published="2025-03-14", location="Đơn Dương")

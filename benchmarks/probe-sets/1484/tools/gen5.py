"""p1484-5: provincial newspaper (Báo Bắc Giang, '(BGĐT) -'): a notebook maker in huyện Lạng Giang, 7 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Xã hội | Giáo dục | Pháp luật

Doanh nghiệp giấy vở tăng tốc mùa tựu trường

Thứ Ba, 06/08/2024, 07:30

(BGĐT) - Những ngày này, tại nhà xưởng của Công ty TNHH Sản xuất giấy vở Hồng Phúc ở huyện Lạng Giang, các dây chuyền hoạt động liên tục để kịp giao hàng cho mùa tựu trường.

Được thành lập năm 2016, đến nay công ty có nhà xưởng rộng khoảng 6.500 m2 với 4 dây chuyền in, đóng vở tự động, công suất 18 triệu cuốn/năm. 7 tháng đầu năm 2024, công ty sản xuất 9,6 triệu cuốn vở, tăng 14% so với cùng kỳ; doanh thu đạt 72 tỷ đồng. Khoảng 15% sản lượng được xuất khẩu sang Lào và Campuchia.

Công ty hiện tạo việc làm cho 160 lao động, trong đó 118 lao động nữ, thu nhập bình quân 8,2 triệu đồng/người/tháng. Những tháng cao điểm, công nhân làm thêm ca, mỗi ngày xuất xưởng từ 90.000 đến 100.000 cuốn vở.

Giám đốc Trần Thị Hạnh cho biết, giá giấy nguyên liệu từ đầu năm đến nay tăng gần 10%, song công ty vẫn giữ giá bán vở 96 trang ở mức 7.200 đồng/cuốn để chia sẻ với phụ huynh. Năm nay, công ty dự kiến doanh thu đạt khoảng 130 tỷ đồng, nộp ngân sách trên 4 tỷ đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 9 cơ sở sản xuất vở, giấy học sinh; năm 2023 sản lượng đạt khoảng 41 triệu cuốn. Quý III năm nay, các cơ sở phấn đấu đưa ra thị trường 12 triệu cuốn vở, trong đó vở bình ổn giá chiếm 20%.

Thu Hương
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-06")
NAY = per("Năm nay", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q3 = per("Quý III năm nay", "2024-07-01", "2024-09-30")
LG = "Lạng Giang"

FIGS = [
    fig("khoảng 6.500 m2", "6.500", 6500, "measure", "m2", approx="about", subject="nhà xưởng", location=LG),
    fig("với 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền in, đóng vở tự động", location=LG),
    fig("công suất 18 triệu", "18", 18e6, "measure", "cuốn/năm", subject="công suất dây chuyền in, đóng vở",
        location=LG),
    fig("sản xuất 9,6 triệu", "9,6", 9.6e6, "count", "cuốn vở", change=chg("increase", 14, "%", "cùng kỳ"),
        subject="vở công ty sản xuất", period=M7, location=LG),
    fig("đạt 72 tỷ", "72", 72e9, "money", "đồng", subject="doanh thu của công ty", period=M7, location=LG),
    fig("Khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="sản lượng được xuất khẩu sang Lào và Campuchia", location=LG),
    fig("cho 160 lao động", "160", 160, "count", "lao động", subject="lao động công ty tạo việc làm", location=LG),
    fig("118 lao động", "118", 118, "count", "lao động", total=160, subject="lao động nữ", location=LG),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
        location=LG),
    fig("từ 90.000 đến 100.000", "90.000", 90000, "measure", "cuốn vở/ngày", value_max=100000,
        subject="vở xuất xưởng mỗi ngày những tháng cao điểm", location=LG),
    fig("tăng gần 10%", "10", 10, "percent", "%", approx="nearly", subject="giá giấy nguyên liệu", period=YTD,
        location=LG),
    fig("vở 96 trang", "96", 96, "measure", "trang", subject="số trang vở", location=LG, optional=True),
    fig("7.200 đồng/cuốn", "7.200", 7200, "money", "đồng/cuốn", subject="giá bán vở 96 trang", location=LG),
    fig("khoảng 130 tỷ", "130", 130e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu của công ty", period=NAY, location=LG),
    fig("trên 4 tỷ", "4", 4e9, "money", "đồng", approx="over", status="forecast",
        subject="nộp ngân sách của công ty", period=NAY, location=LG),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất vở, giấy học sinh"),
    fig("khoảng 41 triệu", "41", 41e6, "count", "cuốn", approx="about",
        subject="sản lượng vở của các cơ sở", period=Y23),
    fig("thị trường 12 triệu", "12", 12e6, "count", "cuốn vở", status="target",
        subject="vở các cơ sở đưa ra thị trường", period=Q3),
    fig("chiếm 20%", "20", 20, "percent", "%", status="target",
        subject="vở bình ổn giá trong lượng vở đưa ra thị trường", period=Q3),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): section menu, 'Thứ Ba, 06/08/2024, 07:30', tag '(BGĐT) -', byline 'Thu Hương' at the end.",
    "Distractors: founding year 'năm 2016', 07:30, the weekday date.",
    "The company stands in huyện Lạng Giang: its figures get location Lạng Giang; the Sở Công Thương paragraph is the province (Bắc Giang).",
    "'Khoảng 15% sản lượng được xuất khẩu' is a share with no base amount in its sentence: a percent figure; standing facts get no period.",
    "'mỗi ngày xuất xưởng từ 90.000 đến 100.000 cuốn vở' is a rate → measure 'cuốn vở/ngày'. 'vở 96 trang' is a product type (optional).",
    "'từ đầu năm đến nay' ends at the dateline (paper price rise); the 7.200 đồng/cuốn price ('vẫn giữ') is a standing price: no period.",
    "'Năm nay, công ty dự kiến ...' governs both clauses (forecast, 2024). 'Quý III năm nay ... phấn đấu ..., trong đó ... chiếm 20%' → target;",
    "the 20% is the share of price-stabilised notebooks in the 12 triệu: a percent figure of its own (not an attribute of 12 triệu).",
]

if __name__ == "__main__":
    write("p1484-5", TEXT, NOTES, FIGS, published="2024-08-06", location="Bắc Giang")

"""p1290-7: news agency (TTXVN): dông, lốc, sét, mưa đá 9 tháng 2023 nationwide; Đồng Tháp case; forecast, strategy."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """TTXVN | Xã hội | Môi trường

Dông, lốc gây thiệt hại gần 300 tỷ đồng trong 9 tháng

05/10/2023 14:32

Hà Nội, 5/10 (TTXVN) - Theo Văn phòng thường trực Ban Chỉ đạo quốc gia về Phòng, chống thiên tai, 9 tháng đầu năm 2023, cả nước xảy ra 146 trận dông, lốc, sét, mưa đá tại 38 tỉnh, thành phố, làm 14 người chết, 21 người bị thương; khoảng 5.120 ngôi nhà bị hư hỏng, tốc mái; hơn 6.300 ha lúa và hoa màu bị thiệt hại. Tổng thiệt hại ước tính khoảng 292 tỷ đồng, chiếm 38% tổng thiệt hại do thiên tai.

So với cùng kỳ năm 2022, số trận dông, lốc tăng 18%, số người chết giảm 26,3%. Số nhà bị hư hỏng do dông, lốc gấp khoảng 2,5 lần cùng kỳ.

Các địa phương bị thiệt hại nặng nhất về nhà ở là Lào Cai (khoảng 870 nhà), Hà Giang (640 nhà) và Điện Biên (515 nhà). Riêng tại Đồng Tháp, chiều 20/9, lốc xoáy làm 37 căn nhà ở huyện Tháp Mười bị sập và tốc mái, trong đó 3 căn sập hoàn toàn; tỉnh hỗ trợ mỗi hộ 5 triệu đồng.

Trung tâm Dự báo khí tượng thủy văn quốc gia dự báo trong quý IV, Bắc Bộ và Trung Bộ có thể xảy ra từ 8 đến 10 đợt dông, lốc; riêng tháng 10, lượng mưa ở Trung Bộ phổ biến 300-500 mm, cao hơn 15-25% so với trung bình nhiều năm.

Theo Chiến lược quốc gia phòng, chống thiên tai đến năm 2030, tầm nhìn đến năm 2050 (Quyết định số 379/QĐ-TTg), mục tiêu đến năm 2030 giảm 50% thiệt hại về người do thiên tai so với giai đoạn 2011-2020. Hiện nay, số hộ dân vùng thường xuyên bị dông, lốc chưa có nhà ở an toàn chiếm chưa đến 2%.

Trần Việt (TTXVN)
"""

N9 = per("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
N9I = inh(N9)
VN = "Việt Nam"
Q4 = per("quý IV", "2023-10-01", "2023-12-31")
M10 = per("tháng 10", "2023-10-01", "2023-10-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TM = "Tháp Mười"

FIGS = [
    fig("gần 300 tỷ", "300", 300e9, "money", "đồng", approx="nearly", subject="thiệt hại do dông, lốc",
        period=per("9 tháng", "2023-01-01", "2023-09-30")),
    fig("ra 146 trận", "146", 146, "count", "trận", subject="trận dông, lốc, sét, mưa đá", period=N9),
    fig("tại 38 tỉnh", "38", 38, "count", "tỉnh, thành phố", subject="tỉnh, thành phố xảy ra dông, lốc, sét, mưa đá",
        period=N9),
    fig("làm 14 người", "14", 14, "count", "người", subject="người chết", period=N9),
    fig("21 người bị", "21", 21, "count", "người", subject="người bị thương", period=N9),
    fig("khoảng 5.120 ngôi", "5.120", 5120, "count", "ngôi nhà", approx="about",
        subject="ngôi nhà bị hư hỏng, tốc mái", period=N9),
    fig("hơn 6.300 ha", "6.300", 6300, "measure", "ha", approx="over",
        subject="diện tích lúa và hoa màu bị thiệt hại", period=N9),
    fig("khoảng 292 tỷ", "292", 292e9, "money", "đồng", approx="about", status="estimate", percent=38,
        subject="tổng thiệt hại", period=N9I),
    fig("tăng 18%", "18", 18, "percent", "%", subject="số trận dông, lốc"),
    fig("giảm 26,3%", "26,3", 26.3, "percent", "%", subject="số người chết"),
    fig("khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", approx="about",
        subject="số nhà bị hư hỏng do dông, lốc so với cùng kỳ"),
    fig("(khoảng 870 nhà)", "870", 870, "count", "nhà", approx="about", subject="nhà ở bị thiệt hại",
        period=N9I, location="Lào Cai"),
    fig("(640 nhà)", "640", 640, "count", "nhà", subject="nhà ở bị thiệt hại", period=N9I, location="Hà Giang"),
    fig("(515 nhà)", "515", 515, "count", "nhà", subject="nhà ở bị thiệt hại", period=N9I, location="Điện Biên"),
    fig("làm 37 căn", "37", 37, "count", "căn nhà", subject="căn nhà bị sập và tốc mái",
        period=day("chiều 20/9", "2023-09-20"), location=TM),
    fig("đó 3 căn", "3", 3, "count", "căn", total=37, subject="căn nhà sập hoàn toàn",
        period=day("chiều 20/9", "2023-09-20"), location=TM),
    fig("mỗi hộ 5 triệu", "5", 5e6, "money", "đồng/hộ", subject="hỗ trợ mỗi hộ",
        location="Đồng Tháp"),
    fig("từ 8 đến 10 đợt", "8", 8, "count", "đợt", value_max=10, status="forecast",
        subject="đợt dông, lốc ở Bắc Bộ và Trung Bộ", period=Q4),
    fig("phổ biến 300-500 mm", "300", 300, "measure", "mm", value_max=500, status="forecast",
        change=chg("increase", 15, "%", "trung bình nhiều năm"), subject="lượng mưa ở Trung Bộ", period=M10),
    fig("giảm 50%", "50", 50, "percent", "%", status="target", subject="thiệt hại về người do thiên tai",
        period=T30),
    fig("chưa đến 2%", "2", 2, "percent", "%", approx="under",
        subject="số hộ dân vùng thường xuyên bị dông, lốc chưa có nhà ở an toàn"),
]

NOTES = [
    "News agency (TTXVN): section line, headline, '05/10/2023 14:32', 'Hà Nội, 5/10 (TTXVN) -', byline '(TTXVN)'.",
    "Distractors: 14:32, 'Hà Nội, 5/10', 'chiều 20/9', 'giai đoạn 2011-2020', 'tầm nhìn đến năm 2050', 'Quyết định số 379/QĐ-TTg'.",
    "National figures: location Việt Nam (default). Headline 'gần 300 tỷ đồng trong 9 tháng' is its own figure, period 9 tháng → 2023.",
    "'Tổng thiệt hại ước tính khoảng 292 tỷ đồng, chiếm 38%' → estimate, about, percent 38; the period stands in the previous sentence.",
    "'số trận dông, lốc tăng 18%, số người chết giảm 26,3%' → two percent figures (rates as the claim), no change.",
    "'gấp khoảng 2,5 lần cùng kỳ' standing alone → multiple, about.",
    "List 'Lào Cai (khoảng 870 nhà), Hà Giang (640 nhà) và Điện Biên (515 nhà)' → subject the list's indicator, location each province.",
    "Đồng Tháp: 'chiều 20/9' one-day period; 37 căn in huyện Tháp Mười, 'trong đó 3 căn' → total 37; the province's support → Đồng Tháp, no period (a support rate).",
    "Forecasts: 'quý IV' / 'tháng 10' (year from the dateline): 'từ 8 đến 10 đợt'; '300-500 mm, cao hơn 15-25% ...' → range",
    "with change +15% (the lower end of the change range).",
    "revised after the first run: 'giảm 50%' subject '... do thiên tai giảm' → without the verb (the subject names the indicator).",
    "'mục tiêu đến năm 2030 giảm 50%' → percent target, period end 2030-12-31. 'Hiện nay, ... chiếm chưa đến 2%' → under, no period (a standing share).",
]

if __name__ == "__main__":
    write("p1290-7", TEXT, NOTES, FIGS, published="2023-10-05", location="Việt Nam")

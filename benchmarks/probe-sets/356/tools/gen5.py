from lib import F, P, write

TEXT = """Gia Lai: Trồng cỏ nuôi bò - hướng đi hiệu quả trên đất chuyển đổi

15/05/2024 07:35

(GLO) - Tính đến tháng 4/2024, toàn tỉnh có gần 19.500 ha cỏ trồng, tăng hơn 2.100 ha so với cuối năm 2023. Trong đó, huyện Chư Sê có 2.850 ha, Ia Pa 2.400 ha, Krông Pa khoảng 2.100 ha, Đak Pơ 1.730 ha.

Các giống cỏ được trồng phổ biến là cỏ voi, cỏ VA06, Mombasa, Mulato II. Năng suất cỏ bình quân đạt 180-200 tấn/ha/năm. Với giá bán cỏ tươi khoảng 700-800 đồng/kg, mỗi ha cỏ cho doanh thu từ 120 đến 150 triệu đồng/ha/năm, gấp 3-4 lần trồng mì.

Tại xã Ia Mrơn (huyện Ia Pa), Công ty CP Nông nghiệp Bình Định Xanh đã liên kết với 320 hộ trồng 540 ha cỏ, bao tiêu toàn bộ sản phẩm để làm thức ăn cho trang trại bò quy mô 6.000 con. Nhiều hộ đã ủ chua thức ăn thô xanh, bình quân mỗi hộ dự trữ 8-10 tấn cỏ ủ cho mùa khô.

Nhờ chủ động nguồn thức ăn, đàn bò của tỉnh phát triển nhanh. Tổng đàn bò toàn tỉnh hiện đạt 478.600 con, tỷ lệ bò lai 47,2%; đàn trâu khoảng 14.300 con. Gia Lai là địa phương có đàn bò lớn nhất cả nước.

Ông Rơ Châm H'Linh, Phó Giám đốc Sở NN&PTNT cho biết, theo Nghị quyết số 16-NQ/TU của Tỉnh ủy, đến năm 2025 tỉnh phấn đấu nâng diện tích trồng cỏ lên 25.000 ha, đàn bò đạt 560.000 con, trong đó tỷ lệ bò lai đạt 60%.

MINH PHƯƠNG
"""

AP = P("Tính đến tháng 4/2024", None, "2024-04-30")
APi = P("Tính đến tháng 4/2024", None, "2024-04-30", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("gần 19.500 ha", "19.500", 19500, "measure", "ha", approx="nearly",
      change={"direction": "increase", "value": 2100, "unit": "ha", "approx": "over", "baseline": "cuối năm 2023"},
      subject="diện tích cỏ trồng", period=AP),
    F("có 2.850 ha", "2.850", 2850, "measure", "ha", total=19500, subject="diện tích cỏ trồng", period=APi, location="Chư Sê"),
    F("Ia Pa 2.400 ha", "2.400", 2400, "measure", "ha", total=19500, subject="diện tích cỏ trồng", period=APi, location="Ia Pa"),
    F("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", approx="about", total=19500, subject="diện tích cỏ trồng", period=APi, location="Krông Pa"),
    F("Đak Pơ 1.730 ha", "1.730", 1730, "measure", "ha", total=19500, subject="diện tích cỏ trồng", period=APi, location="Đak Pơ"),
    F("đạt 180-200 tấn", "180", 180, "measure", "tấn/ha/năm", value_max=200, subject="năng suất cỏ bình quân"),
    F("khoảng 700-800 đồng", "700", 700, "money", "đồng/kg", value_max=800, approx="about", subject="giá bán cỏ tươi"),
    F("từ 120 đến 150 triệu", "120", 120000000, "money", "đồng/ha/năm", value_max=150000000,
      change={"direction": "increase", "value": 3, "unit": "lần", "baseline": "trồng mì"},
      subject="doanh thu mỗi ha cỏ"),
    F("với 320 hộ", "320", 320, "count", "hộ", subject="hộ liên kết trồng cỏ", location="Ia Pa"),
    F("trồng 540 ha", "540", 540, "measure", "ha", subject="diện tích cỏ trồng liên kết", location="Ia Pa"),
    F("quy mô 6.000 con", "6.000", 6000, "count", "con", subject="quy mô trang trại bò", location="Ia Pa"),
    F("dự trữ 8-10 tấn", "8", 8, "measure", "tấn", value_max=10, subject="cỏ ủ dự trữ bình quân mỗi hộ"),
    F("đạt 478.600 con", "478.600", 478600, "count", "con", subject="tổng đàn bò"),
    F("bò lai 47,2%", "47,2", 47.2, "percent", "%", subject="tỷ lệ bò lai"),
    F("khoảng 14.300 con", "14.300", 14300, "count", "con", approx="about", subject="đàn trâu"),
    F("lên 25.000 ha", "25.000", 25000, "measure", "ha", status="target", subject="diện tích trồng cỏ", period=T25),
    F("đạt 560.000 con", "560.000", 560000, "count", "con", status="target", subject="đàn bò", period=T25),
    F("đạt 60%", "60", 60, "percent", "%", status="target", subject="tỷ lệ bò lai", period=T25),
]

COMMENTS = [
    "Báo Gia Lai (Party newspaper, tag '(GLO)'): fodder grass area by district, yields, revenue per ha, a company's linkage, herd, 2025 targets.",
    "Bare dateline '15/05/2024 07:35'; byline at the end. Distractors: grass varieties 'VA06', 'Mulato II', 'Nghị quyết số 16-NQ/TU', company name with another province (Bình Định Xanh), a person's name.",
    "'Tính đến tháng 4/2024' is an as-of period (end 2024-04-30). 'Trong đó, huyện … có 2.850 ha, …' after a sentence break: parts of the whole 19.500 (total), each with its district.",
    "'gấp 3-4 lần trồng mì' is the change of the revenue range (lower bound 3 lần). 'tỷ lệ bò lai 47,2%' is a percent figure of its own, not the share of 478.600.",
    "The company's figures describe Ia Pa (the commune is in that district); 'hiện đạt' has no period phrase: no period. 'lớn nhất cả nước' has no number: no rank figure.",
]

write(5, COMMENTS, TEXT, FIGS, published="2024-05-15", location="Gia Lai")

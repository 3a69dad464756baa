"""p1129-8: provincial newspaper online (Báo Hòa Bình, '(HBĐT) -'): guava in huyện Yên Thủy, communes, a farm, targets."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Hòa Bình điện tử
Kinh tế > Nông nghiệp

Yên Thủy thu gần 96 tỷ đồng từ cây ổi

Thứ Sáu, 22/11/2024 | 09:20

(HBĐT) - Năm 2024, huyện Yên Thủy có 685 ha ổi, tăng 42 ha so với năm 2023, đạt 101,5% kế hoạch. Trong đó, các xã Ngọc Lương, Yên Trị, Đoàn Kết có diện tích lớn nhất với lần lượt 210 ha, 165 ha và 118 ha. Sản lượng ước đạt 12.260 tấn; với giá bán bình quân 7.800 đồng/kg, tổng giá trị từ cây ổi ước đạt gần 96 tỷ đồng. Toàn tỉnh hiện có khoảng 1.450 ha ổi, Yên Thủy chiếm 47,2%.

Toàn huyện có 2 hợp tác xã và 6 tổ hợp tác trồng ổi; 120 ha được cấp chứng nhận VietGAP, tăng gấp đôi so với năm 2023. Theo ông Quách Văn Thành, Phó Chủ tịch UBND huyện, mỗi ha ổi cho thu nhập 110-130 triệu đồng/năm, gấp 2,5 lần trồng mía trước đây.

Tại xóm Đồng Bái, xã Ngọc Lương, gia đình chị Bùi Thị Hoa có 1,2 ha ổi lê dọc Quốc lộ 12B. Mỗi vụ vườn cho thu hoạch 25-30 tấn, trừ chi phí lãi khoảng 180 triệu đồng. Chị cho biết, từ tháng 9 đến nay, ổi của gia đình được một doanh nghiệp ở Hà Nội bao tiêu với giá 9.500 đồng/kg, cao hơn thương lái 1.500 đồng/kg.

Năm 2025, huyện phấn đấu nâng diện tích ổi đạt chuẩn VietGAP lên 200 ha, mỗi xã trọng điểm xây dựng ít nhất một mô hình liên kết tiêu thụ ổi với siêu thị, bếp ăn tập thể.

Đinh Thắng
"""

YT = "Yên Thủy"
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("từ tháng 9 đến nay", "2024-09-01", "2024-11-22")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COMM = "diện tích ổi xã"

FIGS = [
    fig("thu gần 96 tỷ", "96", 96000000000, "money", "đồng", approx="nearly", subject="giá trị thu từ cây ổi"),
    fig("có 685 ha", "685", 685, "measure", "ha", change=chg("increase", 42, "ha", "năm 2023"), percent=101.5,
        subject="diện tích ổi", period=Y24),
    fig("12.260 tấn", "12.260", 12260, "measure", "tấn", status="estimate", subject="sản lượng ổi", period=inh(Y24)),
    fig("7.800 đồng/kg", "7.800", 7800, "money", "đồng/kg", status="estimate", subject="giá bán ổi bình quân",
        period=inh(Y24)),
    fig("ước đạt gần 96 tỷ", "96", 96000000000, "money", "đồng", approx="nearly", status="estimate",
        subject="tổng giá trị từ cây ổi", period=inh(Y24)),
    fig("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", approx="about", subject="diện tích ổi toàn tỉnh",
        location="Hòa Bình"),
    fig("chiếm 47,2%", "47,2", 47.2, "percent", "%", subject="tỷ trọng diện tích ổi của Yên Thủy trong toàn tỉnh"),
    fig("lần lượt 210 ha", "210", 210, "measure", "ha", total=685, subject=f"{COMM} Ngọc Lương", period=inh(Y24)),
    fig("165 ha", "165", 165, "measure", "ha", total=685, subject=f"{COMM} Yên Trị", period=inh(Y24)),
    fig("118 ha", "118", 118, "measure", "ha", total=685, subject=f"{COMM} Đoàn Kết", period=inh(Y24)),
    fig("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã trồng ổi"),
    fig("6 tổ hợp tác", "6", 6, "count", "tổ hợp tác", subject="tổ hợp tác trồng ổi"),
    fig("120 ha", "120", 120, "measure", "ha", change=chg("increase", 2, "lần", "năm 2023"),
        subject="diện tích ổi được cấp chứng nhận VietGAP"),
    fig("thu nhập 110-130", "110", 110000000, "money", "đồng/ha/năm", value_max=130000000,
        change=chg("increase", 2.5, "lần", "trồng mía trước đây"), subject="thu nhập mỗi ha ổi"),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích ổi lê của gia đình chị Bùi Thị Hoa"),
    fig("hoạch 25-30 tấn", "25", 25, "measure", "tấn/vụ", value_max=30, subject="sản lượng ổi thu hoạch mỗi vụ"),
    fig("khoảng 180 triệu", "180", 180000000, "money", "đồng", approx="about", subject="lãi mỗi vụ sau khi trừ chi phí"),
    fig("được một doanh nghiệp", "một", 1, "count", "doanh nghiệp", optional=True, subject="doanh nghiệp bao tiêu"),
    fig("giá 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", change=chg("increase", 1500, "đồng/kg", "thương lái"),
        subject="giá bao tiêu ổi", period=SINCE),
    fig("lên 200 ha", "200", 200, "measure", "ha", status="target", subject="diện tích ổi đạt chuẩn VietGAP", period=Y25),
    fig("ít nhất một mô hình", "một", 1, "count", "mô hình", approx="at_least", status="target",
        subject="mô hình liên kết tiêu thụ ổi với siêu thị, bếp ăn tập thể ở mỗi xã trọng điểm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Hòa Bình): headline figure, 'Thứ Sáu, 22/11/2024 | 09:20', tag '(HBĐT) -', byline at the end.",
    "Default location is the district the article is about (Yên Thủy); 'Toàn tỉnh ... khoảng 1.450 ha' → Hòa Bình (the tag implies it).",
    "'tăng 42 ha so với năm 2023, đạt 101,5% kế hoạch' → change and percent of 685 ha. 'Yên Thủy chiếm 47,2%' has no base amount: a percent figure.",
    "'Trong đó, các xã ... lần lượt 210 ha, 165 ha và 118 ha' right after the 685 ha sentence: parts, total 685; communes stay in the subject.",
    "'Sản lượng ước đạt ...; với giá bán ...' has no period of its own: 'Năm 2024' inherited.",
    "revised after the first run: 7.800 đồng/kg actual → estimate. The fronted adjunct 'với giá bán bình quân 7.800 đồng/kg' stands inside",
    "the clause whose verb is 'ước đạt' (and continues 'Sản lượng ước đạt ...'), has no verb of its own and no bracket: FIGURES.md §3 status rule.",
    "'tăng gấp đôi so với năm 2023' → change 2 lần. 'ít nhất một mô hình' is a number word with at_least (target, required);",
    "'một doanh nghiệp ở Hà Nội' (indefinite 'a') optional. 'từ tháng 9 đến nay' ends at the dateline.",
    "Distractors: time 09:20, 'Quốc lộ 12B', 'xóm Đồng Bái', 'năm 2023' baselines.",
]

if __name__ == "__main__":
    write("p1129-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Yên Thủy")

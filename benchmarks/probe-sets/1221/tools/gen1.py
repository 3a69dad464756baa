"""p1221-1: Bắc Giang province portal, urea plant 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Bắc Giang: Sản lượng urê 9 tháng tăng gần 7%

Cập nhật: 16/10/2024 08:30 | Lượt xem: 2.417

(bacgiang.gov.vn) - 9 tháng đầu năm 2024, Công ty TNHH MTV Phân đạm Xương Giang (KCN Song Khê - Nội Hoàng) đã sản xuất 142.600 tấn urê, đạt 76,4% kế hoạch năm, tăng 6,8% so với cùng kỳ năm 2023. Sản lượng tiêu thụ đạt 138.900 tấn, trong đó thị trường trong nước 121.300 tấn, xuất khẩu sang Campuchia và Lào 17.600 tấn.

Doanh thu 9 tháng ước đạt 1.920 tỷ đồng, nộp ngân sách nhà nước hơn 86 tỷ đồng. Công ty hiện sử dụng 1.034 lao động, thu nhập bình quân 13,2 triệu đồng/người/tháng, tăng 0,8 triệu đồng so với năm 2023. Tính đến ngày 30/9/2024, dư nợ vay dài hạn của công ty còn 1.150 tỷ đồng, giảm 420 tỷ đồng so với đầu năm.

Từ năm 2022 đến nay, công ty đầu tư 3 dự án tiết kiệm năng lượng với tổng vốn khoảng 245 tỷ đồng, giúp giảm tiêu hao than từ 1,12 xuống 1,05 tấn than/tấn urê. Nhờ đó, mỗi năm nhà máy tiết kiệm gần 35.000 tấn than, giảm phát thải khoảng 60.000 tấn CO2.

Năm 2025, công ty phấn đấu sản xuất 195.000 tấn urê, trong đó urê hạt đục chiếm khoảng 30%; dự kiến khởi công dây chuyền NPK công suất 100.000 tấn/năm trong quý II. Công ty vừa được công nhận Thương hiệu quốc gia lần thứ 4 và có hai sản phẩm đạt danh hiệu sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh.

Trụ sở: số 1 đường Thọ Xương, TP Bắc Giang. Điện thoại: 0204.3854.538.
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-10-16")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
OUT = "sản lượng urê tiêu thụ"

FIGS = [
    fig("tăng gần 7%", "7", 7, "percent", "%", approx="nearly",
        subject="sản lượng urê", period=NINE_H),
    fig("sản xuất 142.600 tấn", "142.600", 142600, "measure", "tấn", percent=76.4,
        change=chg("increase", 6.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng urê sản xuất", period=NINE),
    fig("đạt 138.900 tấn", "138.900", 138900, "measure", "tấn", subject=OUT, period=inh(NINE)),
    fig("trong nước 121.300 tấn", "121.300", 121300, "measure", "tấn", total=138900,
        subject="sản lượng urê tiêu thụ thị trường trong nước", period=inh(NINE)),
    fig("Lào 17.600 tấn", "17.600", 17600, "measure", "tấn", total=138900,
        subject="sản lượng urê xuất khẩu sang Campuchia và Lào", period=inh(NINE)),
    fig("ước đạt 1.920 tỷ", "1.920", 1920e9, "money", "đồng", status="estimate",
        subject="doanh thu", period=NINE_S),
    fig("hơn 86 tỷ", "86", 86e9, "money", "đồng", approx="over", status="estimate",
        subject="nộp ngân sách nhà nước", period=NINE_S),
    fig("sử dụng 1.034 lao động", "1.034", 1034, "count", "lao động",
        subject="lao động công ty sử dụng"),
    fig("bình quân 13,2 triệu", "13,2", 13.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 800000, "đồng", "năm 2023"),
        subject="thu nhập bình quân của lao động"),
    fig("còn 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
        change=chg("decrease", 420e9, "đồng", "đầu năm"), subject="dư nợ vay dài hạn của công ty",
        period=per("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    fig("đầu tư 3 dự án", "3", 3, "count", "dự án",
        subject="dự án tiết kiệm năng lượng công ty đầu tư", period=SINCE),
    fig("khoảng 245 tỷ", "245", 245e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dự án tiết kiệm năng lượng", period=SINCE),
    fig("từ 1,12 xuống", "1,12", 1.12, "measure", "tấn than/tấn urê",
        subject="tiêu hao than trước khi đầu tư", optional=True),
    fig("xuống 1,05 tấn", "1,05", 1.05, "measure", "tấn than/tấn urê",
        subject="tiêu hao than"),
    fig("gần 35.000 tấn", "35.000", 35000, "measure", "tấn", approx="nearly",
        subject="lượng than tiết kiệm mỗi năm"),
    fig("khoảng 60.000 tấn", "60.000", 60000, "measure", "tấn", approx="about",
        subject="phát thải CO2 giảm mỗi năm"),
    fig("sản xuất 195.000 tấn", "195.000", 195000, "measure", "tấn", status="target",
        subject="sản lượng urê sản xuất", period=Y25),
    fig("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about", status="target",
        subject="tỷ trọng urê hạt đục trong sản lượng urê", period=Y25),
    fig("công suất 100.000 tấn/năm", "100.000", 100000, "measure", "tấn/năm", status="forecast",
        subject="công suất dây chuyền NPK"),
    fig("có hai sản phẩm", "hai", 2, "count", "sản phẩm",
        subject="sản phẩm đạt danh hiệu sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh"),
]

NOTES = [
    "Province portal (Bắc Giang): urea plant, 9 months 2024. Breadcrumb, 'Cập nhật: 16/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: time 08:30, view counter 2.417, 'CO2', 'lần thứ 4', 'số 1 đường Thọ Xương', phone 0204.3854.538, 'quý II' (timing of a groundbreaking).",
    "'từ 1,12 xuống 1,05' is a before/after pair, not a range: 1,05 is the current level; 1,12 (the former level) optional.",
    "'nộp ngân sách … hơn 86 tỷ' continues the clause of 'ước đạt' → estimate. 'hiện' figures get no period.",
    "'Tính đến ngày 30/9/2024' is an as-of date (null..2024-09-30); 'giảm 420 tỷ đồng so với đầu năm' is the change of 1.150 tỷ.",
    "'tăng 0,8 triệu đồng so với năm 2023' is the change of the income (value 800000, multiplier applied).",
    "'trong đó urê hạt đục chiếm khoảng 30%' is a percent of its own (no total); status target (continues 'phấn đấu').",
]

if __name__ == "__main__":
    write("p1221-1", TEXT, NOTES, FIGS, published="2024-10-16", location="Bắc Giang")

"""p1221-8: provincial newspaper online (Báo Bà Rịa - Vũng Tàu), urea plant in thị xã Phú Mỹ, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Nhà máy đạm ở Phú Mỹ sản xuất vượt 600 nghìn tấn urê sau 9 tháng

Thứ Hai, 21/10/2024, 16:20

(BRVT) - Ngày 20/10, Công ty CP Phân đạm Phước Hòa cho biết 9 tháng năm 2024, nhà máy của công ty tại thị xã Phú Mỹ đã sản xuất 612.300 tấn urê, bằng 78,5% kế hoạch năm; sản lượng amoniac thương phẩm đạt 41.200 tấn.

Riêng quý III, sản lượng urê đạt 214.800 tấn, tăng 12,6% so với quý II do nhà máy không phải dừng máy. Nhà máy nằm cạnh Quốc lộ 51, được cấp khí qua đường ống Nam Côn Sơn 2; công suất vận hành bình quân quý III đạt 103%. Doanh thu 9 tháng ước đạt 7.350 tỷ đồng, lợi nhuận sau thuế khoảng 520 tỷ đồng, lần lượt bằng 76% và 91% kế hoạch năm.

Công ty hiện cung ứng phân bón qua 26 tổng đại lý và hơn 3.500 đại lý cấp 2 tại 35 tỉnh, thành phố. Nhà máy có 486 cán bộ, công nhân viên, thu nhập bình quân khoảng 24 triệu đồng/người/tháng. Từ đầu năm đến nay, công ty dành hơn 5,5 tỷ đồng cho công tác an sinh xã hội tại thị xã, trong đó xây tặng 12 căn nhà đại đoàn kết, mỗi căn trị giá 60 triệu đồng.

Quý IV, công ty phấn đấu sản xuất thêm 190.000 tấn urê, đưa sản lượng cả năm đạt khoảng 802.000 tấn, vượt 2,8% kế hoạch. Dự kiến đầu năm 2025, dây chuyền urê bổ sung vi lượng công suất 60 tấn/ngày sẽ đi vào hoạt động.

QUANG VŨ
"""

PM = "Phú Mỹ"
VN = "Việt Nam"
N9H = per("sau 9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
N9S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("vượt 600 nghìn", "600", 600000, "measure", "tấn", approx="over",
        subject="sản lượng urê của nhà máy đạm", period=N9H, location=PM),
    fig("sản xuất 612.300 tấn", "612.300", 612300, "measure", "tấn", percent=78.5,
        subject="sản lượng urê", period=N9, location=PM),
    fig("đạt 41.200 tấn", "41.200", 41200, "measure", "tấn",
        subject="sản lượng amoniac thương phẩm", period=N9, location=PM),
    fig("đạt 214.800 tấn", "214.800", 214800, "measure", "tấn",
        change=chg("increase", 12.6, "%", "quý II"), subject="sản lượng urê", period=Q3, location=PM),
    fig("đạt 103%", "103", 103, "percent", "%", subject="công suất vận hành bình quân của nhà máy",
        period=per("quý III", "2024-07-01", "2024-09-30"), location=PM),
    fig("ước đạt 7.350 tỷ", "7.350", 7350e9, "money", "đồng", percent=76, status="estimate",
        subject="doanh thu", period=N9S, location=PM),
    fig("khoảng 520 tỷ", "520", 520e9, "money", "đồng", approx="about", percent=91, status="estimate",
        subject="lợi nhuận sau thuế", period=N9S, location=PM),
    fig("qua 26 tổng", "26", 26, "count", "tổng đại lý", subject="tổng đại lý cung ứng phân bón của công ty",
        location=VN),
    fig("hơn 3.500 đại lý", "3.500", 3500, "count", "đại lý", approx="over",
        subject="đại lý cấp 2 cung ứng phân bón của công ty", location=VN),
    fig("tại 35 tỉnh", "35", 35, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố công ty cung ứng phân bón", location=VN),
    fig("có 486 cán bộ", "486", 486, "count", "cán bộ, công nhân viên",
        subject="cán bộ, công nhân viên của nhà máy", location=PM),
    fig("khoảng 24 triệu", "24", 24e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của cán bộ, công nhân viên", location=PM),
    fig("hơn 5,5 tỷ", "5,5", 5.5e9, "money", "đồng", approx="over",
        subject="kinh phí cho công tác an sinh xã hội", period=YTD, location=PM),
    fig("tặng 12 căn", "12", 12, "count", "căn nhà", subject="nhà đại đoàn kết xây tặng", period=YTD, location=PM),
    fig("trị giá 60 triệu", "60", 60e6, "money", "đồng/căn", subject="trị giá mỗi căn nhà đại đoàn kết",
        location=PM),
    fig("thêm 190.000 tấn", "190.000", 190000, "measure", "tấn", status="target",
        subject="sản lượng urê sản xuất thêm", period=Q4, location=PM),
    fig("khoảng 802.000 tấn", "802.000", 802000, "measure", "tấn", approx="about", status="target",
        change=chg("increase", 2.8, "%", "kế hoạch"), subject="sản lượng urê cả năm", period=YR, location=PM),
    fig("công suất 60 tấn/ngày", "60", 60, "measure", "tấn/ngày", status="forecast",
        subject="công suất dây chuyền urê bổ sung vi lượng", location=PM),
]

NOTES = [
    "Provincial newspaper online (Báo Bà Rịa - Vũng Tàu): headline figure, 'Thứ Hai, 21/10/2024, 16:20', tag '(BRVT) -', byline at the end.",
    "The plant is in thị xã Phú Mỹ (named in the headline and the lead): its figures get Phú Mỹ, also in the following sentences;",
    "  the sales network '26 tổng đại lý … 3.500 đại lý cấp 2 tại 35 tỉnh, thành phố' is national (a count of provinces) → Việt Nam.",
    "Headline 'vượt 600 nghìn tấn' → approx over. 'lần lượt bằng 76% và 91% kế hoạch năm' gives the percents of 7.350 tỷ and 520 tỷ.",
    "'vượt 2,8% kế hoạch' is a change of 802.000 tấn with baseline 'kế hoạch'. 'Quý IV, công ty phấn đấu' governs both clauses (target).",
    "'trong đó xây tặng 12 căn nhà' follows a sum of money: another unit, so no total. 'mỗi căn trị giá 60 triệu' → đồng/căn.",
    "Distractors: 'Ngày 20/10', 16:20, 'đại lý cấp 2', 'đầu năm 2025' (start date of a line), '(BRVT)', 'Quốc lộ 51', 'Nam Côn Sơn 2'.",
]

if __name__ == "__main__":
    write("p1221-8", TEXT, NOTES, FIGS, published="2024-10-21", location="Bà Rịa - Vũng Tàu")

"""p1454-1: province portal (Bắc Ninh): rice cooker and kitchen appliance output 9 months 2024, a maker in Yên Phong."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, Bắc Ninh sản xuất gần 4,8 triệu nồi cơm điện

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp đồ điện gia dụng trên địa bàn tỉnh Bắc Ninh sản xuất ước đạt 4,76 triệu nồi cơm điện, tăng 11,3% so với cùng kỳ năm 2023, bằng 78,2% kế hoạch năm. Trong đó, nồi cơm điện tử 1,12 triệu chiếc, nồi cơm điện cơ 3,64 triệu chiếc.

Trong 9 tháng, sản lượng bếp điện từ đạt 865.000 chiếc, tăng 18,6%; ấm đun nước siêu tốc khoảng 2,3 triệu chiếc, giảm 4,5% so với cùng kỳ. Chỉ số sản xuất ngành sản xuất thiết bị điện 9 tháng tăng 9,7%.

Toàn tỉnh hiện có 27 doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng hơn 14.500 lao động.

Tại Khu công nghiệp Yên Phong II-C, huyện Yên Phong, nhà máy của Công ty cổ phần Điện gia dụng Kim Thịnh có 4 dây chuyền lắp ráp, công suất 200.000 sản phẩm/tháng. 9 tháng qua, công ty xuất xưởng 1,45 triệu sản phẩm, chiếm 25,8% sản lượng nồi cơm điện và bếp điện từ toàn tỉnh; doanh thu đạt 612 tỷ đồng, tăng 14% so với cùng kỳ.

Kim ngạch xuất khẩu đồ điện gia dụng nhà bếp 9 tháng ước đạt 186 triệu USD, chiếm khoảng 0,5% tổng kim ngạch xuất khẩu của tỉnh. Thị trường chính là Nhật Bản, Hàn Quốc và các nước ASEAN.

Dự kiến cả năm 2024, sản lượng nồi cơm điện toàn tỉnh đạt khoảng 6,3 triệu chiếc, vượt 3,5% kế hoạch. Sở Công Thương tiếp tục hướng dẫn doanh nghiệp thực hiện Quyết định số 1250/QĐ-UBND về chương trình khuyến công và tham gia Hội chợ Công Thương vùng đồng bằng sông Hồng lần thứ 3.

Tin liên quan:
- Bắc Ninh: Hội nghị kết nối cung cầu hàng công nghiệp năm 2024
- Khởi công nhà máy linh kiện điện tử tại Khu công nghiệp Quế Võ III
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
TRONG9 = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
YP = "Yên Phong"

FIGS = [
    fig("gần 4,8 triệu", "4,8", 4.8e6, "count", "nồi cơm điện", approx="nearly",
        subject="nồi cơm điện sản xuất", period=NINE_S),
    fig("ước đạt 4,76 triệu", "4,76", 4.76e6, "count", "nồi cơm điện", status="estimate", percent=78.2,
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="nồi cơm điện các doanh nghiệp đồ điện gia dụng sản xuất", period=NINE),
    fig("điện tử 1,12 triệu", "1,12", 1.12e6, "count", "chiếc", total=4.76e6, status="estimate",
        subject="nồi cơm điện tử", period=inh(NINE)),
    fig("cơ 3,64 triệu", "3,64", 3.64e6, "count", "chiếc", total=4.76e6, status="estimate",
        subject="nồi cơm điện cơ", period=inh(NINE)),
    fig("đạt 865.000 chiếc", "865.000", 865000, "count", "chiếc",
        change=chg("increase", 18.6, "%"), subject="sản lượng bếp điện từ", period=TRONG9),
    fig("khoảng 2,3 triệu", "2,3", 2.3e6, "count", "chiếc", approx="about",
        change=chg("decrease", 4.5, "%", "cùng kỳ"), subject="sản lượng ấm đun nước siêu tốc", period=TRONG9),
    fig("tăng 9,7%", "9,7", 9.7, "percent", "%",
        subject="chỉ số sản xuất ngành sản xuất thiết bị điện", period=NINE_S),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng"),
    fig("đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("hơn 14.500 lao động", "14.500", 14500, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng sử dụng"),
    fig("có 4 dây chuyền", "4", 4, "count", "dây chuyền",
        subject="dây chuyền lắp ráp của nhà máy Công ty cổ phần Điện gia dụng Kim Thịnh", location=YP),
    fig("suất 200.000 sản phẩm", "200.000", 200000, "measure", "sản phẩm/tháng",
        subject="công suất nhà máy của Công ty cổ phần Điện gia dụng Kim Thịnh", location=YP),
    fig("xưởng 1,45 triệu", "1,45", 1.45e6, "count", "sản phẩm", percent=25.8,
        subject="sản phẩm công ty xuất xưởng", period=NINE_Q, location=YP),
    fig("đạt 612 tỷ", "612", 612e9, "money", "đồng", change=chg("increase", 14, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=NINE_Q, location=YP),
    fig("ước đạt 186 triệu", "186", 186e6, "money", "USD", status="estimate", percent=0.5,
        subject="kim ngạch xuất khẩu đồ điện gia dụng nhà bếp", period=NINE_S),
    fig("khoảng 6,3 triệu", "6,3", 6.3e6, "count", "chiếc", approx="about", status="forecast",
        change=chg("increase", 3.5, "%", "kế hoạch"),
        subject="sản lượng nồi cơm điện toàn tỉnh", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): rice cookers and kitchen appliances 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, 'Khu công nghiệp Yên Phong II-C', 'Quế Võ III', Quyết định số 1250/QĐ-UBND, 'lần thứ 3', 'năm 2024' in a link.",
    "Headline 'gần 4,8 triệu nồi cơm điện' is its own figure (nearly, actual: no estimate cue in the headline); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break: total 4,76 triệu, status estimate carried from the whole ('ước đạt'), period inherited.",
    "'bằng 78,2% kế hoạch năm' is the percent attribute; 'vượt 3,5% kế hoạch' is a change with baseline 'kế hoạch' (FIGURES.md: gap to a plan).",
    "The Kim Thịnh passage (huyện Yên Phong) has location Yên Phong; its 'chiếm 25,8% ... toàn tỉnh' is a percent attribute.",
    "'Dự kiến cả năm 2024 ... khoảng 6,3 triệu' → forecast, about.",
]

if __name__ == "__main__":
    write("p1454-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")

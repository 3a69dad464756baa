"""p1223-5: Party newspaper (Báo Tây Ninh), glove makers after Covid-19; a factory in huyện Gò Dầu; 7 months 2023."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BÁO TÂY NINH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TÂY NINH
Kinh tế

Găng tay “made in Tây Ninh” đứng vững sau cơn sốt Covid-19

Sau giai đoạn 2020-2021, nhu cầu găng tay y tế giảm mạnh; giá găng tay nitrile trên thị trường thế giới có thời điểm chỉ còn khoảng 18 USD/thùng 1.000 chiếc, giảm khoảng 60% so với lúc cao điểm. Dù vậy, các doanh nghiệp găng tay trong tỉnh vẫn giữ được nhịp sản xuất.

Tại Khu công nghiệp Phước Đông (huyện Gò Dầu), Công ty TNHH Găng tay Hưng Phát vận hành 12 dây chuyền, mỗi ngày xuất xưởng khoảng 2,4 triệu chiếc găng tay nitrile. 7 tháng đầu năm 2023, công ty đạt doanh thu 386 tỷ đồng, bằng 92% cùng kỳ; xuất khẩu 1.150 container sang Mỹ, Nhật Bản và EU. Ông Lê Văn Hưng, Giám đốc công ty, cho biết đơn hàng quý IV đã kín 85% công suất.

Công ty hiện có 1.020 công nhân, hơn 70% là người địa phương; thu nhập bình quân 8,9 triệu đồng/người/tháng. Trong năm nay, công ty dự kiến đầu tư thêm hai dây chuyền, nâng sản lượng lên 1 tỷ chiếc/năm.

Theo Sở Công Thương, 7 tháng đầu năm, chỉ số sản xuất ngành sản xuất thiết bị, dụng cụ y tế của tỉnh tăng 6,8% so với cùng kỳ; kim ngạch xuất khẩu găng tay ước đạt 148 triệu USD, chiếm khoảng 3% tổng kim ngạch xuất khẩu toàn tỉnh. Toàn tỉnh có 6 doanh nghiệp sản xuất găng tay, tổng công suất gần 5 tỷ chiếc/năm, sử dụng trên 6.500 lao động.

THANH HÒA
14/08/2023
"""

M7 = per("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
M7b = per("7 tháng đầu năm", "2023-01-01", "2023-07-31")
Q4 = per("quý IV", "2023-10-01", "2023-12-31")
YE = per("Trong năm nay", "2023-01-01", "2023-12-31")
GD = "Gò Dầu"

FIGS = [
    fig("khoảng 18 USD/thùng", "18", 18, "money", "USD/thùng", approx="about", location="",
        change=chg("decrease", 60, "%", "lúc cao điểm", approx="about"),
        subject="giá găng tay nitrile trên thị trường thế giới"),
    fig("vận hành 12 dây chuyền", "12", 12, "count", "dây chuyền", location=GD,
        subject="dây chuyền của Công ty TNHH Găng tay Hưng Phát"),
    fig("khoảng 2,4 triệu chiếc", "2,4", 2400000, "measure", "chiếc/ngày", approx="about", location=GD,
        subject="găng tay nitrile xuất xưởng mỗi ngày"),
    fig("doanh thu 386 tỷ đồng", "386", 386000000000, "money", "đồng", percent=92, location=GD,
        subject="doanh thu của công ty", period=M7),
    fig("1.150 container", "1.150", 1150, "count", "container", location=GD,
        subject="container xuất khẩu", period=M7),
    fig("kín 85% công suất", "85", 85, "percent", "%", location=GD,
        subject="tỷ lệ công suất đã kín đơn hàng", period=Q4),
    fig("có 1.020 công nhân", "1.020", 1020, "count", "công nhân", location=GD,
        subject="công nhân của công ty"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", location=GD,
        subject="tỷ lệ công nhân là người địa phương"),
    fig("8,9 triệu đồng/người/tháng", "8,9", 8900000, "money", "đồng/người/tháng", location=GD,
        subject="thu nhập bình quân của công nhân"),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", status="forecast", location=GD,
        subject="dây chuyền đầu tư thêm", period=YE),
    fig("lên 1 tỷ chiếc/năm", "1", 1000000000, "measure", "chiếc/năm", status="forecast", location=GD,
        subject="sản lượng của công ty", period=YE),
    fig("tăng 6,8%", "6,8", 6.8, "percent", "%",
        subject="chỉ số sản xuất ngành sản xuất thiết bị, dụng cụ y tế", period=M7b),
    fig("ước đạt 148 triệu USD", "148", 148000000, "money", "USD", percent=3, status="estimate",
        subject="kim ngạch xuất khẩu găng tay", period=M7b),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất găng tay"),
    fig("gần 5 tỷ chiếc/năm", "5", 5000000000, "measure", "chiếc/năm", approx="nearly",
        subject="tổng công suất của các doanh nghiệp sản xuất găng tay"),
    fig("trên 6.500 lao động", "6.500", 6500, "count", "lao động", approx="over",
        subject="lao động của các doanh nghiệp sản xuất găng tay"),
]

NOTES = [
    "Party newspaper (Báo Tây Ninh): byline THANH HÒA and bare date 14/08/2023 at the end. Default location Tây Ninh.",
    "Distractors: 'Covid-19' (a name), 'giai đoạn 2020-2021', '1.000 chiếc' inside the unit 'USD/thùng 1.000 chiếc' (the box size is the",
    "  rate's denominator, not a figure), 'Khu công nghiệp Phước Đông'.",
    "The world price has no Vietnamese place: location empty (null). Its change 'giảm khoảng 60% so với lúc cao điểm'.",
    "'bằng 92% cùng kỳ' is a share (percent attribute), cf. FIGURES.md 'bằng 139% cùng kỳ'. 'mỗi ngày … 2,4 triệu chiếc' is a rate (chiếc/ngày).",
    "Company passage (Gò Dầu) runs over two paragraphs ('Công ty hiện có …' continues it). 'quý IV' = 2023 (year of the nearest earlier date).",
    "'Trong năm nay … dự kiến' → forecast, period 2023 (the year of the dateline). '7 tháng đầu năm' (no year) takes 2023.",
    "'chỉ số sản xuất … tăng 6,8% so với cùng kỳ' is a growth rate that is the claim: percent, no change. 'hai' is a number word.",
]

if __name__ == "__main__":
    build("p1223-5", TEXT, NOTES, FIGS, published="2023-08-14", location="Tây Ninh")

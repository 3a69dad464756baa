"""p1489-1: province portal (Bắc Ninh): household electrical appliances, 9 months 2024; a kettle plant in thị xã Quế Võ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất đồ điện gia dụng 9 tháng tăng hơn 11%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836

Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2024, chỉ số sản xuất ngành đồ điện gia dụng trên địa bàn tỉnh Bắc Ninh tăng 11,4% so với cùng kỳ năm 2023. Sản lượng ấm đun nước siêu tốc ước đạt 4,62 triệu chiếc, tăng 9,8% so với cùng kỳ, bằng 76,3% kế hoạch năm; máy xay sinh tố 1,85 triệu chiếc, tăng 14,2%; máy ép trái cây 392 nghìn chiếc, giảm 3,1%.

Giá trị xuất khẩu nhóm hàng đồ điện gia dụng nhỏ 9 tháng ước đạt 286,5 triệu USD, chiếm 2,4% kim ngạch xuất khẩu của tỉnh; thị trường chính là Hàn Quốc, Nhật Bản và Hoa Kỳ.

Hiện toàn tỉnh có 27 doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng với gần 14.500 lao động, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài. Bắc Ninh đứng thứ hai cả nước về sản lượng ấm siêu tốc, sau Bình Dương.

Tại Khu công nghiệp Quế Võ 2, thị xã Quế Võ, Công ty TNHH Điện gia dụng Kinh Bắc vừa đưa vào vận hành hai dây chuyền lắp ráp ấm siêu tốc tự động với tổng vốn đầu tư 156 tỷ đồng, nâng công suất nhà máy lên 3 triệu sản phẩm/năm. Từ đầu năm đến nay, công ty xuất khẩu trên 1,2 triệu ấm siêu tốc, doanh thu đạt 418 tỷ đồng, tăng 17% so với cùng kỳ.

Quý IV, các doanh nghiệp phấn đấu sản xuất thêm khoảng 1,5 triệu ấm siêu tốc, đưa sản lượng cả năm lên trên 6 triệu chiếc. Sở Công Thương đề nghị doanh nghiệp thực hiện nghiêm Thông tư số 36/2016/TT-BCT về dán nhãn năng lượng.

Tin liên quan:
- Bắc Ninh: Khai mạc Hội chợ Thương mại quốc tế lần thứ 3
- Thu hút đầu tư vào các khu công nghiệp 6 tháng đầu năm
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("tăng hơn 11%", "11", 11, "percent", "%", approx="over",
        subject="sản xuất đồ điện gia dụng", period=NINE_H),
    fig("tăng 11,4%", "11,4", 11.4, "percent", "%",
        subject="chỉ số sản xuất ngành đồ điện gia dụng", period=NINE),
    fig("ước đạt 4,62 triệu", "4,62", 4.62e6, "count", "chiếc", status="estimate", percent=76.3,
        change=chg("increase", 9.8, "%", "cùng kỳ"),
        subject="sản lượng ấm đun nước siêu tốc", period=inh(NINE)),
    fig("sinh tố 1,85 triệu", "1,85", 1.85e6, "count", "chiếc", status="estimate",
        change=chg("increase", 14.2, "%"),
        subject="sản lượng máy xay sinh tố", period=inh(NINE)),
    fig("trái cây 392 nghìn", "392", 392e3, "count", "chiếc", status="estimate",
        change=chg("decrease", 3.1, "%"),
        subject="sản lượng máy ép trái cây", period=inh(NINE)),
    fig("ước đạt 286,5 triệu", "286,5", 286.5e6, "money", "USD", status="estimate", percent=2.4,
        subject="giá trị xuất khẩu nhóm hàng đồ điện gia dụng nhỏ", period=NINE_H),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("gần 14.500 lao động", "14.500", 14500, "count", "lao động", approx="nearly",
        subject="lao động của các doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng ấm siêu tốc"),
    fig("hành hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền lắp ráp ấm siêu tốc tự động đưa vào vận hành", location=QV),
    fig("tư 156 tỷ", "156", 156e9, "money", "đồng",
        subject="tổng vốn đầu tư hai dây chuyền lắp ráp ấm siêu tốc", location=QV),
    fig("lên 3 triệu", "3", 3e6, "measure", "sản phẩm/năm",
        subject="công suất nhà máy", location=QV),
    fig("trên 1,2 triệu", "1,2", 1.2e6, "count", "ấm siêu tốc", approx="over",
        subject="ấm siêu tốc công ty xuất khẩu", period=YTD, location=QV),
    fig("đạt 418 tỷ", "418", 418e9, "money", "đồng", change=chg("increase", 17, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=YTD, location=QV),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "count", "ấm siêu tốc", approx="about", status="target",
        subject="ấm siêu tốc các doanh nghiệp sản xuất thêm", period=Q4),
    fig("trên 6 triệu", "6", 6e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng ấm siêu tốc cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): household electrical appliances, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.836', related links.",
    "Distractors: 08:45, Lượt xem 1.836, 'Khu công nghiệp Quế Võ 2', Thông tư số 36/2016/TT-BCT, 'lần thứ 3', '6 tháng đầu năm' in a link title.",
    "Headline '9 tháng tăng hơn 11%' is a growth rate as the claim: percent, over, no change; year-less '9 tháng' takes 2024 from published.",
    "The ';' chain after 'ước đạt 4,62 triệu chiếc' continues the clause without a verb of its own: the 1,85 triệu and 392 nghìn are estimates too.",
    "Their period '9 tháng đầu năm 2024' stands in the previous sentence: inherited.",
    "'27 doanh nghiệp ... với gần 14.500 lao động, trong đó 9 doanh nghiệp ...': the part counts firms, so its whole is 27, not the workers.",
    "Rank 'Bắc Ninh đứng thứ hai cả nước ..., sau Bình Dương': location Bắc Ninh (the ranked province), not Bình Dương.",
    "Products counted in 'chiếc' are count; a capacity 'sản phẩm/năm' is a measure with its time denominator.",
    "The plant passage in thị xã Quế Võ: location Quế Võ; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1489-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")

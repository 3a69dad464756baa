"""p1523-1: province portal (Hưng Yên): pencil, eraser, sharpener output 9 months 2024; a maker in Yên Mỹ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất bút chì, tẩy 9 tháng tăng gần 12%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Cục Thống kê tỉnh, 9 tháng đầu năm 2024, sản lượng bút chì các loại trên địa bàn tỉnh Hưng Yên ước đạt 186,5 triệu chiếc, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, bút chì gỗ 142,3 triệu chiếc, bút chì kim 44,2 triệu chiếc. Sản lượng tẩy ước đạt 58 triệu cục, tăng 7,5%; gọt bút chì đạt 21,4 triệu chiếc.

Hiện toàn tỉnh có 5 doanh nghiệp sản xuất văn phòng phẩm, đồ dùng học tập, sử dụng khoảng 2.700 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.

Tại Khu công nghiệp Phố Nối A, huyện Yên Mỹ, Công ty cổ phần Văn phòng phẩm Tân Khuê trong 9 tháng xuất xưởng 97 triệu bút chì, chiếm 52% sản lượng toàn tỉnh. Công ty đang lắp đặt thêm hai dây chuyền sơn thân bút công suất 12.000 chiếc/giờ, tổng vốn đầu tư khoảng 65 tỷ đồng. Từ đầu năm đến nay, kim ngạch xuất khẩu của công ty đạt 8,6 triệu USD, tăng 14% so với cùng kỳ; sản phẩm chủ yếu xuất sang Nhật Bản, Hàn Quốc và Úc.

Giá trị sản xuất ngành văn phòng phẩm 9 tháng ước đạt 1.245 tỷ đồng, chiếm khoảng 1,3% giá trị sản xuất công nghiệp của tỉnh.

Quý IV, ngành công thương phấn đấu sản xuất thêm 58 triệu chiếc bút chì, đưa sản lượng cả năm lên khoảng 245 triệu chiếc. Sở Công Thương đề nghị các doanh nghiệp thực hiện ghi nhãn theo Nghị định số 111/2021/NĐ-CP, bảo đảm hàm lượng chì trong lớp sơn đáp ứng QCVN 3:2019/BKHCN.

Tin liên quan:
- Hưng Yên: Hội nghị đối thoại doanh nghiệp năm 2024
- Khai mạc Hội chợ hàng Việt Nam chất lượng cao lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
YM = "Yên Mỹ"

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản xuất bút chì, tẩy", period=NINE_SHORT),
    fig("ước đạt 186,5 triệu", "186,5", 186.5e6, "count", "chiếc", status="estimate", percent=76.2,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bút chì các loại", period=NINE),
    fig("bút chì gỗ 142,3 triệu", "142,3", 142.3e6, "count", "chiếc", total=186.5e6, status="estimate",
        subject="bút chì gỗ", period=inh(NINE)),
    fig("bút chì kim 44,2 triệu", "44,2", 44.2e6, "count", "chiếc", total=186.5e6, status="estimate",
        subject="bút chì kim", period=inh(NINE)),
    fig("ước đạt 58 triệu", "58", 58e6, "count", "cục", status="estimate",
        change=chg("increase", 7.5, "%"), subject="sản lượng tẩy", period=inh(NINE)),
    fig("đạt 21,4 triệu", "21,4", 21.4e6, "count", "chiếc",
        subject="gọt bút chì", period=inh(NINE)),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất văn phòng phẩm, đồ dùng học tập"),
    fig("khoảng 2.700 lao động", "2.700", 2700, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("xuất xưởng 97 triệu", "97", 97e6, "count", "bút chì", percent=52,
        subject="bút chì Công ty cổ phần Văn phòng phẩm Tân Khuê xuất xưởng", period=NINE_SHORT, location=YM),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền sơn thân bút lắp đặt thêm", location=YM),
    fig("12.000 chiếc/giờ", "12.000", 12000, "measure", "chiếc/giờ",
        subject="công suất dây chuyền sơn thân bút", location=YM),
    fig("khoảng 65 tỷ", "65", 65e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền sơn thân bút", location=YM),
    fig("đạt 8,6 triệu USD", "8,6", 8.6e6, "money", "USD", change=chg("increase", 14, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu của công ty", period=YTD, location=YM),
    fig("ước đạt 1.245 tỷ", "1.245", 1245e9, "money", "đồng", status="estimate", percent=1.3,
        subject="giá trị sản xuất ngành văn phòng phẩm", period=NINE_SHORT),
    fig("thêm 58 triệu", "58", 58e6, "count", "chiếc", status="target",
        subject="bút chì sản xuất thêm", period=Q4),
    fig("khoảng 245 triệu", "245", 245e6, "count", "chiếc", approx="about", status="target",
        subject="sản lượng bút chì cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Hưng Yên): pencils, erasers, sharpeners 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, 'Phố Nối A', Nghị định số 111/2021/NĐ-CP, QCVN 3:2019/BKHCN, 'năm 2024' and 'lần thứ 3' in related links.",
    "Headline 'tăng gần 12%' is a growth rate as the claim (percent, nearly); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break take total 186,5 triệu and the whole's status estimate; tẩy 'tăng 7,5%' has no baseline.",
    "'gọt bút chì đạt 21,4 triệu chiếc' after ';' has its own verb 'đạt' (not 'ước đạt'): actual, period inherited.",
    "The Tân Khuê passage (KCN Phố Nối A, huyện Yên Mỹ) is located in Yên Mỹ; 'Từ đầu năm đến nay' ends at the dateline.",
    "'chiếm khoảng 1,3%' is the percent attribute of 1.245 tỷ (its approx belongs to the share, not to the figure).",
    "'Quý IV ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1523-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")

"""p1468-1: province portal (Bắc Giang): chargers, cables, power banks, 9 months 2024; a plant in Việt Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất sạc, cáp sạc 9 tháng ước đạt gần 96 triệu sản phẩm

Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Bắc Giang ước sản xuất 95,8 triệu sản phẩm sạc, cáp sạc và pin sạc dự phòng, tăng 14,2% so với cùng kỳ năm 2023, bằng 76,6% kế hoạch năm. Trong đó, củ sạc đạt 38,4 triệu sản phẩm; cáp sạc 52,1 triệu sản phẩm; pin sạc dự phòng 5,3 triệu sản phẩm.

Chỉ số sản xuất ngành sản phẩm điện tử 9 tháng tăng 18,7%, cao nhất trong các ngành công nghiệp của tỉnh. Bắc Giang hiện đứng thứ hai cả nước về sản lượng cáp sạc, sau Bắc Ninh.

Hiện tỉnh có 27 doanh nghiệp sản xuất sạc, cáp sạc và pin sạc dự phòng, trong đó 19 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 41.500 lao động; thu nhập bình quân 9,6 triệu đồng/người/tháng.

Tại Khu công nghiệp Quang Châu, thị xã Việt Yên, Công ty TNHH Điện tử Vĩnh Khang từ đầu năm đến nay đã xuất khẩu 31,2 triệu bộ sạc nhanh cho dòng iPhone 15, chiếm 32,6% sản lượng toàn tỉnh; kim ngạch đạt 148 triệu USD. Công ty đang lắp đặt thêm 12 dây chuyền sản xuất củ sạc và dự kiến tuyển thêm từ 1.500 đến 2.000 lao động trong quý IV.

Thu ngân sách từ các doanh nghiệp trong lĩnh vực này 9 tháng ước đạt 1.236 tỷ đồng, tăng 9,1% so với cùng kỳ.

Quý IV, ngành công thương phấn đấu sản xuất thêm khoảng 29 triệu sản phẩm, đưa sản lượng cả năm lên trên 125 triệu sản phẩm; kim ngạch xuất khẩu nhóm hàng này cả năm dự kiến đạt 1,4 tỷ USD.

Tin liên quan:
- Bắc Giang: Hội nghị xúc tiến đầu tư năm 2024 tại Thâm Quyến
- Khánh thành Nhà máy linh kiện điện tử số 2 tại KCN Vân Trung
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Q4b = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VY = "Việt Yên"

FIGS = [
    fig("ước đạt gần 96 triệu", "96", 96e6, "count", "sản phẩm", approx="nearly", status="estimate",
        subject="sản xuất sạc, cáp sạc", period=NINE_H),
    fig("ước sản xuất 95,8 triệu", "95,8", 95.8e6, "count", "sản phẩm", status="estimate", percent=76.6,
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm sạc, cáp sạc và pin sạc dự phòng", period=NINE),
    fig("củ sạc đạt 38,4 triệu", "38,4", 38.4e6, "count", "sản phẩm", total=95.8e6, status="estimate",
        subject="củ sạc", period=inh(NINE)),
    fig("cáp sạc 52,1 triệu", "52,1", 52.1e6, "count", "sản phẩm", total=95.8e6, status="estimate",
        subject="cáp sạc", period=inh(NINE)),
    fig("pin sạc dự phòng 5,3 triệu", "5,3", 5.3e6, "count", "sản phẩm", total=95.8e6, status="estimate",
        subject="pin sạc dự phòng", period=inh(NINE)),
    fig("tăng 18,7%", "18,7", 18.7, "percent", "%",
        subject="chỉ số sản xuất ngành sản phẩm điện tử", period=NINE_S),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng cáp sạc"),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sạc, cáp sạc và pin sạc dự phòng"),
    fig("trong đó 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 41.500 lao động", "41.500", 41500, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("xuất khẩu 31,2 triệu", "31,2", 31.2e6, "count", "bộ sạc", percent=32.6,
        subject="bộ sạc nhanh Công ty TNHH Điện tử Vĩnh Khang xuất khẩu", period=YTD, location=VY),
    fig("đạt 148 triệu USD", "148", 148e6, "money", "USD",
        subject="kim ngạch xuất khẩu của Công ty TNHH Điện tử Vĩnh Khang", period=YTD, location=VY),
    fig("thêm 12 dây chuyền", "12", 12, "count", "dây chuyền",
        subject="dây chuyền sản xuất củ sạc công ty lắp đặt thêm", location=VY),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "count", "lao động", value_max=2000, status="forecast",
        subject="lao động công ty tuyển thêm", period=Q4, location=VY),
    fig("ước đạt 1.236 tỷ", "1.236", 1236e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.1, "%", "cùng kỳ"),
        subject="thu ngân sách từ các doanh nghiệp trong lĩnh vực sạc, cáp sạc", period=NINE_S),
    fig("thêm khoảng 29 triệu", "29", 29e6, "count", "sản phẩm", approx="about", status="target",
        subject="sản phẩm sản xuất thêm", period=Q4b),
    fig("trên 125 triệu", "125", 125e6, "count", "sản phẩm", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
    fig("đạt 1,4 tỷ USD", "1,4", 1.4e9, "money", "USD", status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng sạc, cáp sạc", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Giang): chargers, cables and power banks, 9 months 2024; 'Cập nhật: 10/10/2024 08:45 | Lượt xem: 1.862'.",
    "Distractors: 08:45, Lượt xem 1.862, 'iPhone 15', 'năm 2024' and 'số 2' in related links, 'Khu công nghiệp Quang Châu'.",
    "Headline 'gần 96 triệu sản phẩm' is its own figure (estimate, nearly); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break take total 95,8 triệu and the whole's status (estimate); period inherited.",
    "'bằng 76,6% kế hoạch năm' is the percent attribute of 95,8 triệu; '19 doanh nghiệp' after 'trong đó' takes total 27.",
    "Vĩnh Khang passage in thị xã Việt Yên: location Việt Yên; 'từ đầu năm đến nay' ends at the dateline 2024-10-10;",
    "'32,6% sản lượng toàn tỉnh' is the share (percent attribute) of 31,2 triệu; 'dự kiến' → forecast for the hiring range.",
    "'đứng thứ hai cả nước về sản lượng cáp sạc, sau Bắc Ninh': rank 2 (number word), located in Bắc Giang; 'hiện' → no period.",
    "Last paragraph: 'phấn đấu' governs '29 triệu' and its continuation 'trên 125 triệu' (target); '1,4 tỷ USD' has its own cue 'dự kiến' (forecast).",
]

if __name__ == "__main__":
    write("p1468-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Bắc Giang")

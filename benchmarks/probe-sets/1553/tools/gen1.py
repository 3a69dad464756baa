"""p1553-1: province portal (Thanh Hóa): sports-shoe output 9 months 2024, a factory in thị xã Bỉm Sơn."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất giày thể thao 9 tháng tăng hơn 12%

Cập nhật: 10/10/2024 15:05 | Lượt xem: 3.184

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng giày thể thao trên địa bàn tỉnh Thanh Hóa ước đạt 118,6 triệu đôi, tăng 12,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, giày chạy bộ 54,3 triệu đôi, giày tập luyện 41,8 triệu đôi, giày trẻ em 22,5 triệu đôi.

Kim ngạch xuất khẩu giày dép 9 tháng ước đạt 2,35 tỷ USD, chiếm khoảng 41% tổng kim ngạch xuất khẩu của tỉnh. Hoa Kỳ vẫn là thị trường lớn nhất với 38,5% kim ngạch, tiếp đến là EU với 27%.

Hiện toàn tỉnh có 27 doanh nghiệp sản xuất giày thể thao, trong đó 19 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng hơn 96.000 lao động, thu nhập bình quân 9,1 triệu đồng/người/tháng.

Tại Khu công nghiệp Bỉm Sơn (Km 286, Quốc lộ 1A), thị xã Bỉm Sơn, nhà máy của Công ty TNHH Giày thể thao Hoàng Sơn trong 9 tháng sản xuất 31,2 triệu đôi, chiếm 26,3% sản lượng toàn tỉnh. Công ty đang lắp đặt thêm bốn dây chuyền may mũ giày, nâng công suất lên 45 triệu đôi/năm, tổng vốn 520 tỷ đồng. Từ đầu năm đến nay, công ty đã tuyển mới gần 2.400 lao động.

Quý IV, ngành phấn đấu sản xuất thêm khoảng 38 triệu đôi, đưa sản lượng cả năm lên trên 156 triệu đôi. Sở Công Thương đề nghị các doanh nghiệp thực hiện nghiêm Nghị định số 145/2020/NĐ-CP về điều kiện lao động.

Tin liên quan:
- Thanh Hóa: Đối thoại với doanh nghiệp FDI năm 2024
- Khai mạc Hội chợ Công Thương khu vực Bắc Trung Bộ lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
BS = "Bỉm Sơn"

FIGS = [
    fig("tăng hơn 12%", "12", 12, "percent", "%", approx="over",
        subject="sản xuất giày thể thao", period=NINE_S),
    fig("ước đạt 118,6 triệu", "118,6", 118.6e6, "count", "đôi", status="estimate", percent=76.2,
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="sản lượng giày thể thao", period=NINE),
    fig("chạy bộ 54,3 triệu", "54,3", 54.3e6, "count", "đôi", total=118.6e6, status="estimate",
        subject="sản lượng giày chạy bộ", period=inh(NINE)),
    fig("tập luyện 41,8 triệu", "41,8", 41.8e6, "count", "đôi", total=118.6e6, status="estimate",
        subject="sản lượng giày tập luyện", period=inh(NINE)),
    fig("trẻ em 22,5 triệu", "22,5", 22.5e6, "count", "đôi", total=118.6e6, status="estimate",
        subject="sản lượng giày trẻ em", period=inh(NINE)),
    fig("ước đạt 2,35 tỷ", "2,35", 2.35e9, "money", "USD", status="estimate", percent=41,
        subject="kim ngạch xuất khẩu giày dép", period=NINE_S),
    fig("với 38,5% kim ngạch", "38,5", 38.5, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu giày dép", period=inh(NINE_S)),
    fig("EU với 27%", "27", 27, "percent", "%",
        subject="tỷ trọng thị trường EU trong kim ngạch xuất khẩu giày dép", period=inh(NINE_S)),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giày thể thao"),
    fig("đó 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("hơn 96.000 lao động", "96.000", 96000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất giày thể thao sử dụng"),
    fig("bình quân 9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("sản xuất 31,2 triệu", "31,2", 31.2e6, "count", "đôi", percent=26.3,
        subject="sản lượng giày nhà máy của Công ty TNHH Giày thể thao Hoàng Sơn sản xuất",
        period=NINE_S, location=BS),
    fig("thêm bốn dây chuyền", "bốn", 4, "count", "dây chuyền",
        subject="dây chuyền may mũ giày công ty lắp đặt thêm", location=BS),
    fig("lên 45 triệu", "45", 45e6, "measure", "đôi/năm", subject="công suất nhà máy", location=BS),
    fig("vốn 520 tỷ", "520", 520e9, "money", "đồng", subject="tổng vốn đầu tư dây chuyền", location=BS),
    fig("gần 2.400 lao động", "2.400", 2400, "count", "lao động", approx="nearly",
        subject="lao động công ty tuyển mới", period=YTD, location=BS),
    fig("khoảng 38 triệu", "38", 38e6, "count", "đôi", approx="about", status="target",
        subject="sản lượng giày sản xuất thêm", period=Q4),
    fig("trên 156 triệu", "156", 156e6, "count", "đôi", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thanh Hóa): sports-shoe output 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 15:05 | Lượt xem: 3.184', related links.",
    "Distractors: 15:05, Lượt xem 3.184, 'Km 286, Quốc lộ 1A', Nghị định số 145/2020/NĐ-CP, 'năm 2024' and 'lần thứ 3' in link titles.",
    "Pairs of shoes (đôi) are counts; a capacity in đôi/năm is a measure (rate).",
    "Headline 'tăng hơn 12%' is a growth rate as the claim (percent, over); year-less '9 tháng' takes 2024.",
    "'Trong đó' parts after a sentence break: total 118,6 triệu, status estimate from the whole, period inherited.",
    "Market shares 38,5% / 27% stand in a new sentence without 'ước': actual, period inherited; trade partners are not locations.",
    "Factory passage in thị xã Bỉm Sơn: location Bỉm Sơn; 'Từ đầu năm đến nay' ends at the dateline 2024-10-10.",
    "'Quý IV ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1553-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Thanh Hóa")

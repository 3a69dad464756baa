"""p1515-1: province portal (Bắc Ninh): output and exports of infant feeding products, 9 months 2024; a bottle maker in Quế Võ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Ninh: Xuất khẩu bình sữa, núm ti 9 tháng đạt gần 48 triệu USD

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.863

Theo Sở Công Thương, 9 tháng năm 2024, các doanh nghiệp sản xuất đồ dùng cho trẻ sơ sinh trên địa bàn tỉnh ước sản xuất 36,4 triệu sản phẩm, tăng 11,2% so với cùng kỳ năm 2023, bằng 72% kế hoạch năm. Trong đó, bình sữa 14,8 triệu sản phẩm, núm ti 19,3 triệu sản phẩm. Kim ngạch xuất khẩu nhóm hàng này ước đạt 47,6 triệu USD, chiếm khoảng 65% giá trị sản xuất.

Tại Khu công nghiệp Quế Võ II (thị xã Quế Võ), Công ty TNHH Nhựa y tế Sakura Baby Việt Nam vận hành 4 dây chuyền ép phun và hai dây chuyền thổi bình, công suất 1,2 triệu bình/tháng. Từ đầu năm đến nay, công ty xuất khẩu 9,6 triệu sản phẩm sang Nhật Bản và Hàn Quốc, doanh thu khoảng 21 triệu USD. Công ty sử dụng 860 lao động, trong đó lao động nữ chiếm hơn 70%; thu nhập bình quân 9,2 triệu đồng/người/tháng.

Ông Nguyễn Văn Thắng, Phó Giám đốc Sở Công Thương cho biết, quý IV, ngành phấn đấu sản xuất thêm khoảng 14 triệu sản phẩm để cả năm đạt trên 50 triệu sản phẩm; dự kiến năm 2025 sẽ có thêm 2 dự án FDI với tổng vốn 35 triệu USD đi vào hoạt động. Mục tiêu đến năm 2030, kim ngạch xuất khẩu đồ dùng cho trẻ sơ sinh của tỉnh đạt 150 triệu USD.

Tin liên quan:
- Hội chợ Mẹ và Bé Bắc Ninh lần thứ 3 thu hút đông đảo khách tham quan
- Triển khai QCVN 12-1:2011/BYT đối với bao bì, dụng cụ bằng nhựa tổng hợp
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
QV = "Quế Võ"

FIGS = [
    fig("đạt gần 48 triệu", "48", 48e6, "money", "USD", approx="nearly",
        subject="xuất khẩu bình sữa, núm ti", period=NINE_H),
    fig("ước sản xuất 36,4 triệu", "36,4", 36.4e6, "count", "sản phẩm", status="estimate", percent=72,
        change=chg("increase", 11.2, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm các doanh nghiệp sản xuất đồ dùng cho trẻ sơ sinh sản xuất", period=NINE),
    fig("bình sữa 14,8 triệu", "14,8", 14.8e6, "count", "sản phẩm", total=36.4e6, status="estimate",
        subject="bình sữa", period=inh(NINE)),
    fig("núm ti 19,3 triệu", "19,3", 19.3e6, "count", "sản phẩm", total=36.4e6, status="estimate",
        subject="núm ti", period=inh(NINE)),
    fig("ước đạt 47,6 triệu", "47,6", 47.6e6, "money", "USD", status="estimate", percent=65,
        subject="kim ngạch xuất khẩu nhóm hàng đồ dùng cho trẻ sơ sinh", period=inh(NINE)),
    fig("vận hành 4 dây chuyền", "4", 4, "count", "dây chuyền",
        subject="dây chuyền ép phun công ty vận hành", location=QV),
    fig("hai dây chuyền thổi bình", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền thổi bình", location=QV),
    fig("công suất 1,2 triệu", "1,2", 1.2e6, "measure", "bình/tháng",
        subject="công suất", location=QV),
    fig("xuất khẩu 9,6 triệu", "9,6", 9.6e6, "count", "sản phẩm",
        subject="sản phẩm công ty xuất khẩu sang Nhật Bản và Hàn Quốc", period=YTD, location=QV),
    fig("khoảng 21 triệu USD", "21", 21e6, "money", "USD", approx="about",
        subject="doanh thu của công ty", period=YTD, location=QV),
    fig("sử dụng 860 lao động", "860", 860, "count", "lao động",
        subject="lao động công ty sử dụng", location=QV),
    fig("chiếm hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="lao động nữ", location=QV),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", location=QV),
    fig("thêm khoảng 14 triệu", "14", 14e6, "count", "sản phẩm", approx="about", status="target",
        subject="sản phẩm sản xuất thêm", period=Q4),
    fig("trên 50 triệu", "50", 50e6, "count", "sản phẩm", approx="over", status="target",
        subject="sản phẩm sản xuất cả năm", period=YEAR),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", status="forecast",
        subject="dự án FDI đi vào hoạt động", period=Y25),
    fig("tổng vốn 35 triệu", "35", 35e6, "money", "USD", status="forecast",
        subject="tổng vốn dự án FDI", period=Y25),
    fig("đạt 150 triệu", "150", 150e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu đồ dùng cho trẻ sơ sinh của tỉnh", period=T30),
]

NOTES = [
    "Province portal (Bắc Ninh): infant feeding products 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.863', related links.",
    "Distractors: 09:35, 'Lượt xem: 1.863', 'Khu công nghiệp Quế Võ II', 'lần thứ 3', 'QCVN 12-1:2011/BYT'.",
    "Headline figure: 'đạt' (no cue) → actual; period '9 tháng' takes 2024 from the dateline.",
    "'bằng 72% kế hoạch năm' → percent 72 of the output; 'Trong đó' after a sentence break → parts take total 36,4 triệu and its status (estimate).",
    "'chiếm khoảng 65% giá trị sản xuất' → percent attribute of 47,6 triệu USD; 'trong đó lao động nữ chiếm hơn 70%' → a percent figure of its own.",
    "The company passage names 'thị xã Quế Võ' → location Quế Võ for its figures; Nhật Bản, Hàn Quốc are trade partners, not places of the figure.",
    "'Từ đầu năm đến nay' ends at the dateline; 'quý IV', 'cả năm' take 2024; 'Mục tiêu đến năm 2030' → target, start null.",
]

if __name__ == "__main__":
    write("p1515-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")

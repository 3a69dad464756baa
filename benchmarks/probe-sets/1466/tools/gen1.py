"""p1466-1: province portal (Cổng TTĐT tỉnh Bắc Ninh): toothpaste output, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất kem đánh răng 9 tháng tăng hơn 7%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

9 tháng đầu năm 2024, sản lượng kem đánh răng của các doanh nghiệp trên địa bàn tỉnh ước đạt 86,5 triệu tuýp, tăng 7,2% so với cùng kỳ năm 2023, bằng 76,4% kế hoạch năm. Trong đó, xuất khẩu ước 31,2 triệu tuýp, chiếm 36,1%; thị trường chính là Lào, Campuchia và Philippines.

Hiện Bắc Ninh có 4 doanh nghiệp sản xuất kem đánh răng và bàn chải đánh răng, tập trung tại KCN Quế Võ II và KCN Yên Phong, sử dụng khoảng 2.150 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Lớn nhất là Công ty TNHH Hóa mỹ phẩm Kinh Bắc với 3 dây chuyền chiết tuýp tự động, mỗi dây chuyền công suất 180 tuýp/phút. Từ đầu năm đến nay, công ty sản xuất hơn 52 triệu tuýp kem đánh răng, chiếm 60,1% sản lượng toàn tỉnh; doanh thu đạt 640 tỷ đồng. Công ty vừa đưa vào vận hành dây chuyền thứ tư, tổng vốn đầu tư gần 95 tỷ đồng, nâng công suất thêm khoảng 25%.

Giá trị sản xuất ngành hóa mỹ phẩm 9 tháng ước đạt 3.420 tỷ đồng, tăng 9,8%, trong đó nhóm sản phẩm chăm sóc răng miệng chiếm khoảng 41%. Quý IV, các doanh nghiệp phấn đấu sản xuất thêm 27 triệu tuýp, đưa sản lượng cả năm lên trên 113 triệu tuýp.

Tin liên quan:
- Triển khai Quyết định số 1125/QĐ-UBND về phát triển công nghiệp hỗ trợ
- Bắc Ninh tổ chức Hội chợ hàng Việt lần thứ 12

Cổng thông tin điện tử tỉnh Bắc Ninh - Số 10 đường Phù Đổng Thiên Vương, TP Bắc Ninh
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
FY = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng hơn 7%", "7", 7, "percent", "%", approx="over", subject="sản xuất kem đánh răng", period=H9),
    fig("ước đạt 86,5 triệu", "86,5", 86.5e6, "count", "tuýp", status="estimate", percent=76.4,
        change=chg("increase", 7.2, "%", "cùng kỳ năm 2023"),
        subject="sản lượng kem đánh răng của các doanh nghiệp trên địa bàn tỉnh", period=M9),
    fig("ước 31,2 triệu", "31,2", 31.2e6, "count", "tuýp", status="estimate", total=86.5e6, percent=36.1,
        subject="sản lượng kem đánh răng xuất khẩu", period=inh(M9)),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất kem đánh răng và bàn chải đánh răng"),
    fig("khoảng 2.150 lao động", "2.150", 2150, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("9,2 triệu đồng/người/tháng", "9,2", 9.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("với 3 dây chuyền", "3", 3, "count", "dây chuyền",
        subject="dây chuyền chiết tuýp tự động của Công ty TNHH Hóa mỹ phẩm Kinh Bắc"),
    fig("180 tuýp/phút", "180", 180, "measure", "tuýp/phút", subject="công suất mỗi dây chuyền"),
    fig("hơn 52 triệu", "52", 52e6, "count", "tuýp", approx="over", percent=60.1,
        subject="kem đánh răng công ty sản xuất", period=YTD),
    fig("đạt 640 tỷ", "640", 640e9, "money", "đồng", subject="doanh thu của công ty", period=YTD),
    fig("gần 95 tỷ", "95", 95e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư dây chuyền thứ tư"),
    fig("thêm khoảng 25%", "25", 25, "percent", "%", approx="about", subject="công suất nâng thêm"),
    fig("ước đạt 3.420 tỷ", "3.420", 3420e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.8), subject="giá trị sản xuất ngành hóa mỹ phẩm", period=H9),
    fig("chiếm khoảng 41%", "41", 41, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng nhóm sản phẩm chăm sóc răng miệng trong giá trị sản xuất ngành hóa mỹ phẩm", period=H9),
    fig("thêm 27 triệu", "27", 27e6, "count", "tuýp", status="target",
        subject="kem đánh răng các doanh nghiệp sản xuất thêm", period=Q4),
    fig("trên 113 triệu", "113", 113e6, "count", "tuýp", approx="over", status="target",
        subject="sản lượng kem đánh răng cả năm", period=FY),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links, footer address.",
    "Distractors: 'Lượt xem: 1.862', 'KCN Quế Võ II', 'dây chuyền thứ tư' (ordinal), 'Quyết định số 1125/QĐ-UBND', 'lần thứ 12', 'Số 10 đường Phù Đổng Thiên Vương'.",
    "Tubes of toothpaste are counted (kind count, unit tuýp). The export part after 'Trong đó' (sentence break) takes the whole 86,5 triệu; 'ước' gives estimate.",
    "'chiếm 60,1% sản lượng toàn tỉnh' after an amount is the percent attribute; 'trong đó ... chiếm khoảng 41%' is a percent figure of its own,",
    "and continues the 'ước đạt' clause (estimate). 'nâng công suất thêm khoảng 25%' is a percent figure (the increase is the claim).",
    "Year-less '9 tháng', 'Quý IV', 'cả năm' take 2024; the headline '9 tháng' takes the dateline year. 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p1466-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")

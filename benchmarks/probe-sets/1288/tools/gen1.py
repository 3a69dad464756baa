"""p1288-1: province portal (Lâm Đồng): artichoke tea bags, 9 months 2024; a firm in TP Đà Lạt."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Trà atiso túi lọc 9 tháng sản xuất gần 48 triệu túi

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.986

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, các cơ sở chế biến trên địa bàn tỉnh Lâm Đồng sản xuất khoảng 47,8 triệu túi trà atiso túi lọc, tăng 12,5% so với cùng kỳ năm 2023, bằng 79,6% kế hoạch năm. Trong đó, trà atiso nguyên chất đạt 31,2 triệu túi, trà atiso phối trộn thảo mộc 16,6 triệu túi.

Diện tích trồng atiso toàn tỉnh hiện đạt 285 ha, tập trung chủ yếu tại TP Đà Lạt (172 ha) và huyện Lạc Dương (64 ha); năng suất bình quân 32 tấn/ha, giá atiso tươi dao động từ 18.000 đến 25.000 đồng/kg.

Tại TP Đà Lạt, Công ty TNHH Trà Thảo Mộc Langbiang (số 26 đường Ngô Quyền, Phường 6) vận hành 2 dây chuyền đóng gói tự động, công suất 9.000 túi/giờ. Từ đầu năm đến nay, công ty tiêu thụ hơn 14 triệu túi trà, chiếm 29,3% sản lượng toàn tỉnh; doanh thu đạt 38,5 tỷ đồng, tăng 18% so với cùng kỳ. Công ty đang sử dụng 85 lao động, trong đó 62 lao động nữ.

Giá trà atiso túi lọc trên thị trường phổ biến từ 45.000-60.000 đồng/hộp 20 túi. Sản phẩm đã xuất khẩu sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc), kim ngạch 9 tháng ước đạt 1,35 triệu USD.

Quý IV/2024, Sở phấn đấu hỗ trợ thêm 3 cơ sở đạt chứng nhận OCOP 4 sao, đưa sản lượng cả năm lên trên 62 triệu túi. Mục tiêu đến năm 2025, toàn tỉnh có ít nhất 350 ha atiso trồng theo tiêu chuẩn VietGAP.

Tin liên quan:
- Lâm Đồng: Hội nghị xúc tiến tiêu thụ nông sản năm 2024
- Đà Lạt: Khai mạc Festival Hoa lần thứ X
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
DL = "Đà Lạt"

FIGS = [
    fig("gần 48 triệu", "48", 48e6, "count", "túi", approx="nearly",
        subject="trà atiso túi lọc sản xuất", period=H9),
    fig("khoảng 47,8 triệu", "47,8", 47.8e6, "count", "túi", approx="about", percent=79.6,
        change=chg("increase", 12.5, "%", "cùng kỳ năm 2023"),
        subject="trà atiso túi lọc các cơ sở chế biến sản xuất", period=N9),
    fig("đạt 31,2 triệu", "31,2", 31.2e6, "count", "túi", total=47.8e6,
        subject="trà atiso nguyên chất", period=inh(N9)),
    fig("thảo mộc 16,6 triệu", "16,6", 16.6e6, "count", "túi", total=47.8e6,
        subject="trà atiso phối trộn thảo mộc", period=inh(N9)),
    fig("hiện đạt 285 ha", "285", 285, "measure", "ha", subject="diện tích trồng atiso"),
    fig("(172 ha)", "172", 172, "measure", "ha", subject="diện tích trồng atiso", location=DL),
    fig("(64 ha)", "64", 64, "measure", "ha", subject="diện tích trồng atiso", location="Lạc Dương"),
    fig("bình quân 32 tấn/ha", "32", 32, "measure", "tấn/ha", subject="năng suất atiso bình quân"),
    fig("từ 18.000 đến 25.000", "18.000", 18000, "money", "đồng/kg", value_max=25000,
        subject="giá atiso tươi"),
    fig("hành 2 dây chuyền", "2", 2, "count", "dây chuyền",
        subject="dây chuyền đóng gói tự động công ty vận hành", location=DL),
    fig("9.000 túi/giờ", "9.000", 9000, "measure", "túi/giờ",
        subject="công suất dây chuyền đóng gói", location=DL),
    fig("hơn 14 triệu", "14", 14e6, "count", "túi", approx="over", percent=29.3,
        subject="trà công ty tiêu thụ", period=YTD, location=DL),
    fig("đạt 38,5 tỷ", "38,5", 38.5e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="doanh thu công ty", period=YTD, location=DL),
    fig("sử dụng 85 lao động", "85", 85, "count", "lao động", subject="lao động công ty sử dụng",
        location=DL),
    fig("62 lao động nữ", "62", 62, "count", "lao động", total=85, subject="lao động nữ", location=DL),
    fig("từ 45.000-60.000", "45.000", 45000, "money", "đồng/hộp", value_max=60000,
        subject="giá trà atiso túi lọc trên thị trường"),
    fig("hộp 20 túi", "20", 20, "count", "túi", optional=True),
    fig("ước đạt 1,35 triệu", "1,35", 1.35e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu trà atiso", period=H9),
    fig("thêm 3 cơ sở", "3", 3, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ đạt chứng nhận OCOP", period=Q4),
    fig("trên 62 triệu", "62", 62e6, "count", "túi", approx="over", status="target",
        subject="sản lượng trà atiso túi lọc cả năm", period=per("cả năm", "2024-01-01", "2024-12-31")),
    fig("ít nhất 350 ha", "350", 350, "measure", "ha", approx="at_least", status="target",
        subject="diện tích atiso trồng theo tiêu chuẩn VietGAP", period=TO25),
]

NOTES = [
    "Province portal (Lâm Đồng): artichoke tea bags 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.986'.",
    "Distractors: 08:45, Lượt xem 1.986, 'số 26 đường Ngô Quyền, Phường 6', 'OCOP 4 sao', 'lần thứ X', years in links.",
    "Tea bags ('túi') are counted: kind count. Headline '9 tháng' takes the dateline year 2024.",
    "'Trong đó' parts after a sentence break take total 47,8 triệu; period inherited from the previous sentence.",
    "'tập trung chủ yếu tại TP Đà Lạt (172 ha) và huyện Lạc Dương (64 ha)': list items located in their district; 172+64 != 285, no total.",
    "'hộp 20 túi' is a pack size (optional). 'Từ đầu năm đến nay' ends at the dateline. Firm passage in TP Đà Lạt: location Đà Lạt.",
    "'Quý IV/2024, Sở phấn đấu ..., đưa sản lượng cả năm lên trên 62 triệu túi': both target.",
]

if __name__ == "__main__":
    write("p1288-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Lâm Đồng")

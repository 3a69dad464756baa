"""p1569-1: province portal (Quảng Ngãi): a soy-milk factory in huyện Sơn Tịnh raises capacity; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nâng công suất Nhà máy sữa đậu nành Tịnh Phong lên 320 triệu lít/năm

Cập nhật: 18/10/2024 09:30 | Lượt xem: 1.874

Sáng 17/10, Công ty cổ phần Thực phẩm Đậu nành Trà Khúc tổ chức lễ khánh thành dự án mở rộng Nhà máy sữa đậu nành Tịnh Phong tại Khu công nghiệp Tịnh Phong, huyện Sơn Tịnh.

Dự án có tổng vốn đầu tư 1.150 tỷ đồng, xây dựng trên diện tích 6,8 ha, nâng công suất nhà máy từ 200 triệu lít/năm lên 320 triệu lít/năm. Nhà máy lắp đặt thêm bốn dây chuyền tiệt trùng UHT, mỗi dây chuyền công suất 12.000 hộp/giờ. Dự án tạo việc làm cho khoảng 420 lao động, trong đó 150 lao động mới tuyển dụng, thu nhập bình quân 9,5 triệu đồng/người/tháng.

Theo đại diện công ty, 9 tháng đầu năm 2024, nhà máy sản xuất 138,6 triệu lít sữa đậu nành, tăng 11,2% so với cùng kỳ; doanh thu đạt 2.460 tỷ đồng. Sản phẩm của công ty đã có mặt tại 14 quốc gia và vùng lãnh thổ; kim ngạch xuất khẩu từ đầu năm đến nay đạt khoảng 21,5 triệu USD. Mỗi năm, nhà máy sử dụng khoảng 48.000 tấn đậu nành hạt, trong đó hơn 6.000 tấn thu mua trong nước.

Hiện toàn tỉnh có 3 doanh nghiệp sản xuất sữa đậu nành và sữa hạt. Giá trị sản xuất ngành chế biến sữa thực vật 9 tháng ước đạt 4.120 tỷ đồng, chiếm 12,4% giá trị sản xuất công nghiệp toàn tỉnh.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Quang Vinh đề nghị công ty phối hợp với các huyện Sơn Tịnh, Mộ Đức mở rộng vùng trồng đậu nành liên kết, phấn đấu đến năm 2026 đạt ít nhất 1.500 ha, năng suất bình quân 2,2 tấn/ha.

Tin liên quan:
- Triển khai Kế hoạch số 145/KH-UBND về phát triển công nghiệp chế biến nông sản
- Hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-18")
T26 = per("đến năm 2026", None, "2026-12-31")
ST = "Sơn Tịnh"

FIGS = [
    fig("Tịnh Phong lên 320 triệu", "320", 320e6, "measure", "lít/năm",
        subject="công suất Nhà máy sữa đậu nành Tịnh Phong", location=ST),
    fig("vốn đầu tư 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
        subject="tổng vốn đầu tư dự án mở rộng nhà máy", location=ST),
    fig("diện tích 6,8 ha", "6,8", 6.8, "measure", "ha", subject="diện tích xây dựng dự án", location=ST),
    fig("từ 200 triệu", "200", 200e6, "measure", "lít/năm", subject="công suất nhà máy trước khi mở rộng",
        location=ST, optional=True),
    fig("lít/năm lên 320 triệu", "320", 320e6, "measure", "lít/năm", subject="công suất nhà máy", location=ST),
    fig("thêm bốn dây chuyền", "bốn", 4, "count", "dây chuyền",
        subject="dây chuyền tiệt trùng UHT lắp đặt thêm", location=ST),
    fig("suất 12.000 hộp/giờ", "12.000", 12000, "measure", "hộp/giờ",
        subject="công suất mỗi dây chuyền", location=ST),
    fig("khoảng 420 lao động", "420", 420, "count", "lao động", approx="about",
        subject="lao động dự án tạo việc làm", location=ST),
    fig("150 lao động", "150", 150, "count", "lao động", total=420,
        subject="lao động mới tuyển dụng", location=ST),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động", location=ST),
    fig("sản xuất 138,6 triệu", "138,6", 138.6e6, "measure", "lít",
        change=chg("increase", 11.2, "%", "cùng kỳ"),
        subject="sữa đậu nành nhà máy sản xuất", period=NINE, location=ST),
    fig("đạt 2.460 tỷ", "2.460", 2460e9, "money", "đồng", subject="doanh thu của công ty", period=NINE,
        location=ST),
    fig("tại 14 quốc gia", "14", 14, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ có sản phẩm của công ty", location=ST),
    fig("khoảng 21,5 triệu", "21,5", 21.5e6, "money", "USD", approx="about",
        subject="kim ngạch xuất khẩu của công ty", period=YTD, location=ST),
    fig("khoảng 48.000 tấn", "48.000", 48000, "measure", "tấn/năm", approx="about",
        subject="đậu nành hạt nhà máy sử dụng mỗi năm", location=ST),
    fig("hơn 6.000 tấn", "6.000", 6000, "measure", "tấn", approx="over", total=48000,
        subject="đậu nành hạt thu mua trong nước", location=ST),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sữa đậu nành và sữa hạt"),
    fig("ước đạt 4.120 tỷ", "4.120", 4120e9, "money", "đồng", status="estimate", percent=12.4,
        subject="giá trị sản xuất ngành chế biến sữa thực vật", period=NINE_SHORT),
    fig("ít nhất 1.500 ha", "1.500", 1500, "measure", "ha", approx="at_least", status="target",
        subject="vùng trồng đậu nành liên kết", period=T26),
    fig("bình quân 2,2 tấn/ha", "2,2", 2.2, "measure", "tấn/ha", status="target",
        subject="năng suất bình quân đậu nành", period=T26),
]

NOTES = [
    "Province portal (Quảng Ngãi): banner, breadcrumb, 'Cập nhật: 18/10/2024 09:30 | Lượt xem: 1.874', 'Tin liên quan'.",
    "Distractors: 09:30, Lượt xem 1.874, 'Sáng 17/10', 'Khu công nghiệp Tịnh Phong', 'UHT', Kế hoạch số 145/KH-UBND, 'năm 2024' in a link.",
    "The factory and company passage (paragraphs 2-3) is in huyện Sơn Tịnh: location Sơn Tịnh; the headline capacity too.",
    "'nâng công suất từ 200 ... lên 320 triệu lít/năm': 320 is the figure; the old capacity 200 is optional (as 'tăng từ vị trí số 13' in shared gold 001).",
    "'mỗi dây chuyền công suất 12.000 hộp/giờ' is one line's capacity; 'Mỗi năm ... khoảng 48.000 tấn' is a yearly rate (tấn/năm).",
    "'trong đó 150 lao động' → total 420; 'trong đó hơn 6.000 tấn' → total 48.000.",
    "'từ đầu năm đến nay' ends at the dateline 2024-10-18; year-less '9 tháng' → 2024.",
    "'phấn đấu đến năm 2026 đạt ít nhất 1.500 ha, năng suất bình quân 2,2 tấn/ha': both target; two districts named → province location.",
    "revised after the first run: '2,2 tấn/ha' subject 'năng suất bình quân' → 'năng suất bình quân đậu nành' (the sentence names the crop; owner/object kept, as in the shared gold).",
]

if __name__ == "__main__":
    write("p1569-1", TEXT, NOTES, FIGS, published="2024-10-18", location="Quảng Ngãi")

"""p1151-1: Bình Dương province portal. Mattress and bedding exports, factories, a plant in TP Thủ Dầu Một, fire checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Công nghiệp

Bình Dương: Xuất khẩu nệm, chăn ga gối đạt hơn 410 triệu USD

Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.418

(binhduong.gov.vn) - Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu nệm, chăn ga gối của các doanh nghiệp trên địa bàn tỉnh ước đạt 412,6 triệu USD, tăng 18,3% so với cùng kỳ năm 2023, chiếm 1,9% kim ngạch xuất khẩu toàn tỉnh. Hoa Kỳ, Nhật Bản và Hàn Quốc là ba thị trường chủ lực, lần lượt chiếm 46%, 17% và 9% tổng kim ngạch của ngành.

Toàn tỉnh hiện có 68 doanh nghiệp sản xuất nệm, chăn ga gối, trong đó 41 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu, cụm công nghiệp ở TP Thuận An (22 doanh nghiệp), TP Tân Uyên (15 doanh nghiệp) và huyện Bắc Tân Uyên (9 doanh nghiệp). Tổng vốn đầu tư đăng ký của ngành khoảng 1.250 triệu USD; các doanh nghiệp sử dụng gần 27.000 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Tại Khu công nghiệp Đồng An 2 (TP Thủ Dầu Một), Công ty TNHH Nệm Phương Nam mỗi tháng xuất xưởng khoảng 35.000 tấm nệm lò xo và nệm foam. Năm 2024, công ty đầu tư thêm hai dây chuyền may vỏ nệm tự động với tổng vốn 3,5 triệu USD, nâng công suất lên 500.000 sản phẩm/năm. Đơn hàng đã kín đến hết quý I/2025, công ty đang tuyển thêm từ 150 đến 200 công nhân.

Về phòng cháy, chữa cháy, từ đầu năm đến nay, Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã kiểm tra 57 cơ sở sản xuất nệm, mút xốp, phát hiện 12 cơ sở vi phạm, xử phạt hành chính 286 triệu đồng.

Năm 2025, ngành phấn đấu kim ngạch xuất khẩu đạt 600 triệu USD, thu hút thêm ít nhất 5 dự án FDI.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TDM = "Thủ Dầu Một"
SUBJ_DN = "doanh nghiệp sản xuất nệm, chăn ga gối"

FIGS = [
    fig("đạt hơn 410 triệu USD", "410", 410e6, "money", "USD", approx="over",
        subject="xuất khẩu nệm, chăn ga gối"),
    fig("ước đạt 412,6 triệu USD", "412,6", 412.6e6, "money", "USD", status="estimate", percent=1.9,
        change=chg("increase", 18.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nệm, chăn ga gối", period=NINE),
    fig("là ba thị trường", "ba", 3, "count", "thị trường", optional=True,
        subject="thị trường chủ lực"),
    fig("chiếm 46%", "46", 46, "percent", "%", period=inh(NINE),
        subject="tỷ trọng thị trường Hoa Kỳ trong tổng kim ngạch của ngành"),
    fig("46%, 17%", "17", 17, "percent", "%", period=inh(NINE),
        subject="tỷ trọng thị trường Nhật Bản trong tổng kim ngạch của ngành"),
    fig("và 9% tổng", "9", 9, "percent", "%", period=inh(NINE),
        subject="tỷ trọng thị trường Hàn Quốc trong tổng kim ngạch của ngành"),
    fig("hiện có 68 doanh nghiệp", "68", 68, "count", "doanh nghiệp", subject=SUBJ_DN),
    fig("trong đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=68,
        subject="doanh nghiệp sản xuất nệm, chăn ga gối có vốn đầu tư nước ngoài"),
    fig("Thuận An (22 doanh nghiệp)", "22", 22, "count", "doanh nghiệp", subject=SUBJ_DN, location="Thuận An"),
    fig("TP Tân Uyên (15 doanh nghiệp)", "15", 15, "count", "doanh nghiệp", subject=SUBJ_DN, location="Tân Uyên"),
    fig("Bắc Tân Uyên (9 doanh nghiệp)", "9", 9, "count", "doanh nghiệp", subject=SUBJ_DN, location="Bắc Tân Uyên"),
    fig("khoảng 1.250 triệu USD", "1.250", 1250e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư đăng ký của ngành"),
    fig("gần 27.000 lao động", "27.000", 27000, "count", "lao động", approx="nearly",
        subject="lao động của các doanh nghiệp sản xuất nệm, chăn ga gối"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("khoảng 35.000 tấm nệm", "35.000", 35000, "measure", "tấm nệm/tháng", approx="about",
        subject="nệm lò xo và nệm foam Công ty TNHH Nệm Phương Nam xuất xưởng mỗi tháng", location=TDM),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền", period=Y24, location=TDM,
        subject="dây chuyền may vỏ nệm tự động đầu tư thêm"),
    fig("tổng vốn 3,5 triệu USD", "3,5", 3.5e6, "money", "USD", period=Y24, location=TDM,
        subject="tổng vốn đầu tư dây chuyền may vỏ nệm"),
    fig("lên 500.000 sản phẩm/năm", "500.000", 500000, "measure", "sản phẩm/năm", period=Y24, location=TDM,
        subject="công suất của công ty"),
    fig("từ 150 đến 200 công nhân", "150", 150, "count", "công nhân", value_max=200, location=TDM,
        subject="công nhân công ty đang tuyển thêm"),
    fig("kiểm tra 57 cơ sở", "57", 57, "count", "cơ sở", period=YTD,
        subject="cơ sở sản xuất nệm, mút xốp được kiểm tra phòng cháy, chữa cháy"),
    fig("phát hiện 12 cơ sở", "12", 12, "count", "cơ sở", period=YTD,
        subject="cơ sở vi phạm"),
    fig("chính 286 triệu", "286", 286e6, "money", "đồng", period=YTD,
        subject="tiền xử phạt hành chính"),
    fig("đạt 600 triệu USD", "600", 600e6, "money", "USD", status="target", period=Y25,
        subject="kim ngạch xuất khẩu"),
    fig("ít nhất 5 dự án", "5", 5, "count", "dự án", approx="at_least", status="target", period=Y25,
        subject="dự án FDI thu hút thêm"),
]

NOTES = [
    "Province portal (Bình Dương): breadcrumb, 'Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.418', '(binhduong.gov.vn) -'.",
    "Distractors: view counter 2.418, time 14:20, 'Khu công nghiệp Đồng An 2' (a name), 'quý I/2025' (a date), 'Năm 2025'.",
    "412,6 triệu: ước đạt -> estimate; the share 1,9% is its percent attribute. Market shares after 'lần lượt' are percent figures",
    "(trade partners are not places: location Bình Dương). 'ba thị trường chủ lực' labels the list (optional).",
    "District list after 'tập trung tại' (22+15+9 != 68) has no total. 'mỗi tháng ... 35.000 tấm nệm' is a rate (tấm nệm/tháng).",
    "The plant passage is placed in TP Thủ Dầu Một (its three sentences). 'từ đầu năm đến nay' ends at the published date.",
]

if __name__ == "__main__":
    write("p1151-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Bình Dương")

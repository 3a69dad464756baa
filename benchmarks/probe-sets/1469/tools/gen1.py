"""p1469-1: province portal (Cổng TTĐT tỉnh Nam Định): Vụ Bản chalk output 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Vụ Bản: Sản lượng phấn viết bảng 9 tháng tăng 8,5%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864

Theo Phòng Kinh tế và Hạ tầng huyện Vụ Bản, 9 tháng đầu năm 2024, sản lượng phấn viết bảng của các cơ sở trên địa bàn huyện ước đạt 1.850 tấn, tăng 8,5% so với cùng kỳ năm 2023, bằng 76,1% kế hoạch năm. Trong đó, phấn không bụi ước khoảng 1.120 tấn, chiếm 60,5% tổng sản lượng.

Huyện hiện có 3 doanh nghiệp và 14 hộ gia đình sản xuất phấn, tập trung tại xã Liên Minh và xã Đại An, giải quyết việc làm cho khoảng 240 lao động với thu nhập bình quân 7,8 triệu đồng/người/tháng.

Lớn nhất là Công ty TNHH Phấn viết Thiên Trường, đặt tại Km 12 Quốc lộ 10, vận hành hai dây chuyền ép phấn tự động với tổng công suất 8 tấn/ngày. Từ đầu năm đến nay, công ty đã xuất bán hơn 1,4 triệu hộp phấn, doanh thu đạt 14,7 tỷ đồng; giá bán buôn phổ biến từ 9.000 đến 12.000 đồng/hộp. Sản phẩm của công ty hiện có mặt tại gần 900 trường học trong và ngoài tỉnh.

Theo Quyết định số 2157/QĐ-UBND của UBND tỉnh, kế hoạch năm 2024 của huyện là 2.430 tấn phấn. Để hoàn thành kế hoạch, quý IV các cơ sở dự kiến tuyển thêm từ 30 đến 40 lao động thời vụ; huyện phấn đấu đến năm 2025 có ít nhất 2 sản phẩm phấn đạt chứng nhận OCOP.

Tin liên quan:
- Nam Định tổ chức Lễ khai giảng năm học 2024-2025
- Hội nghị khuyến công vùng đồng bằng sông Hồng lần thứ 3
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("9 tháng tăng 8,5%", "8,5", 8.5, "percent", "%", subject="sản lượng phấn viết bảng", period=H9),
    fig("ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", status="estimate", percent=76.1,
        change=chg("increase", 8.5, "%", "cùng kỳ năm 2023"),
        subject="sản lượng phấn viết bảng của các cơ sở trên địa bàn huyện", period=M9),
    fig("khoảng 1.120 tấn", "1.120", 1120, "measure", "tấn", approx="about", status="estimate",
        total=1850, percent=60.5, subject="phấn không bụi", period=inh(M9)),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất phấn"),
    fig("và 14 hộ", "14", 14, "count", "hộ gia đình", subject="hộ gia đình sản xuất phấn"),
    fig("khoảng 240 lao động", "240", 240, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền ép phấn tự động"),
    fig("8 tấn/ngày", "8", 8, "measure", "tấn/ngày", subject="tổng công suất dây chuyền ép phấn"),
    fig("hơn 1,4 triệu hộp", "1,4", 1.4e6, "count", "hộp", approx="over",
        subject="hộp phấn công ty đã xuất bán", period=YTD),
    fig("đạt 14,7 tỷ", "14,7", 14.7e9, "money", "đồng", subject="doanh thu công ty", period=YTD),
    fig("từ 9.000 đến 12.000", "9.000", 9000, "money", "đồng/hộp", value_max=12000,
        subject="giá bán buôn phổ biến"),
    fig("gần 900 trường", "900", 900, "count", "trường học", approx="nearly",
        subject="trường học có sản phẩm của công ty"),
    fig("là 2.430 tấn", "2.430", 2430, "measure", "tấn", status="target",
        subject="kế hoạch sản lượng phấn của huyện", period=Y24),
    fig("từ 30 đến 40 lao động", "30", 30, "count", "lao động", value_max=40, status="forecast",
        subject="lao động thời vụ tuyển thêm", period=Q4),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm phấn đạt chứng nhận OCOP", period=TO25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Nam Định): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864', related links.",
    "All figures describe huyện Vụ Bản or a firm in it: location Vụ Bản.",
    "Headline 'Sản lượng ... 9 tháng tăng 8,5%' is a growth rate as the claim: percent figure, period 9 months of 2024 (published year).",
    "'bằng 76,1% kế hoạch năm' is the percent attribute of 1.850 tấn; the 'Trong đó' part after a sentence break takes total 1.850.",
    "'Từ đầu năm đến nay' ends at the dateline. The standing wholesale price and the present-tense counts ('hiện') get no period.",
    "Distractors: 09:35, 'Lượt xem: 1.864', 'Km 12 Quốc lộ 10', 'Quyết định số 2157/QĐ-UBND', 'năm học 2024-2025', 'lần thứ 3'.",
]

if __name__ == "__main__":
    write("p1469-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Vụ Bản")

"""p1518-1: province portal (Nam Định): 9-month sewing-thread output, a dyeing line in huyện Xuân Trường."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

9 tháng, sản lượng chỉ may của Nam Định tăng hơn 8%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng chỉ may trên địa bàn tỉnh ước đạt 186,5 triệu cuộn, tăng 8,3% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, chỉ polyester chiếm khoảng 70%, phần còn lại là chỉ cotton và chỉ pha.

Hiện toàn tỉnh có 12 doanh nghiệp kéo sợi, se và nhuộm chỉ, thu hút hơn 4.300 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

Tại Cụm công nghiệp Xuân Tiến (huyện Xuân Trường), Công ty TNHH Chỉ may Thiên Trường vừa đưa vào vận hành dây chuyền nhuộm thứ ba với công suất 15 tấn/ngày, nâng tổng công suất nhuộm của công ty lên 40 tấn/ngày. Dự án có tổng vốn đầu tư khoảng 120 tỷ đồng, trong đó hệ thống xử lý nước thải công suất 2.000 m3/ngày đêm chiếm 35 tỷ đồng.

Ông Trần Văn Lực, Giám đốc công ty cho biết, từ đầu năm đến nay, đơn vị đã xuất khẩu 1.150 tấn chỉ sang Bangladesh, Campuchia và Ấn Độ, kim ngạch đạt 4,6 triệu USD, tăng 12% so với cùng kỳ.

Quý IV/2024, ngành phấn đấu sản xuất khoảng 60 triệu cuộn chỉ, đưa sản lượng cả năm lên trên 245 triệu cuộn, vượt kế hoạch đề ra.

Tin liên quan:
- Hội nghị kết nối cung cầu nguyên phụ liệu dệt may năm 2024
- Nam Định tập huấn sản xuất sạch hơn cho doanh nghiệp dệt nhuộm
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV/2024", "2024-10-01", "2024-12-31")
FY = per("cả năm", "2024-01-01", "2024-12-31")
XT = "Xuân Trường"

FIGS = [
    fig("tăng hơn 8%", "8", 8, "percent", "%", approx="over",
        subject="tăng trưởng sản lượng chỉ may", period=H9),
    fig("ước đạt 186,5 triệu", "186,5", 186.5e6, "count", "cuộn", percent=76.2,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"), status="estimate",
        subject="sản lượng chỉ may trên địa bàn tỉnh", period=M9),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng chỉ polyester trong sản lượng chỉ may", period=inh(M9)),
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp kéo sợi, se và nhuộm chỉ"),
    fig("hơn 4.300 lao động", "4.300", 4300, "count", "lao động", approx="over",
        subject="lao động trong các doanh nghiệp kéo sợi, se và nhuộm chỉ"),
    fig("8,2 triệu đồng", "8,2", 8.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("suất 15 tấn/ngày", "15", 15, "measure", "tấn/ngày",
        subject="công suất dây chuyền nhuộm", location=XT),
    fig("lên 40 tấn/ngày", "40", 40, "measure", "tấn/ngày",
        subject="tổng công suất nhuộm của công ty", location=XT),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dự án", location=XT),
    fig("suất 2.000 m3", "2.000", 2000, "measure", "m3/ngày đêm",
        subject="công suất hệ thống xử lý nước thải", location=XT),
    fig("chiếm 35 tỷ", "35", 35e9, "money", "đồng", total=120e9,
        subject="vốn đầu tư hệ thống xử lý nước thải", location=XT),
    fig("khẩu 1.150 tấn", "1.150", 1150, "measure", "tấn",
        subject="chỉ xuất khẩu", period=YTD, location=XT),
    fig("đạt 4,6 triệu USD", "4,6", 4.6e6, "money", "USD", change=chg("increase", 12, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu chỉ", period=YTD, location=XT),
    fig("khoảng 60 triệu", "60", 60e6, "count", "cuộn", approx="about", status="target",
        subject="cuộn chỉ ngành sản xuất", period=Q4),
    fig("trên 245 triệu", "245", 245e6, "count", "cuộn", approx="over", status="target",
        subject="sản lượng chỉ may cả năm", period=FY),
]

NOTES = [
    "Province portal (Nam Định): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286' (published; the counter is furniture).",
    "Headline '9 tháng ... tăng hơn 8%': growth as the claim, percent, approx over, period 9 months of 2024 (year from published).",
    "'Trong đó, chỉ polyester chiếm khoảng 70%' after the estimated whole: a percent figure of its own, status estimate (continues the 'ước đạt'), period inherited.",
    "The mill passage in huyện Xuân Trường gives Xuân Trường to its figures; 'dây chuyền nhuộm thứ ba' is an ordinal, not a figure.",
    "'trong đó hệ thống xử lý nước thải ... chiếm 35 tỷ đồng' after 'tổng vốn đầu tư khoảng 120 tỷ đồng': total 120 tỷ.",
    "'từ đầu năm đến nay' ends at the dateline (2024-10-14). Bangladesh, Campuchia, Ấn Độ are trade partners, not places.",
    "Quý IV/2024 'phấn đấu' governs both 60 triệu and 'cả năm ... trên 245 triệu' (target).",
    "Spools (cuộn) are counted objects: kind count (revised from measure after the first run). The 60 triệu subject is now the clause's own words ('sản xuất ... cuộn chỉ').",
]

if __name__ == "__main__":
    write("p1518-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nam Định")

"""p1518-8: radio/TV site (Đài PT-TH Phú Thọ, PTV): wastewater checks at yarn and thread dyeing mills."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """PTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ THỌ
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Phú Thọ: Siết chặt xả thải tại các cơ sở nhuộm sợi, chỉ
Thứ Năm, 21/11/2024 - 17:20

PTV - Từ đầu năm đến nay, lực lượng chức năng tỉnh đã kiểm tra 18 cơ sở kéo sợi, nhuộm sợi và chỉ may, phát hiện 5 cơ sở vi phạm quy định về bảo vệ môi trường, xử phạt hơn 1,2 tỷ đồng.

Phú Thọ hiện có 11 nhà máy kéo sợi và nhuộm, tổng công suất khoảng 95.000 tấn sợi, chỉ mỗi năm, tập trung tại KCN Thụy Vân (TP Việt Trì) và huyện Phù Ninh. Tổng lượng nước thải phát sinh từ các cơ sở nhuộm khoảng 6.500 m3/ngày đêm, trong đó mới có 4.800 m3 được xử lý đạt quy chuẩn, chiếm gần 74%.

Tại Công ty cổ phần Sợi chỉ Hùng Lâm ở huyện Phù Ninh, hệ thống xử lý nước thải 1.500 m3/ngày đêm vừa được nâng cấp với kinh phí 18 tỷ đồng. 10 tháng năm 2024, công ty sản xuất 7.200 tấn sợi và chỉ nhuộm, bằng 85% kế hoạch năm, doanh thu ước 612 tỷ đồng. Công ty có 1.050 công nhân, lương bình quân 8,7 triệu đồng/người/tháng.

Theo kế hoạch, trong tháng 12, tỉnh sẽ kiểm tra thêm 6 cơ sở; phấn đấu đến năm 2026, 100% cơ sở nhuộm có hệ thống quan trắc nước thải tự động truyền số liệu về Sở Tài nguyên và Môi trường.

Phóng viên: Hồng Nhung - Quang Huy
Phát trong chương trình Thời sự 19h45 ngày 21/11/2024

Tin cùng chuyên mục
- Việt Trì: Tập huấn an toàn lao động cho doanh nghiệp dệt may
- Phú Thọ đối thoại với doanh nghiệp FDI quý IV
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-21")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
D12 = per("trong tháng 12", "2024-12-01", "2024-12-31")
TO26 = per("đến năm 2026", None, "2026-12-31")
PN = "Phù Ninh"

FIGS = [
    fig("kiểm tra 18 cơ sở", "18", 18, "count", "cơ sở",
        subject="cơ sở kéo sợi, nhuộm sợi và chỉ may được kiểm tra", period=YTD),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở vi phạm quy định về bảo vệ môi trường", period=YTD),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="tiền xử phạt", period=YTD),
    fig("có 11 nhà máy", "11", 11, "count", "nhà máy", subject="nhà máy kéo sợi và nhuộm"),
    fig("khoảng 95.000 tấn", "95.000", 95000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất nhà máy kéo sợi và nhuộm"),
    fig("khoảng 6.500 m3", "6.500", 6500, "measure", "m3/ngày đêm", approx="about",
        subject="tổng lượng nước thải phát sinh từ các cơ sở nhuộm"),
    fig("có 4.800 m3", "4.800", 4800, "measure", "m3", total=6500, percent=74,
        subject="nước thải được xử lý đạt quy chuẩn"),
    fig("thải 1.500 m3", "1.500", 1500, "measure", "m3/ngày đêm",
        subject="công suất hệ thống xử lý nước thải", location=PN),
    fig("phí 18 tỷ", "18", 18e9, "money", "đồng", subject="kinh phí nâng cấp hệ thống xử lý nước thải",
        location=PN),
    fig("xuất 7.200 tấn", "7.200", 7200, "measure", "tấn", percent=85,
        subject="sợi và chỉ nhuộm công ty sản xuất", period=M10, location=PN),
    fig("ước 612 tỷ", "612", 612e9, "money", "đồng", status="estimate",
        subject="doanh thu", period=M10, location=PN),
    fig("có 1.050 công nhân", "1.050", 1050, "count", "công nhân", subject="công nhân của công ty",
        location=PN),
    fig("8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", subject="lương bình quân", location=PN),
    fig("thêm 6 cơ sở", "6", 6, "count", "cơ sở", status="target",
        subject="cơ sở kiểm tra thêm", period=D12),
    fig("2026, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở nhuộm có hệ thống quan trắc nước thải tự động", period=TO26),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Phú Thọ): menu, 'Thứ Năm, 21/11/2024 - 17:20' (published), tag 'PTV -', reporters, broadcast line, related links.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-11-21). 'kiểm tra 18 cơ sở ..., phát hiện 5 cơ sở vi phạm': no part-of cue, no total.",
    "'khoảng 95.000 tấn sợi, chỉ mỗi năm' → tấn/năm. '6.500 m3/ngày đêm, trong đó mới có 4.800 m3 ..., chiếm gần 74%' → total 6500 and percent 74 (no approx on attributes).",
    "The Hùng Lâm passage (huyện Phù Ninh) is located in Phù Ninh; 'bằng 85% kế hoạch năm' → percent 85; 'doanh thu ước 612 tỷ' → estimate.",
    "'Theo kế hoạch, trong tháng 12, tỉnh sẽ kiểm tra thêm 6 cơ sở' → a planned figure: target, December 2024 (year of published).",
    "'phấn đấu đến năm 2026, 100% ...' → target, end 2026-12-31.",
    "Distractors: 'KCN Thụy Vân', 'Thời sự 19h45 ngày 21/11/2024', time 17:20, 'quý IV' in a link title.",
]

if __name__ == "__main__":
    write("p1518-8", TEXT, NOTES, FIGS, published="2024-11-21", location="Phú Thọ")

"""p1480-5: provincial newspaper (Báo Đồng Nai, tag '(ĐN) -'): tape exporters recover, a factory in Nhơn Trạch."""
from lib import fig, per, chg, write

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Kinh tế | Công nghiệp

Thứ Ba, 21/05/2024 | 14:10

Băng keo Đồng Nai tăng tốc xuất khẩu

Sau thời gian khó khăn, nhiều doanh nghiệp sản xuất băng keo trên địa bàn tỉnh đã có đơn hàng trở lại, có nhà máy chạy hết công suất.

(ĐN) - Tại Công ty TNHH Băng keo Việt Thành (KCN Nhơn Trạch 3, huyện Nhơn Trạch), 4 tháng đầu năm 2024, công ty xuất khẩu gần 1.900 container băng keo, gấp đôi cùng kỳ năm 2023. Doanh thu 4 tháng đạt 26,5 triệu USD, bằng khoảng 35% kế hoạch năm.

Ông Trần Quốc Bảo, Phó giám đốc công ty cho biết, nhà máy hiện có 5 dây chuyền tráng keo, mỗi ngày sản xuất khoảng 120.000 cuộn băng keo; công ty đang tuyển thêm hai chục công nhân với mức lương khởi điểm 7,5 triệu đồng/tháng.

Theo Sở Công Thương, toàn tỉnh hiện có 34 doanh nghiệp sản xuất băng keo, keo dán với tổng vốn đầu tư khoảng 820 triệu USD, giải quyết việc làm cho hơn 9.600 lao động. Quý I/2024, kim ngạch xuất khẩu băng keo của tỉnh đạt 97 triệu USD, tăng 15,2% so với cùng kỳ, đứng thứ hai cả nước sau Bình Dương.

Tuy nhiên, ngành này cũng phát sinh lượng lớn khí thải dung môi. Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 18 cơ sở, phát hiện 5 cơ sở vi phạm về môi trường, xử phạt 640 triệu đồng. Tỉnh phấn đấu đến năm 2025 có 100% doanh nghiệp sản xuất băng keo lắp đặt hệ thống quan trắc khí thải tự động.

HOÀNG LAN
"""

M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
M4H = per("4 tháng", "2024-01-01", "2024-04-30")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-21")
T25 = per("đến năm 2025", None, "2025-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("gần 1.900 container", "1.900", 1900, "count", "container", approx="nearly",
        change=chg("increase", 2, "lần", "cùng kỳ năm 2023"), subject="container băng keo công ty xuất khẩu",
        period=M4, location=NT),
    fig("đạt 26,5 triệu USD", "26,5", 26.5e6, "money", "USD", percent=35, subject="doanh thu của công ty",
        period=M4H, location=NT),
    fig("có 5 dây chuyền", "5", 5, "count", "dây chuyền", subject="dây chuyền tráng keo của nhà máy",
        location=NT),
    fig("khoảng 120.000 cuộn", "120.000", 120000, "measure", "cuộn/ngày", approx="about",
        subject="băng keo nhà máy sản xuất mỗi ngày", location=NT),
    fig("hai chục công nhân", "hai chục", 20, "count", "công nhân", subject="công nhân công ty đang tuyển thêm",
        location=NT),
    fig("khởi điểm 7,5 triệu", "7,5", 7.5e6, "money", "đồng/tháng", subject="mức lương khởi điểm",
        location=NT),
    fig("có 34 doanh nghiệp", "34", 34, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất băng keo, keo dán"),
    fig("khoảng 820 triệu USD", "820", 820e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư của các doanh nghiệp băng keo, keo dán"),
    fig("hơn 9.600 lao động", "9.600", 9600, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm"),
    fig("đạt 97 triệu USD", "97", 97e6, "money", "USD", change=chg("increase", 15.2, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu băng keo của tỉnh", period=Q1),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="kim ngạch xuất khẩu băng keo", period=Q1),
    fig("kiểm tra 18 cơ sở", "18", 18, "count", "cơ sở", subject="cơ sở được kiểm tra", period=YTD),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm về môi trường", period=YTD),
    fig("xử phạt 640 triệu", "640", 640e6, "money", "đồng", subject="tiền xử phạt cơ sở vi phạm", period=YTD),
    fig("có 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ doanh nghiệp sản xuất băng keo lắp đặt hệ thống quan trắc khí thải tự động", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Đồng Nai): section line, 'Thứ Ba, 21/05/2024 | 14:10' (published), headline, sapo, tag '(ĐN) -',",
    "byline 'HOÀNG LAN' at the end. The company passage (KCN Nhơn Trạch 3, huyện Nhơn Trạch) has location Nhơn Trạch;",
    "province figures Đồng Nai. 'sau Bình Dương' names the leader, not the place of the rank (the rank is Đồng Nai's).",
    "'gấp đôi cùng kỳ năm 2023' is the change (x2, unit lần) of 1.900 container. 'bằng khoảng 35% kế hoạch năm' is the percent.",
    "'mỗi ngày ... khoảng 120.000 cuộn' is a rate: measure 'cuộn/ngày'. 'hai chục công nhân' = 20 (number words).",
    "'Từ đầu năm đến nay' ends at the dateline (2024-05-21). '5 cơ sở vi phạm' after 'kiểm tra 18 cơ sở' has no part cue: no total.",
    "Distractors: 'KCN Nhơn Trạch 3', '14:10', the dateline.",
]

if __name__ == "__main__":
    write("p1480-5", TEXT, NOTES, FIGS, published="2024-05-21", location="Đồng Nai")

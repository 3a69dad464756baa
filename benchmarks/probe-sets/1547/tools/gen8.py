"""p1547-8: radio/TV site (Đài PT-TH Đồng Nai): market inspection of glass and mirrors; a safety-glass maker in Nhơn Trạch."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Video | Podcast

Siết chặt quản lý chất lượng kính, gương trên thị trường
Cập nhật lúc 17:45, 26/09/2024

(ĐNRTV) - Từ đầu năm đến nay, Cục Quản lý thị trường tỉnh Đồng Nai đã kiểm tra 86 cơ sở kinh doanh kính xây dựng và gương, phát hiện 19 cơ sở vi phạm, xử phạt hành chính hơn 230 triệu đồng. Lực lượng chức năng tạm giữ 1.250 tấm kính và 640 chiếc gương không rõ nguồn gốc, tổng trị giá khoảng 410 triệu đồng.

Qua lấy 52 mẫu kính cường lực đi thử nghiệm, có 9 mẫu không đạt chỉ tiêu ứng suất bề mặt theo TCVN 7455:2013, chiếm 17,3%.

Trong khi đó, nhu cầu kính, gương cho nhà ở vẫn tăng. Tại Khu công nghiệp Nhơn Trạch 2 (huyện Nhơn Trạch), Công ty TNHH Kính an toàn Phương Nam 8 tháng đầu năm sản xuất khoảng 1,6 triệu m2 kính cường lực và kính dán an toàn, tăng 14% so với cùng kỳ; trong đó 70% cung cấp cho các dự án nhà ở tại TP Hồ Chí Minh và Bình Dương. Công ty dự kiến quý IV đưa vào vận hành thêm một lò tôi kính công suất 2.000 m2/ngày, nâng tổng công suất lên khoảng 2,4 triệu m2/năm.

Ông Phạm Văn Lộc, Phó Cục trưởng Cục Quản lý thị trường tỉnh cho biết, từ nay đến cuối năm, đơn vị phấn đấu kiểm tra thêm ít nhất 40 cơ sở, tập trung vào các tuyến quốc lộ 1A, quốc lộ 51 và khu vực TP Biên Hòa.

Người tiêu dùng có thể phản ánh qua đường dây nóng 0251.3822.456.

Bình luận (0) | Chia sẻ
Tin cùng chuyên mục:
- Đồng Nai: Giá vật liệu xây dựng quý III/2024 ổn định
- Khai mạc Hội chợ Vật liệu xây dựng Đồng Nai năm 2024
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-26")
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
REST = per("từ nay đến cuối năm", "2024-09-26", "2024-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở", subject="cơ sở kinh doanh kính xây dựng và gương được kiểm tra",
        period=YTD),
    fig("phát hiện 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("hơn 230 triệu", "230", 230e6, "money", "đồng", approx="over", subject="xử phạt hành chính", period=YTD),
    fig("tạm giữ 1.250 tấm", "1.250", 1250, "count", "tấm kính", subject="kính không rõ nguồn gốc bị tạm giữ",
        period=inh(YTD)),
    fig("640 chiếc gương", "640", 640, "count", "chiếc gương", subject="gương không rõ nguồn gốc bị tạm giữ",
        period=inh(YTD)),
    fig("khoảng 410 triệu", "410", 410e6, "money", "đồng", approx="about", subject="tổng trị giá hàng tạm giữ",
        period=inh(YTD)),
    fig("lấy 52 mẫu", "52", 52, "count", "mẫu", subject="mẫu kính cường lực đi thử nghiệm"),
    fig("có 9 mẫu", "9", 9, "count", "mẫu", total=52, percent=17.3,
        subject="mẫu không đạt chỉ tiêu ứng suất bề mặt"),
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "measure", "m2", approx="about",
        change=chg("increase", 14, "%", "cùng kỳ"),
        subject="kính cường lực và kính dán an toàn công ty sản xuất", period=M8, location=NT),
    fig("trong đó 70%", "70", 70, "percent", "%",
        subject="tỷ trọng sản phẩm cung cấp cho các dự án nhà ở tại TP Hồ Chí Minh và Bình Dương",
        period=M8, location=NT),
    fig("thêm một lò", "một", 1, "count", "lò tôi kính", status="forecast",
        subject="lò tôi kính đưa vào vận hành thêm", period=Q4, location=NT),
    fig("2.000 m2/ngày", "2.000", 2000, "measure", "m2/ngày", status="forecast",
        subject="công suất lò tôi kính", period=Q4, location=NT),
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "measure", "m2/năm", approx="about", status="forecast",
        subject="tổng công suất của công ty", period=Q4, location=NT),
    fig("ít nhất 40 cơ sở", "40", 40, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kiểm tra thêm", period=REST),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): channel menu, 'Cập nhật lúc 17:45, 26/09/2024' (published), tag '(ĐNRTV) -', comments, same-section links.",
    "'Từ đầu năm đến nay' → 2024-01-01..2024-09-26; the seized goods sentence inherits it. '19 cơ sở vi phạm' after '86 cơ sở' has no whole cue: no total.",
    "'Qua lấy 52 mẫu ..., có 9 mẫu không đạt ..., chiếm 17,3%' → total 52 (like 'Trong 25 chỉ tiêu, có 24') and percent 17,3. Its paragraph",
    "names no period, so 52 and 9 get none.",
    "Firm in 'Khu công nghiệp Nhơn Trạch 2 (huyện Nhơn Trạch)': location Nhơn Trạch; TP HCM and Bình Dương are where the glass goes, not the place of the figure.",
    "'trong đó 70% cung cấp cho ...' is a percent figure of its own, same sentence as '8 tháng đầu năm' (period 2024-01-01..2024-08-31).",
    "'Công ty dự kiến quý IV đưa vào vận hành thêm một lò ... 2.000 m2/ngày, nâng tổng công suất lên khoảng 2,4 triệu m2/năm' → forecast, quý IV 2024.",
    "'từ nay đến cuối năm, đơn vị phấn đấu kiểm tra thêm ít nhất 40 cơ sở' → target, at_least, period from the dateline to 2024-12-31.",
    "Distractors: 17:45, 'Nhơn Trạch 2', 'TCVN 7455:2013', 'quốc lộ 1A', 'quốc lộ 51', hotline 0251.3822.456, 'Bình luận (0)', 'quý III/2024' and 'năm 2024' in links.",
]

if __name__ == "__main__":
    write("p1547-8", TEXT, NOTES, FIGS, published="2024-09-26", location="Đồng Nai")

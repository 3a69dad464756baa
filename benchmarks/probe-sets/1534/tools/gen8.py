"""p1534-8: radio/TV site (Đài PT-TH Hải Dương): Chu Đậu hand-painted vases, 6 months 2024 (huyện Nam Sách)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Xã hội | Video | Podcast

Gốm Chu Đậu: bình hoa vẽ tay được ưa chuộng ở thị trường Nhật Bản

Cập nhật: 22/08/2024 19:30 | Lượt xem: 856

(HDTV) - 6 tháng đầu năm 2024, Công ty CP Gốm Chu Đậu Thái Tân ở huyện Nam Sách đạt doanh thu 26,5 tỷ đồng, tăng 11% so với cùng kỳ, bằng 48% kế hoạch năm. Trong 6 tháng, công ty xuất khẩu 14 lô hàng bình hoa, lọ hoa vẽ tay sang Nhật Bản, Pháp và Hà Lan, trị giá khoảng 580.000 USD.

Mỗi chiếc bình hoa vẽ tay cao 60 cm cần khoảng 15 ngày để hoàn thiện, giá bán từ 8 đến 12 triệu đồng. Công ty hiện có 120 lao động, trong đó 35 thợ vẽ lành nghề; lương bình quân 7,5 triệu đồng/người/tháng.

Theo Phòng Kinh tế huyện Nam Sách, giá trị sản xuất gốm sứ toàn huyện 6 tháng ước đạt 45 tỷ đồng, chiếm khoảng 2,3% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện. Huyện có 3 làng nghề gốm với khoảng 400 lao động.

Dự kiến cả năm 2024, doanh thu của công ty đạt 55 tỷ đồng; công ty đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm bình hoa men lam vẽ tay đạt OCOP 5 sao.

Phóng viên: Mai Hương - Đức Anh

Video: Bản tin Thời sự 19h ngày 22/8/2024

Tin liên quan:
- Nam Sách: Khai mạc Tuần lễ gốm Chu Đậu lần thứ 2
- Hải Dương: Hội nghị xúc tiến đầu tư vào cụm công nghiệp
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
IN6 = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
SIX = per("6 tháng", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("doanh thu 26,5 tỷ", "26,5", 26.5e9, "money", "đồng", percent=48,
        change=chg("increase", 11, "%", "cùng kỳ"),
        subject="doanh thu Công ty CP Gốm Chu Đậu Thái Tân", period=H1),
    fig("xuất khẩu 14 lô", "14", 14, "count", "lô hàng",
        subject="lô hàng bình hoa, lọ hoa vẽ tay công ty xuất khẩu", period=IN6),
    fig("khoảng 580.000 USD", "580.000", 580000, "money", "USD", approx="about",
        subject="trị giá lô hàng xuất khẩu", period=IN6),
    fig("cao 60 cm", "60", 60, "measure", "cm", subject="chiều cao bình hoa vẽ tay", optional=True),
    fig("khoảng 15 ngày", "15", 15, "measure", "ngày", approx="about",
        subject="thời gian hoàn thiện mỗi chiếc bình hoa vẽ tay"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/chiếc", value_max=12e6,
        subject="giá bán bình hoa vẽ tay"),
    fig("có 120 lao động", "120", 120, "count", "lao động", subject="lao động công ty"),
    fig("trong đó 35 thợ", "35", 35, "count", "thợ vẽ", total=120, subject="thợ vẽ lành nghề"),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", subject="lương bình quân"),
    fig("ước đạt 45 tỷ", "45", 45e9, "money", "đồng", status="estimate", percent=2.3,
        subject="giá trị sản xuất gốm sứ toàn huyện", period=SIX),
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề gốm"),
    fig("khoảng 400 lao động", "400", 400, "count", "lao động", approx="about",
        subject="lao động làng nghề gốm"),
    fig("đạt 55 tỷ", "55", 55e9, "money", "đồng", status="forecast",
        subject="doanh thu của công ty", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): menu, 'Cập nhật: 22/08/2024 19:30 | Lượt xem: 856', tag '(HDTV) -', reporters, video line, related links.",
    "Distractors: 19:30, 'Lượt xem: 856', 'OCOP 5 sao', 'Bản tin Thời sự 19h ngày 22/8/2024', 'lần thứ 2', 'Thái Tân' in a firm name.",
    "Location: huyện Nam Sách for all figures (company and district).",
    "26,5 tỷ: change 'tăng 11% so với cùng kỳ' and share 'bằng 48% kế hoạch năm' (percent attribute).",
    "Year-less 'Trong 6 tháng' and '6 tháng' take 2024 from '6 tháng đầu năm 2024'. 'ước đạt' → estimate; 'chiếm khoảng 2,3%' → percent attribute.",
    "'120 lao động, trong đó 35 thợ vẽ' → total 120 (painters are the company's workers). 'cao 60 cm' is a product size: optional.",
    "'Mỗi chiếc ... giá bán từ 8 đến 12 triệu đồng' → unit 'đồng/chiếc'. 'Dự kiến cả năm 2024' → forecast.",
]

if __name__ == "__main__":
    write("p1534-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Nam Sách")

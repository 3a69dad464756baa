"""p1336-1: province portal (Thái Bình): performances of the professional troupes in 9 months of 2024; a water-puppet guild in Đông Hưng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

9 tháng, các đơn vị nghệ thuật biểu diễn hơn 1.100 buổi

Cập nhật: 10/10/2024 15:05 | Lượt xem: 1.864

Theo Sở Văn hóa, Thể thao và Du lịch, 9 tháng đầu năm 2024, các đơn vị nghệ thuật chuyên nghiệp của tỉnh đã biểu diễn 1.126 buổi, tăng 8,2% so với cùng kỳ năm 2023, bằng 78,5% kế hoạch năm, phục vụ khoảng 412.000 lượt khán giả. Trong đó, Nhà hát Chèo Đông Hoàng 486 buổi, Đoàn Rối nước Kiến Giang 395 buổi, Đoàn Ca múa nhạc dân tộc 245 buổi.

Doanh thu từ bán vé và hợp đồng biểu diễn 9 tháng ước đạt 6,8 tỷ đồng, chiếm khoảng 42% tổng kinh phí hoạt động của các đơn vị. Riêng tháng 9, các đơn vị tổ chức 148 buổi diễn phục vụ Tết Trung thu và lễ hội truyền thống.

Toàn tỉnh hiện có 11 phường rối nước đang hoạt động, tập trung ở các huyện Vũ Thư, Đông Hưng và Quỳnh Phụ. Tại huyện Đông Hưng, phường rối nước thôn Lạc Đạo (xã Đông Các) có gần ba chục nghệ nhân, diễn viên và lưu giữ hơn 300 quân rối, có quân rối trên 100 năm tuổi. Từ đầu năm đến nay, phường đã đi diễn 64 buổi, trong đó 12 buổi ở nước ngoài; thu nhập bình quân của nghệ nhân đạt 4,5 triệu đồng/tháng.

Quý IV, ngành văn hóa phấn đấu tổ chức thêm 310 buổi diễn, đưa tổng số buổi diễn cả năm lên khoảng 1.440 buổi. Dự kiến trong tháng 11, tỉnh tổ chức Liên hoan rối nước lần thứ ba với sự tham gia của 9 phường rối.

Tin liên quan:
- Thái Bình: Khai mạc Hội diễn nghệ thuật quần chúng năm 2024
- Phường rối nước Đông Các đón nhận Bằng khen của Bộ trưởng Bộ VHTTDL
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
SEP = per("tháng 9", "2024-09-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NOV = per("tháng 11", "2024-11-01", "2024-11-30")
DH = "Đông Hưng"

FIGS = [
    fig("biểu diễn hơn 1.100 buổi", "1.100", 1100, "count", "buổi", approx="over",
        subject="buổi biểu diễn của các đơn vị nghệ thuật", period=NINE_SHORT),
    fig("biểu diễn 1.126 buổi", "1.126", 1126, "count", "buổi", percent=78.5,
        change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"),
        subject="buổi biểu diễn của các đơn vị nghệ thuật chuyên nghiệp của tỉnh", period=NINE),
    fig("khoảng 412.000 lượt", "412.000", 412000, "count", "lượt khán giả", approx="about",
        subject="lượt khán giả các đơn vị nghệ thuật chuyên nghiệp phục vụ", period=NINE),
    fig("Đông Hoàng 486 buổi", "486", 486, "count", "buổi", total=1126,
        subject="buổi biểu diễn của Nhà hát Chèo Đông Hoàng", period=inh(NINE)),
    fig("Kiến Giang 395 buổi", "395", 395, "count", "buổi", total=1126,
        subject="buổi biểu diễn của Đoàn Rối nước Kiến Giang", period=inh(NINE)),
    fig("dân tộc 245 buổi", "245", 245, "count", "buổi", total=1126,
        subject="buổi biểu diễn của Đoàn Ca múa nhạc dân tộc", period=inh(NINE)),
    fig("ước đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", status="estimate", percent=42,
        subject="doanh thu từ bán vé và hợp đồng biểu diễn", period=NINE_SHORT),
    fig("tổ chức 148 buổi", "148", 148, "count", "buổi diễn",
        subject="buổi diễn phục vụ Tết Trung thu và lễ hội truyền thống", period=SEP),
    fig("có 11 phường", "11", 11, "count", "phường rối nước",
        subject="phường rối nước đang hoạt động"),
    fig("gần ba chục nghệ nhân", "ba chục", 30, "count", "nghệ nhân", approx="nearly",
        subject="nghệ nhân, diễn viên của phường rối nước thôn Lạc Đạo", location=DH),
    fig("hơn 300 quân rối", "300", 300, "count", "quân rối", approx="over",
        subject="quân rối phường rối nước thôn Lạc Đạo lưu giữ", location=DH),
    fig("trên 100 năm tuổi", "100", 100, "measure", "năm", approx="over",
        subject="tuổi của quân rối", location=DH, optional=True),
    fig("đi diễn 64 buổi", "64", 64, "count", "buổi",
        subject="buổi đi diễn của phường rối nước thôn Lạc Đạo", period=YTD, location=DH),
    fig("trong đó 12 buổi", "12", 12, "count", "buổi", total=64,
        subject="buổi diễn ở nước ngoài", period=YTD, location=DH),
    fig("đạt 4,5 triệu", "4,5", 4.5e6, "money", "đồng/tháng",
        subject="thu nhập bình quân của nghệ nhân", period=YTD, location=DH),
    fig("thêm 310 buổi", "310", 310, "count", "buổi diễn", status="target",
        subject="buổi diễn tổ chức thêm", period=Q4),
    fig("khoảng 1.440 buổi", "1.440", 1440, "count", "buổi", approx="about", status="target",
        subject="tổng số buổi diễn cả năm", period=YEAR),
    fig("của 9 phường", "9", 9, "count", "phường rối", status="forecast",
        subject="phường rối tham gia Liên hoan rối nước", period=NOV),
]

NOTES = [
    "Province portal (Thái Bình): troupes' performances in 9 months of 2024; breadcrumb, 'Cập nhật: 10/10/2024 15:05 | Lượt xem: 1.864', related links.",
    "Distractors: 15:05, 'Lượt xem: 1.864', 'lần thứ ba' (ordinal), 'năm 2024' in a related-link title, 'Tết Trung thu'.",
    "Headline '9 tháng ... hơn 1.100 buổi' is its own figure (over); year-less '9 tháng' takes 2024 (published; nothing earlier).",
    "'Trong đó' after a sentence break: 486 + 395 + 245 = 1.126, so the three troupes take total 1.126; period inherited.",
    "'bằng 78,5% kế hoạch năm' → percent attribute of 1.126 (the change 8,2% is its change).",
    "The guild in xã Đông Các, huyện Đông Hưng: location Đông Hưng; 'gần ba chục' = 30 nearly; 'trên 100 năm tuổi' (age of a puppet) optional.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-10 and governs the whole sentence including the income clause after ';'.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'Dự kiến trong tháng 11' → forecast.",
]

if __name__ == "__main__":
    write("p1336-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Thái Bình")

"""p1546-8: radio/TV site (Đài PT-TH Đồng Tháp): 'Đổi mũ cũ lấy mũ mới' in TP Cao Lãnh; road deaths since the start of the year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Chương trình | Truyền hình trực tuyến | Phát thanh

Đổi 3.000 mũ bảo hiểm cũ lấy mũ mới đạt chuẩn cho người dân

Thứ Bảy, 23/03/2024 - 18:05

(THDT) Sáng 23/3, tại Trường Tiểu học Tân Thuận Đông 1, TP Cao Lãnh, Ban An toàn giao thông tỉnh phối hợp với Công ty Bảo hiểm Hưng Phát tổ chức chương trình "Đổi mũ cũ lấy mũ mới" lần thứ 4.

Tại chương trình, ban tổ chức đã đổi 3.000 mũ bảo hiểm đạt chuẩn mẫu HP-07 cho người dân, trong đó 1.200 mũ trẻ em; mỗi chiếc mũ mới trị giá khoảng 180.000 đồng. Chương trình nằm trong kế hoạch đổi 15.000 mũ tại 12 huyện, thành phố trong năm nay, tổng kinh phí gần 2,7 tỷ đồng do doanh nghiệp tài trợ.

Theo Ban An toàn giao thông tỉnh, từ đầu năm đến nay, toàn tỉnh xảy ra 47 vụ tai nạn giao thông, làm chết 39 người, bị thương 21 người; so với cùng kỳ năm 2023 giảm 6 vụ, giảm 4 người chết. Trong số người chết có 28 người đi mô tô, xe máy, trong đó 9 người không đội mũ bảo hiểm.

Quý I năm nay, lực lượng Cảnh sát giao thông tỉnh phấn đấu xử lý không dưới 4.000 trường hợp vi phạm về mũ bảo hiểm. Bà Nguyễn Thị Kim Loan, người dân phường 6, cho biết chiếc mũ cũ của gia đình đã dùng hơn năm năm, nay được đổi mũ mới nên rất vui.

Nguồn: THDT | Phóng viên: Minh Thư - Hữu Trí

Bình luận (0)

Tin cùng chuyên mục:
- Đồng Tháp: Ra quân bảo đảm trật tự an toàn giao thông
- Hội thi "Giao thông học đường" năm học 2023-2024
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-03-23")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
Q1 = per("Quý I năm nay", "2024-01-01", "2024-03-31")
CL = "Cao Lãnh"

FIGS = [
    fig("Đổi 3.000 mũ", "3.000", 3000, "count", "mũ bảo hiểm",
        subject="mũ bảo hiểm cũ đổi lấy mũ mới đạt chuẩn", location=CL),
    fig("đã đổi 3.000 mũ", "3.000", 3000, "count", "mũ bảo hiểm",
        subject="mũ bảo hiểm đạt chuẩn đổi cho người dân", location=CL),
    fig("1.200 mũ trẻ em", "1.200", 1200, "count", "mũ", total=3000, subject="mũ trẻ em", location=CL),
    fig("khoảng 180.000 đồng", "180.000", 180000, "money", "đồng/chiếc", approx="about",
        subject="trị giá mỗi chiếc mũ mới", location=CL),
    fig("đổi 15.000 mũ", "15.000", 15000, "count", "mũ", status="target",
        subject="mũ đổi theo kế hoạch", period=Y24),
    fig("tại 12 huyện", "12", 12, "count", "huyện, thành phố", status="target",
        subject="huyện, thành phố", period=Y24),
    fig("gần 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", approx="nearly", status="target",
        subject="tổng kinh phí do doanh nghiệp tài trợ", period=Y24),
    fig("xảy ra 47 vụ", "47", 47, "count", "vụ", change=chg("decrease", 6, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn giao thông", period=YTD),
    fig("chết 39 người", "39", 39, "count", "người", change=chg("decrease", 4, "người", "cùng kỳ năm 2023"),
        subject="người chết do tai nạn giao thông", period=YTD),
    fig("thương 21 người", "21", 21, "count", "người", subject="người bị thương do tai nạn giao thông", period=YTD),
    fig("có 28 người", "28", 28, "count", "người", total=39, subject="người chết đi mô tô, xe máy",
        period=inh(YTD)),
    fig("đó 9 người", "9", 9, "count", "người", total=28, subject="người chết không đội mũ bảo hiểm",
        period=inh(YTD)),
    fig("không dưới 4.000", "4.000", 4000, "count", "trường hợp", approx="at_least", status="target",
        subject="trường hợp vi phạm về mũ bảo hiểm xử lý", period=Q1),
    fig("hơn năm năm", "năm", 5, "measure", "năm", approx="over", location=CL, optional=True),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): menu, headline figure, 'Thứ Bảy, 23/03/2024 - 18:05', tag '(THDT)', source line,",
    "'Bình luận (0)', related links.",
    "Distractors: 18:05, 'Sáng 23/3', 'Trường Tiểu học Tân Thuận Đông 1', 'lần thứ 4', model 'HP-07', 'phường 6',",
    "baseline 'cùng kỳ năm 2023', 'Bình luận (0)', 'năm học 2023-2024' in a link.",
    "The exchange event in TP Cao Lãnh: location Cao Lãnh; the provincial plan (15.000 mũ, 12 huyện, 2,7 tỷ) and the road figures: Đồng Tháp.",
    "'kế hoạch đổi 15.000 mũ ... trong năm nay' is a plan → status target (its clause and the one continuing it), period năm nay = 2024.",
    "'mỗi chiếc mũ mới trị giá khoảng 180.000 đồng' → unit đồng/chiếc (the denominator is 'mỗi chiếc').",
    "'từ đầu năm đến nay' ends on the dateline 2024-03-23. 'so với cùng kỳ năm 2023 giảm 6 vụ, giảm 4 người chết' → changes of",
    "the 47 vụ and 39 người (in that order). 'Trong số người chết có 28 ...' → total 39; 'trong đó 9 người' → total 28.",
    "'không dưới 4.000' → at_least; 'phấn đấu' → target; 'Quý I năm nay' = 2024-Q1.",
    "'chiếc mũ cũ ... đã dùng hơn năm năm' (an anecdote's age of a helmet; number word 'năm' = 5 before 'năm' = year): optional.",
    "revised after the first run: '39 người', '21 người' subjects 'người chết', 'người bị thương' → '... do tai nạn giao thông'",
    "(the bare noun dropped the cause the sentence gives, '47 vụ tai nạn giao thông, làm chết 39 người').",
]

if __name__ == "__main__":
    write("p1546-8", TEXT, NOTES, FIGS, published="2024-03-23", location="Đồng Tháp")

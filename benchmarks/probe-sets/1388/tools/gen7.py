"""p1388-7: department site (Sở KH&CN Hải Phòng), no dateline: technology-renewal support since 2021; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG
Giới thiệu | Tin tức | Thủ tục hành chính | Văn bản | Liên hệ

Hải Phòng đẩy mạnh ứng dụng robot trong sản xuất

Từ năm 2021 đến nay, Chương trình hỗ trợ doanh nghiệp đổi mới công nghệ của thành phố đã hỗ trợ 46 doanh nghiệp với tổng kinh phí hơn 32 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 9,6 tỷ đồng, phần còn lại do doanh nghiệp đối ứng. Các doanh nghiệp tham gia có năng suất lao động tăng bình quân 15-25%/năm.

Số robot công nghiệp lắp đặt mới tại các doanh nghiệp theo địa bàn
Đơn vị tính: robot
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Quận Hải An
64
82
95
Huyện An Dương
37
52
70
Huyện An Lão
27
40
55
Huyện Tiên Lãng
9
15
20
Tổng số
137
189
240

Đáng chú ý, Công ty TNHH Thiết bị điện Đình Vũ (quận Hải An) đã đưa vào vận hành dây chuyền lắp ráp tự động với 24 robot, giúp sản lượng tăng gấp 1,5 lần và giảm 60 lao động. Năm 2024, Sở phấn đấu hỗ trợ thêm 12 doanh nghiệp, ưu tiên doanh nghiệp cơ khí, điện tử và dệt may.

Liên kết website: Bộ Khoa học và Công nghệ | UBND thành phố Hải Phòng

SỞ KHOA HỌC VÀ CÔNG NGHỆ HẢI PHÒNG
Địa chỉ: Số 18 Hoàng Diệu, quận Hồng Bàng, TP Hải Phòng
Điện thoại: 0225.3842.639 | Email: skhcn@haiphong.gov.vn
Lượt truy cập: 1.204.577 | Đang trực tuyến: 52
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", None)
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Quận Hải An", "Hải An", ["64", "82", "95"]),
        ("Huyện An Dương", "An Dương", ["37", "52", "70"]),
        ("Huyện An Lão", "An Lão", ["27", "40", "55"]),
        ("Huyện Tiên Lãng", "Tiên Lãng", ["9", "15", "20"]),
        ("Tổng số", "Hải Phòng", ["137", "189", "240"])]
IND = "số robot công nghiệp lắp đặt mới"

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"{IND} {col}" if label != "Tổng số" else f"tổng {IND} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n), "count", "robot", subject=subj, period=p,
                         location=place, **kw))
        prev = n

FIGS = [
    fig("hỗ trợ 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp Chương trình hỗ trợ doanh nghiệp đổi mới công nghệ đã hỗ trợ", period=SINCE),
    fig("hơn 32 tỷ", "32", 32e9, "money", "đồng", approx="over", subject="tổng kinh phí", period=SINCE),
    fig("hỗ trợ 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", total=32e9, subject="ngân sách thành phố hỗ trợ",
        period=SINCE),
    fig("bình quân 15-25%", "15", 15, "percent", "%", value_max=25,
        subject="năng suất lao động của các doanh nghiệp tham gia", period=inh(SINCE)),
] + CELLS + [
    fig("với 24 robot", "24", 24, "count", "robot",
        subject="robot trên dây chuyền lắp ráp tự động của Công ty TNHH Thiết bị điện Đình Vũ", location="Hải An"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="sản lượng", location="Hải An"),
    fig("giảm 60 lao động", "60", 60, "count", "lao động", subject="lao động giảm", location="Hải An"),
    fig("thêm 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp Sở hỗ trợ thêm", period=Y24),
]

NOTES = [
    "Department site (Sở KH&CN Hải Phòng), no dateline: menu, website links, footer address, phone, e-mail, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 18 Hoàng Diệu', 'quận Hồng Bàng', phone 0225.3842.639, counters 1.204.577 and 52.",
    "'Từ năm 2021 đến nay' without a dateline: start 2021-01-01, end null. 9,6 tỷ follows 'trong đó' after the whole 'hơn 32 tỷ': total 32 tỷ.",
    "'15-25%/năm' is a range of growth rates as the claim (percent; period inherited from the previous sentence).",
    "One-cell-per-line table, 'Đơn vị tính: robot'; rows are districts: the row label goes to location (Tổng số row: Hải Phòng);",
    "subject = caption indicator + column label; period from column headers (scored); 'Kế hoạch 2024' -> target. Cells get no total.",
    "Firm in quận Hải An: location Hải An. 'sản lượng tăng gấp 1,5 lần' has no base amount: a multiple figure of its own.",
    "'giảm 60 lao động' is a count as the claim (the number of jobs cut). 'Năm 2024, Sở phấn đấu ... 12 doanh nghiệp' -> target.",
]

if __name__ == "__main__":
    write("p1388-7", TEXT, NOTES, FIGS, location="Hải Phòng")

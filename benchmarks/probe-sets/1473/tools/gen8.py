"""p1473-8: radio/TV site (Đài PT-TH Thanh Hóa, TTV): youth volunteers repair sewing machines in huyện Hoằng Hóa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Thanh niên tình nguyện sửa máy may miễn phí cho hội viên phụ nữ

25/06/2024 18:30

(TTV) - Từ đầu tháng 6 đến nay, Đội thanh niên tình nguyện sửa chữa máy may của Huyện đoàn Hoằng Hóa đã đến 14 xã, kiểm tra, bảo dưỡng miễn phí 536 máy may gia đình và máy may công nghiệp cho hội viên phụ nữ.

Đội có 12 đoàn viên là công nhân kỹ thuật đang làm việc tại các công ty may trên địa bàn. Năm 2023, đội đã bảo dưỡng 1.240 máy, tăng gần 1,5 lần so với năm 2022. Riêng tại xã Hoằng Đạt, đợt này đội đã sửa chữa 78 máy, thay thế hơn 200 linh kiện với tổng trị giá gần 15 triệu đồng do các đại lý máy may tài trợ.

Chị Lê Thị Hằng ở thôn 3, xã Hoằng Đạt chia sẻ: "Nhà tôi có hai máy may công nghiệp nhận hàng gia công, mỗi tháng thu nhập khoảng 6 triệu đồng. Trước đây máy hỏng phải chờ thợ cả tuần, nay được sửa ngay tại nhà".

Hiện toàn huyện có 7 hợp tác xã và hơn 2.100 hộ may gia công, thu hút khoảng 3.500 lao động nữ. 5 tháng đầu năm nay, giá trị hàng may gia công ước đạt 96 tỷ đồng, bằng 45% kế hoạch năm. Thời gian tới, Huyện đoàn dự kiến mở rộng hoạt động ra 23 xã, thị trấn còn lại; phấn đấu đến hết năm 2024 bảo dưỡng ít nhất 1.500 máy may.

Hoàng Yến - Minh Quân
Chia sẻ | Bình luận (0)

Tin cùng chuyên mục:
- Hoằng Hóa: Ra quân Chiến dịch Thanh niên tình nguyện hè 2024
- Thanh Hóa tuyển sinh lớp 10 năm học 2024-2025
"""

NOW = per("Từ đầu tháng 6 đến nay", "2024-06-01", "2024-06-25")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
TO24 = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    fig("đến 14 xã", "14", 14, "count", "xã", subject="xã Đội thanh niên tình nguyện sửa chữa máy may đã đến", period=NOW),
    fig("miễn phí 536 máy", "536", 536, "count", "máy may",
        subject="máy may gia đình và máy may công nghiệp được kiểm tra, bảo dưỡng miễn phí", period=NOW),
    fig("có 12 đoàn viên", "12", 12, "count", "đoàn viên", subject="đoàn viên của đội"),
    fig("bảo dưỡng 1.240 máy", "1.240", 1240, "count", "máy",
        change=chg("increase", 1.5, "lần", "năm 2022", approx="nearly"),
        subject="máy đội đã bảo dưỡng", period=Y23),
    fig("sửa chữa 78 máy", "78", 78, "count", "máy", subject="máy đội đã sửa chữa tại xã Hoằng Đạt",
        period=inh(NOW)),
    fig("hơn 200 linh kiện", "200", 200, "count", "linh kiện", approx="over",
        subject="linh kiện được thay thế", period=inh(NOW)),
    fig("gần 15 triệu", "15", 15e6, "money", "đồng", approx="nearly",
        subject="tổng trị giá linh kiện do các đại lý máy may tài trợ", period=inh(NOW)),
    fig("có hai máy", "hai", 2, "count", "máy may", subject="máy may công nghiệp nhà chị Lê Thị Hằng nhận hàng gia công"),
    fig("khoảng 6 triệu", "6", 6e6, "money", "đồng/tháng", approx="about", subject="thu nhập mỗi tháng"),
    fig("có 7 hợp tác xã", "7", 7, "count", "hợp tác xã", subject="hợp tác xã may gia công"),
    fig("hơn 2.100 hộ", "2.100", 2100, "count", "hộ", approx="over", subject="hộ may gia công"),
    fig("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động nữ", approx="about",
        subject="lao động nữ hợp tác xã và hộ may gia công thu hút"),
    fig("ước đạt 96 tỷ", "96", 96e9, "money", "đồng", status="estimate", percent=45,
        subject="giá trị hàng may gia công", period=M5),
    fig("ra 23 xã", "23", 23, "count", "xã, thị trấn", status="forecast",
        subject="xã, thị trấn còn lại Huyện đoàn mở rộng hoạt động"),
    fig("ít nhất 1.500 máy", "1.500", 1500, "count", "máy may", approx="at_least", status="target",
        subject="máy may bảo dưỡng", period=TO24),
]

NOTES = [
    "Radio/TV site (TTV Thanh Hóa): station banner, menu, bare '25/06/2024 18:30', tag '(TTV) -', byline, 'Bình luận (0)', related links.",
    "Distractors: 18:30, 'thôn 3', 'Bình luận (0)', 'hè 2024', 'lớp 10', 'năm học 2024-2025', 'năm 2022' baseline.",
    "'Từ đầu tháng 6 đến nay' = 2024-06-01 to the dateline. 'Riêng tại xã Hoằng Đạt' is no part-of-whole cue: 78 máy has no total;",
    "its sentence ('đợt này') inherits the campaign period. 'tăng gần 1,5 lần so với năm 2022' → change 1,5 lần, nearly.",
    "'hai máy', number word. 'mỗi tháng thu nhập khoảng 6 triệu đồng' → đồng/tháng. '5 tháng đầu năm nay' takes the dateline's year (2024).",
    "'dự kiến … 23 xã, thị trấn' → forecast; '; phấn đấu đến hết năm 2024 … ít nhất 1.500' → target, start null. All in Hoằng Hóa.",
]

if __name__ == "__main__":
    write("p1473-8", TEXT, NOTES, FIGS, published="2024-06-25", location="Hoằng Hóa")

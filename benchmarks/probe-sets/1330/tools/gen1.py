"""p1330-1: province portal (Bắc Giang): land-use right auctions and land revenue, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế

Bắc Giang: 9 tháng thu hơn 4.100 tỷ đồng từ đấu giá quyền sử dụng đất

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Tài chính, 9 tháng đầu năm 2024, toàn tỉnh tổ chức 186 cuộc đấu giá quyền sử dụng đất, đấu giá thành công 2.968/3.420 lô đất, đạt 86,8%. Tổng số tiền trúng đấu giá đạt 4.126 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, thành phố Bắc Giang 1.215 tỷ đồng, thị xã Việt Yên 968 tỷ đồng, huyện Yên Dũng 642 tỷ đồng.

Giá trúng đấu giá đất ở tại các khu đô thị của thành phố Bắc Giang phổ biến từ 25 đến 32 triệu đồng/m2. Cao nhất là lô đất tại Khu dân cư số 3 phường Dĩnh Kế với giá 68,5 triệu đồng/m2, gấp 3,2 lần giá khởi điểm.

Thu tiền sử dụng đất 9 tháng ước đạt 3.850 tỷ đồng, bằng 77% dự toán HĐND tỉnh giao, chiếm khoảng 41% tổng thu nội địa.

Từ đầu năm đến nay, có 27 trường hợp người trúng đấu giá không nộp tiền với 41 lô đất; số tiền đặt trước bị tịch thu gần 9,6 tỷ đồng.

Quý IV, tỉnh dự kiến tổ chức thêm khoảng 45 cuộc đấu giá với hơn 900 lô đất; phấn đấu cả năm thu tiền sử dụng đất đạt 5.200 tỷ đồng, tăng 12% so với năm 2023. Các địa phương thực hiện đấu giá theo Nghị định số 102/2024/NĐ-CP và bảng giá đất điều chỉnh của tỉnh.

Tin liên quan:
- Bắc Giang công bố bảng giá đất điều chỉnh áp dụng từ ngày 1/8/2024
- Huyện Lạng Giang đấu giá các khu dân cư dọc Quốc lộ 1
"""

N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9s = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
SUBJ_WIN = "tổng số tiền trúng đấu giá"

FIGS = [
    fig("thu hơn 4.100 tỷ", "4.100", 4100e9, "money", "đồng", approx="over",
        subject="tiền thu từ đấu giá quyền sử dụng đất", period=N9s),
    fig("tổ chức 186 cuộc", "186", 186, "count", "cuộc đấu giá",
        subject="cuộc đấu giá quyền sử dụng đất tổ chức", period=N9),
    fig("2.968/3.420 lô", "2.968", 2968, "count", "lô đất", total=3420, percent=86.8,
        subject="lô đất đấu giá thành công", period=N9),
    fig("đạt 4.126 tỷ", "4.126", 4126e9, "money", "đồng", change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject=SUBJ_WIN, period=inh(N9)),
    fig("Bắc Giang 1.215 tỷ", "1.215", 1215e9, "money", "đồng", total=4126e9,
        subject=SUBJ_WIN, period=inh(N9), location="Bắc Giang"),
    fig("Việt Yên 968 tỷ", "968", 968e9, "money", "đồng", total=4126e9,
        subject=SUBJ_WIN, period=inh(N9), location="Việt Yên"),
    fig("Yên Dũng 642 tỷ", "642", 642e9, "money", "đồng", total=4126e9,
        subject=SUBJ_WIN, period=inh(N9), location="Yên Dũng"),
    fig("từ 25 đến 32 triệu", "25", 25e6, "money", "đồng/m2", value_max=32e6,
        subject="giá trúng đấu giá đất ở tại các khu đô thị"),
    fig("giá 68,5 triệu", "68,5", 68.5e6, "money", "đồng/m2",
        change=chg("increase", 3.2, "lần", "giá khởi điểm"),
        subject="giá trúng đấu giá cao nhất của lô đất tại Khu dân cư số 3 phường Dĩnh Kế"),
    fig("ước đạt 3.850 tỷ", "3.850", 3850e9, "money", "đồng", percent=77, status="estimate",
        subject="thu tiền sử dụng đất", period=N9s),
    fig("khoảng 41%", "41", 41, "percent", "%", approx="about", status="estimate",
        subject="thu tiền sử dụng đất trong tổng thu nội địa", period=N9s, optional=True),
    fig("có 27 trường hợp", "27", 27, "count", "trường hợp",
        subject="trường hợp người trúng đấu giá không nộp tiền", period=YTD),
    fig("với 41 lô", "41", 41, "count", "lô đất",
        subject="lô đất người trúng đấu giá không nộp tiền", period=YTD),
    fig("gần 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", approx="nearly",
        subject="số tiền đặt trước bị tịch thu", period=YTD),
    fig("khoảng 45 cuộc", "45", 45, "count", "cuộc đấu giá", approx="about", status="forecast",
        subject="cuộc đấu giá tổ chức thêm", period=Q4),
    fig("hơn 900 lô", "900", 900, "count", "lô đất", approx="over", status="forecast",
        subject="lô đất đưa ra đấu giá", period=Q4),
    fig("đạt 5.200 tỷ", "5.200", 5200e9, "money", "đồng", status="target",
        change=chg("increase", 12, "%", "năm 2023"), subject="thu tiền sử dụng đất cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Giang): land-use right auctions 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862'.",
    "Distractors: 09:35, Lượt xem 1.862, 'Khu dân cư số 3', Nghị định số 102/2024/NĐ-CP, 'ngày 1/8/2024' and 'Quốc lộ 1' in related links.",
    "Headline '9 tháng' has no year: takes 2024 from published. '2.968/3.420 lô đất, đạt 86,8%': total 3420 and percent 86.8 (3.420 is no figure).",
    "'Trong đó' after a sentence break: three district parts take total 4.126 tỷ; place → location; period inherited.",
    "'gấp 3,2 lần giá khởi điểm' after a price → change (increase, 3.2 lần, baseline giá khởi điểm).",
    "'bằng 77% dự toán, chiếm khoảng 41% tổng thu nội địa': first share is the attribute, the second a percent figure of its own (optional).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14. 'Quý IV ... dự kiến' → forecast; '; phấn đấu cả năm' → target, 2024.",
]

if __name__ == "__main__":
    write("p1330-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Giang")

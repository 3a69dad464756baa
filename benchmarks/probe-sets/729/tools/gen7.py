"""p729-7: department site, no dateline (Sở NN&PTNT Hậu Giang), straw treated with bio-products; one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẬU GIANG
Chi cục Trồng trọt và Bảo vệ thực vật

Nhân rộng mô hình xử lý rơm rạ bằng chế phẩm sinh học

Từ năm 2022 đến nay, Chi cục đã phối hợp với các huyện triển khai mô hình xử lý rơm rạ bằng chế phẩm sinh học ngay trên ruộng, giúp rút ngắn thời gian phân hủy rơm còn 15-20 ngày và giảm 10% lượng phân bón hóa học. Tính đến 30/6/2024, toàn tỉnh có 42 hợp tác xã và 3.150 hộ tham gia mô hình. Diện tích áp dụng tại các huyện như sau:

Bảng 1. Diện tích xử lý rơm rạ bằng chế phẩm sinh học
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Phụng Hiệp
1.250
2.840
4.000
Long Mỹ
980
1.760
3.000
Vị Thủy
640
1.125
2.000
Châu Thành A
415
870
1.500

Chi phí xử lý bình quân khoảng 350.000 đồng/ha, thấp hơn 40% so với cày vùi thông thường. Năng suất lúa trên ruộng áp dụng tăng từ 3 đến 5%, lợi nhuận tăng thêm từ 1,2 đến 1,8 triệu đồng/ha.

Năm 2024, tỉnh hỗ trợ 30% chi phí mua chế phẩm cho nông dân, tối đa 150.000 đồng/ha. Nông dân có nhu cầu liên hệ Trạm Trồng trọt và BVTV các huyện để được hướng dẫn kỹ thuật, đăng ký nhận hỗ trợ trước ngày 15 hằng tháng.

Địa chỉ: Số 9 đường 3 Tháng 2, phường V, TP. Vị Thanh. Điện thoại: 0293.3876.543
Tổng lượt truy cập: 1.204.386
"""

SINCE = per("Từ năm 2022 đến nay", "2022-01-01", None)
ASOF = per("Tính đến 30/6/2024", None, "2024-06-30")
COLS = [(per("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", None),
        (per("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", None),
        (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "kế hoạch 2024", "target")]
ROWS = [("Phụng Hiệp", "1.250", "2.840", "4.000"), ("Long Mỹ", "980", "1.760", "3.000"),
        ("Vị Thủy", "640", "1.125", "2.000"), ("Châu Thành A", "415", "870", "1.500")]
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

COMMENTS = [
    "Department site (invented): Sở NN&PTNT Hậu Giang / Chi cục TT&BVTV. No dateline (published null); visit counter in the footer.",
    "Distractors: 'Bảng 1.', 'Đơn vị tính: ha', 'đường 3 Tháng 2, phường V', 'Châu Thành A' (letter in a name), phone, 'Tổng lượt truy cập: 1.204.386', 'trước ngày 15 hằng tháng'.",
    "One-cell-per-line table: district rows -> location, subject = table title + column, unit ha from 'Đơn vị tính', period from the column;",
    "the 'Kế hoạch 2024' column -> status target.",
    "'Từ năm 2022 đến nay' in an undated article: start 2022-01-01, end null. 'Tính đến 30/6/2024' is as-of (start null).",
    "'thấp hơn 40% so với cày vùi thông thường' is the change of 350.000 đồng/ha; 'tăng từ 3 đến 5%' with no base is a percent range figure.",
    "'lợi nhuận tăng thêm từ 1,2 đến 1,8 triệu đồng/ha' is a money figure, not a change. 'tối đa 150.000 đồng/ha' -> at_most.",
]


def v(s):
    return int(s.replace(".", ""))


FIGS = [
    fig("còn 15-20 ngày", "15", 15, "measure", "ngày", "thời gian phân hủy rơm", SINCE, value_max=20),
    fig("giảm 10%", "10", 10, "percent", "%", "lượng phân bón hóa học giảm", SINCE),
    fig("có 42 hợp tác xã", "42", 42, "count", "hợp tác xã", "hợp tác xã tham gia mô hình", ASOF),
    fig("và 3.150 hộ", "3.150", 3150, "count", "hộ", "hộ tham gia mô hình", ASOF),
]
for name, *cells in ROWS:
    prev = name
    for (p, label, status), c in zip(COLS, cells):
        kw = {"status": status} if status else {}
        FIGS.append(fig(f"{prev}\n{c}", c, v(c), "measure", "ha",
                        f"diện tích xử lý rơm rạ bằng chế phẩm sinh học {label}", p, location=name, **kw))
        prev = c
FIGS += [
    fig("khoảng 350.000 đồng/ha", "350.000", 350000, "money", "đồng/ha", "chi phí xử lý bình quân", approx="about",
        change=chg("decrease", 40, "%", "cày vùi thông thường")),
    fig("từ 3 đến 5%", "3", 3, "percent", "%", "năng suất lúa trên ruộng áp dụng tăng", value_max=5),
    fig("từ 1,2 đến 1,8 triệu đồng/ha", "1,2", 1200000, "money", "đồng/ha", "lợi nhuận tăng thêm", value_max=1800000),
    fig("hỗ trợ 30% chi phí", "30", 30, "percent", "%", "mức hỗ trợ chi phí mua chế phẩm", Y24),
    fig("tối đa 150.000 đồng/ha", "150.000", 150000, "money", "đồng/ha", "mức hỗ trợ tối đa chi phí mua chế phẩm", Y24, approx="at_most"),
]

if __name__ == "__main__":
    emit("p729-7", TEXT, COMMENTS, FIGS, location="Hậu Giang")

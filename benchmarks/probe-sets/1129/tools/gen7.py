"""p1129-7: department site (Sở NN&PTNT Hưng Yên), no dateline; one-cell-per-line table of guava area by variety."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Phát triển vùng ổi hàng hóa gắn với chuỗi giá trị

Hưng Yên hiện có 1.860 ha ổi, tập trung tại Văn Giang, Khoái Châu và Kim Động, trong đó 1.520 ha đang cho thu hoạch. Năm 2023, sản lượng ổi đạt 41.800 tấn, tăng 5,8% so với năm 2022; giá trị sản xuất bình quân đạt 260 triệu đồng/ha.

Diện tích ổi phân theo giống:
Đơn vị tính: ha
Giống
Năm 2022
Năm 2023
Kế hoạch 2024
Ổi lê Đài Loan
742
786
800
Ổi nữ hoàng
415
468
500
Ổi ruột đỏ
208
260
300
Ổi địa phương
432
346
300
Tổng số
1.797
1.860
1.900

Toàn tỉnh có 11 hợp tác xã và 23 tổ hợp tác sản xuất ổi; 285 ha được chứng nhận VietGAP, 2 vùng trồng được cấp mã số xuất khẩu sang Trung Quốc với diện tích 64 ha. Năm 2023, các HTX đã đưa khoảng 1.900 tấn ổi vào hệ thống siêu thị tại Hà Nội, gấp 1,6 lần năm 2022. Tại xã Xuân Quan (huyện Văn Giang), nhiều hộ trồng ổi nữ hoàng thu lãi 8-10 triệu đồng/sào/năm.

Bài viết liên quan:
- Hội nghị tổng kết sản xuất vụ Đông 2023
- Tập huấn quy trình VietGAP cho cây ổi lần thứ 2

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HƯNG YÊN
Địa chỉ: Số 437 đường Nguyễn Văn Linh, TP Hưng Yên
Điện thoại: 0221.3862.104 | Email: snnptnt@hungyen.gov.vn
Tổng lượt truy cập: 2.406.913 | Đang trực tuyến: 41
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23b = per("Năm 2023, các HTX", "2023-01-01", "2023-12-31")
COLP = {"năm 2022": Y22, "năm 2023": Y23, "kế hoạch 2024": K24}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("kế hoạch") else {}
    return fig(anchor, number, value, "measure", "ha", subject=f"diện tích {row} {col}", period=COLP[col], **kw)


FIGS = [
    fig("có 1.860 ha", "1.860", 1860, "measure", "ha", subject="diện tích ổi"),
    fig("1.520 ha", "1.520", 1520, "measure", "ha", total=1860, subject="diện tích ổi đang cho thu hoạch"),
    fig("đạt 41.800 tấn", "41.800", 41800, "measure", "tấn", change=chg("increase", 5.8, "%", "năm 2022"),
        subject="sản lượng ổi", period=Y23),
    fig("đạt 260 triệu", "260", 260000000, "money", "đồng/ha", subject="giá trị sản xuất bình quân", period=Y23),
    cell("Loan\n742", "742", 742, "ổi lê Đài Loan", "năm 2022"),
    cell("742\n786", "786", 786, "ổi lê Đài Loan", "năm 2023"),
    cell("786\n800", "800", 800, "ổi lê Đài Loan", "kế hoạch 2024"),
    cell("hoàng\n415", "415", 415, "ổi nữ hoàng", "năm 2022"),
    cell("415\n468", "468", 468, "ổi nữ hoàng", "năm 2023"),
    cell("468\n500", "500", 500, "ổi nữ hoàng", "kế hoạch 2024"),
    cell("đỏ\n208", "208", 208, "ổi ruột đỏ", "năm 2022"),
    cell("208\n260", "260", 260, "ổi ruột đỏ", "năm 2023"),
    cell("260\n300", "300", 300, "ổi ruột đỏ", "kế hoạch 2024"),
    cell("phương\n432", "432", 432, "ổi địa phương", "năm 2022"),
    cell("432\n346", "346", 346, "ổi địa phương", "năm 2023"),
    cell("346\n300", "300", 300, "ổi địa phương", "kế hoạch 2024"),
    cell("Tổng số\n1.797", "1.797", 1797, "ổi tổng số", "năm 2022"),
    cell("1.797\n1.860", "1.860", 1860, "ổi tổng số", "năm 2023"),
    cell("1.860\n1.900", "1.900", 1900, "ổi tổng số", "kế hoạch 2024"),
    fig("có 11 hợp tác xã", "11", 11, "count", "hợp tác xã", subject="hợp tác xã sản xuất ổi"),
    fig("23 tổ hợp tác", "23", 23, "count", "tổ hợp tác", subject="tổ hợp tác sản xuất ổi"),
    fig("285 ha", "285", 285, "measure", "ha", subject="diện tích ổi được chứng nhận VietGAP"),
    fig("2 vùng trồng", "2", 2, "count", "vùng trồng",
        subject="vùng trồng ổi được cấp mã số xuất khẩu sang Trung Quốc"),
    fig("diện tích 64 ha", "64", 64, "measure", "ha",
        subject="diện tích vùng trồng được cấp mã số xuất khẩu"),
    fig("khoảng 1.900 tấn", "1.900", 1900, "measure", "tấn", approx="about",
        change=chg("increase", 1.6, "lần", "năm 2022"), subject="ổi các HTX đưa vào hệ thống siêu thị",
        period=Y23b),
    fig("lãi 8-10", "8", 8000000, "money", "đồng/sào/năm", value_max=10000000,
        subject="lãi của hộ trồng ổi nữ hoàng", location="Văn Giang"),
]

NOTES = [
    "Department site (Sở NN&PTNT Hưng Yên), no dateline: no published. Related links, footer address, phone, e-mail, counters.",
    "One-cell-per-line table ('Đơn vị tính: ha'), rows are varieties (items, not places): subject = 'diện tích' + row + column label;",
    "period from the column header (scored); 'Kế hoạch 2024' → target. The 'Tổng số' row is its own figures; cells get no totals.",
    "'hiện có 1.860 ha' and the figures of the co-operative sentence carry no period ('hiện'). '1.900 tấn ... vào hệ thống siêu thị",
    "tại Hà Nội' is Hưng Yên's sales: Hà Nội is the market, not the place (location Hưng Yên). 'gấp 1,6 lần năm 2022' → change.",
    "Xuân Quan (huyện Văn Giang) income → location Văn Giang, unit đồng/sào/năm.",
    "Distractors: 'vụ Đông 2023', 'lần thứ 2', 'Số 437', phone 0221.3862.104, 'Tổng lượt truy cập: 2.406.913', 'Đang trực tuyến: 41'.",
]

if __name__ == "__main__":
    write("p1129-7", TEXT, NOTES, FIGS, published=None, location="Hưng Yên")

"""p594-7: Đà Nẵng Department of Science and Technology — industrial property applications 2021-2023,
one-cell-per-line table with an 'Đơn vị tính' line; no dateline."""
from lib import fig, per, inh, year, chg, emit

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức | Sở hữu trí tuệ | Liên hệ

Tình hình đăng ký quyền sở hữu công nghiệp giai đoạn 2021-2023

Hoạt động sở hữu trí tuệ trên địa bàn thành phố Đà Nẵng có bước phát triển rõ nét. Năm 2023, tổ chức, cá nhân của thành phố đã nộp 2.064 đơn đăng ký sở hữu công nghiệp, tăng 6,4% so với năm 2022; trong đó đơn sáng chế và giải pháp hữu ích là 83 đơn.

Bảng: Số đơn đăng ký sở hữu công nghiệp theo loại đơn
Đơn vị tính: đơn
Loại đơn
Năm 2021
Năm 2022
Năm 2023
Sáng chế
38
45
52
Giải pháp hữu ích
21
26
31
Kiểu dáng công nghiệp
64
71
69
Nhãn hiệu
1.604
1.798
1.912
Tổng số
1.727
1.940
2.064

Giai đoạn 2021-2023, thành phố đã hỗ trợ kinh phí cho 146 đơn đăng ký với tổng số tiền 1,35 tỷ đồng; mức hỗ trợ tối đa 30 triệu đồng/đơn sáng chế. Số đơn đăng ký sáng chế trên 1 triệu dân của thành phố năm 2023 đạt 41,8 đơn/1 triệu dân, cao gấp 4 lần bình quân cả nước. Đến hết năm 2023, thành phố có 14 nhãn hiệu chứng nhận, nhãn hiệu tập thể được bảo hộ cho các sản phẩm đặc thù như nước mắm Nam Ô, rau La Hường.

Tổ chức, cá nhân có nhu cầu được hướng dẫn, hỗ trợ xin liên hệ Phòng Quản lý chuyên ngành, Tầng 21, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu; điện thoại: 0236.3830.326.

Tổng lượt truy cập: 4.512.367
"""

G = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")


def Y(y):
    return year(y, f"Năm {y}")


ROWS = [
    # (row label for subject, anchor prefix, [(number, year)], unit)
    ("đơn đăng ký sáng chế", "Sáng chế\n", ["38", "45", "52"]),
    ("đơn đăng ký giải pháp hữu ích", "Giải pháp hữu ích\n", ["21", "26", "31"]),
    ("đơn đăng ký kiểu dáng công nghiệp", "Kiểu dáng công nghiệp\n", ["64", "71", "69"]),
    ("đơn đăng ký nhãn hiệu", "Nhãn hiệu\n", ["1.604", "1.798", "1.912"]),
    ("tổng số đơn đăng ký sở hữu công nghiệp", "Tổng số\n", ["1.727", "1.940", "2.064"]),
]

FIGS = [
    fig("nộp 2.064 đơn", "2.064", 2064, "count", "đơn", "đơn đăng ký sở hữu công nghiệp của tổ chức, cá nhân",
        Y(2023), change=chg("increase", 6.4, "%", "năm 2022")),
    fig("là 83 đơn", "83", 83, "count", "đơn", "đơn sáng chế và giải pháp hữu ích", Y(2023), total=2064),
]
for label, prefix, cells in ROWS:
    anchor = prefix
    for i, (num, y) in enumerate(zip(cells, (2021, 2022, 2023))):
        anchor_i = prefix + "\n".join(cells[: i + 1])
        val = float(num.replace(".", "")) if "." in num else int(num)
        FIGS.append(fig(anchor_i, num, val, "count", "đơn", f"{label} năm {y}", Y(y)))

FIGS += [
    fig("cho 146 đơn", "146", 146, "count", "đơn", "đơn đăng ký được hỗ trợ kinh phí", G),
    fig("1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "tổng số tiền hỗ trợ đơn đăng ký", G),
    fig("tối đa 30 triệu đồng", "30", 30e6, "money", "đồng/đơn", "mức hỗ trợ đơn sáng chế", G, approx="at_most"),
    fig("đạt 41,8 đơn", "41,8", 41.8, "measure", "đơn/1 triệu dân", "số đơn đăng ký sáng chế trên 1 triệu dân",
        Y(2023) | {"text": "năm 2023"}, change=chg("increase", 4, "lần", "bình quân cả nước")),
    fig("có 14 nhãn hiệu", "14", 14, "count", "nhãn hiệu",
        "nhãn hiệu chứng nhận, nhãn hiệu tập thể được bảo hộ cho các sản phẩm đặc thù",
        per("Đến hết năm 2023", None, "2023-12-31")),
]

COMMENTS = [
    "Sở KH&CN Đà Nẵng (department site, no dateline, visit counter in the footer): industrial-property applications 2021-2023.",
    "One-cell-per-line table with 'Đơn vị tính: đơn'; every cell is a count with its year from the column header (scored, as h23);",
    "subject = row label + year; the 'Tổng số' row is a figure too; table cells get no total (the spec gives none for table rows).",
    "Lead: 2.064 đơn with change 6,4% (vs 1.940); 'trong đó … 83 đơn' part of 2.064 (52 + 31).",
    "'tối đa 30 triệu đồng/đơn sáng chế' → money at_most, unit đồng/đơn; '41,8 đơn/1 triệu dân' → measure, the '1 triệu dân' is the",
    "rate's denominator; 'cao gấp 4 lần bình quân cả nước' after it is its change (lần).",
    "Not figures: 'Tầng 21', 'số 24 Trần Phú', phone 0236.3830.326, 'Tổng lượt truy cập: 4.512.367', 2021-2023 in titles.",
]

if __name__ == "__main__":
    emit("p594-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")

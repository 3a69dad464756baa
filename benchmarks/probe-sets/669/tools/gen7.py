"""p669-7: Sở KH&ĐT Long An department site, no dateline; one-cell-per-line table by investor (9 months 2024)."""
from lib import write, fig, per, inh, chg, tgt

ROWS = [  # investor, packages, package price, winning price, saving rate
    ("Ban QLDA ĐTXD tỉnh", "86", "1.254,7", "1.176,3", "6,25"),
    ("Sở Y tế", "142", "318,6", "289,4", "9,17"),
    ("Sở Giáo dục và Đào tạo", "95", "176,2", "165,8", "5,90"),
    ("Công an tỉnh", "64", "211,5", "199,2", "5,82"),
]

TABLE = "\n".join("\n".join(r) for r in ROWS)

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LONG AN
Giới thiệu | Tin tức | Đấu thầu | Văn bản

Kết quả lựa chọn nhà thầu qua mạng 9 tháng năm 2024 của một số chủ đầu tư

Theo số liệu từ Hệ thống mạng đấu thầu quốc gia, 9 tháng năm 2024, các chủ đầu tư trên địa bàn tỉnh Long An đã đăng tải kế hoạch lựa chọn nhà thầu của 1.146 gói thầu, trong đó 1.018 gói thầu đã có kết quả lựa chọn nhà thầu. Tỷ lệ tiết kiệm chung đạt 6,8%; số nhà thầu tham dự bình quân 3,2 nhà thầu/gói thầu.

Kết quả của 4 chủ đầu tư có số gói thầu lớn nhất như sau:

Đơn vị tính: tỷ đồng
Chủ đầu tư
Số gói thầu
Giá gói thầu
Giá trúng thầu
Tỷ lệ tiết kiệm (%)
""" + TABLE + """

Sở Y tế là đơn vị có tỷ lệ tiết kiệm cao nhất nhờ áp dụng mua sắm tập trung đối với vật tư y tế. Ngược lại, vẫn còn 23 gói thầu thuộc diện bắt buộc nhưng chưa đấu thầu qua mạng, chủ yếu tại các huyện Cần Giuộc, Tân Trụ.

Sở đề nghị các chủ đầu tư hoàn thành đăng tải kế hoạch lựa chọn nhà thầu quý IV trước ngày 15/11/2024 và phấn đấu cả năm đạt tỷ lệ đấu thầu qua mạng trên 95%.

Số 61 Nguyễn Huệ, Phường 1, TP Tân An, tỉnh Long An | ĐT: 0272.3826.358
Tổng lượt truy cập: 2.845.113
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = inh(M9)


def n(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for name, c, g, w, r in ROWS:
        out.append(fig(f"{name}\n{c}\n", c, n(c), "count", "gói thầu", f"Số gói thầu {name}", T9))
        out.append(fig(f"{c}\n{g}\n", g, n(g) * 1e9, "money", "đồng", f"Giá gói thầu {name}", T9))
        out.append(fig(f"{g}\n{w}\n", w, n(w) * 1e9, "money", "đồng", f"Giá trúng thầu {name}", T9))
        out.append(fig(f"{w}\n{r}\n", r, n(r), "percent", "%", f"Tỷ lệ tiết kiệm {name}", T9))
    return out


FIGS = [
    fig("của 1.146 gói thầu", "1.146", 1146, "count", "gói thầu",
        "gói thầu được đăng tải kế hoạch lựa chọn nhà thầu", M9),
    fig("trong đó 1.018 gói thầu", "1.018", 1018, "count", "gói thầu",
        "gói thầu đã có kết quả lựa chọn nhà thầu", M9, total=1146),
    fig("chung đạt 6,8%", "6,8", 6.8, "percent", "%", "tỷ lệ tiết kiệm chung", T9),
    fig("bình quân 3,2 nhà thầu/gói thầu", "3,2", 3.2, "measure", "nhà thầu/gói thầu",
        "số nhà thầu tham dự bình quân", T9),
    fig("của 4 chủ đầu tư", "4", 4, "count", "chủ đầu tư", optional=True),
] + table_figs() + [
    fig("còn 23 gói thầu", "23", 23, "count", "gói thầu",
        "gói thầu thuộc diện bắt buộc nhưng chưa đấu thầu qua mạng", T9),
    fig("trên 95%", "95", 95, "percent", "%", "tỷ lệ đấu thầu qua mạng",
        per("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Sở KH&ĐT Long An department site, no dateline (no published); footer address, phone and visit counter 2.845.113.",
    "One-cell-per-line table by investor with 'Đơn vị tính: tỷ đồng' (money columns) and '(%)' in a header; the count column",
    "is 'gói thầu'. Subject = column + investor (investors are not places: location Long An); period from the title (inherited).",
    "'Kết quả của 4 chủ đầu tư có số gói thầu lớn nhất' only introduces the table: optional.",
    "'trong đó 1.018 gói thầu' is a part of 1.146. 23 gói thầu in two named districts stays provincial.",
    "'phấn đấu cả năm … trên 95%': target; 'cả năm' takes 2024 from the earlier '9 tháng năm 2024'.",
]

if __name__ == "__main__":
    write("p669-7", TEXT, COMMENTS, FIGS, location="Long An")

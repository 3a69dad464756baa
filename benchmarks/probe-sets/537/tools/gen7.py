"""p537-7: department site (Sở TN&MT Nghệ An), no dateline — sand/gravel output by district, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH NGHỆ AN
Khoáng sản » Tin chuyên ngành

Sản lượng cát, sỏi khai thác trên sông Lam giai đoạn 2022-2023

Sông Lam và các phụ lưu là nguồn cung cát, sỏi xây dựng chủ yếu của tỉnh. Hiện Nghệ An có 58 mỏ cát, sỏi lòng sông còn hiệu lực giấy phép, phân bố tại 11 huyện, thị xã. Bảng dưới đây tổng hợp sản lượng đã kê khai nộp thuế tài nguyên tại 4 huyện có sản lượng lớn nhất.

Bảng 2. Sản lượng cát, sỏi kê khai theo huyện
Đơn vị tính: nghìn m³
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Thanh Chương
412,5
386,2
400
Nam Đàn
298,7
315,4
320
Đô Lương
187,3
164,8
170
Anh Sơn
96,0
102,6
110

Năm 2023, tổng sản lượng của các huyện trên đạt 969,0 nghìn m³, giảm 2,6% so với năm 2022. Tiền cấp quyền khai thác khoáng sản phải nộp của các mỏ là 38,4 tỷ đồng. Thuế suất thuế tài nguyên đối với cát là 10%, giá tính thuế 120.000 đồng/m³.

Theo Phòng Khoáng sản, tình trạng kê khai sản lượng thấp hơn thực tế vẫn còn: qua đo đạc bằng thiết bị bay không người lái tại 6 mỏ, khối lượng khai thác thực tế vượt kê khai từ 1,3 đến 1,8 lần. Sở đã đề nghị UBND tỉnh yêu cầu các mỏ có công suất từ 50.000 m³/năm trở lên lắp đặt trạm cân, camera giám sát trước ngày 31/12/2024.

Địa chỉ: số 16 Trường Thi, TP. Vinh, Nghệ An. Điện thoại: 0238.3844.302
Tổng lượt truy cập: 2.905.114
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Thanh Chương", "412,5", "386,2", "400"),
    ("Nam Đàn", "298,7", "315,4", "320"),
    ("Đô Lương", "187,3", "164,8", "170"),
    ("Anh Sơn", "96,0", "102,6", "110"),
]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("có 58 mỏ", "58", 58, "count", "mỏ", subject="mỏ cát, sỏi lòng sông còn hiệu lực giấy phép"),
    F("tại 11 huyện", "11", 11, "count", "huyện, thị xã", subject="huyện, thị xã có mỏ cát, sỏi lòng sông"),
    F("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện có sản lượng lớn nhất", optional=True),
]
for name, a, b, c in ROWS:
    FIGS += [
        F(f"{name}\n{a}", a, round(num(a) * 1000, 6), "measure", "m³",
          subject="Sản lượng cát, sỏi kê khai năm 2022", period=Y22, location=name),
        F(f"{a}\n{b}", b, round(num(b) * 1000, 6), "measure", "m³",
          subject="Sản lượng cát, sỏi kê khai năm 2023", period=Y23, location=name),
        F(f"{b}\n{c}", c, round(num(c) * 1000, 6), "measure", "m³", status="target",
          subject="Sản lượng cát, sỏi kê khai kế hoạch 2024", period=K24, location=name),
    ]
FIGS += [
    F("đạt 969,0 nghìn m³", "969,0", 969000, "measure", "m³",
      change=CH("decrease", 2.6, baseline="năm 2022"),
      subject="tổng sản lượng của các huyện", period=Y23),
    F("là 38,4 tỷ đồng", "38,4", 38400000000, "money", "đồng",
      subject="tiền cấp quyền khai thác khoáng sản phải nộp", period=I(Y23)),
    F("là 10%", "10", 10, "percent", "%", subject="thuế suất thuế tài nguyên đối với cát"),
    F("thuế 120.000 đồng/m³", "120.000", 120000, "money", "đồng/m³", subject="giá tính thuế đối với cát"),
    F("tại 6 mỏ", "6", 6, "count", "mỏ", subject="mỏ đo đạc bằng thiết bị bay không người lái"),
    F("từ 1,3 đến 1,8 lần", "1,3", 1.3, "multiple", "lần", value_max=1.8,
      subject="khối lượng khai thác thực tế so với kê khai"),
    F("từ 50.000 m³/năm", "50.000", 50000, "measure", "m³/năm", approx="at_least",
      subject="công suất mỏ phải lắp đặt trạm cân, camera giám sát", optional=True),
]

COMMENTS = [
    "Sở TN&MT Nghệ An department page, no dateline (published null): river sand/gravel output declared by district.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn m³': cells are ×1000 m³ ('412,5' = 412500 m³); row labels are districts -> location;",
    "periods from the column headers (scored, as in shared h23); 'Kế hoạch 2024' column -> status target.",
    "'969,0 nghìn m³, giảm 2,6% so với năm 2022' -> change. '10%' tax rate and 120.000 đồng/m³ taxable price are figures (stated facts).",
    "'vượt kê khai từ 1,3 đến 1,8 lần' stands alone -> multiple range. '4 huyện' (table scope) and the threshold 'từ 50.000 m³/năm trở lên' optional.",
    "Not figures: giai đoạn 2022-2023, 'Bảng 2', số 16 Trường Thi, phone 0238.3844.302, 'Tổng lượt truy cập: 2.905.114', ngày 31/12/2024.",
]

if __name__ == "__main__":
    emit("p537-7", TEXT, COMMENTS, FIGS, published=None, location="Nghệ An")

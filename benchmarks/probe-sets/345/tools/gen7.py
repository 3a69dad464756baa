from lib import *

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẮC GIANG

Bắc Giang: 6 tháng đầu năm 2024 có 3.412 lao động xuất cảnh
Ngày đăng: 05/08/2024 | Lượt xem: 612

Theo số liệu tổng hợp của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh có 3.412 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 48,7% kế hoạch năm (7.000 lao động) và giảm 4,2% so với cùng kỳ năm trước.

Kết quả tại một số huyện như sau (đơn vị tính: người):
Đơn vị
6 tháng 2023
6 tháng 2024
Lục Nam
412
468
Lục Ngạn
538
497
Yên Thế
301
286
Lạng Giang
265
274
Hiệp Hòa
344
312

Về thị trường, 6 tháng đầu năm, lao động sang Nhật Bản chiếm 55,3%, Đài Loan (Trung Quốc) chiếm 31,2%, Hàn Quốc 9,8%, còn lại là các thị trường khác. Hiện toàn tỉnh có khoảng 21.000 người đang làm việc ở nước ngoài; số tiền gửi về hằng năm ước đạt trên 150 triệu USD.

Ngân hàng Chính sách xã hội tỉnh đã giải ngân 36,2 tỷ đồng cho 417 lao động vay vốn, mức vay bình quân khoảng 86,8 triệu đồng/lao động.

6 tháng cuối năm, Sở phấn đấu đưa thêm từ 3.500 đến 3.800 lao động đi làm việc ở nước ngoài, tập trung vào các thị trường có thu nhập cao. Người dân cần cảnh giác với các đối tượng tự xưng là doanh nghiệp, thu tiền đặt cọc rồi chiếm đoạt; khi có nghi vấn, liên hệ Phòng Việc làm - An toàn lao động, số 48 đường Ngô Gia Tự, TP Bắc Giang, điện thoại 0204.3854.270.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
S = "lao động đi làm việc ở nước ngoài"
figs = [
    F("có 3.412 lao động xuất cảnh", "3.412", 3412, "count", "lao động", "lao động xuất cảnh", H1),
    F("có 3.412 lao động đi làm", "3.412", 3412, "count", "lao động", S + " theo hợp đồng", H1,
      percent=48.7, target=T(7000, "lao động", False), change=C("decrease", 4.2, "%", "cùng kỳ năm trước")),
]
rows = [("Lục Nam", "412", "468"), ("Lục Ngạn", "538", "497"), ("Yên Thế", "301", "286"),
        ("Lạng Giang", "265", "274"), ("Hiệp Hòa", "344", "312")]
for d, a, b in rows:
    figs.append(F(f"{d}\n{a}\n", a, parse_num(a), "count", "người", "6 tháng 2023", C23, location=d))
    figs.append(F(f"{a}\n{b}\n", b, parse_num(b), "count", "người", "6 tháng 2024", C24, location=d))
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
figs += [
    F("Nhật Bản chiếm 55,3%", "55,3", 55.3, "percent", "%", "lao động sang Nhật Bản", H6),
    F("(Trung Quốc) chiếm 31,2%", "31,2", 31.2, "percent", "%", "lao động sang Đài Loan (Trung Quốc)", H6),
    F("Hàn Quốc 9,8%", "9,8", 9.8, "percent", "%", "lao động sang Hàn Quốc", H6),
    F("khoảng 21.000 người", "21.000", 21000, "count", "người", "người đang làm việc ở nước ngoài", approx="about"),
    F("trên 150 triệu USD", "150", 150e6, "money", "USD", "số tiền gửi về hằng năm", approx="over", status="estimate"),
    F("giải ngân 36,2 tỷ đồng", "36,2", 36.2e9, "money", "đồng", "vốn cho lao động vay giải ngân", H1i),
    F("cho 417 lao động", "417", 417, "count", "lao động", "lao động vay vốn", H1i),
    F("khoảng 86,8 triệu đồng/lao động", "86,8", 86.8e6, "money", "đồng/lao động", "mức vay bình quân", H1i,
      approx="about"),
    F("từ 3.500 đến 3.800 lao động", "3.500", 3500, "count", "lao động", S,
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), value_max=3800, status="target"),
]
COMMENTS = [
    "Department site (Sở LĐ-TB&XH Bắc Giang), 'Ngày đăng: dd/mm/yyyy | Lượt xem: 612' (view count = page furniture).",
    "Headline figure 3.412 and the body's 3.412 are two mentions, each a figure. 'đạt 48,7% kế hoạch năm (7.000 lao động)' -> percent + target (not met),",
    "'giảm 4,2% so với cùng kỳ năm trước' -> change. One-cell-per-line table (as h23/h24), unit from '(đơn vị tính: người)';",
    "district row labels go to location, so the subject is the column label alone (FIGURES.md tables; revised), period from the column header ('6 tháng 2023' / '6 tháng 2024').",
    "'6 tháng đầu năm' without a year takes 2024 from the first paragraph. Shares by market have no amount: percent figures.",
    "'Hiện ... khoảng 21.000 người' and 'hằng năm ... ước đạt trên 150 triệu USD' carry no dated period. The loan paragraph has no period of its own:",
    "it continues the half-year report (inherited). 'mức vay bình quân ... triệu đồng/lao động' is a rate (unit đồng/lao động).",
    "'6 tháng cuối năm' = 1/7-31/12/2024; 'phấn đấu' -> target; range 3.500-3.800. Distractors: address 'số 48 đường Ngô Gia Tự', phone, view count.",
]
build(7, TEXT, figs, COMMENTS, published="2024-08-05", location="Bắc Giang")

"""p484-7: department site (Sở TN&MT Hưng Yên), no dateline, cadastral digitisation, one-cell-per-line table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả số hóa hồ sơ địa chính năm 2023

Năm 2023, Văn phòng Đăng ký đất đai tỉnh đã hoàn thành số hóa 3.418,2 nghìn trang hồ sơ địa chính, tăng 22,7% so với năm 2022, đạt 104,5% kế hoạch. Việc số hóa được thực hiện theo Kế hoạch số 58/KH-UBND ngày 20/3/2023 của UBND tỉnh. Khối lượng số hóa của từng huyện như sau:

Bảng: Khối lượng số hóa hồ sơ địa chính theo huyện
Đơn vị tính: nghìn trang
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Văn Lâm
512,4
634,8
700
Văn Giang
598,1
726,5
800
Yên Mỹ
603,7
745,2
820
Khoái Châu
582,9
702,3
780
Kim Động
489,6
609,4
680

Tổng kinh phí thực hiện năm 2023 là 6,84 tỷ đồng, trong đó ngân sách tỉnh 5,2 tỷ đồng, ngân sách huyện 1,64 tỷ đồng. Đơn giá bình quân khoảng 2.000 đồng/trang.

Đến hết năm 2023, đã có 412.560 thửa đất được cập nhật vào cơ sở dữ liệu đất đai, chiếm 68% tổng số thửa đất toàn tỉnh; dự kiến năm 2024 hoàn thành thêm khoảng 150.000 thửa. Người dân có thể tra cứu thông tin thửa đất và nộp hồ sơ đăng ký biến động trực tuyến; riêng năm 2023 có 9.612 hồ sơ được nộp qua Cổng Dịch vụ công của tỉnh, gấp 2,4 lần năm 2022.

Liên hệ: Số 437 đường Nguyễn Văn Linh, TP. Hưng Yên. Điện thoại: 0221.3862.543.
Tổng lượt truy cập: 2.184.067
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
P24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
SUBJ = "khối lượng số hóa hồ sơ địa chính"

ROWS = [
    ("Văn Lâm", "512,4", "634,8", "700"),
    ("Văn Giang", "598,1", "726,5", "800"),
    ("Yên Mỹ", "603,7", "745,2", "820"),
    ("Khoái Châu", "582,9", "702,3", "780"),
    ("Kim Động", "489,6", "609,4", "680"),
]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("số hóa 3.418,2 nghìn trang", "3.418,2", 3418.2e3, "count", "trang", "trang hồ sơ địa chính được số hóa",
      Y23, percent=104.5, change=CH("increase", 22.7, baseline="năm 2022")),
]
for name, a, b, c in ROWS:
    FIGS += [
        F(f"{name}\n{a}", a, num(a) * 1e3, "count", "trang", f"{SUBJ} năm 2022", Y22, location=name),
        F(f"{a}\n{b}", b, num(b) * 1e3, "count", "trang", f"{SUBJ} năm 2023", Y23, location=name),
        F(f"{b}\n{c}", c, num(c) * 1e3, "count", "trang", f"{SUBJ} kế hoạch 2024", P24, status="target",
          location=name),
    ]
FIGS += [
    F("là 6,84 tỷ đồng", "6,84", 6.84e9, "money", "đồng", "tổng kinh phí thực hiện",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tỉnh 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "kinh phí từ ngân sách tỉnh",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=6.84e9),
    F("huyện 1,64 tỷ đồng", "1,64", 1.64e9, "money", "đồng", "kinh phí từ ngân sách huyện",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=6.84e9),
    F("khoảng 2.000 đồng/trang", "2.000", 2000, "money", "đồng/trang", "đơn giá số hóa bình quân",
      approx="about"),
    F("có 412.560 thửa", "412.560", 412560, "count", "thửa đất", "thửa đất được cập nhật vào cơ sở dữ liệu đất đai",
      P("Đến hết năm 2023", end="2023-12-31"), percent=68),
    F("khoảng 150.000 thửa", "150.000", 150000, "count", "thửa", "thửa đất hoàn thành thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("có 9.612 hồ sơ", "9.612", 9612, "count", "hồ sơ",
      "hồ sơ đăng ký biến động nộp qua Cổng Dịch vụ công của tỉnh", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 2.4, "lần", baseline="năm 2022")),
]

COMMENTS = [
    "Department site (Sở TN&MT Hưng Yên) with no dateline: published null. Footer counter 'Tổng lượt truy cập: 2.184.067',",
    "address 'Số 437 đường Nguyễn Văn Linh' and phone are not figures.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn trang' => each cell x1000 trang (count); row labels are districts => location;",
    "period from the column header (scored, as shared h23); 'Kế hoạch 2024' column => status target.",
    "Sum check: 2023 column = 3.418,2; 2022 column = 2.786,7 (+22,7%). 'đạt 104,5% kế hoạch' => percent of the headline total.",
    "'dự kiến năm 2024 hoàn thành thêm khoảng 150.000 thửa' continues the sentence after ';' but has its own cue: forecast.",
]

if __name__ == "__main__":
    emit("p484-7", TEXT, COMMENTS, FIGS, location="Hưng Yên")

"""p911-7: department site (Chi cục ATVSTP Khánh Hòa), no dateline, one-cell-per-line table, 2023 sample results."""
from lib import F, P, I, C, T, write

TEXT = """SỞ Y TẾ TỈNH KHÁNH HÒA
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả giám sát mẫu kem, nước giải khát năm 2023

Năm 2023, Chi cục An toàn vệ sinh thực phẩm tỉnh đã lấy 248 mẫu kem, nước giải khát, nước đá tại các cơ sở sản xuất nhỏ lẻ trên địa bàn TP Nha Trang, TP Cam Ranh, thị xã Ninh Hòa và huyện Diên Khánh để xét nghiệm các chỉ tiêu vi sinh, hóa lý. Kết quả có 27 mẫu không đạt, chiếm 10,9%, giảm so với năm 2022 (14,2%).

Kết quả cụ thể như sau:
Đơn vị tính: mẫu
Nhóm sản phẩm
Số mẫu xét nghiệm
Số mẫu không đạt
Kem que, kem ly
86
12
Nước giải khát pha chế
71
9
Nước đá dùng liền
64
5
Nước uống đóng chai
27
1
Tổng cộng
248
27

Các mẫu kem không đạt chủ yếu do tổng số vi sinh vật hiếu khí vượt giới hạn từ 1,5 đến 20 lần. Chi cục đã chuyển kết quả cho Thanh tra Sở Y tế xử phạt 19 cơ sở, tổng số tiền 152 triệu đồng; 3 cơ sở bị tạm đình chỉ hoạt động.

Năm 2024, Chi cục phấn đấu lấy ít nhất 300 mẫu giám sát, trong đó mẫu kem, nước đá chiếm không dưới 50%.

Chi cục An toàn vệ sinh thực phẩm tỉnh Khánh Hòa
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.946 - Email: ccattp@khanhhoa.gov.vn
Tổng lượt truy cập: 1.284.307 | Đang trực tuyến: 31
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Kem que, kem ly", 86, 12), ("Nước giải khát pha chế", 71, 9), ("Nước đá dùng liền", 64, 5),
        ("Nước uống đóng chai", 27, 1)]

FIGS = [
    F("lấy 248 mẫu", "248", 248, "count", "mẫu", "mẫu kem, nước giải khát, nước đá lấy xét nghiệm", Y23),
    F("có 27 mẫu không đạt", "27", 27, "count", "mẫu", "mẫu không đạt", I(Y23), percent=10.9),
    F("(14,2%)", "14,2", 14.2, "percent", "%", "tỷ lệ mẫu không đạt", Y22),
]
for label, n, bad in ROWS:
    FIGS += [
        F(f"{label}\n{n}", str(n), n, "count", "mẫu", f"Số mẫu xét nghiệm {label.lower()}", I(Y23)),
        F(f"{label}\n{n}\n{bad}", str(bad), bad, "count", "mẫu", f"Số mẫu không đạt {label.lower()}", I(Y23)),
    ]
FIGS += [
    F("Tổng cộng\n248", "248", 248, "count", "mẫu", "Tổng cộng số mẫu xét nghiệm", I(Y23)),
    F("Tổng cộng\n248\n27", "27", 27, "count", "mẫu", "Tổng cộng số mẫu không đạt", I(Y23)),
    F("từ 1,5 đến 20 lần", "1,5", 1.5, "multiple", "lần", "mức vượt giới hạn của tổng số vi sinh vật hiếu khí",
      I(Y23), value_max=20),
    F("xử phạt 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở bị xử phạt", I(Y23)),
    F("tổng số tiền 152 triệu đồng", "152", 152_000_000, "money", "đồng", "tổng số tiền xử phạt", I(Y23)),
    F("3 cơ sở bị tạm đình chỉ", "3", 3, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", I(Y23)),
    F("ít nhất 300 mẫu", "300", 300, "count", "mẫu", "mẫu giám sát", Y24, approx="at_least", status="target"),
    F("không dưới 50%", "50", 50, "percent", "%", "mẫu kem, nước đá trong tổng số mẫu giám sát", Y24,
      approx="at_least", status="target"),
]

NOTES = [
    "Probe 911-7. Department site (Chi cục ATVSTP Khánh Hòa), no dateline; table pasted one cell per line (Đơn vị tính: mẫu).",
    "Distractors: '04 Phan Chu Trinh', phone '0258.3822.946', 'Tổng lượt truy cập: 1.284.307', 'Đang trực tuyến: 31'.",
    "27 mẫu: 'chiếm 10,9%' is its percent; 'giảm so với năm 2022 (14,2%)' gives no change value (the 3,3 points are",
    "not written): 14,2% is the 2022 rate, a percent figure of its own. Table cells: subject = column + row label;",
    "period inherited from 'Năm 2023' (no period column). 'trong đó ... chiếm không dưới 50%' is a target share: percent figure.",
    "The listed towns (Nha Trang, Cam Ranh, Ninh Hòa, Diên Khánh) are where samples were taken; figures stay Khánh Hòa.",
]

if __name__ == "__main__":
    write("p911-7", TEXT, NOTES, FIGS, published=None, location="Khánh Hòa")

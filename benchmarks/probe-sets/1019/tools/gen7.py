"""p1019-7: department site (Sở LĐ-TB&XH Hà Tĩnh), no dateline: contract workers abroad, remittances, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kiều hối từ lao động ngoài nước ước đạt 420 triệu USD

Năm 2024, toàn tỉnh có 12.486 người đi làm việc ở nước ngoài theo hợp đồng, đạt 124,9% kế hoạch năm (10.000 người), tăng 6,2% so với năm 2023. Các địa phương có số lao động xuất cảnh lớn là Can Lộc (1.654 người), Thạch Hà (1.512 người), Kỳ Anh (1.388 người).

Lượng kiều hối do người lao động gửi về qua hệ thống ngân hàng trên địa bàn trong năm ước đạt khoảng 420 triệu USD. Thu nhập bình quân của lao động tại Nhật Bản từ 28 đến 35 triệu đồng/người/tháng, tại Hàn Quốc khoảng 40 triệu đồng/người/tháng.

Trên địa bàn tỉnh hiện có 11 đại lý đổi ngoại tệ, trong đó 7 đại lý đặt tại thị xã Kỳ Anh, phục vụ chuyên gia, lao động nước ngoài tại Khu kinh tế Vũng Áng.

Kết quả đưa lao động đi làm việc ở nước ngoài theo thị trường
Đơn vị tính: người
Thị trường
Năm 2023
Năm 2024
Nhật Bản
6.215
6.930
Hàn Quốc
2.104
2.487
Đài Loan (Trung Quốc)
2.386
2.541
Thị trường khác
1.052
528
Tổng cộng
11.757
12.486

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ TĨNH
Địa chỉ: Số 02 Nguyễn Chí Thanh, TP Hà Tĩnh | Điện thoại: 0239.3855.447
Tổng lượt truy cập: 1.284.905 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("trong năm", "2024-01-01", "2024-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
LD = "người đi làm việc ở nước ngoài theo hợp đồng"
XC = "lao động xuất cảnh"
ROWS = [("Nhật Bản", "6.215", "6.930"), ("Hàn Quốc", "2.104", "2.487"), ("Đài Loan (Trung Quốc)", "2.386", "2.541"),
        ("Thị trường khác", "1.052", "528"), ("Tổng cộng", "11.757", "12.486")]

FIGS = [
    F("ngoài nước ước đạt 420 triệu USD", "420", 420e6, "money", "USD", "kiều hối từ lao động ngoài nước",
      status="estimate"),
    F("có 12.486 người", "12.486", 12486, "count", "người", LD, Y24, percent=124.9, target=T(10000, "người", True),
      change=C("increase", 6.2, "%", "năm 2023")),
    F("(1.654 người)", "1.654", 1654, "count", "người", XC, I(Y24), location="Can Lộc"),
    F("(1.512 người)", "1.512", 1512, "count", "người", XC, I(Y24), location="Thạch Hà"),
    F("(1.388 người)", "1.388", 1388, "count", "người", XC, I(Y24), location="Kỳ Anh"),
    F("ước đạt khoảng 420 triệu USD", "420", 420e6, "money", "USD", "kiều hối do người lao động gửi về qua hệ thống ngân hàng",
      TN, approx="about", status="estimate"),
    F("từ 28 đến 35 triệu đồng/người/tháng", "28", 28e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động tại Nhật Bản", I(TN), value_max=35e6),
    F("khoảng 40 triệu đồng/người/tháng", "40", 40e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động tại Hàn Quốc", I(TN), approx="about"),
    F("có 11 đại lý", "11", 11, "count", "đại lý", "đại lý đổi ngoại tệ"),
    F("7 đại lý", "7", 7, "count", "đại lý", "đại lý đổi ngoại tệ", total=11, location="Kỳ Anh"),
]
for label, a, b in ROWS:
    FIGS.append(F(f"{label}\n{a}", a, float(a.replace(".", "")), "count", "người", f"{label} năm 2023", Y23c))
    FIGS.append(F(f"{a}\n{b}", b, float(b.replace(".", "")), "count", "người", f"{label} năm 2024", Y24))

NOTES = [
    "Sở LĐ-TB&XH Hà Tĩnh site, no dateline: lao động đi làm việc ở nước ngoài 2024, kiều hối, đại lý đổi ngoại tệ; one-cell-per-line table by market.",
    "No published date. The headline 420 triệu USD has no period phrase. '(10.000 người)' after 'kế hoạch năm' is the target (met).",
    "Markets (Nhật Bản, Hàn Quốc, Đài Loan) are not places: location Hà Tĩnh; district list items take their district.",
    "Table: unit from 'Đơn vị tính: người'; period from the column headers Năm 2023 / Năm 2024 (scored); the Tổng cộng row is its own figure.",
    "revised: district list subjects = the list's indicator 'lao động xuất cảnh' (was the previous sentence's wording);",
    "table subjects = row label + column label ('Nhật Bản năm 2023', as in h24), per FIGURES.md Tables.",
    "Distractors: Số 02 Nguyễn Chí Thanh, phone, Tổng lượt truy cập: 1.284.905, Đang trực tuyến: 37.",
]

if __name__ == "__main__":
    write("p1019-7", TEXT, FIGS, NOTES, location="Hà Tĩnh")

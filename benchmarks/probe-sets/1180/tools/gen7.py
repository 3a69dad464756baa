"""p1180-7: department site (Sở NN&PTNT Thanh Hóa), no dateline, one-cell-per-line table of silage maize area by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Mở rộng vùng ngô sinh khối gắn với chăn nuôi bò sữa, bò thịt

Năm 2023, diện tích ngô sinh khối toàn tỉnh đạt 2.655 ha, tăng 10,6% so với năm 2022; sản lượng 119.500 tấn, giá trị ước đạt 143 tỷ đồng. Ngô sinh khối chủ yếu cung ứng cho các trang trại bò sữa tại Yên Định, Như Thanh và hơn 1.100 gia trại nuôi bò thịt.

Diện tích ngô sinh khối phân theo địa bàn:
Đơn vị tính: ha
Địa bàn
Năm 2022
Năm 2023
Ước thực hiện 2024
Thọ Xuân
820
905
960
Như Thanh
540
610
655
Yên Định
385
420
470
Các huyện khác
655
720
815
Tổng số
2.400
2.655
2.900

Tại huyện Thọ Xuân, Hợp tác xã Xuân Phú liên kết với 215 hộ, mỗi năm cung ứng khoảng 12.000 tấn ngô cây. Lợi nhuận bình quân đạt 18-22 triệu đồng/ha, cao hơn khoảng 40% so với trồng lúa.

Năm 2025, ngành nông nghiệp phấn đấu nâng diện tích ngô sinh khối toàn tỉnh lên 3.300 ha, trong đó 60% diện tích được cơ giới hóa khâu thu hoạch.

Bài viết liên quan:
- Hội nghị sơ kết 3 năm thực hiện Đề án phát triển chăn nuôi bò
- Tập huấn kỹ thuật ủ chua thức ăn thô xanh lần thứ 2

SỞ NÔNG NGHIỆP VÀ PTNT THANH HÓA
Địa chỉ: Số 45 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.214
Lượt truy cập: 2.315.448 | Đang online: 37
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "Ước thực hiện 2024": per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")}
PLACES = {"Thọ Xuân", "Như Thanh", "Yên Định"}
CAP = "diện tích ngô sinh khối"


def cell(anchor, number, value, row, col):
    label = "" if row in PLACES else " " + row.lower()
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    f = fig(anchor, number, value, "measure", "ha", subject=f"{CAP}{label} {col.lower()}", period=COLS[col], **kw)
    if row in PLACES:
        f["location"] = row
    return f


FIGS = [
    fig("đạt 2.655 ha", "2.655", 2655, "measure", "ha", change=chg("increase", 10.6, "%", "năm 2022"),
        subject="diện tích ngô sinh khối", period=Y23),
    fig("sản lượng 119.500 tấn", "119.500", 119500, "measure", "tấn", subject="sản lượng ngô sinh khối", period=Y23),
    fig("ước đạt 143 tỷ", "143", 143000000000, "money", "đồng", status="estimate",
        subject="giá trị ngô sinh khối", period=Y23),
    fig("hơn 1.100 gia trại", "1.100", 1100, "count", "gia trại", approx="over",
        subject="gia trại nuôi bò thịt được cung ứng ngô sinh khối"),
    cell("Thọ Xuân\n820", "820", 820, "Thọ Xuân", "Năm 2022"),
    cell("820\n905", "905", 905, "Thọ Xuân", "Năm 2023"),
    cell("905\n960", "960", 960, "Thọ Xuân", "Ước thực hiện 2024"),
    cell("Như Thanh\n540", "540", 540, "Như Thanh", "Năm 2022"),
    cell("540\n610", "610", 610, "Như Thanh", "Năm 2023"),
    cell("610\n655", "655", 655, "Như Thanh", "Ước thực hiện 2024"),
    cell("Yên Định\n385", "385", 385, "Yên Định", "Năm 2022"),
    cell("385\n420", "420", 420, "Yên Định", "Năm 2023"),
    cell("420\n470", "470", 470, "Yên Định", "Ước thực hiện 2024"),
    cell("khác\n655", "655", 655, "Các huyện khác", "Năm 2022"),
    cell("655\n720", "720", 720, "Các huyện khác", "Năm 2023"),
    cell("720\n815", "815", 815, "Các huyện khác", "Ước thực hiện 2024"),
    cell("Tổng số\n2.400", "2.400", 2400, "Tổng số", "Năm 2022"),
    cell("2.400\n2.655", "2.655", 2655, "Tổng số", "Năm 2023"),
    cell("2.655\n2.900", "2.900", 2900, "Tổng số", "Ước thực hiện 2024"),
    fig("với 215 hộ", "215", 215, "count", "hộ", subject="hộ liên kết với Hợp tác xã Xuân Phú", location="Thọ Xuân"),
    fig("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", approx="about",
        subject="ngô cây Hợp tác xã Xuân Phú cung ứng mỗi năm", location="Thọ Xuân"),
    fig("đạt 18-22 triệu", "18", 18000000, "money", "đồng/ha", value_max=22000000,
        change=chg("increase", 40, "%", "trồng lúa", approx="about"),
        subject="lợi nhuận bình quân trồng ngô sinh khối", location="Thọ Xuân"),
    fig("lên 3.300 ha", "3.300", 3300, "measure", "ha", status="target",
        subject="diện tích ngô sinh khối toàn tỉnh", period=Y25),
    fig("trong đó 60%", "60", 60, "percent", "%", status="target",
        subject="tỷ lệ diện tích ngô sinh khối được cơ giới hóa khâu thu hoạch", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Thanh Hóa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'. No published.",
    "One-cell-per-line table, 'Đơn vị tính: ha', rows = districts (location) plus 'Các huyện khác' and 'Tổng số' (row label in the subject,",
    "location the province); periods from the column headers (scored); 'Ước thực hiện 2024' → status estimate. Cells get no totals.",
    "Distractors: 'Hội nghị sơ kết 3 năm' (a name in a related link), 'lần thứ 2', 'Số 45 Đại lộ Lê Lợi', phone, counters 2.315.448 and 37.",
    "'cao hơn khoảng 40% so với trồng lúa' = change (about) of the profit range. The HTX passage is in Thọ Xuân.",
]

if __name__ == "__main__":
    write("p1180-7", TEXT, NOTES, FIGS, location="Thanh Hóa")

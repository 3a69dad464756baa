"""p1137-7: department site (Sở NN&PTNT Đắk Nông), no dateline; one-cell-per-line table by irrigation method."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Đắk Nông đẩy mạnh tưới tiết kiệm nước cho cây trồng chủ lực

Năm 2023, toàn tỉnh phát triển thêm 2.140 ha cây trồng được tưới tiết kiệm nước, vượt 7% kế hoạch; trong đó cà phê 1.260 ha, hồ tiêu 480 ha, sầu riêng và cây ăn quả khác 400 ha. Tổng kinh phí người dân và doanh nghiệp đầu tư ước khoảng 96 tỷ đồng.

Diện tích tưới tiết kiệm nước phân theo hình thức tưới:
Đơn vị tính: ha
Hình thức tưới
Năm 2022
Năm 2023
Kế hoạch 2024
Tưới nhỏ giọt
3.850
4.920
6.000
Tưới phun mưa
5.610
6.660
7.500
Tưới phun sương, tưới ngầm
420
440
550
Tổng cộng
9.880
12.020
14.050

Về bơm năng lượng mặt trời, đến ngày 31/12/2023 toàn tỉnh có 537 hệ thống đang vận hành, chủ yếu tại các huyện Đắk Mil, Cư Jút và Krông Nô. Bình quân mỗi hệ thống tưới được 1,5-2 ha cà phê, tiết kiệm khoảng 10 triệu đồng tiền điện mỗi năm.

Tin liên quan:
- Tập huấn kỹ thuật tưới nhỏ giọt cho cà phê lần thứ 4
- Hội nghị triển khai Chương trình 135 năm 2024

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Địa chỉ: Số 12 đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa
Điện thoại: 0261.3544.226
Tổng lượt truy cập: 2.065.418 | Đang online: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLP = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
ASOF = P("đến ngày 31/12/2023", None, "2023-12-31")


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "ha",
             subject=f"diện tích tưới tiết kiệm nước {row.lower()} {col.lower()}", period=COLP[col], **kw)


FIGS = [
    F("thêm 2.140 ha", "2.140", 2140, "measure", "ha", change=C("increase", 7, "%", "kế hoạch"),
      subject="diện tích cây trồng được tưới tiết kiệm nước phát triển thêm", period=Y23),
    F("cà phê 1.260 ha", "1.260", 1260, "measure", "ha", total=2140,
      subject="diện tích cà phê được tưới tiết kiệm nước phát triển thêm", period=Y23),
    F("hồ tiêu 480 ha", "480", 480, "measure", "ha", total=2140,
      subject="diện tích hồ tiêu được tưới tiết kiệm nước phát triển thêm", period=Y23),
    F("khác 400 ha", "400", 400, "measure", "ha", total=2140,
      subject="diện tích sầu riêng và cây ăn quả khác được tưới tiết kiệm nước phát triển thêm", period=Y23),
    F("khoảng 96 tỷ", "96", 96000000000, "money", "đồng", approx="about", status="estimate",
      subject="tổng kinh phí người dân và doanh nghiệp đầu tư tưới tiết kiệm", period=I(Y23)),
    cell("giọt\n3.850", "3.850", 3850, "Tưới nhỏ giọt", "Năm 2022"),
    cell("3.850\n4.920", "4.920", 4920, "Tưới nhỏ giọt", "Năm 2023"),
    cell("4.920\n6.000", "6.000", 6000, "Tưới nhỏ giọt", "Kế hoạch 2024"),
    cell("mưa\n5.610", "5.610", 5610, "Tưới phun mưa", "Năm 2022"),
    cell("5.610\n6.660", "6.660", 6660, "Tưới phun mưa", "Năm 2023"),
    cell("6.660\n7.500", "7.500", 7500, "Tưới phun mưa", "Kế hoạch 2024"),
    cell("ngầm\n420", "420", 420, "Tưới phun sương, tưới ngầm", "Năm 2022"),
    cell("420\n440", "440", 440, "Tưới phun sương, tưới ngầm", "Năm 2023"),
    cell("440\n550", "550", 550, "Tưới phun sương, tưới ngầm", "Kế hoạch 2024"),
    cell("Tổng cộng\n9.880", "9.880", 9880, "Tổng cộng", "Năm 2022"),
    cell("9.880\n12.020", "12.020", 12020, "Tổng cộng", "Năm 2023"),
    cell("12.020\n14.050", "14.050", 14050, "Tổng cộng", "Kế hoạch 2024"),
    F("có 537 hệ thống", "537", 537, "count", "hệ thống",
      subject="hệ thống bơm năng lượng mặt trời đang vận hành", period=ASOF),
    F("1,5-2 ha", "1,5", 1.5, "measure", "ha/hệ thống", value_max=2,
      subject="diện tích cà phê mỗi hệ thống bơm năng lượng mặt trời tưới được", period=I(ASOF)),
    F("khoảng 10 triệu", "10", 10000000, "money", "đồng/năm", approx="about",
      subject="tiền điện mỗi hệ thống tiết kiệm mỗi năm", period=I(ASOF)),
]

NOTES = [
    "Department site (Sở NN&PTNT Đắk Nông), no dateline: no published. Footer address, phone, 'Tổng lượt truy cập', 'Đang online'.",
    "Distractors: 'đường 23/3' (road name = date), 'Số 12', phone 0261.3544.226, 'lần thứ 4', 'Chương trình 135 năm 2024', counters 2.065.418 and 37.",
    "One-cell-per-line table ('Đơn vị tính: ha'): periods from the column headers (scored); 'Kế hoạch 2024' → status target.",
    "Table subject = caption indicator + row label + column label. Cells get no totals.",
    "'vượt 7% kế hoạch' after 2.140 ha → change +7% with baseline 'kế hoạch' (gap to plan). Parts after '; trong đó' share the sentence's period.",
    "'ước khoảng 96 tỷ đồng' → estimate, about. 'Bình quân mỗi hệ thống tưới được 1,5-2 ha' → rate ha/hệ thống.",
]

if __name__ == "__main__":
    write("p1137-7", TEXT, NOTES, FIGS, published=None, location="Đắk Nông")

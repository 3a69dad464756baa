"""p1296-7: department site (Sở NN&PTNT Thanh Hóa), no dateline: pine forests and resin; one-cell-per-line table by forest owner."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Phát triển rừng thông gắn với khai thác nhựa bền vững

Thanh Hóa hiện có 21.460 ha rừng thông, tập trung ở thị xã Nghi Sơn và các huyện Như Thanh, Hà Trung, Thạch Thành; trong đó diện tích đủ tuổi khai thác nhựa là 5.610 ha. Năm 2024, sản lượng nhựa thông toàn tỉnh ước đạt 5.150 tấn, tăng 5,7% so với năm 2023; giá trị ước khoảng 139 tỷ đồng.

Sản lượng nhựa thông khai thác theo chủ rừng (tấn)
Chủ rừng
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Công ty lâm nghiệp
1.820
1.905
104,7
2.000
Ban quản lý rừng phòng hộ
960
1.030
107,3
1.100
Hộ gia đình, cá nhân
2.090
2.215
106,0
2.500
Tổng số
4.870
5.150
105,7
5.600

Thực hiện Quyết định số 4316/QĐ-UBND, giai đoạn 2021-2025 tỉnh đặt mục tiêu trồng mới và trồng lại 3.200 ha thông; đến nay đã thực hiện được 2.480 ha, đạt 77,5% kế hoạch. Nhờ áp dụng phương pháp khoan lỗ kín, tỷ lệ cây thông bị chết khô do khai thác đã giảm xuống dưới 1%.

Năm 2025, Sở phấn đấu khai thác 5.600 tấn nhựa, áp dụng phương pháp khoan lỗ kín trên ít nhất 30% diện tích khai thác.

Tin cùng chuyên mục:
- Thanh Hóa tăng cường phòng cháy, chữa cháy rừng mùa khô
- Hướng dẫn kỹ thuật trồng thông nhựa

Địa chỉ: Số 45 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3852.104
Lượt truy cập: 1.204.557 | Đang online: 23
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("so với cùng kỳ", None, None),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]

FIGS = [
    F("có 21.460 ha", "21.460", 21460, "measure", "ha", subject="rừng thông"),
    F("là 5.610 ha", "5.610", 5610, "measure", "ha", total=21460, subject="diện tích đủ tuổi khai thác nhựa"),
    F("ước đạt 5.150 tấn", "5.150", 5150, "measure", "tấn", status="estimate",
      change=change("increase", 5.7, "%", "năm 2023"), subject="sản lượng nhựa thông toàn tỉnh", period=Y24),
    F("ước khoảng 139 tỷ", "139", 139e9, "money", "đồng", approx="about", status="estimate",
      subject="giá trị nhựa thông", period=Y24),
]

ROWS = [("Công ty lâm nghiệp", ["1.820", "1.905", "104,7", "2.000"]),
        ("Ban quản lý rừng phòng hộ", ["960", "1.030", "107,3", "1.100"]),
        ("Hộ gia đình, cá nhân", ["2.090", "2.215", "106,0", "2.500"]),
        ("Tổng số", ["4.870", "5.150", "105,7", "5.600"])]
for label, cells in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, cells):
        anchor = f"{prev}\n{n}"
        kw = {"status": st} if st else {}
        subj = f"sản lượng nhựa thông khai thác {label.lower()} {col}"
        if col == "so với cùng kỳ":
            FIGS.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%", subject=subj))
        else:
            FIGS.append(F(anchor, n, float(n.replace(".", "")), "measure", "tấn", subject=subj, period=per, **kw))
        prev = n

FIGS += [
    F("lại 3.200 ha", "3.200", 3200, "measure", "ha", status="target", subject="thông trồng mới và trồng lại",
      period=period("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("được 2.480 ha", "2.480", 2480, "measure", "ha", percent=77.5, subject="thông trồng mới và trồng lại đã thực hiện"),
    F("dưới 1%", "1", 1, "percent", "%", approx="under", subject="tỷ lệ cây thông bị chết khô do khai thác"),
    F("khai thác 5.600 tấn", "5.600", 5600, "measure", "tấn", status="target", subject="nhựa khai thác",
      period=period("Năm 2025", "2025-01-01", "2025-12-31")),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="diện tích khai thác áp dụng phương pháp khoan lỗ kín",
      period=period("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở NN&PTNT Thanh Hóa) with no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang online'. published: none.",
    "One-cell-per-line table, unit from the title '(tấn)'; subject = table indicator + row label + column label; rows are forest owners, not places.",
    "Column 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target, periods from the headers (scored). 'So với cùng kỳ (%)' → percent, no period, actual.",
    "'ước đạt 5.150 tấn ...; giá trị ước khoảng 139 tỷ đồng' → both estimate; 'ước khoảng' also approx about.",
    "'đặt mục tiêu ... 3.200 ha' is a target figure (giai đoạn 2021-2025); '2.480 ha, đạt 77,5% kế hoạch' → percent 77,5; 'đến nay' without a dateline gives no dates (no period).",
    "'giảm xuống dưới 1%' is a level (approx under), not a change. 'ít nhất 30%' → at_least, target.",
    "Distractors: Quyết định số 4316/QĐ-UBND, 'Số 45 Đại lộ Lê Lợi', phone, 'Lượt truy cập: 1.204.557', 'Đang online: 23'.",
]

if __name__ == "__main__":
    write("p1296-7", TEXT, NOTES, FIGS, published=None, location="Thanh Hóa")

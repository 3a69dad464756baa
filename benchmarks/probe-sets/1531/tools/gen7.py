"""p1531-7: department site (Sở Công Thương Thừa Thiên Huế), no dateline, one-cell-per-line table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Phát triển nghề làm quạt giấy, quạt nan gắn với du lịch

Nghề làm quạt giấy, quạt nan ở Thừa Thiên Huế hiện có 3 làng nghề và 26 cơ sở sản xuất, thu hút khoảng 850 lao động. Năm 2024, sản lượng quạt toàn tỉnh ước đạt 1,26 triệu chiếc, tăng 8,6% so với năm 2023; riêng dịp Festival Huế 2024 tiêu thụ gần 90 nghìn chiếc.

Sản lượng quạt giấy, quạt nan theo địa phương
Đơn vị tính: nghìn chiếc
Địa phương
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Thị xã Hương Trà
512
548
580
Huyện Phú Vang
406
447
470
Huyện Quảng Điền
242
265
290
Tổng số
1.160
1.260
1.340

Năm 2025, Sở Công Thương phấn đấu nâng sản lượng quạt toàn tỉnh lên 1,34 triệu chiếc. Dự kiến năm 2025, tỉnh dành 450 triệu đồng kinh phí khuyến công hỗ trợ 6 cơ sở đổi mới máy móc, thiết bị. Sở cũng đã tổ chức 2 lớp tập huấn thiết kế mẫu quạt cho 40 học viên tại thị xã Hương Trà.

Tin liên quan:
- Hướng dẫn hồ sơ đề nghị hỗ trợ kinh phí khuyến công
- Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh

SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ
Địa chỉ: 25 Hùng Vương, TP Huế | Điện thoại: 0234.3822.647
Lượt truy cập: 1.204.337 | Đang online: 24
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
Y25s = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("ước thực hiện năm 2024", period("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
    ("kế hoạch năm 2025", period("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target"),
]
ROWS = [
    ("Thị xã Hương Trà", "Hương Trà", ["512", "548", "580"]),
    ("Huyện Phú Vang", "Phú Vang", ["406", "447", "470"]),
    ("Huyện Quảng Điền", "Quảng Điền", ["242", "265", "290"]),
    ("Tổng số", None, ["1.160", "1.260", "1.340"]),
]
TITLE = "sản lượng quạt giấy, quạt nan"


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, per, status), n in zip(COLS, nums):
            kw = {"status": status} if status else {}
            if place:
                kw["location"] = place
                subj = f"{TITLE} {col}"
            else:
                subj = f"tổng số {TITLE} {col}"
            out.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "count", "chiếc",
                         subject=subj, period=per, **kw))
            prev = n
    return out


FIGS = [
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề làm quạt giấy, quạt nan"),
    F("và 26 cơ sở", "26", 26, "count", "cơ sở", subject="cơ sở sản xuất quạt giấy, quạt nan"),
    F("khoảng 850 lao động", "850", 850, "count", "lao động", approx="about",
      subject="lao động nghề làm quạt giấy, quạt nan"),
    F("ước đạt 1,26 triệu", "1,26", 1.26e6, "count", "chiếc", status="estimate",
      change=change("increase", 8.6, "%", "năm 2023"), subject="sản lượng quạt toàn tỉnh", period=Y24),
    F("gần 90 nghìn", "90", 90000, "count", "chiếc", approx="nearly",
      subject="quạt tiêu thụ dịp Festival Huế 2024", period=Y24),
] + cells() + [
    F("lên 1,34 triệu", "1,34", 1.34e6, "count", "chiếc", status="target",
      subject="sản lượng quạt toàn tỉnh", period=Y25),
    F("dành 450 triệu", "450", 450e6, "money", "đồng", status="forecast", subject="kinh phí khuyến công",
      period=Y25s),
    F("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở", status="forecast",
      subject="cơ sở được hỗ trợ đổi mới máy móc, thiết bị", period=Y25s),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", subject="lớp tập huấn thiết kế mẫu quạt", location="Hương Trà"),
    F("cho 40 học viên", "40", 40, "count", "học viên", subject="học viên lớp tập huấn thiết kế mẫu quạt",
      location="Hương Trà"),
]

NOTES = [
    "Department site (Sở Công Thương Thừa Thiên Huế), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'. No published.",
    "Distractors: 'Festival Huế 2024' (a name), '25 Hùng Vương', phone 0234.3822.647, 'Lượt truy cập: 1.204.337', 'Đang online: 24'.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (512 = 512 000 chiếc), place column: a district row label goes to location, the subject is the table indicator + column label; 'Tổng số' row is the province.",
    "Column 'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target; periods from the column headers.",
    "'riêng dịp Festival Huế 2024 tiêu thụ gần 90 nghìn chiếc' has its own verb after ';' (actual); its sentence names Năm 2024.",
    "'Sở cũng đã tổ chức 2 lớp ... tại thị xã Hương Trà': location Hương Trà, no period (the text names none; there is no dateline).",
]

if __name__ == "__main__":
    write("p1531-7", TEXT, NOTES, FIGS, published=None, location="Thừa Thiên Huế")

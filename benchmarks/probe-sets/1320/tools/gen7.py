"""p1320-7: department site (Sở NN&PTNT Long An), no dateline: support for cold stores, one-cell-per-line table."""
from lib import F, period, inherited, change, target, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Trang chủ | Tin tức | Chính sách | Thủ tục hành chính | Hỏi đáp

Kết quả hỗ trợ đầu tư kho lạnh, kho mát bảo quản nông sản

Thực hiện Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ phát triển kho lạnh giai đoạn 2022-2025, mức hỗ trợ bằng 50% chi phí đầu tư thiết bị làm lạnh, tối đa 500 triệu đồng/kho đối với hợp tác xã và 300 triệu đồng/kho đối với tổ hợp tác. Năm 2023, tỉnh hỗ trợ 14 kho, vượt 16,7% kế hoạch; năm 2024 ước hỗ trợ 19/20 kho theo kế hoạch.

Kết quả hỗ trợ kho lạnh, kho mát
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Kho lạnh, kho mát được hỗ trợ
kho
14
19
25
Trong đó: kho của hợp tác xã
kho
9
12
16
Sức chứa tăng thêm
tấn
2.100
2.850
3.600
Kinh phí hỗ trợ
triệu đồng
6.300
8.550
11.000

Đến nay, toàn tỉnh có 87 kho lạnh, kho mát phục vụ bảo quản thanh long, chanh không hạt, rau ăn lá, tập trung ở huyện Châu Thành (34 kho) và Bến Lức (21 kho). Nhờ kho lạnh, giá thanh long xuất khẩu cao hơn 15-20% so với bán xô tại vườn.

Tin khác:
- Long An tập huấn quy trình sản xuất thanh long theo tiêu chuẩn VietGAP
- Hướng dẫn hồ sơ đề nghị hỗ trợ theo Nghị quyết số 12/2022/NQ-HĐND

SỞ NÔNG NGHIỆP VÀ PTNT LONG AN
Địa chỉ: Số 75 Quốc lộ 1, Phường 5, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.541
Lượt truy cập: 1.208.553 | Đang online: 24
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
y24 = period("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", Y23, None),
        ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Kho lạnh, kho mát được hỗ trợ", "kho", "count", 1, ["14", "19", "25"]),
        ("Trong đó: kho của hợp tác xã", "kho", "count", 1, ["9", "12", "16"]),
        ("Sức chứa tăng thêm", "tấn", "measure", 1, ["2.100", "2.850", "3.600"]),
        ("Kinh phí hỗ trợ", "triệu đồng", "money", 1e6, ["6.300", "8.550", "11.000"])]

CELLS = []
totals = None
for label, unit_line, kind, mult, nums in ROWS:
    prev = f"{label}\n{unit_line}"
    sub = label.replace("Trong đó: ", "").lower()
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = float(totals[nums.index(n)])
        unit = "đồng" if kind == "money" else unit_line
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")) * mult, kind, unit,
                       subject=f"{sub} {col}", per=per, **kw))
        prev = n
    if label.startswith("Kho lạnh"):
        totals = nums

FIGS = [
    F("bằng 50% chi phí", "50", 50, "percent", "%", subject="mức hỗ trợ chi phí đầu tư thiết bị làm lạnh"),
    F("tối đa 500 triệu", "500", 500e6, "money", "đồng/kho", approx="at_most",
      subject="mức hỗ trợ đối với hợp tác xã"),
    F("và 300 triệu", "300", 300e6, "money", "đồng/kho", approx="at_most",
      subject="mức hỗ trợ đối với tổ hợp tác"),
    F("hỗ trợ 14 kho", "14", 14, "count", "kho", per=Y23,
      change=change("increase", 16.7, "%", "kế hoạch"), subject="kho tỉnh hỗ trợ"),
    F("hỗ trợ 19/20 kho", "19", 19, "count", "kho", status="estimate", target=target(20, "kho"), per=y24,
      subject="kho tỉnh hỗ trợ"),
] + CELLS + [
    F("có 87 kho", "87", 87, "count", "kho lạnh, kho mát",
      subject="kho lạnh, kho mát phục vụ bảo quản thanh long, chanh không hạt, rau ăn lá"),
    F("(34 kho)", "34", 34, "count", "kho", subject="kho lạnh, kho mát", location="Châu Thành"),
    F("(21 kho)", "21", 21, "count", "kho", subject="kho lạnh, kho mát", location="Bến Lức"),
    F("cao hơn 15-20%", "15", 15, "percent", "%", value_max=20,
      subject="giá thanh long xuất khẩu so với bán xô tại vườn"),
]

NOTES = [
    "Department site (Sở NN&PTNT Long An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 1.208.553 | Đang online: 24'.",
    "Distractors: Nghị quyết số 12/2022/NQ-HĐND (twice), 'giai đoạn 2022-2025', VietGAP, 'Số 75 Quốc lộ 1, Phường 5', phone, counters.",
    "'tối đa 500 triệu đồng/kho đối với hợp tác xã và 300 triệu đồng/kho đối với tổ hợp tác': 'tối đa' covers both caps (at_most). Borderline for the second.",
    "'hỗ trợ 14 kho, vượt 16,7% kế hoạch' → change with baseline 'kế hoạch'; '19/20 kho theo kế hoạch' → target 20 (not a total), estimate.",
    "One-cell-per-line table with a 'Đơn vị tính' column: subject = row label + column label; period from column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'Kinh phí hỗ trợ' in triệu đồng → money ×10^6.",
    "The 'Trong đó: kho của hợp tác xã' sub-row is a part after 'Trong đó': total = the cell above in the same column.",
    "'Đến nay' gives no period. District list (34 + 21 ≠ 87): no total. 'giá ... cao hơn 15-20%' is a rate that is the claim: percent, no change.",
]

if __name__ == "__main__":
    write("p1320-7", TEXT, NOTES, FIGS, location="Long An")

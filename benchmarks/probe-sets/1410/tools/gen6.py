"""p1410-6: department site (Trung tâm Khuyến nông Nghệ An), no dateline; one-cell-per-line table with a 'Trong đó' sub-row."""
from lib import F, P, I, C, T, write

TEXT = """TRUNG TÂM KHUYẾN NÔNG NGHỆ AN
Giới thiệu | Tin tức | Mô hình trình diễn | Thị trường nông sản | Liên hệ

Hiệu quả mô hình nuôi ruồi lính đen xử lý chất thải chăn nuôi

Năm 2024, Trung tâm Khuyến nông triển khai mô hình nuôi ruồi lính đen tại 3 huyện Yên Thành, Diễn Châu và Nghĩa Đàn với 45 hộ tham gia, quy mô 20 m2 chuồng nuôi/hộ. Các hộ được hỗ trợ 50% trứng ruồi giống, 100% chế phẩm vi sinh EMZ-68 và được tập huấn kỹ thuật.

Kết quả nuôi ruồi lính đen trên địa bàn tỉnh
Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Chất thải, phụ phẩm được xử lý
4.850
7.320
10.000
150,9
Sản lượng ấu trùng tươi
780
1.190
1.600
152,6
Trong đó: dùng tại chỗ cho chăn nuôi
512
806
1.050
157,4
Phân ruồi (frass)
1.420
2.150
3.000
151,4

Mỗi m2 chuồng nuôi cho 12-15 kg ấu trùng tươi/lứa, mỗi lứa kéo dài 12-14 ngày. Sau khi trừ chi phí, mỗi hộ lãi bình quân 2,8 triệu đồng/tháng, cao hơn 35% so với chăn nuôi dùng hoàn toàn cám công nghiệp.

Năm 2025, Trung tâm sẽ nhân rộng mô hình ra 8 huyện, thị xã, phấn đấu mỗi huyện có ít nhất một tổ hợp tác nuôi ruồi lính đen.

Bài viết liên quan:
- Tập huấn kỹ thuật nuôi gà thả vườn an toàn sinh học
- Mô hình nuôi lươn không bùn tại huyện Quỳnh Lưu

Trung tâm Khuyến nông Nghệ An - Số 28 đường Phan Đăng Lưu, TP Vinh
Điện thoại: 0238.3844.516 | Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
    "so với cùng kỳ": (None, None),
}
ROWS = [
    ("Chất thải, phụ phẩm được xử lý", "chất thải, phụ phẩm được xử lý", ["4.850", "7.320", "10.000", "150,9"]),
    ("Sản lượng ấu trùng tươi", "sản lượng ấu trùng tươi", ["780", "1.190", "1.600", "152,6"]),
    ("Trong đó: dùng tại chỗ cho chăn nuôi", "sản lượng ấu trùng tươi dùng tại chỗ cho chăn nuôi",
     ["512", "806", "1.050", "157,4"]),
    ("Phân ruồi (frass)", "phân ruồi", ["1.420", "2.150", "3.000", "151,4"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, subj, nums in ROWS:
    prev = label
    whole = ROWS[1][2] if label.startswith("Trong đó") else None
    for i, ((col, (per, st)), n) in enumerate(zip(COLS.items(), nums)):
        kw = {}
        if st:
            kw["status"] = st
        if col == "so với cùng kỳ":
            CELLS.append(F(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{subj} so với cùng kỳ", **kw))
        else:
            if whole:
                kw["total"] = num(whole[i])
            CELLS.append(F(f"{prev}\n{n}", n, num(n), "measure", "tấn", subject=f"{subj} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("tại 3 huyện", "3", 3, "count", "huyện", subject="huyện triển khai mô hình nuôi ruồi lính đen", period=Y24),
    F("với 45 hộ", "45", 45, "count", "hộ", subject="hộ tham gia mô hình", period=Y24),
    F("quy mô 20 m2", "20", 20, "measure", "m2/hộ", subject="quy mô chuồng nuôi mỗi hộ", period=Y24),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="trứng ruồi giống được hỗ trợ", period=I(Y24)),
    F("100% chế phẩm", "100", 100, "percent", "%", subject="chế phẩm vi sinh được hỗ trợ", period=I(Y24)),
] + CELLS + [
    F("12-15 kg", "12", 12, "measure", "kg/m2/lứa", value_max=15,
      subject="ấu trùng tươi mỗi m2 chuồng nuôi cho mỗi lứa"),
    F("12-14 ngày", "12", 12, "measure", "ngày", value_max=14, subject="thời gian mỗi lứa nuôi"),
    F("bình quân 2,8 triệu", "2,8", 2.8e6, "money", "đồng/tháng",
      change=C("increase", 35, "%", "chăn nuôi dùng hoàn toàn cám công nghiệp"), subject="lãi bình quân mỗi hộ"),
    F("ra 8 huyện", "8", 8, "count", "huyện, thị xã", status="target",
      subject="huyện, thị xã nhân rộng mô hình", period=Y25),
    F("ít nhất một tổ", "một", 1, "count", "tổ hợp tác", approx="at_least", status="target",
      subject="tổ hợp tác nuôi ruồi lính đen mỗi huyện", period=Y25),
]

NOTES = [
    "Department site (Trung tâm Khuyến nông Nghệ An), NO dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'EMZ-68' (product name), 'Số 28', phone 0238.3844.516, counters 1.204.377 and 52, 'm2' in 'Mỗi m2' (denominator).",
    "Location Nghệ An: the three named districts are a list, not one place.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = row label + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures with no period and status actual",
    "(the header names no year and no cue). The 'Trong đó: dùng tại chỗ' sub-row is a part of 'Sản lượng ấu trùng tươi' in the same column",
    "(same indicator, same period): its tonnage cells take that cell as total (FIGURES.md: a part after 'Trong đó' that follows the whole).",
    "'mỗi lứa kéo dài 12-14 ngày' is a stated duration of the cycle (a measure), not a time locator. '2,8 triệu đồng/tháng, cao hơn 35% so với ...' → change.",
    "'Năm 2025 ... sẽ ... phấn đấu' → target for 8 huyện and 'ít nhất một tổ hợp tác' (at_least, number word).",
]

if __name__ == "__main__":
    write("p1410-6", TEXT, NOTES, FIGS, location="Nghệ An")

"""p1337-7: department site without dateline (Sở GD&ĐT Lào Cai): teacher posts by district, one cell per line."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI
Giới thiệu | Tin tức | Văn bản | Tuyển dụng | Liên hệ

Rà soát đội ngũ giáo viên năm học 2024-2025

Sở Giáo dục và Đào tạo vừa hoàn thành rà soát đội ngũ. Năm học 2024-2025, toàn tỉnh được giao 12.486 biên chế giáo viên, hiện có 11.903 người; thiếu 583 người so với biên chế được giao và thiếu khoảng 1.100 người so với định mức, tập trung ở các huyện vùng cao.

Bảng: Tình hình giáo viên một số huyện, năm học 2024-2025
Đơn vị tính: người

STT
Huyện
Biên chế được giao
Hiện có
Số còn thiếu
1
Bát Xát
1.412
1.338
74
2
Si Ma Cai
876
801
75
3
Bắc Hà
1.105
1.037
68
4
Mường Khương
1.023
962
61
Tổng số
4.416
4.138
278

Năm 2024, Sở đã tham mưu UBND tỉnh tuyển dụng 420 giáo viên, trong đó 165 giáo viên tiểu học và 98 giáo viên tiếng Anh. Tỉnh hỗ trợ 2 triệu đồng/tháng cho giáo viên hợp đồng dạy tại 86 xã khu vực III.

Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo của tỉnh đạt 97,8%, xếp thứ 3 khu vực trung du và miền núi phía Bắc.

Văn bản mới:
- Công văn số 2315/SGDĐT-TCCB về tuyển dụng viên chức
- Kế hoạch số 86/KH-SGDĐT

Sở Giáo dục và Đào tạo Lào Cai
Địa chỉ: Số 7, đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai
Điện thoại: 0214.3840.275
Lượt truy cập: 1.284.057 | Đang trực tuyến: 46
"""

NH = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
TAB = per("năm học 2024-2025", "2024-09-01", "2025-05-31", inherited=True)
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = ["Biên chế được giao", "Hiện có", "Số còn thiếu"]
ROWS = [("Bát Xát", ["1.412", "1.338", "74"], ["\n1.412\n", "\n1.338\n", "1.338\n74\n"]),
        ("Si Ma Cai", ["876", "801", "75"], ["\n876\n", "\n801\n", "801\n75\n"]),
        ("Bắc Hà", ["1.105", "1.037", "68"], ["\n1.105\n", "\n1.037\n", "1.037\n68\n"]),
        ("Mường Khương", ["1.023", "962", "61"], ["\n1.023\n", "\n962\n", "962\n61\n"]),
        (None, ["4.416", "4.138", "278"], ["\n4.416\n", "\n4.138\n", "\n278\n"])]

FIGS = [
    fig("giao 12.486 biên chế", "12.486", 12486, "count", "biên chế",
        subject="biên chế giáo viên toàn tỉnh được giao", period=NH),
    fig("có 11.903 người", "11.903", 11903, "count", "người", subject="giáo viên hiện có", period=NH),
    fig("thiếu 583 người", "583", 583, "count", "người",
        subject="giáo viên thiếu so với biên chế được giao", period=NH),
    fig("khoảng 1.100 người", "1.100", 1100, "count", "người", approx="about",
        subject="giáo viên thiếu so với định mức", period=NH),
]
for place, cells, anchors in ROWS:
    for col, cell, anchor in zip(COLS, cells, anchors):
        FIGS.append(fig(anchor, cell, float(cell.replace(".", "")), "count", "người",
                        subject=col if place else f"Tổng số {col}", period=TAB,
                        location=place or "Lào Cai"))
FIGS += [
    fig("tuyển dụng 420 giáo viên", "420", 420, "count", "giáo viên",
        subject="giáo viên tuyển dụng", period=Y24),
    fig("trong đó 165 giáo viên", "165", 165, "count", "giáo viên", total=420,
        subject="giáo viên tiểu học tuyển dụng", period=Y24),
    fig("và 98 giáo viên", "98", 98, "count", "giáo viên", total=420,
        subject="giáo viên tiếng Anh tuyển dụng", period=Y24),
    fig("hỗ trợ 2 triệu", "2", 2e6, "money", "đồng/tháng",
        subject="mức hỗ trợ giáo viên hợp đồng"),
    fig("tại 86 xã", "86", 86, "count", "xã", subject="xã khu vực III có giáo viên hợp đồng được hỗ trợ"),
    fig("đạt 97,8%", "97,8", 97.8, "percent", "%",
        subject="tỷ lệ giáo viên đạt chuẩn trình độ đào tạo"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="tỷ lệ giáo viên đạt chuẩn trình độ đào tạo khu vực trung du và miền núi phía Bắc"),
]

NOTES = [
    "Department site without a dateline (Sở GD&ĐT Lào Cai): menu, 'Văn bản mới' links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'. published = null.",
    "Distractors: STT 1-4, Công văn số 2315/SGDĐT-TCCB, Kế hoạch số 86/KH-SGDĐT, 'khu vực III', 'Số 7', phone, counters 1.284.057 and 46.",
    "One-cell-per-line table with a place column: subject = the column label, the district goes to location; 'Tổng số' row of four districts located in Lào Cai.",
    "The table's period stands in its caption, not in a column header: inherited (not scored).",
    "'trong đó 165 ... và 98 ...' take total 420 (parts need not add up after 'trong đó').",
    "'xếp thứ 3 khu vực trung du và miền núi phía Bắc' is a rank of the province (Lào Cai).",
]

if __name__ == "__main__":
    write("p1337-7", TEXT, NOTES, FIGS, location="Lào Cai")

"""p1434-7: department site (Sở TN&MT Cao Bằng), no dateline: iron ore 2024, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH CAO BẰNG
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Hoạt động khai thác quặng sắt năm 2024 trên địa bàn tỉnh

Năm 2024, toàn tỉnh có 9 mỏ sắt đang khai thác, sản lượng quặng sắt nguyên khai ước đạt 1.284 nghìn tấn, tăng 7,6% so với năm 2023. Thu ngân sách từ khai thác quặng sắt ước đạt 187 tỷ đồng, chiếm 8,3% tổng thu ngân sách trên địa bàn.

Sản lượng quặng sắt nguyên khai theo huyện
Huyện
Số mỏ
Năm 2023 (nghìn tấn)
Ước thực hiện 2024 (nghìn tấn)
So với cùng kỳ (%)
Hòa An
3
512,6
548,0
106,9
Nguyên Bình
2
298,4
327,5
109,8
Thạch An
2
236,2
248,7
105,3
Trùng Khánh
2
146,1
159,8
109,4
Tổng số
9
1.193,3
1.284,0
107,6

Trong năm, Sở đã tham mưu UBND tỉnh cấp mới 2 giấy phép khai thác, thu hồi 3 giấy phép do vi phạm hoặc hết hạn; thẩm định phương án cải tạo, phục hồi môi trường cho 4 mỏ với tổng số tiền ký quỹ hơn 21 tỷ đồng. Công tác hoàn thổ được đẩy mạnh, diện tích được phục hồi đạt khoảng 36 ha, gấp đôi năm 2023.

Tin cùng chuyên mục:
- Cao Bằng công bố Quy hoạch tỉnh thời kỳ 2021-2030
- Tập huấn Luật Đất đai năm 2024

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH CAO BẰNG
Địa chỉ: Số 018 đường Hoàng Đình Giong, phường Hợp Giang, TP Cao Bằng
Điện thoại: 0206.3852.096
Lượt truy cập: 1.204.775 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
ROWS = [("Hòa An", ["3", "512,6", "548,0", "106,9"]), ("Nguyên Bình", ["2", "298,4", "327,5", "109,8"]),
        ("Thạch An", ["2", "236,2", "248,7", "105,3"]), ("Trùng Khánh", ["2", "146,1", "159,8", "109,4"]),
        ("Tổng số", ["9", "1.193,3", "1.284,0", "107,6"])]
IND = "sản lượng quặng sắt nguyên khai"

CELLS = []
for place, nums in ROWS:
    loc = "Cao Bằng" if place == "Tổng số" else place
    extra = " tổng số" if place == "Tổng số" else ""
    mines, y23, e24, yoy = nums
    CELLS.append(fig(f"{place}\n{mines}\n", mines, int(mines), "count", "mỏ",
                     subject=f"số mỏ{extra}", location=loc))
    CELLS.append(fig(f"\n{y23}\n", y23, float(y23.replace(".", "").replace(",", ".")) * 1e3, "measure", "tấn",
                     subject=f"{IND}{extra} năm 2023", period=C23, location=loc))
    CELLS.append(fig(f"\n{e24}\n", e24, float(e24.replace(".", "").replace(",", ".")) * 1e3, "measure", "tấn",
                     status="estimate", subject=f"{IND}{extra} ước thực hiện 2024", period=E24, location=loc))
    CELLS.append(fig(f"\n{yoy}\n", yoy, float(yoy.replace(",", ".")), "percent", "%",
                     subject=f"{IND}{extra} so với cùng kỳ", location=loc))

FIGS = [
    fig("có 9 mỏ sắt", "9", 9, "count", "mỏ", subject="mỏ sắt đang khai thác", period=Y24),
    fig("ước đạt 1.284 nghìn", "1.284", 1284e3, "measure", "tấn", status="estimate",
        change=chg("increase", 7.6, "%", "năm 2023"), subject="sản lượng quặng sắt nguyên khai", period=Y24),
    fig("ước đạt 187 tỷ", "187", 187e9, "money", "đồng", status="estimate", percent=8.3,
        subject="thu ngân sách từ khai thác quặng sắt", period=inh(Y24)),
] + CELLS + [
    fig("mới 2 giấy phép", "2", 2, "count", "giấy phép", subject="giấy phép khai thác cấp mới", period=INYEAR),
    fig("thu hồi 3 giấy phép", "3", 3, "count", "giấy phép", subject="giấy phép bị thu hồi do vi phạm hoặc hết hạn",
        period=INYEAR),
    fig("cho 4 mỏ", "4", 4, "count", "mỏ", subject="mỏ được thẩm định phương án cải tạo, phục hồi môi trường",
        period=INYEAR),
    fig("hơn 21 tỷ", "21", 21e9, "money", "đồng", approx="over", subject="tổng số tiền ký quỹ", period=INYEAR),
    fig("khoảng 36 ha", "36", 36, "measure", "ha", approx="about", change=chg("increase", 2, "lần", "năm 2023"),
        subject="diện tích được phục hồi"),
]

NOTES = [
    "Department site (Sở Tài nguyên và Môi trường Cao Bằng), no dateline: menu, related links, footer address, phone,",
    "'Lượt truy cập: 1.204.775 | Trực tuyến: 52'. So published is null.",
    "Distractors: 'thời kỳ 2021-2030', 'Luật Đất đai năm 2024' (link titles), 'Số 018', phone 0206.3852.096, counters 1.204.775 and 52.",
    "One-cell-per-line table with a place column: each district is the location of its row (Tổng số row → Cao Bằng); subject = caption",
    "indicator + column label. 'Năm 2023' / 'Ước thực hiện 2024' headers give period (scored) and status; the multiplier 'nghìn tấn' comes",
    "from the header. 'Số mỏ' and 'So với cùng kỳ (%)' headers carry no period, so those cells have none; 'So với cùng kỳ' is not an",
    "'Ước' column, so its cells are actual. Cells get no total.",
    "'Thu ngân sách ... ước đạt 187 tỷ đồng, chiếm 8,3%' → percent 8.3; its period 'Năm 2024' stands in the previous sentence (inherited).",
    "'Trong năm' → 2024. 'khoảng 36 ha, gấp đôi năm 2023' → change increase 2 lần (gấp đôi = twice), no period phrase of its own.",
]

if __name__ == "__main__":
    write("p1434-7", TEXT, NOTES, FIGS, location="Cao Bằng")

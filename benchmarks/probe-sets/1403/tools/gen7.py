"""p1403-7: department site (Sở VHTTDL Ninh Thuận), no dateline: tourism results of Katê 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH THUẬN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả hoạt động du lịch dịp Lễ hội Katê năm 2024

Dịp Lễ hội Katê năm 2024, ngành du lịch phối hợp với các địa phương tổ chức 15 hoạt động văn hóa, thể thao, trong đó có 4 chương trình nghệ thuật Chăm. Toàn tỉnh có 6.850 phòng lưu trú; công suất phòng bình quân ước đạt 72%.

Một số chỉ tiêu du lịch dịp Lễ hội Katê
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Tổng lượt khách
Lượt
38.400
42.600
110,9
Trong đó: khách quốc tế
Lượt
2.850
3.150
110,5
Khách lưu trú
Lượt
9.200
10.350
112,5
Tổng thu từ du lịch
Tỷ đồng
31,5
36,2
114,9

Tháp Pô Klong Garai tiếp tục là điểm đến đông khách nhất, chiếm gần 50% tổng lượt khách; làng gốm Bàu Trúc xếp thứ hai với nhiều hoạt động trải nghiệm làm gốm cho du khách.

Năm 2025, Sở phấn đấu đón khoảng 46.000 lượt khách dịp Lễ hội Katê, tổng thu từ du lịch đạt 40 tỷ đồng trở lên; 100% cơ sở lưu trú niêm yết giá công khai.

Tin cùng chuyên mục:
- Hướng dẫn tổ chức Lễ hội Ramưwan năm 2025
- Kế hoạch tổ chức Tuần lễ Văn hóa Chăm lần thứ 2

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NINH THUẬN
Địa chỉ: Số 24 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm
Điện thoại: 0259.3822.460 | Email: svhttdl@ninhthuan.gov.vn
Lượt truy cập: 1.204.577 | Trực tuyến: 26
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Tổng lượt khách", "tổng lượt khách", "count", "lượt", 1, ["38.400", "42.600", "110,9"], None),
        ("Trong đó: khách quốc tế", "khách quốc tế", "count", "lượt", 1, ["2.850", "3.150", "110,5"],
         (38400, 42600)),
        ("Khách lưu trú", "khách lưu trú", "count", "lượt", 1, ["9.200", "10.350", "112,5"], None),
        ("Tổng thu từ du lịch", "tổng thu từ du lịch", "money", "đồng", 1e9, ["31,5", "36,2", "114,9"], None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, name, kind, unit, mult, (a, b, r), tot in ROWS:
    u = "Tỷ đồng" if kind == "money" else "Lượt"
    kw_a = {"total": tot[0]} if tot else {}
    kw_b = {"total": tot[1]} if tot else {}
    CELLS.append(fig(f"{u}\n{a}", a, num(a) * mult, kind, unit, subject=f"{name} năm 2023", period=C23, **kw_a))
    CELLS.append(fig(f"{a}\n{b}", b, num(b) * mult, kind, unit, subject=f"{name} ước thực hiện 2024",
                     period=E24, status="estimate", **kw_b))
    CELLS.append(fig(f"{b}\n{r}", r, num(r), "percent", "%", subject=f"{name} so với cùng kỳ"))

FIGS = [
    fig("tổ chức 15 hoạt động", "15", 15, "count", "hoạt động", subject="hoạt động văn hóa, thể thao", period=Y24),
    fig("có 4 chương trình", "4", 4, "count", "chương trình", total=15, subject="chương trình nghệ thuật Chăm",
        period=Y24),
    fig("có 6.850 phòng", "6.850", 6850, "count", "phòng", subject="phòng lưu trú toàn tỉnh"),
    fig("ước đạt 72%", "72", 72, "percent", "%", status="estimate", subject="công suất phòng bình quân",
        period=inh(Y24)),
] + CELLS + [
    fig("gần 50%", "50", 50, "percent", "%", approx="nearly",
        subject="tỷ lệ lượt khách tháp Pô Klong Garai trong tổng lượt khách"),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="điểm đến đông khách"),
    fig("khoảng 46.000 lượt", "46.000", 46000, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách dịp Lễ hội Katê", period=Y25),
    fig("đạt 40 tỷ", "40", 40e9, "money", "đồng", approx="at_least", status="target",
        subject="tổng thu từ du lịch", period=Y25),
    fig("; 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cơ sở lưu trú niêm yết giá công khai", period=Y25),
]

NOTES = [
    "Department site (Sở VHTTDL Ninh Thuận) with no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Số 24 đường 16 Tháng 4' (house number, road named by a date), phone, 'Lượt truy cập: 1.204.577', 'Trực tuyến: 26',",
    "'lần thứ 2', 'năm 2025' in a link title, the table's column headers.",
    "One-cell-per-line table: unit from the 'Đơn vị tính' column ('Tỷ đồng' → ×10⁹ đồng); periods from 'Năm 2023' / 'Ước thực hiện 2024'",
    "(the latter also gives status estimate); 'So với cùng kỳ (%)' cells: percent, no period, actual.",
    "Row 'Trong đó: khách quốc tế' is a part after 'Trong đó' of the row above: total = the same column's Tổng lượt khách.",
    "'Dịp Lễ hội Katê năm 2024' gives năm 2024 to the first sentence's figures; 'Toàn tỉnh có 6.850 phòng' is a standing stock (no period).",
    "'Tháp … chiếm gần 50% tổng lượt khách; làng gốm Bàu Trúc xếp thứ hai' → percent (nearly) and rank 2; no period, Ninh Thuận.",
    "'40 tỷ đồng trở lên' → at_least ('trở lên' = or more), target (phấn đấu governs the sentence, also after ';').",
]

if __name__ == "__main__":
    write("p1403-7", TEXT, NOTES, FIGS, location="Ninh Thuận")

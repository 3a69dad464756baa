"""p1305-3: formal report (UBND tỉnh Đồng Tháp, Số: 52/BC-UBND): ornamental flowers 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 24 tháng 02 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ hoa kiểng năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2024, diện tích hoa kiểng toàn tỉnh đạt 1.028 ha, tăng 4,6% so với năm 2023, bằng 102,8% kế hoạch; giá trị sản xuất ước đạt 2.350 tỷ đồng. Phục vụ Tết Nguyên đán Ất Tỵ, nông dân xuống giống hơn 3,1 triệu chậu hoa các loại, trong đó cúc mâm xôi 1,05 triệu chậu, cúc vạn thọ 620.000 chậu, mai vàng 480.000 chậu. Tỷ lệ tiêu thụ đạt khoảng 95%.

2. Diện tích hoa kiểng theo địa phương
Đơn vị tính: ha
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Sa Đéc | 682 | 715 | 740
Huyện Lai Vung | 96 | 104 | 110
Huyện Châu Thành | 88 | 93 | 100
TP Cao Lãnh | 57 | 61 | 65
Các địa phương khác | 60 | 55 | 60
Tổng cộng | 983 | 1.028 | 1.075

3. Giá bán, thu nhập
Giá cúc mâm xôi từ 90.000 đến 150.000 đồng/cặp, cúc vạn thọ 40.000-60.000 đồng/cặp. Giá các loại hoa tăng khoảng 10% so với Tết Giáp Thìn. Lợi nhuận bình quân đạt 300-350 triệu đồng/ha/vụ. Làng hoa Sa Đéc đón trên 500 nghìn lượt khách trong năm 2024, xếp thứ 2 trong các điểm du lịch của tỉnh.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu diện tích hoa kiểng năm 2025 đạt 1.075 ha; giá trị sản xuất trên 2.500 tỷ đồng; xây dựng thêm 3 vùng sản xuất hoa đạt chuẩn VietGAP.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "năm 2024": (Y24, None),
        "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("TP Sa Đéc", "Sa Đéc", ["682", "715", "740"]),
        ("Huyện Lai Vung", "Lai Vung", ["96", "104", "110"]),
        ("Huyện Châu Thành", "Châu Thành", ["88", "93", "100"]),
        ("TP Cao Lãnh", "Cao Lãnh", ["57", "61", "65"]),
        ("Các địa phương khác", None, ["60", "55", "60"]),
        ("Tổng cộng", None, ["983", "1.028", "1.075"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, (p, st)), n in zip(COLS.items(), nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"diện tích hoa kiểng {col}"
        else:
            subj = f"diện tích hoa kiểng {label.lower()} {col}"
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev} | {n}", n, v, "measure", "ha", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("đạt 1.028 ha", "1.028", 1028, "measure", "ha", percent=102.8,
        change=chg("increase", 4.6, "%", "năm 2023"), subject="diện tích hoa kiểng toàn tỉnh", period=Y24),
    fig("ước đạt 2.350 tỷ", "2.350", 2350e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất hoa kiểng", period=Y24),
    fig("hơn 3,1 triệu", "3,1", 3.1e6, "count", "chậu", approx="over",
        subject="chậu hoa các loại nông dân xuống giống phục vụ Tết"),
    fig("mâm xôi 1,05 triệu", "1,05", 1.05e6, "count", "chậu", total=3.1e6, subject="chậu cúc mâm xôi"),
    fig("thọ 620.000 chậu", "620.000", 620000, "count", "chậu", total=3.1e6, subject="chậu cúc vạn thọ"),
    fig("vàng 480.000 chậu", "480.000", 480000, "count", "chậu", total=3.1e6, subject="chậu mai vàng"),
    fig("khoảng 95%", "95", 95, "percent", "%", approx="about", subject="tỷ lệ tiêu thụ hoa Tết"),
] + CELLS + [
    fig("từ 90.000 đến 150.000", "90.000", 90000, "money", "đồng/cặp", value_max=150000,
        subject="giá cúc mâm xôi"),
    fig("40.000-60.000", "40.000", 40000, "money", "đồng/cặp", value_max=60000, subject="giá cúc vạn thọ"),
    fig("tăng khoảng 10%", "10", 10, "percent", "%", approx="about", subject="giá các loại hoa"),
    fig("đạt 300-350 triệu", "300", 300e6, "money", "đồng/ha/vụ", value_max=350e6,
        subject="lợi nhuận bình quân trồng hoa"),
    fig("trên 500 nghìn", "500", 500000, "count", "lượt khách", approx="over",
        subject="lượt khách làng hoa Sa Đéc đón", period=Y24b, location="Sa Đéc"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="làng hoa Sa Đéc trong các điểm du lịch của tỉnh",
        period=Y24b, location="Sa Đéc"),
    fig("đạt 1.075 ha", "1.075", 1075, "measure", "ha", status="target", subject="diện tích hoa kiểng",
        period=Y25),
    fig("trên 2.500 tỷ", "2.500", 2500e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất hoa kiểng", period=Y25),
    fig("thêm 3 vùng", "3", 3, "count", "vùng", status="target",
        subject="vùng sản xuất hoa đạt chuẩn VietGAP xây dựng thêm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG THÁP', 'Số: 52/BC-UBND', 'Đồng Tháp, ngày 24 tháng 02 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: ha': rows are localities (TP/huyện → location, prefix dropped by the scorer), columns give",
    "the period; 'Kế hoạch 2025' → target. 'Các địa phương khác' and 'Tổng cộng' rows stay in Đồng Tháp with the row label in the subject.",
    "Cells get no total. 'bằng 102,8% kế hoạch' → percent of 1.028 ha; 'tăng 4,6% so với năm 2023' → change.",
    "'Phục vụ Tết Nguyên đán Ất Tỵ' is no spec period: the 3,1 triệu chậu and its 'trong đó' parts (total 3,1 triệu) get none.",
    "'Giá các loại hoa tăng khoảng 10% so với Tết Giáp Thìn' is a growth rate as the claim: percent, no change.",
    "'Làng hoa Sa Đéc ... trong năm 2024, xếp thứ 2 ...' → location Sa Đéc, period 2024 for both. Section II: 'Phấn đấu' governs all three clauses.",
    "Distractors: Số 52/BC-UBND, letterhead date, section numbers I./II./1.-3., 'Tết Giáp Thìn', 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1305-3", TEXT, NOTES, FIGS, published="2025-02-24", location="Đồng Tháp")

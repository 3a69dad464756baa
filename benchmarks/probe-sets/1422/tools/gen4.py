"""p1422-4: formal report (UBND tỉnh An Giang): sand supplied to highways in 2024, flattened '|' table by mine."""
from lib import F, period, inherit, change, target, write

TEXT = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG                     Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND                  An Giang, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả cung ứng cát cho các dự án đường cao tốc năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năm 2024, toàn tỉnh cung ứng ước đạt 2,98 triệu m3 cát cho các dự án cao tốc, tăng 71,3% so với năm 2023 và vượt kế hoạch năm (2,75 triệu m3). Trong đó, cao tốc Châu Đốc - Cần Thơ - Sóc Trăng nhận 2,1 triệu m3; cao tốc Cần Thơ - Cà Mau nhận 880 nghìn m3.

2. Khối lượng cát cung ứng theo mỏ
Đơn vị tính: nghìn m3
TT | Mỏ cát | Trữ lượng cấp phép | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Mỏ Bình Thủy (huyện Châu Phú) | 2.450 | 620 | 980 | 850
2 | Mỏ Vàm Nao (huyện Phú Tân) | 3.100 | 710 | 1.240 | 1.150
3 | Mỏ Long Sơn (thị xã Tân Châu) | 1.850 | 410 | 760 | 680
Tổng cộng | | 7.400 | 1.740 | 2.980 | 2.680

3. Giá cát san lấp bình quân tại mỏ năm 2024 là 215.000 đồng/m3, tăng khoảng 15.000 đồng/m3 so với năm 2023. Các lực lượng chức năng phát hiện, xử lý 14 vụ khai thác cát trái phép, phạt tiền 1,26 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu cung ứng 2,68 triệu m3 cát theo kế hoạch; cấp phép mới ít nhất 2 mỏ với trữ lượng khoảng 4 triệu m3; 100% mỏ lắp đặt camera giám sát và trạm cân.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
                                        KT. CHỦ TỊCH
                                        PHÓ CHỦ TỊCH
                                        Trần Quốc Lâm
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("trữ lượng cấp phép", None, None),
        ("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("1 | Mỏ Bình Thủy (huyện Châu Phú)", "mỏ Bình Thủy", "Châu Phú", ["2.450", "620", "980", "850"]),
        ("2 | Mỏ Vàm Nao (huyện Phú Tân)", "mỏ Vàm Nao", "Phú Tân", ["3.100", "710", "1.240", "1.150"]),
        ("3 | Mỏ Long Sơn (thị xã Tân Châu)", "mỏ Long Sơn", "Tân Châu", ["1.850", "410", "760", "680"]),
        ("Tổng cộng |", "tổng cộng", "An Giang", ["7.400", "1.740", "2.980", "2.680"])]


def cells():
    out = []
    for label, row, place, nums in ROWS:
        prev = label
        for (col, per, status), n in zip(COLS, nums):
            kw = {"status": status} if status else {}
            if per:
                kw["per"] = per
            out.append(F(f"{prev} | {n}", n, float(n.replace(".", "")) * 1e3, "measure", "m3",
                         subject=f"khối lượng cát {row} {col}" if per else f"{col} {row}", location=place, **kw))
            prev = n
    return out


FIGS = [
    F("ước đạt 2,98 triệu", "2,98", 2.98e6, "measure", "m3", status="estimate",
      change=change("increase", 71.3, "%", "năm 2023"), target=target(2.75e6, "m3", True),
      subject="cát toàn tỉnh cung ứng cho các dự án cao tốc", per=Y24),
    F("nhận 2,1 triệu", "2,1", 2.1e6, "measure", "m3", status="estimate", total=2.98e6,
      subject="cát cao tốc Châu Đốc - Cần Thơ - Sóc Trăng nhận", per=inherit(Y24)),
    F("nhận 880 nghìn", "880", 880e3, "measure", "m3", status="estimate", total=2.98e6,
      subject="cát cao tốc Cần Thơ - Cà Mau nhận", per=inherit(Y24)),
] + cells() + [
    F("là 215.000 đồng", "215.000", 215000, "money", "đồng/m3",
      change=change("increase", 15000, "đồng/m3", "năm 2023", approx="about"),
      subject="giá cát san lấp bình quân tại mỏ", per=Y24b),
    F("xử lý 14 vụ", "14", 14, "count", "vụ", subject="vụ khai thác cát trái phép phát hiện, xử lý",
      per=inherit(Y24b)),
    F("phạt tiền 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", subject="phạt tiền khai thác cát trái phép",
      per=inherit(Y24b)),
    F("cung ứng 2,68 triệu", "2,68", 2.68e6, "measure", "m3", status="target",
      subject="cát cung ứng theo kế hoạch", per=inherit(Y25)),
    F("ít nhất 2 mỏ", "2", 2, "count", "mỏ", approx="at_least", status="target",
      subject="mỏ cấp phép mới", per=inherit(Y25)),
    F("khoảng 4 triệu", "4", 4e6, "measure", "m3", approx="about", status="target",
      subject="trữ lượng các mỏ cấp phép mới", per=inherit(Y25)),
    F("100% mỏ", "100", 100, "percent", "%", status="target",
      subject="mỏ lắp đặt camera giám sát và trạm cân", per=inherit(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh An Giang, 'Số: 412/BC-UBND', 'An Giang, ngày 18 tháng 12 năm 2024', sections I/II, 1-3, 'Nơi nhận').",
    "Distractors: document number, the letterhead date, section numbers I., II., 1.-3., table row numbers 1-3, 'Lưu: VT, KTN'.",
    "'ước đạt 2,98 triệu m3 ..., tăng 71,3% so với năm 2023 và vượt kế hoạch năm (2,75 triệu m3)' → estimate, change, target 2,75 triệu.",
    "'Trong đó' parts after the sentence break: total 2,98 triệu, status estimate carried from the whole, period inherited.",
    "Flattened '|' table, 'Đơn vị tính: nghìn m3': every numeric cell a figure (×1000 m3); period from the column header",
    "('Trữ lượng cấp phép' has none); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; row label place → location",
    "(mine rows: the district in brackets; 'Tổng cộng' → An Giang); cells get no total.",
    "'tăng khoảng 15.000 đồng/m3 so với năm 2023' is a change in đồng/m3. Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target,",
    "year 2025 from the heading (another sentence: inherited).",
]

if __name__ == "__main__":
    write("p1422-4", TEXT, NOTES, FIGS, published="2024-12-18", location="An Giang")

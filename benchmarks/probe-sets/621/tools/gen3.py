from lib import F, P, I, YEAR, CH, emit

TEXT = """UBND TỈNH BẮC NINH
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 08 tháng 3 năm 2024

BÁO CÁO
Kết quả quản lý, sử dụng tiền công đức, tài trợ tại các di tích năm 2023

Thực hiện Thông tư số 04/2023/TT-BTC ngày 19/01/2023 của Bộ Tài chính, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Toàn tỉnh hiện có 1.623 di tích, trong đó 596 di tích được xếp hạng (196 di tích cấp quốc gia, 400 di tích cấp tỉnh); 568 cơ sở tôn giáo có hoạt động thu công đức. Năm 2023, tổng số tiền công đức, tài trợ được kiểm đếm tại các di tích ước đạt 148,6 tỷ đồng, tăng 21,3% so với năm 2022; đã chi cho tu bổ, tôn tạo di tích 63,2 tỷ đồng, chiếm 42,5% tổng thu.

II. KẾT QUẢ TẠI MỘT SỐ DI TÍCH TRỌNG ĐIỂM
Bảng 1. Tiền công đức tại 4 di tích có lễ hội mùa xuân lớn
Đơn vị tính: triệu đồng
Di tích | Năm 2022 | Năm 2023 | Tăng (%)
Đền Đô (TP. Từ Sơn) | 9.845 | 11.920 | 21,1
Chùa Bút Tháp (TX. Thuận Thành) | 4.210 | 5.386 | 27,9
Đền Bà Chúa Kho (TP. Bắc Ninh) | 38.600 | 45.150 | 17,0
Chùa Phật Tích (huyện Tiên Du) | 2.715 | 3.048 | 12,3

Việc kiểm đếm được thực hiện có sự chứng kiến của đại diện UBND cấp xã; 100% di tích xếp hạng đã mở sổ theo dõi thu, chi. Còn 37 di tích chưa chuyển tiền công đức vào tài khoản riêng, giảm 58 di tích so với năm 2022.

III. NHIỆM VỤ NĂM 2024
Phấn đấu 100% di tích có hoạt động thu công đức thực hiện kiểm đếm, công khai định kỳ; tổng thu công đức, tài trợ dự kiến đạt khoảng 160 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = YEAR(2023, "Năm 2023")
Y22T = YEAR(2022, "Năm 2022")
Y23T = YEAR(2023, "Năm 2023")
Y24 = YEAR(2024, "NĂM 2024")


def row(label, place, cells):
    (a22, n22, v22), (a23, n23, v23), (ap, np, vp) = cells
    return [
        F(a22, n22, v22 * 1e6, "money", "đồng", f"Tiền công đức {label} năm 2022", Y22T, location=place),
        F(a23, n23, v23 * 1e6, "money", "đồng", f"Tiền công đức {label} năm 2023", Y23T, location=place),
        F(ap, np, vp, "percent", "%", f"Tiền công đức {label} tăng", location=place),
    ]


FIGS = [
    F("có 1.623 di tích", "1.623", 1623, "count", "di tích", "di tích"),
    F("596 di tích được xếp hạng", "596", 596, "count", "di tích", "di tích được xếp hạng", total=1623),
    F("196 di tích cấp quốc gia", "196", 196, "count", "di tích", "di tích cấp quốc gia", total=596),
    F("400 di tích cấp tỉnh", "400", 400, "count", "di tích", "di tích cấp tỉnh", total=596),
    F("568 cơ sở tôn giáo", "568", 568, "count", "cơ sở tôn giáo", "cơ sở tôn giáo có hoạt động thu công đức"),
    F("ước đạt 148,6 tỷ", "148,6", 148.6e9, "money", "đồng",
      "tổng số tiền công đức, tài trợ được kiểm đếm tại các di tích", Y23, status="estimate",
      change=CH("increase", 21.3, "%", "năm 2022")),
    F("di tích 63,2 tỷ", "63,2", 63.2e9, "money", "đồng", "chi cho tu bổ, tôn tạo di tích", Y23, percent=42.5),
    F("tại 4 di tích có lễ hội", "4", 4, "count", "di tích", "di tích có lễ hội mùa xuân lớn", optional=True),
]
FIGS += row("Đền Đô", "Từ Sơn", [("| 9.845 |", "9.845", 9845), ("| 11.920 |", "11.920", 11920), ("| 21,1", "21,1", 21.1)])
FIGS += row("Chùa Bút Tháp", "Thuận Thành", [("| 4.210 |", "4.210", 4210), ("| 5.386 |", "5.386", 5386), ("| 27,9", "27,9", 27.9)])
FIGS += row("Đền Bà Chúa Kho", "Bắc Ninh", [("| 38.600 |", "38.600", 38600), ("| 45.150 |", "45.150", 45150), ("| 17,0", "17,0", 17.0)])
FIGS += row("Chùa Phật Tích", "Tiên Du", [("| 2.715 |", "2.715", 2715), ("| 3.048 |", "3.048", 3048), ("| 12,3", "12,3", 12.3)])
FIGS += [
    F("100% di tích xếp hạng", "100", 100, "percent", "%", "di tích xếp hạng đã mở sổ theo dõi thu, chi", I(Y23)),
    F("Còn 37 di tích", "37", 37, "count", "di tích", "di tích chưa chuyển tiền công đức vào tài khoản riêng", I(Y23),
      change=CH("decrease", 58, "di tích", "năm 2022")),
    F("Phấn đấu 100% di tích", "100", 100, "percent", "%",
      "di tích có hoạt động thu công đức thực hiện kiểm đếm, công khai định kỳ", I(Y24), status="target"),
    F("khoảng 160 tỷ", "160", 160e9, "money", "đồng", "tổng thu công đức, tài trợ", I(Y24), approx="about",
      status="forecast"),
]

emit("p621-3", TEXT, [
    "Formal report, UBND tỉnh Bắc Ninh, Số: 52/BC-UBND (08/3/2024): tiền công đức, tài trợ tại các di tích năm 2023, flattened '|' table",
    "'Bảng 1' (Di tích | Năm 2022 | Năm 2023 | Tăng (%)) with 'Đơn vị tính: triệu đồng'. Cells: money ×10^6 đồng, period from the column header;",
    "the 'Tăng (%)' column holds growth rates that are the claim: percent figures, no change, no period. Row label = relic (subject) + town (location).",
    "Not figures: 'Số: 52/BC-UBND', 'Thông tư số 04/2023/TT-BTC ngày 19/01/2023', section numerals I–III, 'Bảng 1', the place-and-date line.",
    "'(196 …, 400 …)' adds up to 596 (total); 568 cơ sở tôn giáo after ';' is not a part of 1.623 di tích. '4 di tích' in the table title is optional.",
    "Status: 'ước đạt' governs 148,6 tỷ; 'đã chi … 63,2 tỷ' has its own verb (actual). Section III figures inherit 'NĂM 2024' from the heading.",
], FIGS, published="2024-03-08", location="Bắc Ninh")

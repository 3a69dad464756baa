from lib import F, P, I, Y, CH, emit

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Thừa Thiên Huế, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả bảo tồn, phát triển làng tranh Sình và hoạt động thư pháp dịp Tết năm 2023; kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Làng tranh dân gian Sình (phường Phú Mậu)
Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Năm 2022 | Ước thực hiện năm 2023 | Kế hoạch năm 2024
Số hộ làm tranh | hộ | 14 | 16 | 18
Số lao động | người | 52 | 61 | 70
Sản lượng tranh | nghìn bức | 38,5 | 46,2 | 50
Doanh thu | triệu đồng | 1.450 | 1.925,5 | 2.200
Lượt khách trải nghiệm | lượt | 8.300 | 11.640 | 15.000

Năm 2023, tỉnh hỗ trợ 320 triệu đồng cho các hộ mua giấy dó, phẩm màu; mở 4 lớp truyền nghề cho 85 học viên, trong đó 62 học viên đã hành nghề, đạt tỷ lệ 72,9%. Tranh Sình tham gia 6 hội chợ, lễ hội trong và ngoài tỉnh.

2. Đường thư pháp dịp Tết Quý Mão
Đường thư pháp tại đường Lê Lợi (đoạn từ số 2 đến số 16) hoạt động 12 ngày với 46 gian hàng, trong đó 31 gian hàng thư pháp và 15 gian hàng tranh, đồ lưu niệm; đón khoảng 95.000 lượt khách, tăng 1,4 lần so với năm 2022.

II. KẾ HOẠCH NĂM 2024
Phấn đấu doanh thu làng tranh đạt trên 2,2 tỷ đồng; mở rộng Đường thư pháp lên 60 gian hàng. Dự kiến kinh phí thực hiện khoảng 1,35 tỷ đồng, trong đó ngân sách tỉnh 900 triệu đồng, xã hội hóa 450 triệu đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y22, Y23, Y24 = Y(2022, "Năm 2022"), Y(2023, "năm 2023"), Y(2024, "năm 2024")
COLS = [("năm 2022", Y22, "actual"), ("ước thực hiện năm 2023", Y23, "estimate"), ("kế hoạch năm 2024", Y24, "target")]


def row(label, unit, kind, cells, mult=1):
    out = []
    for (anchor, number), (cname, per, status) in zip(cells, COLS):
        v = float(number.replace(".", "").replace(",", ".")) * mult
        kw = {} if status == "actual" else {"status": status}
        out.append(F(anchor, number, v, kind, unit, f"{label} {cname}", per, **kw))
    return out


FIGS = (
    row("Số hộ làm tranh", "hộ", "count", [("hộ | 14 |", "14"), ("14 | 16", "16"), ("16 | 18", "18")])
    + row("Số lao động", "người", "count", [("| 52 |", "52"), ("52 | 61", "61"), ("61 | 70", "70")])
    + row("Sản lượng tranh", "bức", "count", [("38,5", "38,5"), ("46,2 |", "46,2"), ("46,2 | 50", "50")], 1e3)
    + row("Doanh thu", "đồng", "money", [("1.450", "1.450"), ("1.925,5", "1.925,5"), ("2.200", "2.200")], 1e6)
    + row("Lượt khách trải nghiệm", "lượt", "count", [("8.300", "8.300"), ("11.640", "11.640"), ("| 15.000", "15.000")])
    + [
        F("hỗ trợ 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí tỉnh hỗ trợ các hộ mua giấy dó, phẩm màu",
          Y(2023, "Năm 2023")),
        F("mở 4 lớp", "4", 4, "count", "lớp", "lớp truyền nghề", Y(2023, "Năm 2023")),
        F("cho 85 học viên", "85", 85, "count", "học viên", "học viên lớp truyền nghề", Y(2023, "Năm 2023")),
        F("62 học viên", "62", 62, "count", "học viên", "học viên đã hành nghề", Y(2023, "Năm 2023"), total=85, percent=72.9),
        F("tham gia 6 hội chợ", "6", 6, "count", "hội chợ", "hội chợ, lễ hội tranh Sình tham gia", I(Y(2023, "Năm 2023"))),
        F("hoạt động 12 ngày", "12", 12, "measure", "ngày", "thời gian hoạt động Đường thư pháp", optional=True),
        F("với 46 gian hàng", "46", 46, "count", "gian hàng", "gian hàng Đường thư pháp"),
        F("31 gian hàng thư pháp", "31", 31, "count", "gian hàng", "gian hàng thư pháp", total=46),
        F("15 gian hàng tranh", "15", 15, "count", "gian hàng", "gian hàng tranh, đồ lưu niệm", total=46),
        F("khoảng 95.000 lượt khách", "95.000", 95000, "count", "lượt khách", "lượt khách Đường thư pháp", approx="about",
          change=CH("increase", 1.4, "lần", baseline="năm 2022")),
        F("trên 2,2 tỷ đồng", "2,2", 2.2e9, "money", "đồng", "doanh thu làng tranh", I(Y(2024, "NĂM 2024")), approx="over",
          status="target"),
        F("lên 60 gian hàng", "60", 60, "count", "gian hàng", "gian hàng Đường thư pháp", I(Y(2024, "NĂM 2024")), status="target"),
        F("khoảng 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí thực hiện", I(Y(2024, "NĂM 2024")), approx="about",
          status="forecast"),
        F("tỉnh 900 triệu đồng", "900", 900e6, "money", "đồng", "kinh phí từ ngân sách tỉnh", I(Y(2024, "NĂM 2024")),
          total=1.35e9, status="forecast"),
        F("hóa 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí xã hội hóa", I(Y(2024, "NĂM 2024")),
          total=1.35e9, status="forecast"),
    ]
)

COMMENTS = [
    "Formal report of UBND tỉnh Thừa Thiên Huế (Số: 412/BC-UBND, 'Thừa Thiên Huế, ngày 18 tháng 12 năm 2023'): làng tranh Sình and the",
    "Tết calligraphy street in 2023, plan 2024. Flattened '|' table: Chỉ tiêu | Đơn vị tính | Năm 2022 | Ước thực hiện năm 2023 | Kế hoạch năm 2024.",
    "Every table cell is a figure: subject = row label + column; unit and multiplier from the 'Đơn vị tính' column ('nghìn bức' ×10³,",
    "'triệu đồng' ×10⁶); 'Ước thực hiện' cells estimate, 'Kế hoạch' cells target; periods from the column headers (scored, as in h23).",
    "All figures Thừa Thiên Huế (phường Phú Mậu is not a district). Section II figures inherit 2024 from the heading; 'Dự kiến' governs the",
    "'trong đó' parts (forecast). '12 ngày' (duration) optional. Distractors: 'Số: 412/BC-UBND', place-and-date line, 'Bảng 1',",
    "section numbers 'I.', '1.', '2.', 'II.', 'đoạn từ số 2 đến số 16' (street numbers), 'Tết Quý Mão'.",
]

if __name__ == "__main__":
    emit("p771-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Thừa Thiên Huế")

from lib import *

text = """ỦY BAN NHÂN DÂN
THÀNH PHỐ TAM KỲ
Số: 487/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tam Kỳ, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện công tác chiếu sáng đô thị và cây xanh năm 2024

I. KẾT QUẢ THỰC HIỆN
Thực hiện Nghị quyết số 07/NQ-HĐND ngày 12/7/2023 của HĐND thành phố, năm 2024 UBND thành phố đã triển khai các hạng mục như sau:

Bảng 1. Kết quả thực hiện các hạng mục năm 2024
Hạng mục | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%)
Thay thế đèn LED | bộ | 2.500 | 2.684 | 107,4
Lắp mới tuyến chiếu sáng | km | 18 | 15,6 | 86,7
Trồng mới cây xanh đường phố | cây | 1.200 | 1.355 | 112,9
Cắt tỉa cây xanh | cây | 6.000 | 5.820 | 97,0
Kinh phí thực hiện | triệu đồng | 12.500 | 11.948 | 95,6

II. ĐÁNH GIÁ CHUNG
Đến ngày 15/12/2024, tổng số bộ đèn chiếu sáng công cộng trên địa bàn thành phố là 9.742 bộ, trong đó đèn LED 7.315 bộ (đạt 75,1%). Điện năng tiêu thụ cho chiếu sáng năm 2024 ước khoảng 2,9 triệu kWh, giảm 12,3% so với năm 2023. Diện tích cây xanh công cộng bình quân đạt 9,8 m²/người, vượt chỉ tiêu Nghị quyết đề ra (8 m²/người).

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu thay thế 100% đèn cao áp còn lại (khoảng 2.430 bộ), trồng mới 1.500 cây xanh; tổng kinh phí dự kiến 14,2 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Xây dựng;
- Lưu: VT, QLĐT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Bình"""

Yi = P("năm 2024", "2024-01-01", "2024-12-31", True)
Ni = P("NĂM 2025", "2025-01-01", "2025-12-31", True)
AS = P("Đến ngày 15/12/2024", None, "2024-12-15")


def row(label, unit_word, unit, kind, mult, cells, anchors):
    out = []
    plan, done, rate = cells
    a_plan, a_done, a_rate = anchors
    out.append(F(a_plan, plan[0], plan[1] * mult, kind, unit, label + " kế hoạch", status="target", period=Yi))
    out.append(F(a_done, done[0], done[1] * mult, kind, unit, label + " thực hiện", period=Yi))
    out.append(F(a_rate, rate[0], rate[1], "percent", "%", label + " tỷ lệ thực hiện so với kế hoạch", period=Yi))
    return out

figs = []
figs += row("Thay thế đèn LED", "bộ", "bộ", "count", 1,
            [("2.500", 2500), ("2.684", 2684), ("107,4", 107.4)],
            ["LED | bộ | 2.500 |", "2.500 | 2.684 |", "2.684 | 107,4"])
figs += row("Lắp mới tuyến chiếu sáng", "km", "km", "measure", 1,
            [("18", 18), ("15,6", 15.6), ("86,7", 86.7)],
            ["km | 18 |", "18 | 15,6 |", "15,6 | 86,7"])
figs += row("Trồng mới cây xanh đường phố", "cây", "cây", "count", 1,
            [("1.200", 1200), ("1.355", 1355), ("112,9", 112.9)],
            ["cây | 1.200 |", "1.200 | 1.355 |", "1.355 | 112,9"])
figs += row("Cắt tỉa cây xanh", "cây", "cây", "count", 1,
            [("6.000", 6000), ("5.820", 5820), ("97,0", 97.0)],
            ["cây | 6.000 |", "6.000 | 5.820 |", "5.820 | 97,0"])
figs += row("Kinh phí thực hiện", "triệu đồng", "đồng", "money", 1000000,
            [("12.500", 12500), ("11.948", 11948), ("95,6", 95.6)],
            ["đồng | 12.500 |", "12.500 | 11.948 |", "11.948 | 95,6"])

figs += [
    F("là 9.742 bộ", "9.742", 9742, "count", "bộ đèn", "tổng số bộ đèn chiếu sáng công cộng", period=AS),
    F("LED 7.315 bộ", "7.315", 7315, "count", "bộ đèn", "đèn LED", total=9742, percent=75.1, period=AS),
    F("ước khoảng 2,9 triệu kWh", "2,9", 2900000, "measure", "kWh", "điện năng tiêu thụ cho chiếu sáng", approx="about",
      status="estimate", change=C("decrease", 12.3, "%", "năm 2023"), period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 9,8 m²/người", "9,8", 9.8, "measure", "m²/người", "diện tích cây xanh công cộng bình quân",
      target=T(8, "m²/người", True), period=Yi),
    F("thay thế 100% đèn", "100", 100, "percent", "%", "đèn cao áp còn lại thay thế bằng đèn LED", status="target", period=Ni),
    F("khoảng 2.430 bộ", "2.430", 2430, "count", "bộ đèn", "đèn cao áp còn lại", approx="about", status="target", period=Ni),
    F("trồng mới 1.500 cây", "1.500", 1500, "count", "cây", "cây xanh trồng mới", status="target", period=Ni),
    F("dự kiến 14,2 tỷ đồng", "14,2", 14200000000, "money", "đồng", "tổng kinh phí", status="forecast", period=Ni),
]

emit(5, text, [
    "Formal report with letterhead (UBND thành phố Tam Kỳ, Quảng Nam, 'Số: 487/BC-UBND'); the place-and-date line 'Tam Kỳ, ngày 20 tháng 12 năm 2024' is its date.",
    "Flattened '|' table: Hạng mục | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%). Unit per row from the 'Đơn vị tính' cell ('triệu đồng' ×10^6 → đồng).",
    "Kế hoạch cells are figures with status target; Thực hiện cells actual; Tỷ lệ (%) cells percent. Subject = row label + column label. Period 'năm 2024' from the table title (inherited).",
    "A plan cell is a figure of its own, so it is not also the result cell's target (as shared h23).",
    "Distractors: document number, 'Nghị quyết số 07/NQ-HĐND ngày 12/7/2023', section numbers I./II./III., 'Bảng 1', 'Lưu: VT, QLĐT', signer.",
    "7.315 bộ: part of 9.742 ('trong đó'), share '(đạt 75,1%)'. 9,8 m²/người: 'vượt chỉ tiêu … (8 m²/người)' → target 8, met; period inherited from the report year.",
    "Section III heading 'NĂM 2025' gives the plans their period (inherited); 'Phấn đấu' → target, the bracketed '(khoảng 2.430 bộ)' has no verb of its own → target; 'dự kiến' → forecast.",
], figs, published="2024-12-20", location="Tam Kỳ")

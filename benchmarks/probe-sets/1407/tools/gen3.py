"""p1407-3: formal report (UBND tỉnh Hà Tĩnh, Số: 512/BC-UBND): crop damage by monkeys, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 512/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 28 tháng 11 năm 2024

BÁO CÁO
Tình hình khỉ hoang dã gây hại cây trồng, xâm nhập khu dân cư và giải pháp khắc phục

I. TÌNH HÌNH
1. Thiệt hại cây trồng
10 tháng năm 2024, khỉ hoang dã gây hại 186,4 ha cây trồng tại 4 huyện, 27 xã, tăng 18,6% so với cùng kỳ; giá trị thiệt hại ước khoảng 3,75 tỷ đồng. Cây trồng bị hại chủ yếu là ngô (chiếm 42%), lạc, sắn và cam, bưởi.

Diện tích cây trồng bị khỉ gây hại theo huyện
Đơn vị tính: ha
Huyện | Năm 2023 | 10 tháng năm 2024 | So với cùng kỳ (%)
Hương Sơn | 61,2 | 72,5 | 121,3
Vũ Quang | 48,7 | 55,1 | 118,2
Hương Khê | 39,5 | 44,6 | 116,9
Kỳ Anh | 12,8 | 14,2 | 105,2
Tổng cộng | 162,2 | 186,4 | 118,6

2. Khỉ xâm nhập khu dân cư
Từ đầu năm đến ngày 31/10/2024, ghi nhận 19 vụ khỉ vào nhà dân, có 5 người bị khỉ cắn bị thương (năm 2023 là 2 người). Lực lượng kiểm lâm phối hợp Vườn quốc gia Vũ Quang bẫy bắt, di dời 46 cá thể về rừng sâu; tiếp nhận 11 cá thể khỉ do người dân giao nộp, gồm 8 khỉ vàng và 3 khỉ mặt đỏ.

II. GIẢI PHÁP NĂM 2025
Phấn đấu năm 2025 giảm diện tích cây trồng bị khỉ gây hại xuống dưới 100 ha; lắp đặt 20 km hàng rào điện năng lượng mặt trời, kinh phí dự kiến 4,2 tỷ đồng; duy trì 100% xã có rừng giáp khu dân cư thành lập tổ xua đuổi khỉ.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL2.
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến ngày 31/10/2024", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "diện tích cây trồng bị khỉ gây hại"


def row(label, place, c23, c24, cmp, a23, a24, acmp):
    """Three cells of one table row; the row label is a place -> location, subject = column label."""
    loc = place
    return [
        fig(a23, c23, float(c23.replace(",", ".")), "measure", "ha", subject=f"{SUBJ} năm 2023 {label}".strip(),
            period=Y23, location=loc),
        fig(a24, c24, float(c24.replace(",", ".")), "measure", "ha",
            subject=f"{SUBJ} 10 tháng năm 2024 {label}".strip(), period=M10, location=loc),
        fig(acmp, cmp, float(cmp.replace(",", ".")), "percent", "%",
            subject=f"{SUBJ} so với cùng kỳ {label}".strip(), location=loc),
    ]


FIGS = [
    fig("gây hại 186,4 ha", "186,4", 186.4, "measure", "ha", change=chg("increase", 18.6, "%", "cùng kỳ"),
        subject="cây trồng bị khỉ hoang dã gây hại", period=M10),
    fig("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện có cây trồng bị khỉ gây hại", period=M10),
    fig("27 xã", "27", 27, "count", "xã", subject="xã có cây trồng bị khỉ gây hại", period=M10),
    fig("khoảng 3,75 tỷ", "3,75", 3.75e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị thiệt hại", period=M10),
    fig("chiếm 42%", "42", 42, "percent", "%", subject="tỷ trọng ngô trong cây trồng bị hại", period=inh(M10)),
]
FIGS += row("", "Hương Sơn", "61,2", "72,5", "121,3", "Hương Sơn | 61,2", "61,2 | 72,5", "72,5 | 121,3")
FIGS += row("", "Vũ Quang", "48,7", "55,1", "118,2", "Vũ Quang | 48,7", "48,7 | 55,1", "55,1 | 118,2")
FIGS += row("", "Hương Khê", "39,5", "44,6", "116,9", "Hương Khê | 39,5", "39,5 | 44,6", "44,6 | 116,9")
FIGS += row("", "Kỳ Anh", "12,8", "14,2", "105,2", "Kỳ Anh | 12,8", "12,8 | 14,2", "14,2 | 105,2")
FIGS += row("tổng cộng", "Hà Tĩnh", "162,2", "186,4", "118,6", "Tổng cộng | 162,2", "162,2 | 186,4", "186,4 | 118,6")
FIGS += [
    fig("ghi nhận 19 vụ", "19", 19, "count", "vụ", subject="vụ khỉ vào nhà dân", period=YTD),
    fig("có 5 người", "5", 5, "count", "người", subject="người bị khỉ cắn bị thương", period=YTD),
    fig("năm 2023 là 2 người", "2", 2, "count", "người", subject="người bị khỉ cắn bị thương",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("di dời 46 cá thể", "46", 46, "count", "cá thể",
        subject="cá thể khỉ bẫy bắt, di dời về rừng sâu", period=inh(YTD)),
    fig("tiếp nhận 11 cá thể", "11", 11, "count", "cá thể", subject="cá thể khỉ do người dân giao nộp",
        period=inh(YTD)),
    fig("gồm 8 khỉ vàng", "8", 8, "count", "khỉ vàng", total=11, subject="khỉ vàng người dân giao nộp",
        period=inh(YTD)),
    fig("và 3 khỉ mặt đỏ", "3", 3, "count", "khỉ mặt đỏ", total=11, subject="khỉ mặt đỏ người dân giao nộp",
        period=inh(YTD)),
    fig("dưới 100 ha", "100", 100, "measure", "ha", approx="under", status="target",
        subject="diện tích cây trồng bị khỉ gây hại", period=Y25),
    fig("lắp đặt 20 km", "20", 20, "measure", "km", status="target",
        subject="hàng rào điện năng lượng mặt trời lắp đặt", period=Y25),
    fig("dự kiến 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", status="forecast",
        subject="kinh phí lắp đặt hàng rào điện năng lượng mặt trời", period=Y25),
    fig("duy trì 100% xã", "100", 100, "percent", "%", status="target",
        subject="xã có rừng giáp khu dân cư thành lập tổ xua đuổi khỉ", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 512/BC-UBND', 'Hà Tĩnh, ngày 28 tháng 11 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: ha'; row labels are districts -> location; 'Tổng cộng' row -> Hà Tĩnh. Subject = indicator + column label.",
    "Period from the column header ('Năm 2023', '10 tháng năm 2024'); the 'So với cùng kỳ (%)' column is a percent figure with no period of its own.",
    "'ngô (chiếm 42%)' stands with no base amount: a percent figure. '(năm 2023 là 2 người)' is a bracketed figure with its own period.",
    "'gồm 8 khỉ vàng và 3 khỉ mặt đỏ' -> total 11. Section II: 'Phấn đấu năm 2025 ...' -> target; 'kinh phí dự kiến' -> forecast (its own cue).",
    "Distractors: Số: 512/BC-UBND, letterhead date, section numbers I./II./1./2., 'Lưu: VT, NL2'.",
]

if __name__ == "__main__":
    write("p1407-3", TEXT, NOTES, FIGS, published="2024-11-28", location="Hà Tĩnh")

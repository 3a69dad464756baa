"""p1329-3: formal report (UBND tỉnh Sóc Trăng, Số: 112/BC-UBND): Đông Xuân 2024-2025, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 25 tháng 3 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ lúa vụ Đông Xuân 2024-2025

I. TÌNH HÌNH SẢN XUẤT, TIÊU THỤ
1. Diện tích xuống giống
Vụ Đông Xuân 2024-2025, toàn tỉnh xuống giống 197.141 ha, đạt 100,07% kế hoạch, tăng 0,3% so với cùng kỳ; trong đó lúa thơm, lúa đặc sản chiếm 72%.

2. Thu hoạch, tiêu thụ
Tính đến ngày 20/3/2025, toàn tỉnh đã thu hoạch 168.420 ha, năng suất bình quân 7,1 tấn/ha, sản lượng ước đạt 1,196 triệu tấn. Giá lúa tươi tại ruộng dao động 6.300-7.800 đồng/kg, thấp hơn cùng kỳ năm 2024 khoảng 1.500 đồng/kg. Khoảng 85% sản lượng được thương lái thu mua tại ruộng; doanh nghiệp thu mua theo hợp đồng liên kết 28.500 ha, gồm 16.200 ha lúa ST24, ST25 và 12.300 ha lúa Đài thơm 8.

3. Kết quả xuống giống theo địa phương
Đơn vị tính: ha
Địa phương | Kế hoạch | Thực hiện | So với cùng kỳ (%)
Huyện Ngã Năm | 30.500 | 30.820 | 101,2
Huyện Thạnh Trị | 29.000 | 28.760 | 98,6
Huyện Mỹ Tú | 34.200 | 34.515 | 100,4
Huyện Trần Đề | 22.800 | 23.106 | 102,3
Các địa phương khác | 80.500 | 79.940 | 99,7
Tổng cộng | 197.000 | 197.141 | 100,3

II. PHƯƠNG HƯỚNG, NHIỆM VỤ
Vụ Hè Thu 2025, phấn đấu xuống giống 175.000 ha, năng suất bình quân 5,8 tấn/ha; mở rộng diện tích liên kết tiêu thụ lên 35.000 ha. Tiếp tục triển khai Quyết định số 1490/QĐ-TTg của Thủ tướng Chính phủ.

Nơi nhận:
- Bộ Nông nghiệp và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = per("Tính đến ngày 20/3/2025", None, "2025-03-20")
IND = "diện tích xuống giống lúa Đông Xuân"
COLS = ["kế hoạch", "thực hiện", "so với cùng kỳ"]


def row(label, place, cells):
    """cells: (anchor, number) for Kế hoạch, Thực hiện, So với cùng kỳ (%)."""
    out = []
    for (anchor, number), col in zip(cells, COLS):
        kw = {}
        if place:
            kw["location"] = place
            subj = f"{IND} {col}"
        else:
            subj = f"{IND} {label} {col}"
        if col == "so với cùng kỳ":
            out.append(fig(anchor, number, float(number.replace(",", ".")), "percent", "%", subject=subj, **kw))
        else:
            v = float(number.replace(".", ""))
            if col == "kế hoạch":
                kw["status"] = "target"
            out.append(fig(anchor, number, v, "measure", "ha", subject=subj, **kw))
    return out


TABLE = (
    row("Ngã Năm", "Ngã Năm", [("Năm | 30.500", "30.500"), ("30.500 | 30.820", "30.820"), ("30.820 | 101,2", "101,2")])
    + row("Thạnh Trị", "Thạnh Trị", [("Trị | 29.000", "29.000"), ("29.000 | 28.760", "28.760"), ("28.760 | 98,6", "98,6")])
    + row("Mỹ Tú", "Mỹ Tú", [("Tú | 34.200", "34.200"), ("34.200 | 34.515", "34.515"), ("34.515 | 100,4", "100,4")])
    + row("Trần Đề", "Trần Đề", [("Đề | 22.800", "22.800"), ("22.800 | 23.106", "23.106"), ("23.106 | 102,3", "102,3")])
    + row("các địa phương khác", None, [("khác | 80.500", "80.500"), ("80.500 | 79.940", "79.940"), ("79.940 | 99,7", "99,7")])
    + row("tổng cộng", None, [("Tổng cộng | 197.000", "197.000"), ("197.000 | 197.141", "197.141"), ("197.141 | 100,3", "100,3")])
)

FIGS = [
    fig("xuống giống 197.141 ha", "197.141", 197141, "measure", "ha", percent=100.07,
        change=chg("increase", 0.3, "%", "cùng kỳ"), subject="diện tích lúa Đông Xuân 2024-2025 xuống giống"),
    fig("chiếm 72%", "72", 72, "percent", "%", subject="diện tích lúa thơm, lúa đặc sản"),
    fig("thu hoạch 168.420 ha", "168.420", 168420, "measure", "ha",
        subject="diện tích lúa đã thu hoạch", period=ASOF),
    fig("bình quân 7,1 tấn/ha", "7,1", 7.1, "measure", "tấn/ha",
        subject="năng suất bình quân", period=ASOF),
    fig("ước đạt 1,196 triệu", "1,196", 1196000, "measure", "tấn", status="estimate",
        subject="sản lượng lúa", period=ASOF),
    fig("dao động 6.300-7.800", "6.300", 6300, "money", "đồng/kg", value_max=7800,
        change=chg("decrease", 1500, "đồng/kg", "cùng kỳ năm 2024", approx="about"),
        subject="giá lúa tươi tại ruộng"),
    fig("Khoảng 85% sản lượng", "85", 85, "percent", "%", approx="about",
        subject="sản lượng được thương lái thu mua tại ruộng"),
    fig("liên kết 28.500 ha", "28.500", 28500, "measure", "ha",
        subject="diện tích doanh nghiệp thu mua theo hợp đồng liên kết"),
    fig("gồm 16.200 ha", "16.200", 16200, "measure", "ha", total=28500,
        subject="diện tích lúa ST24, ST25 doanh nghiệp thu mua theo hợp đồng liên kết"),
    fig("và 12.300 ha", "12.300", 12300, "measure", "ha", total=28500,
        subject="diện tích lúa Đài thơm 8 doanh nghiệp thu mua theo hợp đồng liên kết"),
] + TABLE + [
    fig("giống 175.000 ha", "175.000", 175000, "measure", "ha", status="target",
        subject="diện tích lúa vụ Hè Thu 2025 xuống giống"),
    fig("bình quân 5,8 tấn/ha", "5,8", 5.8, "measure", "tấn/ha", status="target",
        subject="năng suất bình quân lúa vụ Hè Thu 2025"),
    fig("lên 35.000 ha", "35.000", 35000, "measure", "ha", status="target",
        subject="diện tích liên kết tiêu thụ"),
]

NOTES = [
    "Formal report: 'UBND TỈNH SÓC TRĂNG', 'Số: 112/BC-UBND', 'Sóc Trăng, ngày 25 tháng 3 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 112/BC-UBND, the letterhead date, section numbers, 'vụ Đông Xuân 2024-2025', 'Vụ Hè Thu 2025', ST24, ST25,",
    "Đài thơm 8, Quyết định số 1490/QĐ-TTg, baseline 'cùng kỳ năm 2024'.",
    "'đạt 100,07% kế hoạch' → percent attribute; 'tăng 0,3% so với cùng kỳ' → change; 'trong đó ... chiếm 72%' is a percent figure of its own.",
    "'Tính đến ngày 20/3/2025' (as-of) governs its whole sentence: 168.420 ha, 7,1 tấn/ha and 1,196 triệu tấn ('ước đạt' → estimate).",
    "'gồm' parts take the whole 28.500 ha. Seasons go into the subject, not the period.",
    "Flattened '|' table, 'Đơn vị tính: ha', place column: districts go to location (the 'Các địa phương khác' and 'Tổng cộng' rows keep",
    "the province); 'Kế hoạch' → target; 'So với cùng kỳ (%)' cells are percent figures (unit from the header, not from 'Đơn vị tính').",
    "No period in the column headers (season), so the table cells have none.",
    "Section II: 'phấn đấu' governs the sentence, including 'mở rộng ... lên 35.000 ha' after ';' (target).",
]

if __name__ == "__main__":
    write("p1329-3", TEXT, NOTES, FIGS, published="2025-03-25", location="Sóc Trăng")

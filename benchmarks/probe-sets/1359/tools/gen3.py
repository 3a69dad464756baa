"""p1359-3: formal report (Sở VHTTDL Kon Tum): results of a mountain-bike race in Măng Đen; flattened '|' budget table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH KON TUM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 215/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 25 tháng 6 năm 2024

BÁO CÁO
Kết quả tổ chức Giải đua xe đạp địa hình Măng Đen mở rộng lần thứ II năm 2024

I. KẾT QUẢ TỔ CHỨC
1. Quy mô: Giải diễn ra từ ngày 14 đến 16/6/2024 tại huyện Kon Plông, thu hút 146 vận động viên (128 nam, 18 nữ) của 21 câu lạc bộ. Giải thi đấu ở 3 cự ly: 25 km, 45 km và 70 km.
2. Chuyên môn: Ban tổ chức trao 9 bộ huy chương; có 12 vận động viên không hoàn thành cuộc đua, không xảy ra tai nạn nghiêm trọng.
3. Du lịch: Trong thời gian diễn ra giải, thị trấn Măng Đen đón khoảng 12.000 lượt khách; doanh thu du lịch ước đạt 18 tỷ đồng, tăng khoảng 50% so với các dịp cuối tuần khác. Công suất phòng các cơ sở lưu trú đạt 95%.

II. KINH PHÍ TỔ CHỨC
Đơn vị tính: triệu đồng
TT | Nội dung | Dự toán | Thực hiện | So với dự toán (%)
1 | Giải thưởng | 320 | 320 | 100,0
2 | Tổ chức, trọng tài | 410 | 386 | 94,1
3 | Truyền thông | 150 | 162 | 108,0
4 | An ninh, y tế | 90 | 84 | 93,3
 | Tổng cộng | 970 | 952 | 98,1
Tổng kinh phí thực hiện 952 triệu đồng, trong đó ngân sách tỉnh 500 triệu đồng, xã hội hóa 452 triệu đồng từ 14 doanh nghiệp.

III. PHƯƠNG HƯỚNG
Năm 2025, Sở dự kiến nâng quy mô giải lên khoảng 250 vận động viên, bổ sung cự ly 100 km; phấn đấu thu hút 20.000 lượt khách trong thời gian tổ chức giải.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ VHTTDL;
- Lưu: VT, NVDL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Thành
"""

RACE0 = per("từ ngày 14 đến 16/6/2024", "2024-06-14", "2024-06-16")
RACE = inh(RACE0)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
KP = "Kon Plông"
COLS = {"dự toán": "target", "thực hiện": None, "so với dự toán (%)": None}


def cell(anchor, number, row, col):
    kw = {"status": COLS[col]} if COLS[col] else {}
    if col.startswith("so với"):
        v = float(number.replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"kinh phí {row} so với dự toán", **kw)
    return fig(anchor, number, float(number) * 1e6, "money", "đồng", subject=f"kinh phí {row} {col}", **kw)


CELLS = [
    cell("Giải thưởng | 320", "320", "giải thưởng", "dự toán"),
    cell("| 320 | 100,0", "320", "giải thưởng", "thực hiện"),
    cell("100,0", "100,0", "giải thưởng", "so với dự toán (%)"),
    cell("trọng tài | 410", "410", "tổ chức, trọng tài", "dự toán"),
    cell("| 386 |", "386", "tổ chức, trọng tài", "thực hiện"),
    cell("94,1", "94,1", "tổ chức, trọng tài", "so với dự toán (%)"),
    cell("Truyền thông | 150", "150", "truyền thông", "dự toán"),
    cell("| 162 |", "162", "truyền thông", "thực hiện"),
    cell("108,0", "108,0", "truyền thông", "so với dự toán (%)"),
    cell("y tế | 90", "90", "an ninh, y tế", "dự toán"),
    cell("| 84 |", "84", "an ninh, y tế", "thực hiện"),
    cell("93,3", "93,3", "an ninh, y tế", "so với dự toán (%)"),
    cell("Tổng cộng | 970", "970", "tổng cộng", "dự toán"),
    cell("| 952 |", "952", "tổng cộng", "thực hiện"),
    cell("98,1", "98,1", "tổng cộng", "so với dự toán (%)"),
]

FIGS = [
    fig("thu hút 146 vận", "146", 146, "count", "vận động viên", subject="vận động viên tham gia giải", period=RACE0, location=KP),
    fig("(128 nam", "128", 128, "count", "nam", total=146, subject="vận động viên nam", period=RACE0, location=KP),
    fig("18 nữ)", "18", 18, "count", "nữ", total=146, subject="vận động viên nữ", period=RACE0, location=KP),
    fig("của 21 câu lạc bộ", "21", 21, "count", "câu lạc bộ", subject="câu lạc bộ có vận động viên tham gia",
        period=RACE0, location=KP),
    fig("ở 3 cự ly", "3", 3, "count", "cự ly", subject="cự ly thi đấu", location=KP),
    fig("25 km,", "25", 25, "measure", "km", subject="cự ly thi đấu", location=KP),
    fig("45 km và", "45", 45, "measure", "km", subject="cự ly thi đấu", location=KP),
    fig("và 70 km", "70", 70, "measure", "km", subject="cự ly thi đấu", location=KP),
    fig("trao 9 bộ", "9", 9, "count", "bộ huy chương", subject="bộ huy chương Ban tổ chức trao", period=RACE, location=KP),
    fig("có 12 vận động viên", "12", 12, "count", "vận động viên",
        subject="vận động viên không hoàn thành cuộc đua", period=RACE, location=KP),
    fig("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="about",
        subject="lượt khách thị trấn Măng Đen đón", period=RACE, location=KP),
    fig("ước đạt 18 tỷ", "18", 18e9, "money", "đồng", status="estimate",
        change=chg("increase", 50, "%", "các dịp cuối tuần khác", approx="about"),
        subject="doanh thu du lịch", period=RACE, location=KP),
    fig("đạt 95%", "95", 95, "percent", "%", subject="công suất phòng các cơ sở lưu trú", location=KP),
] + CELLS + [
    fig("thực hiện 952 triệu", "952", 952e6, "money", "đồng", subject="tổng kinh phí thực hiện"),
    fig("tỉnh 500 triệu", "500", 500e6, "money", "đồng", total=952e6, subject="kinh phí từ ngân sách tỉnh"),
    fig("hóa 452 triệu", "452", 452e6, "money", "đồng", total=952e6, subject="kinh phí xã hội hóa"),
    fig("từ 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp tài trợ xã hội hóa"),
    fig("khoảng 250 vận", "250", 250, "count", "vận động viên", approx="about", status="forecast",
        subject="quy mô giải", period=Y25),
    fig("cự ly 100 km", "100", 100, "measure", "km", status="forecast", subject="cự ly bổ sung", period=Y25),
    fig("thu hút 20.000 lượt", "20.000", 20000, "count", "lượt khách", status="target",
        subject="lượt khách thu hút trong thời gian tổ chức giải", period=Y25, location=KP),
]

NOTES = [
    "Formal report: 'UBND TỈNH KON TUM / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Số: 215/BC-SVHTTDL', 'Kon Tum, ngày 25 tháng 6 năm 2024',",
    "sections I-III with 1.-3., 'Nơi nhận', signature. Distractors: document number, letterhead date, 'lần thứ II', 'từ ngày 14 đến",
    "16/6/2024' (dates), section and row numbers (I, II, III, 1-4), 'Lưu: VT'.",
    "The race and its tourism effect happen in huyện Kon Plông (Măng Đen is its district town): location Kon Plông; the budget",
    "and the department's plans stay with Kon Tum (default). '(128 nam, 18 nữ)' is a bracketed breakdown that adds up to 146: total.",
    "'3 cự ly: 25 km, 45 km và 70 km': the list items are measures sharing the indicator 'cự ly thi đấu'.",
    "Section 3 figures carry the race dates stated in item 1 (another sentence): inherited, not scored.",
    "'tăng khoảng 50% so với các dịp cuối tuần khác' is the change of 18 tỷ (approx 'about' inside the change).",
    "Flattened table, 'Đơn vị tính: triệu đồng': every numeric cell is a figure; 'Dự toán' column = the plan -> status target;",
    "'So với dự toán (%)' cells are percent figures of their own (so no percent/target attributes on the 'Thực hiện' cells).",
    "Row numbers 1-4 are not figures. The sentence after the table restates 952 triệu: a figure of the text, with its parts (trong đó).",
    "Section III: 'dự kiến' governs 250 VĐV and cự ly 100 km (forecast); 'phấn đấu' clause -> target.",
    "revised after the first run: 146 VĐV, 128 nam, 18 nữ, 21 câu lạc bộ get the race dates 'từ ngày 14 đến 16/6/2024' stated in",
    "their own sentence ('Giải diễn ra từ ... thu hút ...'); items 2 (9 bộ, 12 VĐV) inherit them (not scored). The distances",
    "(25/45/70 km) are properties of the course: no period.",
]

if __name__ == "__main__":
    write("p1359-3", TEXT, NOTES, FIGS, published="2024-06-25", location="Kon Tum")

"""p1538-3: formal report (UBND tỉnh Bến Tre, Số: 412/BC-UBND): làng nghề rèn Phú Lễ (huyện Ba Tri), '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẾN TRE
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 10 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất nông cụ cầm tay tại làng nghề rèn Phú Lễ năm 2024

I. TÌNH HÌNH CHUNG
Làng nghề rèn Phú Lễ, huyện Ba Tri được công nhận làng nghề truyền thống theo Quyết định số 2567/QĐ-UBND ngày 15/11/2010. Năm 2024, làng có 76 lò rèn đang hoạt động, giảm 5 lò so với năm 2023, sử dụng khoảng 230 lao động, trong đó lao động nữ chiếm 18%.

II. KẾT QUẢ SẢN XUẤT
1. Sản lượng
Đơn vị tính: nghìn sản phẩm
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)
Dao, rựa | 142,0 | 150,5 | 106,0
Cuốc, xẻng | 38,6 | 35,2 | 91,2
Liềm, phảng | 64,3 | 66,8 | 103,9
Tổng cộng | 244,9 | 252,5 | 103,1

2. Tiêu thụ, thu nhập
Doanh thu toàn làng nghề năm 2024 ước đạt 41,6 tỷ đồng, đạt 104% kế hoạch; giá bán bình quân 165.000 đồng/sản phẩm. Khoảng 70% sản phẩm được tiêu thụ trong tỉnh, số còn lại bán sang Tiền Giang, Trà Vinh, Long An và Campuchia. Thu nhập bình quân của thợ rèn đạt 6,8 triệu đồng/người/tháng, thấp hơn 1,2 triệu đồng so với bình quân lao động công nghiệp của tỉnh.

III. TỒN TẠI VÀ PHƯƠNG HƯỚNG NĂM 2025
Máy móc còn thô sơ, hơn 60% lò rèn vẫn quạt lửa và quai búa thủ công; giá thép tấm tăng từ 15-20% trong 2 năm gần đây. Năm 2025, phấn đấu sản lượng đạt 265 nghìn sản phẩm, tăng 5% so với năm 2024; hỗ trợ ít nhất 20 lò rèn đầu tư máy búa hơi từ nguồn kinh phí khuyến công 800 triệu đồng.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
BT = "Ba Tri"


def cells():
    rows = [("Dao, rựa", ["142,0", "150,5", "106,0"]), ("Cuốc, xẻng", ["38,6", "35,2", "91,2"]),
            ("Liềm, phảng", ["64,3", "66,8", "103,9"]), ("Tổng cộng", ["244,9", "252,5", "103,1"])]
    out = []
    for label, (a, b, c) in rows:
        row = label.lower()
        out.append(fig(f"{label} | {a}", a, float(a.replace(",", ".")) * 1e3, "count", "sản phẩm",
                       subject=f"sản lượng {row} năm 2023", period=C23))
        out.append(fig(f"{a} | {b}", b, float(b.replace(",", ".")) * 1e3, "count", "sản phẩm",
                       status="estimate", subject=f"sản lượng {row} ước thực hiện 2024", period=E24))
        out.append(fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                       subject=f"sản lượng {row} so với cùng kỳ"))
    return out


FIGS = [
    fig("có 76 lò rèn", "76", 76, "count", "lò rèn", change=chg("decrease", 5, "lò", "năm 2023"),
        subject="lò rèn đang hoạt động", period=Y24),
    fig("khoảng 230 lao động", "230", 230, "count", "lao động", approx="about",
        subject="lao động làng nghề sử dụng", period=Y24),
    fig("chiếm 18%", "18", 18, "percent", "%", subject="lao động nữ", period=Y24),
] + cells() + [
    fig("ước đạt 41,6 tỷ", "41,6", 41.6e9, "money", "đồng", status="estimate", percent=104,
        subject="doanh thu toàn làng nghề", period=Y24b),
    fig("bình quân 165.000", "165.000", 165000, "money", "đồng/sản phẩm", status="estimate",
        subject="giá bán bình quân", period=Y24b),
    fig("Khoảng 70% sản phẩm", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm được tiêu thụ trong tỉnh", period=inh(Y24b)),
    fig("đạt 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng",
        change=chg("decrease", 1.2e6, "đồng", "bình quân lao động công nghiệp của tỉnh"),
        subject="thu nhập bình quân của thợ rèn", period=inh(Y24b)),
    fig("hơn 60% lò rèn", "60", 60, "percent", "%", approx="over",
        subject="lò rèn vẫn quạt lửa và quai búa thủ công"),
    fig("từ 15-20%", "15", 15, "percent", "%", value_max=20, subject="giá thép tấm"),
    fig("đạt 265 nghìn", "265", 265e3, "count", "sản phẩm", status="target",
        change=chg("increase", 5, "%", "năm 2024"), subject="sản lượng", period=Y25),
    fig("ít nhất 20 lò rèn", "20", 20, "count", "lò rèn", approx="at_least", status="target",
        subject="lò rèn được hỗ trợ đầu tư máy búa hơi", period=Y25),
    fig("khuyến công 800 triệu", "800", 800e6, "money", "đồng", status="target",
        subject="kinh phí khuyến công hỗ trợ lò rèn đầu tư máy búa hơi", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẾN TRE', 'Số: 412/BC-UBND', 'Bến Tre, ngày 10 tháng 12 năm 2024' (published), sections I-III, 'Nơi nhận', signature block.",
    "Distractors: Số 412/BC-UBND, 'Quyết định số 2567/QĐ-UBND ngày 15/11/2010', section numbers I-III and 1-2, 'trong 2 năm gần đây' (a duration locating the price rise).",
    "All figures describe the village in huyện Ba Tri: location Ba Tri (default).",
    "'giảm 5 lò so với năm 2023' is a change (unit lò). 'trong đó lao động nữ chiếm 18%' is a percent figure of its own (not a share of 230).",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' (×1000, unit sản phẩm): subject = row + column label; 'Năm 2023' actual,",
    "'Ước thực hiện 2024' → estimate; 'So với cùng kỳ (%)' column → percent figures (growth index as the claim), no period, status actual",
    "(the header carries no estimate cue). Cells get no total.",
    "'ước đạt 41,6 tỷ đồng, đạt 104% kế hoạch' → percent 104; the price after ';' continues the 'ước đạt' clause (estimate, period năm 2024).",
    "'thấp hơn 1,2 triệu đồng so với ...' → change decrease 1 200 000 đồng. 'giá thép tấm tăng từ 15-20%' → percent range as the claim.",
    "Section III: 'Năm 2025, phấn đấu ... ; hỗ trợ ...' → target for all three figures; 265 nghìn carries change +5% vs năm 2024.",
]

if __name__ == "__main__":
    write("p1538-3", TEXT, NOTES, FIGS, published="2024-12-10", location="Ba Tri")

"""p1223-3: formal report (UBND tỉnh Hưng Yên) on consumable medical supplies 2023, flattened | table by place."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """UBND TỈNH HƯNG YÊN
Số: 19/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 18 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh vật tư y tế tiêu hao năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Doanh nghiệp và lao động
Tính đến ngày 31/12/2023, trên địa bàn tỉnh có 37 doanh nghiệp sản xuất vật tư y tế tiêu hao (găng tay, bơm kim tiêm, khẩu trang, bông băng gạc), tăng 4 doanh nghiệp so với năm 2022; trong đó 15 doanh nghiệp có vốn đầu tư nước ngoài. Tổng số lao động khoảng 12.600 người, trong đó lao động nữ chiếm 71,5%.

2. Sản xuất, kinh doanh
Năm 2023, doanh thu của các doanh nghiệp đạt 3.154 tỷ đồng, tăng 12,6% so với năm 2022, bằng 103,4% kế hoạch. Sản lượng găng tay y tế đạt 1,08 tỷ chiếc; bơm kim tiêm 415 triệu chiếc; khẩu trang y tế giảm 37,2% so với năm 2022, còn 96 triệu chiếc.

Doanh thu vật tư y tế tiêu hao theo địa bàn:
Đơn vị tính: tỷ đồng
Địa bàn | Năm 2022 | Năm 2023 | So với năm 2022 (%)
Thị xã Mỹ Hào | 1.245 | 1.402 | 112,6
Huyện Văn Lâm | 836 | 905 | 108,3
Huyện Yên Mỹ | 512 | 618 | 120,7
Các địa bàn khác | 207 | 229 | 110,6
Tổng cộng | 2.800 | 3.154 | 112,6

II. NHIỆM VỤ NĂM 2024
Phấn đấu doanh thu ngành đạt 3.500 tỷ đồng; thu hút thêm 3-5 dự án sản xuất thiết bị, vật tư y tế; 100% doanh nghiệp áp dụng tiêu chuẩn ISO 13485.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT2.
"""

ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
IND = "doanh thu vật tư y tế tiêu hao"


def cell(anchor, number, value, place, col, row=None):
    """row: the row label when it is not a place (it then stays in the subject, FIGURES.md §3 Tables)."""
    ind = f"{IND} {row.lower()}" if row else IND
    if col == "pct":
        return fig(anchor, number, value, "percent", "%", subject=ind + " so với năm 2022",
                   period=inh(Y23c), location=place)
    p = Y22c if col == "2022" else Y23c
    return fig(anchor, number, value, "money", "đồng", subject=f"{ind} năm {col}", period=p, location=place)


FIGS = [
    fig("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
        change=chg("increase", 4, "doanh nghiệp", "năm 2022"),
        subject="doanh nghiệp sản xuất vật tư y tế tiêu hao", period=ASOF),
    fig("15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=37,
        subject="doanh nghiệp sản xuất vật tư y tế tiêu hao có vốn đầu tư nước ngoài", period=ASOF),
    fig("khoảng 12.600 người", "12.600", 12600, "count", "người", approx="about",
        subject="tổng số lao động", period=inh(ASOF)),
    fig("chiếm 71,5%", "71,5", 71.5, "percent", "%", subject="tỷ lệ lao động nữ", period=inh(ASOF)),
    fig("đạt 3.154 tỷ đồng", "3.154", 3154000000000, "money", "đồng", percent=103.4,
        change=chg("increase", 12.6, "%", "năm 2022"), subject="doanh thu của các doanh nghiệp", period=Y23),
    fig("đạt 1,08 tỷ chiếc", "1,08", 1080000000, "count", "chiếc",
        subject="sản lượng găng tay y tế", period=inh(Y23)),
    fig("bơm kim tiêm 415 triệu", "415", 415000000, "count", "chiếc",
        subject="sản lượng bơm kim tiêm", period=inh(Y23)),
    fig("còn 96 triệu chiếc", "96", 96000000, "count", "chiếc",
        change=chg("decrease", 37.2, "%", "năm 2022"), subject="sản lượng khẩu trang y tế", period=inh(Y23)),
    cell("Mỹ Hào | 1.245", "1.245", 1245000000000, "Mỹ Hào", "2022"),
    cell("1.245 | 1.402", "1.402", 1402000000000, "Mỹ Hào", "2023"),
    cell("1.402 | 112,6", "112,6", 112.6, "Mỹ Hào", "pct"),
    cell("Văn Lâm | 836", "836", 836000000000, "Văn Lâm", "2022"),
    cell("836 | 905", "905", 905000000000, "Văn Lâm", "2023"),
    cell("905 | 108,3", "108,3", 108.3, "Văn Lâm", "pct"),
    cell("Yên Mỹ | 512", "512", 512000000000, "Yên Mỹ", "2022"),
    cell("512 | 618", "618", 618000000000, "Yên Mỹ", "2023"),
    cell("618 | 120,7", "120,7", 120.7, "Yên Mỹ", "pct"),
    cell("khác | 207", "207", 207000000000, "Hưng Yên", "2022", "Các địa bàn khác"),
    cell("207 | 229", "229", 229000000000, "Hưng Yên", "2023", "Các địa bàn khác"),
    cell("229 | 110,6", "110,6", 110.6, "Hưng Yên", "pct", "Các địa bàn khác"),
    cell("Tổng cộng | 2.800", "2.800", 2800000000000, "Hưng Yên", "2022", "Tổng cộng"),
    cell("2.800 | 3.154", "3.154", 3154000000000, "Hưng Yên", "2023", "Tổng cộng"),
    cell("3.154 | 112,6", "112,6", 112.6, "Hưng Yên", "pct", "Tổng cộng"),
    fig("đạt 3.500 tỷ đồng", "3.500", 3500000000000, "money", "đồng", status="target",
        subject="doanh thu ngành", period=Y24),
    fig("thêm 3-5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
        subject="dự án sản xuất thiết bị, vật tư y tế thu hút thêm", period=Y24),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ doanh nghiệp áp dụng tiêu chuẩn ISO 13485", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN', 'Số: 19/BC-UBND', 'Hưng Yên, ngày 18 tháng 01 năm 2024', sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: 19/BC-UBND, section numbers, 'ISO 13485', 'Lưu: VT, KT2', heading years (KẾT QUẢ THỰC HIỆN NĂM 2023, NHIỆM VỤ NĂM 2024).",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng': rows are places (→ location; 'Các địa bàn khác' and 'Tổng cộng' → Hưng Yên), cells get",
    "  subject = indicator + column label, money in đồng (×10⁹). Column '(%)' overrides the unit line: percent cells; its header is a",
    "  baseline, not a period, so the % cells carry the 2023 period as inherited. Table cells get no totals.",
    "revised after the first run: the row labels 'Các địa bàn khác' and 'Tổng cộng' are not places, so by FIGURES.md §3 they stay in",
    "  the subject of their 6 cells (e.g. 'doanh thu vật tư y tế tiêu hao các địa bàn khác năm 2022'); location stays Hưng Yên.",
    "'khẩu trang y tế giảm 37,2% so với năm 2022, còn 96 triệu chiếc': the change stands before its figure.",
    "'tăng 4 doanh nghiệp' is the change of 37; 15 FDI firms are a part after 'trong đó'. 'lao động nữ chiếm 71,5%' is a percent figure.",
    "Section II targets ('Phấn đấu' continues over ';') inherit the period from the heading NHIỆM VỤ NĂM 2024.",
]

if __name__ == "__main__":
    build("p1223-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Hưng Yên")

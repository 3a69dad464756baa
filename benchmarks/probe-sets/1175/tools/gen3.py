"""p1175-3: formal report (UBND tỉnh Quảng Ngãi) on safety at bến khách ngang sông in 2023, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 20 tháng 12 năm 2023

BÁO CÁO
Công tác bảo đảm an toàn giao thông tại các bến khách ngang sông năm 2023

I. TÌNH HÌNH CHUNG
1. Hiện trạng bến, phương tiện
Đến ngày 15/12/2023, toàn tỉnh có 48 bến khách ngang sông, tập trung trên sông Trà Khúc, sông Vệ và sông Rin; 40 bến đã được cấp phép hoạt động. Tổng số phương tiện chở khách là 93 chiếc (giảm 7 chiếc so với năm 2022), sức chở từ 5 đến 20 người/chiếc.

2. Kết quả thực hiện
Năm 2023, các lực lượng chức năng tổ chức 126 lượt kiểm tra, phát hiện 38 trường hợp vi phạm, xử phạt 52,4 triệu đồng. Tai nạn giao thông đường thủy xảy ra 2 vụ, làm chết 3 người, so với năm 2022 giảm 1 vụ, tăng 1 người chết. Đã cấp phát 1.250 áo phao, đạt 104% kế hoạch, và 96 phao tròn cho các bến.

3. Số bến theo địa phương
Đơn vị tính: bến
Địa phương | Tổng số | Đã cấp phép | Chưa cấp phép
Huyện Sơn Hà | 14 | 11 | 3
Huyện Trà Bồng | 9 | 7 | 2
Huyện Nghĩa Hành | 8 | 8 | 0
Huyện Mộ Đức | 6 | 5 | 1
Các địa phương khác | 11 | 9 | 2
Tổng cộng | 48 | 40 | 8

II. NHIỆM VỤ NĂM 2024
Phấn đấu không để xảy ra tai nạn tại bến khách ngang sông; hoàn thành cấp phép cho 8 bến còn lại trước ngày 30/6/2024; đầu tư xây dựng 3 cầu dân sinh thay thế bến đò với tổng kinh phí khoảng 27 tỷ đồng.

Nơi nhận:
- Bộ Giao thông vận tải;
- Cục Đường thủy nội địa Việt Nam;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Đến ngày 15/12/2023", None, "2023-12-15")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
BEN = "bến khách ngang sông"
COLS = {"Tổng số": "tổng số", "Đã cấp phép": "đã cấp phép", "Chưa cấp phép": "chưa cấp phép"}


def cell(anchor, number, value, row, col, place=None):
    label = f"{BEN} {COLS[col]}" if place else f"{BEN} {row.lower()} {COLS[col]}"
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "bến", subject=label, period=inh(ASOF), **kw)


ROWS = [
    ("Huyện Sơn Hà", "Sơn Hà", ["14", "11", "3"]),
    ("Huyện Trà Bồng", "Trà Bồng", ["9", "7", "2"]),
    ("Huyện Nghĩa Hành", "Nghĩa Hành", ["8", "8", "0"]),
    ("Huyện Mộ Đức", "Mộ Đức", ["6", "5", "1"]),
    ("Các địa phương khác", None, ["11", "9", "2"]),
    ("Tổng cộng", None, ["48", "40", "8"]),
]


def table_figs():
    out = []
    for label, place, cells in ROWS:
        for i, (col, num) in enumerate(zip(COLS, cells)):
            anchor = f"{label} | " + " | ".join(cells[: i + 1])
            if label == "Huyện Nghĩa Hành" and i == 1:
                anchor = "| 8 | 0"  # the first '8' of the row is the Tổng số cell
            out.append(cell(anchor, num, float(num), label, col, place))
    return out


FIGS = [
    fig("có 48 bến", "48", 48, "count", "bến", subject="bến khách ngang sông", period=ASOF),
    fig("40 bến đã", "40", 40, "count", "bến", subject="bến khách ngang sông đã được cấp phép hoạt động",
        period=ASOF),
    fig("là 93 chiếc", "93", 93, "count", "chiếc", change=chg("decrease", 7, "chiếc", "năm 2022"),
        subject="tổng số phương tiện chở khách", period=inh(ASOF)),
    fig("từ 5 đến 20", "5", 5, "measure", "người/chiếc", value_max=20, subject="sức chở phương tiện"),
    fig("126 lượt", "126", 126, "count", "lượt kiểm tra", subject="lượt kiểm tra của các lực lượng chức năng",
        period=Y23),
    fig("38 trường hợp", "38", 38, "count", "trường hợp", subject="trường hợp vi phạm phát hiện", period=Y23),
    fig("52,4 triệu", "52,4", 52400000, "money", "đồng", subject="tiền xử phạt vi phạm", period=Y23),
    fig("ra 2 vụ", "2", 2, "count", "vụ", change=chg("decrease", 1, "vụ", "năm 2022"),
        subject="tai nạn giao thông đường thủy", period=inh(Y23)),
    fig("chết 3 người", "3", 3, "count", "người", change=chg("increase", 1, "người", "năm 2022"),
        subject="người chết do tai nạn giao thông đường thủy", period=inh(Y23)),
    fig("1.250 áo phao", "1.250", 1250, "count", "áo phao", percent=104, subject="áo phao cấp phát cho các bến",
        period=inh(Y23)),
    fig("96 phao tròn", "96", 96, "count", "phao tròn", subject="phao tròn cấp phát cho các bến", period=inh(Y23)),
] + table_figs() + [
    fig("cho 8 bến", "8", 8, "count", "bến", status="target", subject="bến còn lại được cấp phép",
        period=Y24, optional=True),
    fig("3 cầu dân sinh", "3", 3, "count", "cầu dân sinh", status="target",
        subject="cầu dân sinh thay thế bến đò đầu tư xây dựng", period=Y24),
    fig("khoảng 27 tỷ", "27", 27000000000, "money", "đồng", approx="about", status="target",
        subject="tổng kinh phí xây dựng cầu dân sinh thay thế bến đò", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NGÃI', 'Số: 312/BC-UBND', 'Quảng Ngãi, ngày 20 tháng 12 năm 2023', sections I/II, 1–3, 'Nơi nhận'.",
    "Distractors: document number 312/BC-UBND, section numbers, 'trước ngày 30/6/2024' (deadline), 'Lưu: VT, KTN', river names.",
    "'48 bến ...; 40 bến đã được cấp phép' has no part-of cue (no trong đó/gồm/:): no total.",
    "'so với năm 2022 giảm 1 vụ, tăng 1 người chết' after '2 vụ, làm chết 3 người': each change goes to the figure of its unit.",
    "'đạt 104% kế hoạch' stands right after 1.250 áo phao (percent); 96 phao tròn has none. 'sức chở từ 5 đến 20 người/chiếc' is a rate range.",
    "Flattened | table ('Đơn vị tính: bến'): district rows → location, subject = caption indicator + column label; 'Các địa phương khác'",
    "and 'Tổng cộng' rows are not places (province default). Every numeric cell is a figure, also '0'. Cell periods inherit the as-of date.",
    "Section II under 'NHIỆM VỤ NĂM 2024' → target, period inherited; '8 bến còn lại' refers back to the table's 8 (optional).",
]

if __name__ == "__main__":
    write("p1175-3", TEXT, NOTES, FIGS, published="2023-12-20", location="Quảng Ngãi")

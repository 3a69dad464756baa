"""p1351-3: formal report (UBND tỉnh Đắk Lắk, Số: 215/BC-UBND): child care and abuse, first half of 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác bảo vệ, chăm sóc trẻ em 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác chăm sóc trẻ em
Toàn tỉnh có 612.540 trẻ em; 9.845 trẻ em có hoàn cảnh đặc biệt, trong đó 8.910 trẻ em (đạt 90,5%) được trợ giúp, chăm sóc. Ước 6 tháng, Quỹ Bảo trợ trẻ em các cấp vận động được 6,25 tỷ đồng, bằng 52,1% kế hoạch năm.

2. Công tác phòng, chống xâm hại trẻ em
6 tháng đầu năm 2024, toàn tỉnh xảy ra 29 vụ xâm hại trẻ em với 31 trẻ em bị xâm hại, giảm 19,4% số vụ so với cùng kỳ (chi tiết tại Bảng 1). Cơ quan chức năng đã khởi tố 24 vụ, xét xử 15 vụ với 17 bị cáo; 100% trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời.

Bảng 1. Số vụ xâm hại trẻ em theo hình thức
Đơn vị tính: vụ
TT | Hình thức | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
1 | Xâm hại tình dục | 21 | 17 | 81,0
2 | Bạo lực | 9 | 6 | 66,7
3 | Bóc lột sức lao động | 2 | 1 | 50,0
4 | Bỏ rơi, sao nhãng | 4 | 5 | 125,0
 | Tổng cộng | 36 | 29 | 80,6

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu cả năm 2024 số vụ xâm hại trẻ em giảm ít nhất 10% so với năm 2023; đến cuối năm 2024, 100% xã, phường, thị trấn có cộng tác viên bảo vệ trẻ em.

Nơi nhận:
- Bộ Lao động - Thương binh và Xã hội;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = per("6 tháng", "2024-01-01", "2024-06-30")
C23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
END24 = per("đến cuối năm 2024", None, "2024-12-31")

COLS = ["6 tháng 2023", "6 tháng 2024", "so với cùng kỳ (%)"]


def cells(row, label, nums):
    out = []
    prev = f"| {label}"  # not the row number: '4 | Bỏ rơi, sao nhãng | 4' would resolve to the TT cell
    for col, n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        v = float(n.replace(",", "."))
        name = label.lower() if label != "Tổng cộng" else "tổng cộng số vụ xâm hại trẻ em"
        if col.startswith("so với"):
            out.append(fig(anchor, n, v, "percent", "%", subject=f"{name} so với cùng kỳ", period=inh(H1)))
        else:
            p = C23 if col.endswith("2023") else C24
            out.append(fig(anchor, n, v, "count", "vụ", subject=f"số vụ {name} {col}", period=p))
        prev = n
    return out


TABLE = (cells("1", "Xâm hại tình dục", ["21", "17", "81,0"]) + cells("2", "Bạo lực", ["9", "6", "66,7"])
         + cells("3", "Bóc lột sức lao động", ["2", "1", "50,0"]) + cells("4", "Bỏ rơi, sao nhãng", ["4", "5", "125,0"])
         + cells("", "Tổng cộng", ["36", "29", "80,6"]))

FIGS = [
    fig("có 612.540 trẻ em", "612.540", 612540, "count", "trẻ em", subject="trẻ em"),
    fig("9.845 trẻ em", "9.845", 9845, "count", "trẻ em", subject="trẻ em có hoàn cảnh đặc biệt"),
    fig("8.910 trẻ em", "8.910", 8910, "count", "trẻ em", total=9845, percent=90.5,
        subject="trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc"),
    fig("được 6,25 tỷ", "6,25", 6.25e9, "money", "đồng", status="estimate", percent=52.1,
        subject="kinh phí Quỹ Bảo trợ trẻ em các cấp vận động", period=H1s),
    fig("ra 29 vụ", "29", 29, "count", "vụ", change=chg("decrease", 19.4, "%", "cùng kỳ"),
        subject="vụ xâm hại trẻ em", period=H1),
    fig("31 trẻ em", "31", 31, "count", "trẻ em", subject="trẻ em bị xâm hại", period=H1),
    fig("khởi tố 24 vụ", "24", 24, "count", "vụ", subject="vụ cơ quan chức năng đã khởi tố", period=inh(H1)),
    fig("xét xử 15 vụ", "15", 15, "count", "vụ", subject="vụ đã xét xử", period=inh(H1)),
    fig("17 bị cáo", "17", 17, "count", "bị cáo", subject="bị cáo đã xét xử", period=inh(H1)),
    fig("100% trẻ em bị", "100", 100, "percent", "%",
        subject="trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", period=inh(H1)),
] + TABLE + [
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="số vụ xâm hại trẻ em", period=Y24),
    fig("100% xã", "100", 100, "percent", "%", status="target",
        subject="xã, phường, thị trấn có cộng tác viên bảo vệ trẻ em", period=END24),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐẮK LẮK', 'Số: 215/BC-UBND', 'Đắk Lắk, ngày 08 tháng 7 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số: 215/BC-UBND, the letterhead date, section numbers, 'Bảng 1' (twice), table row numbers 1-4 (TT column), 'Lưu: VT, KGVX'.",
    "612.540 and 9.845 stand side by side after ';' without a cue: no total. 'trong đó 8.910 trẻ em (đạt 90,5%)' → total 9.845, percent 90,5.",
    "'Ước 6 tháng' → estimate; 'bằng 52,1% kế hoạch năm' → percent. 'giảm 19,4% số vụ' names 'số vụ': the change belongs to 29 vụ, not to 31 trẻ em.",
    "Flattened '|' table, 'Đơn vị tính: vụ': count cells with period from '6 tháng 2023' / '6 tháng 2024' headers (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (a ratio to the same period, no change object); their period is the report's",
    "first half of 2024, which the column header does not state → inherited (not scored). Cells get no total; 'Tổng cộng' row is a figure too.",
    "Section II: 'Phấn đấu ...' governs both clauses (target). 'giảm ít nhất 10%' is a rate as the claim (percent, at_least).",
    "'đến cuối năm 2024' is an as-of target date: start null, end 2024-12-31.",
    "revised after the first run: table anchors start at '| <row label>' (the anchor '4 | Bỏ rơi, sao nhãng | 4' put the",
    "gold number on the row number 4 of the TT column, not on the 6-tháng-2023 cell).",
]

if __name__ == "__main__":
    write("p1351-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Đắk Lắk")

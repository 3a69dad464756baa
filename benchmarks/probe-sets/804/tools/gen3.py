"""p804-3: UBND tỉnh Thanh Hóa formal report on 2023 safety inspection, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THANH HÓA
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác kiểm định kỹ thuật an toàn lao động năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm định
Năm 2023, trên địa bàn tỉnh có 17 tổ chức kiểm định được Bộ Lao động - Thương binh và Xã hội cấp giấy chứng nhận đủ điều kiện hoạt động, tăng 2 tổ chức so với năm 2022. Kết quả kiểm định năm 2023 như sau:

Đơn vị tính: thiết bị
TT | Loại thiết bị | Số được kiểm định | Đạt yêu cầu | Không đạt
1 | Nồi hơi | 428 | 417 | 11
2 | Bình chịu áp lực | 2.916 | 2.871 | 45
3 | Thang máy | 734 | 729 | 5
4 | Thiết bị nâng | 2.358 | 2.310 | 48
 | Tổng cộng | 6.436 | 6.327 | 109

Tỷ lệ thiết bị đạt yêu cầu là 98,3%, cao hơn 0,6 điểm phần trăm so với năm 2022.

2. Công tác thanh tra, kiểm tra
Sở Lao động - Thương binh và Xã hội đã thanh tra, kiểm tra 94 cơ sở sử dụng thiết bị có yêu cầu nghiêm ngặt, phát hiện 312 tồn tại, vi phạm; xử phạt vi phạm hành chính 12 cơ sở với tổng số tiền 640 triệu đồng.

3. Tai nạn lao động
Năm 2023, toàn tỉnh xảy ra 14 vụ tai nạn lao động chết người, trong đó 2 vụ liên quan đến thiết bị có yêu cầu nghiêm ngặt (1 vụ nổ nồi hơi tại huyện Nông Cống, 1 vụ rơi vận thăng tại TP Thanh Hóa).

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu giảm ít nhất 5% số vụ tai nạn lao động chết người so với năm 2023.
2. Dự kiến kiểm định khoảng 7.000 thiết bị; kiểm tra tối thiểu 100 cơ sở sử dụng thiết bị có yêu cầu nghiêm ngặt.

Nơi nhận:
- Bộ Lao động - TB&XH;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23t = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24h = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Nồi hơi", "1 | Nồi hơi | ", ["428", "417", "11"]),
        ("Bình chịu áp lực", "2 | Bình chịu áp lực | ", ["2.916", "2.871", "45"]),
        ("Thang máy", "3 | Thang máy | ", ["734", "729", "5"]),
        ("Thiết bị nâng", "4 | Thiết bị nâng | ", ["2.358", "2.310", "48"]),
        ("Tổng cộng", " | Tổng cộng | ", ["6.436", "6.327", "109"])]
COLS = ["được kiểm định", "đạt yêu cầu", "không đạt"]


def table_figs():
    out = []
    for label, prefix, cells in ROWS:
        for j, cell in enumerate(cells):
            # anchor: the left neighbour cell (or the row label), the cell, and what follows it
            left = (label if j == 0 else cells[j - 1]) + " | "
            right = " |" if j < 2 else "\n"
            anchor = left + cell + right
            subj = f"{label} {COLS[j]}"  # row label + column label (FIGURES.md, Tables)
            val = float(cell.replace(".", ""))
            out.append(F(anchor, cell, val, "count", "thiết bị", subject=subj, period=Y23t))
    return out


FIGS = [
    F("có 17 tổ chức", "17", 17, "count", "tổ chức",
      change=C("increase", 2, "tổ chức", baseline="năm 2022"),
      subject="tổ chức kiểm định được cấp giấy chứng nhận đủ điều kiện hoạt động", period=Y23),
] + table_figs() + [
    F("là 98,3%", "98,3", 98.3, "percent", "%",
      change=C("increase", 0.6, "điểm phần trăm", baseline="năm 2022"),
      subject="tỷ lệ thiết bị đạt yêu cầu", period=Y23t),
    F("kiểm tra 94 cơ sở", "94", 94, "count", "cơ sở",
      subject="cơ sở sử dụng thiết bị có yêu cầu nghiêm ngặt được thanh tra, kiểm tra", period=Y23t),
    F("phát hiện 312 tồn tại", "312", 312, "count", "tồn tại, vi phạm",
      subject="tồn tại, vi phạm phát hiện qua thanh tra, kiểm tra", period=Y23t),
    F("hành chính 12 cơ sở", "12", 12, "count", "cơ sở",
      subject="cơ sở bị xử phạt vi phạm hành chính", period=Y23t),
    F("tiền 640 triệu đồng", "640", 640000000, "money", "đồng",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=Y23t),
    F("xảy ra 14 vụ", "14", 14, "count", "vụ",
      subject="vụ tai nạn lao động chết người", period=Y23),
    F("trong đó 2 vụ", "2", 2, "count", "vụ", total=14,
      subject="vụ tai nạn lao động chết người liên quan đến thiết bị có yêu cầu nghiêm ngặt", period=Y23),
    F("(1 vụ nổ nồi hơi", "1", 1, "count", "vụ", total=2,
      subject="vụ nổ nồi hơi", period=Y23, location="Nông Cống"),
    F(", 1 vụ rơi vận thăng", "1", 1, "count", "vụ", total=2,
      subject="vụ rơi vận thăng", period=Y23, location="Thanh Hóa"),
    F("giảm ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
      subject="số vụ tai nạn lao động chết người so với năm 2023", period=Y24h),
    F("khoảng 7.000 thiết bị", "7.000", 7000, "count", "thiết bị", approx="about", status="forecast",
      subject="thiết bị được kiểm định", period=Y24h),
    F("tối thiểu 100 cơ sở", "100", 100, "count", "cơ sở", approx="at_least", status="forecast",
      subject="cơ sở sử dụng thiết bị có yêu cầu nghiêm ngặt được kiểm tra", period=Y24h),
]

NOTES = [
    "Formal report (invented) of UBND tỉnh Thanh Hóa, Số: 27/BC-UBND, dated 15/01/2024: 2023 inspection results,",
    "flattened '|' table by equipment type (Đơn vị tính: thiết bị; columns Số được kiểm định / Đạt yêu cầu / Không đạt; Tổng cộng row).",
    "Table cells: every numeric cell a figure, subject = row label + column label, period from the line above the table (inherited),",
    "no totals on table cells (the Tổng cộng row is its own figure). Row numbers 1-4 and section numbers I., II., 1.-3. are not figures.",
    "revised after the first run: Tổng cộng row subjects use the row label ('Tổng cộng được kiểm định'), not 'tổng số thiết bị ...'.",
    "'trong đó 2 vụ' → total 14; the bracketed '(1 vụ ..., 1 vụ ...)' adds up to 2 → total 2, each with its place (Nông Cống, TP Thanh Hóa).",
    "'98,3%, cao hơn 0,6 điểm phần trăm so với năm 2022' → a level with a change in percentage points.",
    "Section II 'NHIỆM VỤ NĂM 2024' gives the period of the numbered tasks (inherited); 'Phấn đấu' → target, 'Dự kiến' → forecast.",
]

write("p804-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Thanh Hóa")

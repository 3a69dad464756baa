"""p1102-3: Quảng Ninh, formal report under a letterhead, flattened '|' table by locality."""
from lib import F, P, I, C, T, write

text = """UBND TỈNH QUẢNG NINH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn phòng cháy, chữa cháy đối với nhà chung cư cao tầng 6 tháng đầu năm 2024

Thực hiện Chỉ thị số 19/CT-TTg ngày 24/10/2023 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Tính đến 30/6/2024, toàn tỉnh có 63 nhà chung cư cao tầng. Trong 6 tháng đầu năm, các lực lượng chức năng đã kiểm tra 58/63 công trình, đạt 92,1%; kết quả cụ thể như sau:

Đơn vị tính: công trình
Địa phương | Tổng số chung cư | Đã kiểm tra | Có vi phạm | Đủ điều kiện PCCC
Hạ Long | 41 | 38 | 17 | 21
Cẩm Phả | 9 | 8 | 4 | 4
Uông Bí | 7 | 7 | 2 | 5
Móng Cái | 6 | 5 | 3 | 2
Tổng cộng | 63 | 58 | 26 | 32

2. Xử lý vi phạm
Đã xử phạt vi phạm hành chính 19 trường hợp, tổng số tiền 348 triệu đồng, giảm 12,4% so với cùng kỳ năm 2023; tạm đình chỉ 2 công trình do không bảo đảm điều kiện thoát nạn.

3. Thực tập phương án chữa cháy
Tổ chức 27 cuộc thực tập phương án chữa cháy tại chung cư với 3.850 lượt người tham gia, đạt 64,2% kế hoạch năm; huấn luyện nghiệp vụ cho 412 thành viên đội PCCC cơ sở; các chủ đầu tư trang bị bổ sung 1.260 bình chữa cháy và 85 mặt nạ lọc độc.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu kiểm tra 100% nhà chung cư cao tầng; dự kiến tổ chức thêm 15 cuộc thực tập phương án chữa cháy, nâng tổng số cả năm ước đạt 42 cuộc.

Nơi nhận:
- Bộ Công an (C07);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""

ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
LOC = "Quảng Ninh"

figs = [
    F("có 63 nhà chung cư", "63", 63, "count", "nhà chung cư", "nhà chung cư cao tầng", ASOF),
    F("kiểm tra 58/63 công trình", "58", 58, "count", "công trình", "nhà chung cư cao tầng đã được kiểm tra", H1,
      total=63, percent=92.1),
]
# table: columns and rows; cells are figures, unit from 'Đơn vị tính: công trình'; period from the lines above (inherited)
cols = ["Tổng số chung cư", "Đã kiểm tra", "Có vi phạm", "Đủ điều kiện PCCC"]
rows = [("Hạ Long", [41, 38, 17, 21], "Cẩm Phả"), ("Cẩm Phả", [9, 8, 4, 4], "Uông Bí"),
        ("Uông Bí", [7, 7, 2, 5], "Móng Cái"), ("Móng Cái", [6, 5, 3, 2], "Tổng cộng"),
        ("Tổng cộng", [63, 58, 26, 32], None)]
for place, cells, nxt in rows:
    loc = LOC if place == "Tổng cộng" else place
    for j, v in enumerate(cells):
        # the anchor starts at the cell and runs to the end of the row (+ the next line's start): the cell is then
        # the first whole occurrence of its number in the anchor, and the anchor is unique
        anchor = " | ".join(str(c) for c in cells[j:]) + "\n" + (nxt if nxt else "\n2. Xử")
        per = I(ASOF) if j == 0 else I(H1)
        subj = cols[j] if place != "Tổng cộng" else f"Tổng cộng {cols[j].lower()}"
        figs.append(F(anchor, str(v), v, "count", "công trình", subj, per, location=loc))

figs += [
    F("hành chính 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", I(H1)),
    F("tổng số tiền 348 triệu đồng", "348", 348e6, "money", "đồng", "tổng số tiền xử phạt", I(H1),
      change=C("decrease", 12.4, "%", "cùng kỳ năm 2023")),
    F("tạm đình chỉ 2 công trình", "2", 2, "count", "công trình", "công trình bị tạm đình chỉ do không bảo đảm điều kiện thoát nạn",
      I(H1)),
    F("Tổ chức 27 cuộc", "27", 27, "count", "cuộc", "cuộc thực tập phương án chữa cháy tại chung cư", I(H1)),
    F("với 3.850 lượt người", "3.850", 3850, "count", "lượt người", "lượt người tham gia thực tập phương án chữa cháy", I(H1),
      percent=64.2),
    F("cho 412 thành viên", "412", 412, "count", "thành viên", "thành viên đội PCCC cơ sở được huấn luyện nghiệp vụ", I(H1)),
    F("bổ sung 1.260 bình", "1.260", 1260, "count", "bình chữa cháy", "bình chữa cháy trang bị bổ sung", I(H1)),
    F("và 85 mặt nạ", "85", 85, "count", "mặt nạ lọc độc", "mặt nạ lọc độc trang bị bổ sung", I(H1)),
    F("kiểm tra 100% nhà", "100", 100, "percent", "%", "nhà chung cư cao tầng được kiểm tra", I(H2), status="target"),
    F("thêm 15 cuộc", "15", 15, "count", "cuộc", "cuộc thực tập phương án chữa cháy tổ chức thêm", I(H2), status="forecast"),
    F("ước đạt 42 cuộc", "42", 42, "count", "cuộc", "cuộc thực tập phương án chữa cháy cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="estimate"),
]

write("p1102-3", text, [
    "Formal report (UBND tỉnh Quảng Ninh, Số: 287/BC-UBND, 12/7/2024): PCCC inspection of high-rise apartments, H1/2024.",
    "Flattened '|' table with 'Đơn vị tính: công trình': every cell is a figure, unit công trình, subject = column label,",
    "row place -> location (Tổng cộng row -> Quảng Ninh); no totals on table cells; periods from the lines above (inherited).",
    "'Tổng số chung cư' column is the stock as of 30/6/2024; the other columns are H1 results. '6 tháng đầu năm' takes 2024.",
    "3.850 lượt người 'đạt 64,2% kế hoạch năm' -> percent 64.2. Section II heading gives the period of the targets (inherited);",
    "'nâng tổng số cả năm ước đạt 42 cuộc' has its own cue (estimate), period cả năm 2024.",
    "Distractors: Số: 287/BC-UBND, Chỉ thị số 19/CT-TTg ngày 24/10/2023, section numbers I./II./1./2./3., C07, dates.",
], figs, published="2024-07-12", location=LOC)

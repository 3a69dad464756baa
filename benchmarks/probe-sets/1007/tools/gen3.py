"""p1007-3: formal report (UBND tỉnh Lai Châu), allowances for village health workers and midwives, H1/2024; '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LAI CHÂU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Lai Châu, ngày 12 tháng 7 năm 2024
BÁO CÁO
Kết quả thực hiện chính sách đối với nhân viên y tế thôn, bản và cô đỡ thôn, bản 6 tháng đầu năm 2024
Thực hiện Công văn số 1854/BYT-BM-TE ngày 05/4/2024 của Bộ Y tế, UBND tỉnh báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN
1. Số lượng
Tính đến ngày 30/6/2024, toàn tỉnh có 1.108 thôn, bản; 1.096 nhân viên y tế thôn, bản và 214 cô đỡ thôn, bản đang hoạt động. Số liệu cụ thể theo từng huyện, thành phố tại bảng sau.
Đơn vị tính: người
Huyện, thành phố | Nhân viên y tế thôn, bản | Cô đỡ thôn, bản
Thành phố Lai Châu | 28 | 2
Tam Đường | 141 | 24
Phong Thổ | 177 | 35
Sìn Hồ | 265 | 47
Mường Tè | 146 | 41
Than Uyên | 132 | 19
Tân Uyên | 121 | 16
Nậm Nhùn | 86 | 30
Tổng cộng | 1.096 | 214
2. Chế độ phụ cấp
Trong 6 tháng đầu năm 2024, tỉnh đã chi trả phụ cấp cho nhân viên y tế thôn, bản và cô đỡ thôn, bản với tổng kinh phí 5,86 tỷ đồng, đạt 49,6% dự toán năm. Mức phụ cấp là 900.000 đồng/người/tháng ở thôn, bản đặc biệt khó khăn và 540.000 đồng/người/tháng ở các thôn, bản còn lại; riêng cô đỡ thôn, bản được hỗ trợ thêm 300.000 đồng/người/tháng theo Nghị quyết số 14/2022/NQ-HĐND.
3. Hoạt động chuyên môn
Nhân viên y tế thôn, bản đã tham gia quản lý 3.412 phụ nữ có thai; cô đỡ thôn, bản hỗ trợ 627 ca đẻ tại nhà, trong đó 12 ca được chuyển tuyến kịp thời. Tỷ lệ phụ nữ đẻ tại nhà là 17,4%, giảm 2,1 điểm phần trăm so với cùng kỳ năm 2023.
II. KHÓ KHĂN, NHIỆM VỤ
Còn 12 thôn, bản chưa có nhân viên y tế; khoảng 35% cô đỡ thôn, bản đã trên 50 tuổi. Phấn đấu đến năm 2025 đào tạo mới 60 cô đỡ thôn, bản."""

ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NV = "nhân viên y tế thôn, bản"
CD = "cô đỡ thôn, bản"
ROWS = [("Thành phố Lai Châu", "Lai Châu", "28", "2"), ("Tam Đường", None, "141", "24"),
        ("Phong Thổ", None, "177", "35"), ("Sìn Hồ", None, "265", "47"), ("Mường Tè", None, "146", "41"),
        ("Than Uyên", None, "132", "19"), ("Tân Uyên", None, "121", "16"), ("Nậm Nhùn", None, "86", "30")]

FIGS = [
    F("có 1.108 thôn, bản", "1.108", 1108, "count", "thôn, bản", "thôn, bản", ASOF),
    F("1.096 nhân viên", "1.096", 1096, "count", "nhân viên y tế thôn, bản", NV, ASOF),
    F("214 cô đỡ", "214", 214, "count", "cô đỡ thôn, bản", CD + " đang hoạt động", ASOF),
]
for label, loc, a, b in ROWS:
    FIGS.append(F(f"{label} | {a}", a, int(a), "count", "người", NV, I(ASOF), location=loc or label))
    FIGS.append(F(f"{label} | {a} | {b}", b, int(b), "count", "người", CD, I(ASOF), location=loc or label))
FIGS += [
    F("Tổng cộng | 1.096", "1.096", 1096, "count", "người", "tổng cộng " + NV, I(ASOF)),
    F("| 1.096 | 214", "214", 214, "count", "người", "tổng cộng " + CD, I(ASOF)),
    F("kinh phí 5,86 tỷ đồng", "5,86", 5.86e9, "money", "đồng",
      "tổng kinh phí chi trả phụ cấp cho nhân viên y tế thôn, bản và cô đỡ thôn, bản", H1, percent=49.6),
    F("là 900.000 đồng/người/tháng", "900.000", 900000, "money", "đồng/người/tháng",
      "mức phụ cấp ở thôn, bản đặc biệt khó khăn", I(H1)),
    F("và 540.000 đồng/người/tháng", "540.000", 540000, "money", "đồng/người/tháng",
      "mức phụ cấp ở các thôn, bản còn lại", I(H1)),
    F("thêm 300.000 đồng/người/tháng", "300.000", 300000, "money", "đồng/người/tháng",
      "hỗ trợ thêm cho cô đỡ thôn, bản", I(H1)),
    F("quản lý 3.412 phụ nữ", "3.412", 3412, "count", "phụ nữ có thai", "phụ nữ có thai được quản lý", I(H1)),
    F("hỗ trợ 627 ca", "627", 627, "count", "ca", "ca đẻ tại nhà được cô đỡ thôn, bản hỗ trợ", I(H1)),
    F("trong đó 12 ca", "12", 12, "count", "ca", "ca được chuyển tuyến kịp thời", I(H1), total=627),
    F("tại nhà là 17,4%", "17,4", 17.4, "percent", "%", "tỷ lệ phụ nữ đẻ tại nhà", I(H1),
      change=C("decrease", 2.1, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("Còn 12 thôn", "12", 12, "count", "thôn, bản", "thôn, bản chưa có nhân viên y tế", I(ASOF)),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ cô đỡ thôn, bản đã trên 50 tuổi", I(ASOF), approx="about"),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", "tuổi của cô đỡ thôn, bản", approx="over", optional=True),
    F("mới 60 cô đỡ", "60", 60, "count", "cô đỡ thôn, bản", "cô đỡ thôn, bản đào tạo mới",
      P("đến năm 2025", end="2025-12-31"), status="target"),
]

NOTES = [
    "p1007-3: formal report UBND tỉnh Lai Châu 'Số: 287/BC-UBND', 'Lai Châu, ngày 12 tháng 7 năm 2024' (published).",
    "Flattened '|' table with 'Đơn vị tính: người': each cell a figure, district row label → location (Thành phố Lai Châu → Lai Châu),",
    "column label → subject; period from the as-of line above the table (inherited). The Tổng cộng row is a figure of its own; cells get no totals.",
    "Not figures: Số 287/BC-UBND, Công văn số 1854/BYT-BM-TE ngày 05/4/2024, Nghị quyết số 14/2022/NQ-HĐND, section numbers I./II./1.-3.",
    "'5,86 tỷ đồng, đạt 49,6% dự toán năm' → percent 49.6 (a share of the plan, not a target value).",
    "revised after the first run: the subject of 5,86 tỷ now names the beneficiaries the sentence states (was 'kinh phí chi trả phụ cấp').",
    "Sections 2-3 inherit '6 tháng đầu năm 2024' from the first sentence of section 2. 'Còn 12 thôn' / 'khoảng 35%' (section II) describe the",
    "state at the report's as-of date (1.108 - 1.096 = 12): inherited 'Tính đến ngày 30/6/2024'. The table is introduced by a sentence with no whole.",
    "'trên 50 tuổi' is an age threshold of a category: optional. 'Phấn đấu đến năm 2025' → target with as-of end 2025-12-31.",
]

write(3, TEXT, NOTES, FIGS, published="2024-07-12", location="Lai Châu")

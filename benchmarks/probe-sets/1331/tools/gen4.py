"""p1331-4: formal report (UBND tỉnh Hải Dương, Số: 187/BC-UBND): social housing 6 months 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển nhà ở xã hội 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Tính đến ngày 30/6/2024, toàn tỉnh có 14 dự án nhà ở xã hội, trong đó 6 dự án đã hoàn thành với 4.294 căn hộ, đáp ứng chỗ ở cho khoảng 13.000 người. 6 tháng đầu năm 2024, Sở Xây dựng đã thẩm định 1.284 hồ sơ mua, thuê mua nhà ở xã hội, tăng 17,4% so với cùng kỳ; trong đó 1.137 hồ sơ đủ điều kiện, đạt 88,6%.

2. Kết quả theo địa phương
Đơn vị tính: căn
Địa phương | Đã hoàn thành đến 30/6/2024 | Đang triển khai | Kế hoạch 2025
TP Hải Dương | 2.846 | 3.120 | 1.500
TP Chí Linh | 412 | 980 | 600
Thị xã Kinh Môn | 215 | 1.250 | 400
Huyện Cẩm Giàng | 821 | 2.400 | 900
Tổng cộng | 4.294 | 7.750 | 3.400

3. Nguồn vốn
Đến nay, Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã cho 215 hộ gia đình, cá nhân vay mua nhà ở xã hội với tổng dư nợ 118,4 tỷ đồng; 2 dự án được ngân hàng thương mại cam kết cho vay với tổng hạn mức 760 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu hoàn thành thêm 2 dự án với khoảng 1.450 căn; khởi công mới ít nhất 3 dự án.

Nơi nhận:
- Bộ Xây dựng (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Quang
"""

ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
DONE = per("Đã hoàn thành đến 30/6/2024", None, "2024-06-30")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
NOW = per("Đến nay", None, "2024-07-12")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

COLS = ["Đã hoàn thành đến 30/6/2024", "Đang triển khai", "Kế hoạch 2025"]
SUBJ = {COLS[0]: "căn hộ nhà ở xã hội đã hoàn thành", COLS[1]: "căn hộ nhà ở xã hội đang triển khai",
        COLS[2]: "căn hộ nhà ở xã hội kế hoạch 2025"}
PER = {COLS[0]: DONE, COLS[1]: None, COLS[2]: K25}
ROWS = [("TP Hải Dương", "Hải Dương", ["2.846", "3.120", "1.500"]),
        ("TP Chí Linh", "Chí Linh", ["412", "980", "600"]),
        ("Thị xã Kinh Môn", "Kinh Môn", ["215", "1.250", "400"]),
        ("Huyện Cẩm Giàng", "Cẩm Giàng", ["821", "2.400", "900"]),
        ("Tổng cộng", "Hải Dương", ["4.294", "7.750", "3.400"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        subj = SUBJ[col] if label != "Tổng cộng" else "tổng cộng " + SUBJ[col]
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "căn", subject=subj,
                         period=PER[col], location=place, **kw))
        prev = n

FIGS = [
    fig("có 14 dự án", "14", 14, "count", "dự án", subject="dự án nhà ở xã hội", period=ASOF),
    fig("trong đó 6 dự án", "6", 6, "count", "dự án", total=14, subject="dự án đã hoàn thành", period=ASOF),
    fig("với 4.294 căn hộ", "4.294", 4294, "count", "căn hộ", subject="căn hộ các dự án đã hoàn thành",
        period=ASOF),
    fig("khoảng 13.000 người", "13.000", 13000, "count", "người", approx="about",
        subject="người được đáp ứng chỗ ở", period=ASOF),
    fig("thẩm định 1.284 hồ sơ", "1.284", 1284, "count", "hồ sơ",
        change=chg("increase", 17.4, "%", "cùng kỳ"),
        subject="hồ sơ mua, thuê mua nhà ở xã hội Sở Xây dựng đã thẩm định", period=H1),
    fig("trong đó 1.137 hồ sơ", "1.137", 1137, "count", "hồ sơ", total=1284, percent=88.6,
        subject="hồ sơ đủ điều kiện", period=H1),
] + CELLS + [
    fig("cho 215 hộ", "215", 215, "count", "hộ gia đình, cá nhân",
        subject="hộ gia đình, cá nhân vay mua nhà ở xã hội", period=NOW),
    fig("dư nợ 118,4 tỷ", "118,4", 118.4e9, "money", "đồng", subject="tổng dư nợ cho vay mua nhà ở xã hội",
        period=NOW),
    fig("; 2 dự án", "2", 2, "count", "dự án", subject="dự án được ngân hàng thương mại cam kết cho vay",
        period=NOW),
    fig("hạn mức 760 tỷ", "760", 760e9, "money", "đồng", subject="tổng hạn mức cam kết cho vay", period=NOW),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", status="target", subject="dự án hoàn thành thêm", period=H2),
    fig("khoảng 1.450 căn", "1.450", 1450, "count", "căn", approx="about", status="target",
        subject="căn hộ hoàn thành thêm", period=H2),
    fig("ít nhất 3 dự án", "3", 3, "count", "dự án", approx="at_least", status="target",
        subject="dự án khởi công mới", period=H2),
]

NOTES = [
    "Formal report (UBND tỉnh Hải Dương, Số: 187/BC-UBND, 'Hải Dương, ngày 12 tháng 7 năm 2024'), sections I/II, 1-3, Nơi nhận, signature.",
    "Distractors: 'Số: 187/BC-UBND', the letterhead date, title '6 tháng đầu năm 2024', section numbers I., II., 1.-3.,",
    "'Lưu: VT, KTN', the name column, column header dates ('đến 30/6/2024'), heading '6 THÁNG CUỐI NĂM 2024'.",
    "Flattened '|' table, 'Đơn vị tính: căn', rows are localities (-> location), 'Tổng cộng' row -> province;",
    "subject = indicator + column; 'Đã hoàn thành đến 30/6/2024' gives an as-of end date, 'Đang triển khai' no period,",
    "'Kế hoạch 2025' gives 2025 and status target. Table cells get no total.",
    "'Đến nay' in a report dated 12/7/2024 -> as-of the report date (start null, end 2024-07-12).",
    "Section II 'Phấn đấu ...' takes the heading's period '6 THÁNG CUỐI NĂM 2024' (another sentence: inherited) and status target.",
]

if __name__ == "__main__":
    write("p1331-4", TEXT, NOTES, FIGS, published="2024-07-12", location="Hải Dương")

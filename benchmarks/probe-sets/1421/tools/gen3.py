"""p1421-3: formal report (UBND tỉnh Hà Tĩnh, Số: 48/BC-UBND): newborn screening 2023, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 48/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 25 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện sàng lọc trước sinh và sơ sinh năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Sàng lọc sơ sinh
Năm 2023, toàn tỉnh có 16.284 trẻ sơ sinh được sàng lọc, đạt 101,8% kế hoạch, chiếm 78,6% số trẻ sinh ra trong năm; số trẻ được sàng lọc thính lực là 11.930 trẻ, tăng 1.415 trẻ so với năm 2022.

2. Kết quả sàng lọc sơ sinh theo địa phương
Đơn vị tính: trẻ
Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
Thành phố Hà Tĩnh | 1.986 | 2.154 | 2.200
Thị xã Hồng Lĩnh | 712 | 768 | 800
Huyện Cẩm Xuyên | 1.845 | 2.031 | 2.100
Các huyện, thị xã còn lại | 10.207 | 11.331 | 12.400
Tổng cộng | 14.750 | 16.284 | 17.500

3. Phát hiện và điều trị
Qua sàng lọc, đã phát hiện 396 trẻ nguy cơ cao (trong đó 352 trẻ thiếu men G6PD, 29 trẻ suy giáp trạng bẩm sinh, 15 trẻ tăng sản thượng thận bẩm sinh); 34 trẻ nghi ngờ nghe kém bẩm sinh, trong đó 7 trẻ được chẩn đoán xác định và 2 trẻ đã được cấy ốc tai điện tử.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 có 80% trẻ sơ sinh được sàng lọc ít nhất 2 bệnh, 60% trẻ sơ sinh được sàng lọc thính lực; bố trí kinh phí khoảng 2,35 tỷ đồng từ ngân sách tỉnh để hỗ trợ sàng lọc cho trẻ thuộc hộ nghèo, cận nghèo và trẻ là người dân tộc thiểu số.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Khánh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]

ROWS = [("Thành phố Hà Tĩnh", "Hà Tĩnh", None, ["1.986", "2.154", "2.200"]),
        ("Thị xã Hồng Lĩnh", "Hồng Lĩnh", None, ["712", "768", "800"]),
        ("Huyện Cẩm Xuyên", "Cẩm Xuyên", None, ["1.845", "2.031", "2.100"]),
        ("Các huyện, thị xã còn lại", "Hà Tĩnh", "các huyện, thị xã còn lại", ["10.207", "11.331", "12.400"]),
        ("Tổng cộng", "Hà Tĩnh", "tổng cộng", ["14.750", "16.284", "17.500"])]

CELLS = []
for label, loc, rowsubj, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        subj = "trẻ sơ sinh được sàng lọc " + (rowsubj + " " if rowsubj else "") + col
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "trẻ",
                         subject=subj, period=p, location=loc, **kw))
        prev = n

FIGS = [
    fig("có 16.284 trẻ", "16.284", 16284, "count", "trẻ", percent=101.8,
        subject="trẻ sơ sinh được sàng lọc", period=Y23),
    fig("chiếm 78,6%", "78,6", 78.6, "percent", "%",
        subject="trẻ sơ sinh được sàng lọc trên số trẻ sinh ra trong năm", period=Y23, optional=True),
    fig("là 11.930 trẻ", "11.930", 11930, "count", "trẻ",
        change=chg("increase", 1415, "trẻ", "năm 2022"),
        subject="số trẻ được sàng lọc thính lực", period=Y23),
] + CELLS + [
    fig("phát hiện 396 trẻ", "396", 396, "count", "trẻ", subject="trẻ nguy cơ cao", period=inh(Y23)),
    fig("trong đó 352 trẻ", "352", 352, "count", "trẻ", total=396, subject="trẻ thiếu men G6PD",
        period=inh(Y23)),
    fig("29 trẻ suy giáp", "29", 29, "count", "trẻ", total=396, subject="trẻ suy giáp trạng bẩm sinh",
        period=inh(Y23)),
    fig("15 trẻ tăng sản", "15", 15, "count", "trẻ", total=396, subject="trẻ tăng sản thượng thận bẩm sinh",
        period=inh(Y23)),
    fig("; 34 trẻ", "34", 34, "count", "trẻ", subject="trẻ nghi ngờ nghe kém bẩm sinh", period=inh(Y23)),
    fig("trong đó 7 trẻ", "7", 7, "count", "trẻ", total=34, subject="trẻ được chẩn đoán xác định",
        period=inh(Y23)),
    fig("và 2 trẻ", "2", 2, "count", "trẻ", total=34, subject="trẻ đã được cấy ốc tai điện tử",
        period=inh(Y23)),
    fig("có 80% trẻ", "80", 80, "percent", "%", status="target",
        subject="trẻ sơ sinh được sàng lọc ít nhất 2 bệnh", period=Y24),
    fig("ít nhất 2 bệnh", "2", 2, "count", "bệnh", approx="at_least", status="target",
        subject="bệnh được sàng lọc", period=Y24, optional=True),
    fig("60% trẻ", "60", 60, "percent", "%", status="target",
        subject="trẻ sơ sinh được sàng lọc thính lực", period=Y24),
    fig("khoảng 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", approx="about", status="target",
        subject="kinh phí từ ngân sách tỉnh để hỗ trợ sàng lọc", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Hà Tĩnh): 'Số: 48/BC-UBND', 'Hà Tĩnh, ngày 25 tháng 01 năm 2024', sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: 48/BC-UBND, the letterhead date, section numbers I, II, 1., 2., 3., 'b/c', 'Lưu: VT, VX', 'năm 2023' in the title.",
    "'đạt 101,8% kế hoạch, chiếm 78,6% ...': two shares of one figure: the first is the percent attribute, the second a percent",
    "figure of its own, optional (spec §3, one attribute of each kind).",
    "'tăng 1.415 trẻ so với năm 2022' → change in trẻ. The ';' clause stays in the 'Năm 2023' sentence, so its period is scored.",
    "Flattened '|' table, 'Đơn vị tính: trẻ'; place rows → location (Hà Tĩnh city is 'Hà Tĩnh'); subject = indicator + column;",
    "'Các huyện, thị xã còn lại' and 'Tổng cộng' rows are located in the province; 'Kế hoạch 2024' → target. Cells take no total.",
    "Section 3: bracketed breakdown after 396 adds up (352 + 29 + 15): total 396; '7 trẻ' and '2 trẻ' after 'trong đó' follow 34.",
    "Section II 'Phấn đấu năm 2024 ...; bố trí kinh phí khoảng 2,35 tỷ đồng' → target (task section, continuing clause).",
    "'ít nhất 2 bệnh' (scope inside the 80% target) optional.",
]

if __name__ == "__main__":
    write("p1421-3", TEXT, NOTES, FIGS, published="2024-01-25", location="Hà Tĩnh")

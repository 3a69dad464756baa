"""p1435-3: formal report (UBND tỉnh Quảng Ninh, Số: 18/BC-UBND): tattoo parlours 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý hoạt động xăm hình, phun xăm thẩm mỹ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Tính đến ngày 31/12/2024, toàn tỉnh có 438 cơ sở hoạt động xăm hình, phun xăm thẩm mỹ, tăng 52 cơ sở so với năm 2023, gồm 305 hộ kinh doanh cá thể và 133 doanh nghiệp, cơ sở thẩm mỹ. Số cơ sở đã được cấp giấy phép là 174 cơ sở, đạt 39,7%.

2. Kết quả kiểm tra theo địa phương
Đơn vị tính: cơ sở
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Hạ Long | 142 | 168 | 180
TP Cẩm Phả | 37 | 45 | 50
TP Móng Cái | 29 | 34 | 40
Các địa phương khác | 48 | 61 | 70
Tổng cộng | 256 | 308 | 340

3. Xử lý vi phạm
Năm 2024, qua kiểm tra phát hiện 53 cơ sở vi phạm, xử phạt vi phạm hành chính 1,26 tỷ đồng, tăng 21% so với năm 2023; đình chỉ hoạt động có thời hạn 11 cơ sở. Bệnh viện Da liễu tỉnh tiếp nhận 27 ca biến chứng sau xăm (nhiễm trùng, dị ứng mực xăm, sẹo lồi), gấp 1,5 lần năm trước.

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% cơ sở xăm hình được kiểm tra ít nhất 1 lần/năm; nâng tỷ lệ cơ sở có giấy phép lên trên 60%; tiếp tục thực hiện Nghị định số 117/2020/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực y tế.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX3.
"""

ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": per("Năm 2024", "2024-01-01", "2024-12-31"),
        "Kế hoạch 2025": per("Kế hoạch 2025", "2025-01-01", "2025-12-31")}
ROWS = [("TP Hạ Long", "Hạ Long", ["142", "168", "180"]),
        ("TP Cẩm Phả", "Cẩm Phả", ["37", "45", "50"]),
        ("TP Móng Cái", "Móng Cái", ["29", "34", "40"]),
        ("Các địa phương khác", None, ["48", "61", "70"]),
        ("Tổng cộng", None, ["256", "308", "340"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        if place:
            kw["location"] = place
        extra = "" if place else f" {label.lower()}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "cơ sở",
                         subject=f"cơ sở được kiểm tra{extra} {col.lower()}", period=COLS[col], **kw))
        prev = n

FIGS = [
    fig("có 438 cơ sở", "438", 438, "count", "cơ sở", change=chg("increase", 52, "cơ sở", "năm 2023"),
        subject="cơ sở hoạt động xăm hình, phun xăm thẩm mỹ", period=ASOF),
    fig("gồm 305 hộ", "305", 305, "count", "hộ kinh doanh cá thể", total=438,
        subject="hộ kinh doanh cá thể hoạt động xăm hình, phun xăm thẩm mỹ", period=ASOF),
    fig("và 133 doanh nghiệp", "133", 133, "count", "doanh nghiệp, cơ sở thẩm mỹ", total=438,
        subject="doanh nghiệp, cơ sở thẩm mỹ hoạt động xăm hình, phun xăm thẩm mỹ", period=ASOF),
    fig("là 174 cơ sở", "174", 174, "count", "cơ sở", percent=39.7,
        subject="cơ sở đã được cấp giấy phép", period=inh(ASOF)),
] + CELLS + [
    fig("phát hiện 53 cơ sở", "53", 53, "count", "cơ sở", subject="cơ sở vi phạm", period=Y24),
    fig("hành chính 1,26 tỷ", "1,26", 1.26e9, "money", "đồng",
        change=chg("increase", 21, "%", "năm 2023"), subject="tiền xử phạt vi phạm hành chính", period=Y24),
    fig("thời hạn 11 cơ sở", "11", 11, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động có thời hạn", period=Y24),
    fig("nhận 27 ca", "27", 27, "count", "ca", change=chg("increase", 1.5, "lần", "năm trước"),
        subject="ca biến chứng sau xăm Bệnh viện Da liễu tỉnh tiếp nhận", period=inh(Y24)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cơ sở xăm hình được kiểm tra", period=Y25),
    fig("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", status="target",
        subject="tần suất kiểm tra cơ sở xăm hình", optional=True),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", status="target",
        subject="tỷ lệ cơ sở có giấy phép", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ninh, Số: 18/BC-UBND, 'Quảng Ninh, ngày 10 tháng 01 năm 2025'): tattoo parlours in 2024.",
    "Distractors: Số: 18/BC-UBND, letterhead date, section numbers I./II./1.-3., Nghị định số 117/2020/NĐ-CP, 'Lưu: VT, VX3', '(b/c)'.",
    "'gồm 305 ... và 133 ...' after 438 (305 + 133 = 438): total 438, as-of period in the same sentence.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở': 15 cells; a city row label is the location, the column gives the period,",
    "'Kế hoạch 2025' gives status target. 'Các địa phương khác' and 'Tổng cộng' rows stay Quảng Ninh. Table cells get no total.",
    "27 ca: 'gấp 1,5 lần năm trước' is a change of 1.5 lần. Section II ('NHIỆM VỤ NĂM 2025', 'Phấn đấu ...;') → target, period inherited.",
    "'ít nhất 1 lần/năm' is a norm of frequency: optional.",
]

if __name__ == "__main__":
    write("p1435-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Quảng Ninh")

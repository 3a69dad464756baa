"""p1471-3: formal report (UBND tỉnh Quảng Ngãi, Số: 187/BC-UBND): support for solar water heaters 2023, '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả hỗ trợ lắp đặt máy nước nóng năng lượng mặt trời năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Năm 2023, toàn tỉnh hỗ trợ lắp đặt 1.845 bộ máy nước nóng năng lượng mặt trời cho hộ gia đình, đạt 102,5% kế hoạch, tăng 23% so với năm 2022; tổng kinh phí hỗ trợ 2,77 tỷ đồng, trong đó ngân sách tỉnh 1,85 tỷ đồng, còn lại do doanh nghiệp cung ứng đóng góp. Ước tính lượng điện tiết kiệm khoảng 1,1 triệu kWh/năm.

2. Kết quả theo địa phương
Đơn vị tính: bộ
Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
TP Quảng Ngãi | 512 | 634 | 700
Huyện Bình Sơn | 356 | 421 | 450
Huyện Tư Nghĩa | 287 | 365 | 400
Thị xã Đức Phổ | 345 | 425 | 450
Tổng cộng | 1.500 | 1.845 | 2.000

3. Đánh giá
Các doanh nghiệp cung ứng bảo hành miễn phí 5 năm. Trong số 60 bộ được kiểm tra ngẫu nhiên, có 57 bộ vận hành ổn định (đạt 95%). Còn 3 huyện miền núi chưa triển khai do giá thành cao, bình quân 8,2 triệu đồng/bộ.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu hỗ trợ lắp đặt 2.000 bộ, mở rộng thêm ít nhất 2 huyện miền núi; dự kiến kinh phí khoảng 3 tỷ đồng.

Nơi nhận:
- Bộ Công Thương (b/c);
- Sở Công Thương;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", Y22, None), ("Năm 2023", Y23, None), ("Kế hoạch 2024", K24, "target")]
SUBJ = "máy nước nóng năng lượng mặt trời hỗ trợ lắp đặt"


def read(n):
    return float(n.replace(".", ""))


ROWS = [("TP Quảng Ngãi", "Quảng Ngãi", ["512", "634", "700"]),
        ("Huyện Bình Sơn", "Bình Sơn", ["356", "421", "450"]),
        ("Huyện Tư Nghĩa", "Tư Nghĩa", ["287", "365", "400"]),
        ("Thị xã Đức Phổ", "Đức Phổ", ["345", "425", "450"]),
        ("Tổng cộng", "Quảng Ngãi", ["1.500", "1.845", "2.000"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label.split()[-1]
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        # revised after the first run: the spec makes a cell's subject its row and column labels, and a place
        # label goes to location, so a place row leaves the column label alone (was: indicator + column label).
        subj = col if label != "Tổng cộng" else f"Tổng cộng {col.lower()}"
        CELLS.append(fig(f"{prev} | {n}", n, read(n), "count", "bộ", subject=subj, period=p,
                         location=place, **kw))
        prev = n

FIGS = [
    fig("lắp đặt 1.845 bộ", "1.845", 1845, "count", "bộ", percent=102.5,
        change=chg("increase", 23, "%", "năm 2022"),
        subject="bộ máy nước nóng năng lượng mặt trời hỗ trợ lắp đặt cho hộ gia đình", period=Y23),
    fig("hỗ trợ 2,77 tỷ", "2,77", 2.77e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=Y23),
    fig("tỉnh 1,85 tỷ", "1,85", 1.85e9, "money", "đồng", total=2.77e9, subject="ngân sách tỉnh",
        period=Y23),
    fig("khoảng 1,1 triệu kWh/năm", "1,1", 1.1e6, "measure", "kWh/năm", approx="about",
        status="estimate", subject="lượng điện tiết kiệm"),
] + CELLS + [
    fig("miễn phí 5 năm", "5", 5, "measure", "năm", subject="thời gian bảo hành miễn phí", optional=True),
    fig("Trong số 60 bộ", "60", 60, "count", "bộ", subject="bộ được kiểm tra ngẫu nhiên"),
    fig("có 57 bộ", "57", 57, "count", "bộ", total=60, percent=95, subject="bộ vận hành ổn định"),
    fig("Còn 3 huyện", "3", 3, "count", "huyện", subject="huyện miền núi chưa triển khai"),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/bộ", subject="giá thành bình quân"),
    fig("lắp đặt 2.000 bộ", "2.000", 2000, "count", "bộ", status="target",
        subject="bộ máy nước nóng năng lượng mặt trời hỗ trợ lắp đặt", period=Y24),
    fig("ít nhất 2 huyện", "2", 2, "count", "huyện", approx="at_least", status="target",
        subject="huyện miền núi mở rộng thêm", period=Y24),
    fig("khoảng 3 tỷ", "3", 3e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ngãi, 'Số: 187/BC-UBND', 'Quảng Ngãi, ngày 15 tháng 01 năm 2024', sections I/II, 'Nơi nhận', signature block).",
    "Distractors: 187/BC-UBND, the letterhead date, section numbers 'I.', 'II.', '1.'-'3.', the year in the title and headings, 'Lưu: VT, KTN.'",
    "Whole 1.845 bộ: 'đạt 102,5% kế hoạch' is its percent, 'tăng 23% so với năm 2022' its change.",
    "'tổng kinh phí ... 2,77 tỷ đồng, trong đó ngân sách tỉnh 1,85 tỷ đồng' → total 2,77 tỷ.",
    "'Ước tính lượng điện tiết kiệm khoảng 1,1 triệu kWh/năm' → estimate, about; a yearly rate with no stated period.",
    "Flattened '|' table, 'Đơn vị tính: bộ'; the row label is a place → location (TP Quảng Ngãi → Quảng Ngãi, 'Tổng cộng' → province);",
    "subject = the row and column labels (FIGURES.md, Tables): a place row leaves the column label alone ('Năm 2022'), the",
    "'Tổng cộng' row gives 'Tổng cộng năm 2022'; period from the column header (scored); 'Kế hoạch 2024' → target; cells get no total.",
    "revised after the first run: the 15 cell subjects were 'máy nước nóng năng lượng mặt trời hỗ trợ lắp đặt' + column label,",
    "an indicator taken from the report title, which the table's labels do not give.",
    "'bảo hành miễn phí 5 năm' is a warranty term: a duration a reader may or may not count → optional.",
    "'Trong số 60 bộ ..., có 57 bộ ... (đạt 95%)' → total 60, percent 95.",
    "Section II: 'Năm 2024, phấn đấu ...' governs the continuing clause ('mở rộng thêm ít nhất 2 huyện'); 'dự kiến kinh phí' → forecast.",
]

if __name__ == "__main__":
    write("p1471-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Quảng Ngãi")

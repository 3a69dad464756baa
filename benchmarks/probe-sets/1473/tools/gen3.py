"""p1473-3: formal report (UBND tỉnh Hà Nam, Số: 19/BC-UBND): support for industrial sewing machines 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ NAM
Số: 19/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả hỗ trợ máy may công nghiệp cho cơ sở may gia công nông thôn năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Kết quả chung
Thực hiện Quyết định số 1326/QĐ-UBND ngày 12/6/2022 của UBND tỉnh, năm 2023 toàn tỉnh đã hỗ trợ 560 máy may công nghiệp, đạt 112% kế hoạch, cho 87 cơ sở may gia công; tổng kinh phí 3,36 tỷ đồng, trong đó ngân sách tỉnh 2,1 tỷ đồng, vốn đối ứng của cơ sở 1,26 tỷ đồng. Mức hỗ trợ bình quân 6 triệu đồng/máy, không quá 50% giá trị máy.

2. Số máy may được hỗ trợ theo địa phương
Đơn vị tính: máy
Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
Huyện Kim Bảng | 86 | 104 | 120
Huyện Thanh Liêm | 72 | 95 | 110
Huyện Lý Nhân | 140 | 168 | 180
Huyện Bình Lục | 118 | 131 | 150
Thị xã Duy Tiên | 54 | 62 | 70
Tổng cộng | 470 | 560 | 630

3. Sửa chữa, bảo dưỡng
Các cơ sở được hỗ trợ đã ký hợp đồng bảo dưỡng với 14 đại lý, cửa hàng sửa chữa máy may trong tỉnh. Năm 2023, các đại lý thực hiện khoảng 2.600 lượt sửa chữa; thời gian khắc phục sự cố bình quân dưới 24 giờ.

II. NHIỆM VỤ NĂM 2024
Năm 2024, phấn đấu hỗ trợ 630 máy may công nghiệp, tăng 12,5% so với năm 2023; tạo việc làm mới cho khoảng 900 lao động nông thôn với thu nhập từ 6,5 triệu đồng/người/tháng trở lên.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CT.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Huyện Kim Bảng", "Kim Bảng", ["86", "104", "120"]),
        ("Huyện Thanh Liêm", "Thanh Liêm", ["72", "95", "110"]),
        ("Huyện Lý Nhân", "Lý Nhân", ["140", "168", "180"]),
        ("Huyện Bình Lục", "Bình Lục", ["118", "131", "150"]),
        ("Thị xã Duy Tiên", "Duy Tiên", ["54", "62", "70"]),
        ("Tổng cộng", None, ["470", "560", "630"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"số máy may được hỗ trợ {col}"
        else:
            subj = f"số máy may được hỗ trợ tổng cộng {col}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "máy", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("hỗ trợ 560 máy", "560", 560, "count", "máy may", percent=112,
        subject="máy may công nghiệp toàn tỉnh đã hỗ trợ", period=Y23),
    fig("cho 87 cơ sở", "87", 87, "count", "cơ sở", subject="cơ sở may gia công được hỗ trợ máy may", period=Y23),
    fig("kinh phí 3,36 tỷ", "3,36", 3.36e9, "money", "đồng", subject="tổng kinh phí hỗ trợ máy may", period=Y23),
    fig("ngân sách tỉnh 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", total=3.36e9,
        subject="ngân sách tỉnh", period=Y23),
    fig("sở 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", total=3.36e9,
        subject="vốn đối ứng của cơ sở", period=Y23),
    fig("bình quân 6 triệu", "6", 6e6, "money", "đồng/máy", subject="mức hỗ trợ bình quân", period=inh(Y23)),
    fig("không quá 50%", "50", 50, "percent", "%", approx="at_most", subject="mức hỗ trợ so với giá trị máy"),
] + CELLS + [
    fig("với 14 đại lý", "14", 14, "count", "đại lý",
        subject="đại lý, cửa hàng sửa chữa máy may ký hợp đồng bảo dưỡng với các cơ sở được hỗ trợ"),
    fig("khoảng 2.600 lượt", "2.600", 2600, "count", "lượt", approx="about",
        subject="lượt sửa chữa các đại lý thực hiện", period=Y23b),
    fig("dưới 24 giờ", "24", 24, "measure", "giờ", approx="under",
        subject="thời gian khắc phục sự cố bình quân", period=Y23b),
    fig("hỗ trợ 630 máy", "630", 630, "count", "máy may", status="target",
        change=chg("increase", 12.5, "%", "năm 2023"), subject="máy may công nghiệp hỗ trợ", period=Y24),
    fig("khoảng 900 lao động", "900", 900, "count", "lao động", approx="about", status="target",
        subject="lao động nông thôn được tạo việc làm mới", period=Y24),
    fig("từ 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", approx="at_least", status="target",
        subject="thu nhập của lao động nông thôn", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ NAM', 'Số: 19/BC-UBND', 'Hà Nam, ngày 18 tháng 01 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 19/BC-UBND, Quyết định số 1326/QĐ-UBND ngày 12/6/2022, section numbers, 'Lưu: VT, CT', the letterhead date.",
    "'đạt 112% kế hoạch' stands right after 560 máy: its percent. 2,1 tỷ and 1,26 tỷ after 'trong đó' take the whole 3,36 tỷ.",
    "'Mức hỗ trợ bình quân 6 triệu đồng/máy' is the 2023 average (3,36 tỷ / 560): period inherited. 'không quá 50% giá trị máy' is",
    "the policy cap: a percent figure of its own (no đạt/chiếm/bằng cue), at_most, no period.",
    "Flattened '|' table, 'Đơn vị tính: máy': rows are districts (location), subject = caption + column; 'Kế hoạch 2024' → target;",
    "period from the column; table cells get no total. 'Tổng cộng' row → Hà Nam.",
    "Section II: 'Năm 2024, phấn đấu' → target for the three figures of the sentence; '12,5% so với năm 2023' is the change of 630.",
]

if __name__ == "__main__":
    write("p1473-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Hà Nam")

"""p1524-7: department site (Trung tâm Khuyến công Thái Bình), no dateline, one-cell-per-line table by product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THÁI BÌNH
TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Phát triển nghề làm phụ kiện tóc ở nông thôn Thái Bình

Nghề sản xuất, gia công phụ kiện tóc (kẹp tóc, cặp tóc, dây buộc tóc, băng đô, tóc giả) đang phát triển ở các huyện Thái Thụy, Tiền Hải và Vũ Thư. Toàn tỉnh có 3 làng nghề được công nhận, 68 cơ sở sản xuất và hàng trăm tổ gia công tại hộ gia đình.

Giá trị sản xuất phụ kiện tóc theo nhóm sản phẩm
(Đơn vị: tỷ đồng)
Nhóm sản phẩm
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Kẹp tóc, cặp tóc
41,5
46,2
52,8
58,0
Dây buộc tóc, băng đô
18,3
21,7
24,1
27,0
Tóc giả, tóc nối
95,6
108,4
121,0
135,0
Tổng cộng
155,4
176,3
197,9
220,0

Năm 2024, Trung tâm hỗ trợ 450 triệu đồng kinh phí khuyến công cho 4 cơ sở đầu tư máy ép nhựa, máy may công nghiệp; mở 6 lớp đào tạo nghề cho 210 lao động nông thôn, trong đó 85% học viên có việc làm sau khóa học. Thu nhập của lao động gia công bình quân 4,2 triệu đồng/người/tháng, cao hơn 1,5 lần so với làm nông nghiệp thuần túy.

Mục tiêu đến năm 2025, toàn tỉnh có thêm 2 làng nghề phụ kiện tóc được công nhận và ít nhất 10 sản phẩm đạt OCOP 3 sao trở lên.

Bài viết khác:
- Hướng dẫn hồ sơ đề nghị hỗ trợ kinh phí khuyến công địa phương năm 2025
Địa chỉ: Số 156 Lê Lợi, TP Thái Bình | ĐT: 0227.3831.456
Lượt truy cập: 1.204.377
"""

C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("kế hoạch 2025", K25, "target")]
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SUBJ = "giá trị sản xuất phụ kiện tóc"


def row(label, nums):
    out = []
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        out.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e9, "money", "đồng",
                       subject=f"{SUBJ} {label.lower()} {col}", period=p, **kw))
        prev = n
    return out


TABLE = (row("Kẹp tóc, cặp tóc", ["41,5", "46,2", "52,8", "58,0"])
         + row("Dây buộc tóc, băng đô", ["18,3", "21,7", "24,1", "27,0"])
         + row("Tóc giả, tóc nối", ["95,6", "108,4", "121,0", "135,0"])
         + row("Tổng cộng", ["155,4", "176,3", "197,9", "220,0"]))

FIGS = [
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề phụ kiện tóc được công nhận"),
    fig("68 cơ sở", "68", 68, "count", "cơ sở", subject="cơ sở sản xuất phụ kiện tóc"),
    fig("hàng trăm tổ", "trăm", 100, "count", "tổ gia công", approx="about",
        subject="tổ gia công tại hộ gia đình", optional=True),
] + TABLE + [
    fig("hỗ trợ 450 triệu", "450", 450e6, "money", "đồng", subject="kinh phí khuyến công Trung tâm hỗ trợ",
        period=Y24),
    fig("cho 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở được hỗ trợ đầu tư máy ép nhựa, máy may công nghiệp",
        period=Y24),
    fig("mở 6 lớp", "6", 6, "count", "lớp", subject="lớp đào tạo nghề Trung tâm mở", period=Y24),
    fig("cho 210 lao động", "210", 210, "count", "lao động", subject="lao động nông thôn được đào tạo nghề",
        period=Y24),
    fig("trong đó 85%", "85", 85, "percent", "%", subject="học viên có việc làm sau khóa học", period=Y24),
    fig("bình quân 4,2 triệu", "4,2", 4.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 1.5, "lần", "làm nông nghiệp thuần túy"),
        subject="thu nhập của lao động gia công"),
    fig("thêm 2 làng nghề", "2", 2, "count", "làng nghề", status="target",
        subject="làng nghề phụ kiện tóc được công nhận thêm", period=T25),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đạt OCOP 3 sao trở lên", period=T25),
]

NOTES = [
    "Department site (Trung tâm Khuyến công, Sở Công Thương Thái Bình), no dateline: menu, 'Bài viết khác', address, phone, 'Lượt truy cập'.",
    "Distractors: 'Số 156 Lê Lợi', phone 0227.3831.456, 'Lượt truy cập: 1.204.377', 'OCOP 3 sao', 'năm 2025' in a link title.",
    "'hàng trăm tổ gia công' is optional (vague number word; value 100, approx unclear).",
    "One-cell-per-line table, '(Đơn vị: tỷ đồng)': rows are product groups, subject = caption indicator + row + column label;",
    "period from the column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Năm 2024, Trung tâm hỗ trợ ... ; mở 6 lớp ... cho 210 lao động, trong đó 85% học viên ...' → one sentence, period 2024;",
    "85% is a percent figure of its own (a share of the trainees; no amount of its own).",
    "'4,2 triệu ..., cao hơn 1,5 lần so với làm nông nghiệp' → change increase 1,5 lần; standing wage: no period.",
    "'Mục tiêu đến năm 2025' governs both parts → target, period end 2025-12-31 (start null).",
]

if __name__ == "__main__":
    write("p1524-7", TEXT, NOTES, FIGS, location="Thái Bình")

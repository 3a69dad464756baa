"""p1060-3: UBND tỉnh Quảng Nam formal report, năm 2024, flattened '|' table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 06 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống bạo lực gia đình năm 2024

Thực hiện Công văn số 4185/BVHTTDL-GĐ ngày 28/10/2024 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH BẠO LỰC GIA ĐÌNH
1. Tính đến ngày 30/11/2024, toàn tỉnh phát hiện 186 vụ bạo lực gia đình, giảm 9,7% so với cùng kỳ năm 2023; số nạn nhân là 194 người, trong đó nữ 162 người. Ước cả năm 2024 xảy ra khoảng 200 vụ. Số vụ tập trung tại các địa phương sau:

Đơn vị tính: vụ
Địa phương | Năm 2023 | 11 tháng năm 2024 | Đã hòa giải, can thiệp
Tam Kỳ | 28 | 24 | 24
Điện Bàn | 41 | 35 | 33
Núi Thành | 32 | 30 | 27
Thăng Bình | 25 | 22 | 22
Tổng cộng | 126 | 111 | 106

2. Hình thức bạo lực chủ yếu là bạo lực thể chất (chiếm 58,6%) và bạo lực tinh thần (chiếm 30,1%); còn lại là bạo lực kinh tế và bạo lực tình dục.

II. KẾT QUẢ THỰC HIỆN
1. Toàn tỉnh đã kiện toàn 2.371 nhóm phòng, chống bạo lực gia đình và 1.145 địa chỉ tin cậy ở cộng đồng; tổ chức 312 buổi truyền thông với hơn 24.000 lượt người tham dự.
2. Đã áp dụng biện pháp cấm tiếp xúc 14 trường hợp; xử phạt vi phạm hành chính 38 trường hợp, số tiền 96,5 triệu đồng; chuyển cơ quan điều tra 5 vụ.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giảm 5-7% số vụ bạo lực gia đình so với năm 2024; 100% nạn nhân được tư vấn, hỗ trợ; dự kiến kinh phí thực hiện 1,85 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

ROWS = [("Tam Kỳ", "28", "24", "24"), ("Điện Bàn", "41", "35", "33"), ("Núi Thành", "32", "30", "27"),
        ("Thăng Bình", "25", "22", "22"), ("Tổng cộng", "126", "111", "106")]


def table_figs():
    out = []
    for label, a, b, c in ROWS:
        tot = label == "Tổng cộng"
        loc = {} if tot else {"location": label}
        pre = "tổng cộng " if tot else ""
        out.append(F(f"{label} | {a} |", a, int(a), "count", "vụ", pre + "vụ bạo lực gia đình năm 2023", Y23, **loc))
        out.append(F(f"| {a} | {b} |", b, int(b), "count", "vụ", pre + "vụ bạo lực gia đình 11 tháng năm 2024", M11, **loc))
        out.append(F(f"| {c}\n", c, int(c), "count", "vụ", pre + "vụ bạo lực gia đình đã hòa giải, can thiệp",
                     I(M11), **loc))
    return out


FIGS = [
    F("phát hiện 186 vụ", "186", 186, "count", "vụ", "vụ bạo lực gia đình", ASOF,
      change=C("decrease", 9.7, "%", "cùng kỳ năm 2023")),
    F("khoảng 200 vụ", "200", 200, "count", "vụ", "vụ bạo lực gia đình cả năm", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="estimate"),
    F("là 194 người", "194", 194, "count", "người", "nạn nhân bạo lực gia đình", ASOF),
    F("nữ 162 người", "162", 162, "count", "người", "nạn nhân là nữ", ASOF, total=194),
] + table_figs() + [
    F("(chiếm 58,6%)", "58,6", 58.6, "percent", "%", "bạo lực thể chất trong các vụ bạo lực gia đình", I(ASOF)),
    F("(chiếm 30,1%)", "30,1", 30.1, "percent", "%", "bạo lực tinh thần trong các vụ bạo lực gia đình", I(ASOF)),
    F("kiện toàn 2.371 nhóm", "2.371", 2371, "count", "nhóm", "nhóm phòng, chống bạo lực gia đình được kiện toàn", Y24),
    F("1.145 địa chỉ tin cậy", "1.145", 1145, "count", "địa chỉ tin cậy", "địa chỉ tin cậy ở cộng đồng được kiện toàn", Y24),
    F("tổ chức 312 buổi", "312", 312, "count", "buổi", "buổi truyền thông", Y24),
    F("hơn 24.000 lượt người", "24.000", 24000, "count", "lượt người", "lượt người tham dự truyền thông", Y24,
      approx="over"),
    F("cấm tiếp xúc 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp bị áp dụng biện pháp cấm tiếp xúc", Y24),
    F("hành chính 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", Y24),
    F("số tiền 96,5 triệu đồng", "96,5", 96.5e6, "money", "đồng", "số tiền xử phạt vi phạm hành chính", Y24),
    F("điều tra 5 vụ", "5", 5, "count", "vụ", "vụ chuyển cơ quan điều tra", Y24),
    F("giảm 5-7%", "5", 5, "percent", "%", "số vụ bạo lực gia đình giảm so với năm 2024", Y25,
      value_max=7, status="target"),
    F("100% nạn nhân", "100", 100, "percent", "%", "nạn nhân được tư vấn, hỗ trợ", Y25, status="target"),
    F("1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "kinh phí thực hiện", Y25, status="forecast"),
]

NOTES = [
    "UBND tỉnh Quảng Nam, Số: 318/BC-UBND, report dated 'Quảng Nam, ngày 06 tháng 12 năm 2024' (the published date).",
    "Not figures: Số 318/BC-UBND, Công văn số 4185/BVHTTDL-GĐ ngày 28/10/2024, section numbers I.-III. and 1.-2.",
    "Flattened table, 'Đơn vị tính: vụ': every numeric cell is a count of vụ; the row label (a city/town/district) is the location,",
    "the column label is the period (Năm 2023, 11 tháng năm 2024; the 'Đã hòa giải, can thiệp' column is read as 11 months 2024,",
    "inherited) and enters the subject; the Tổng cộng row keeps the article location Quảng Nam. Table cells get no totals.",
    "'Ước cả năm 2024 xảy ra khoảng 200 vụ' is an estimate; the change 9,7% belongs to the 186 before it.",
    "Section II has no period phrase: the report's year (title 'năm 2024') is inherited. Section III targets inherit 'NĂM 2025'.",
    "revised after the first run: the third-column anchors were '| b | c' and so pointed at the second cell when b == c (Tam Kỳ 24,",
    "Thăng Bình 22); they are now '| c' + line end. No value or field changed.",
    "'chiếm 58,6%' / 'chiếm 30,1%' stand in brackets after a form of violence, not after a count: percent figures of their own.",
]

if __name__ == "__main__":
    write("p1060-3", TEXT, NOTES, FIGS, published="2024-12-06", location="Quảng Nam")

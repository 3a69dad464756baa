"""p1548-3: formal report (UBND tỉnh Ninh Bình, Số: 27/BC-UBND): rèm, mành from cói in 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH NINH BÌNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ sản phẩm rèm, mành cói năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 214 cơ sở sản xuất rèm, mành cói, tăng 9 cơ sở so với năm 2023, trong đó 58 cơ sở là doanh nghiệp, hợp tác xã; thu hút khoảng 9.600 lao động. Sản lượng rèm, mành cói các loại đạt 1.284 nghìn bộ, tăng 6,3% so với năm 2023, bằng 101,9% kế hoạch.

Sản lượng theo địa phương
Đơn vị tính: nghìn bộ
STT | Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Huyện Kim Sơn | 812 | 865 | 900
2 | Huyện Yên Khánh | 268 | 281 | 295
3 | Huyện Yên Mô | 128 | 138 | 145
Tổng cộng | | 1.208 | 1.284 | 1.340

2. Tiêu thụ
Doanh thu tiêu thụ ước đạt 486 tỷ đồng, tăng 8,1% so với năm 2023; trong đó xuất khẩu 31,5 triệu USD, chiếm khoảng 72% sản lượng. Giá bán bình quân một bộ rèm cói cuốn khoảng 210.000 đồng, giảm 5.000 đồng so với đầu năm.

3. Tồn tại
Còn 23 cơ sở chưa đáp ứng yêu cầu về phòng cháy, chữa cháy; nguyên liệu cói tại chỗ chỉ đáp ứng khoảng 60% nhu cầu.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng đạt 1.340 nghìn bộ, kim ngạch xuất khẩu trên 34 triệu USD; hỗ trợ ít nhất 15 cơ sở đầu tư máy dệt cói; mở rộng vùng nguyên liệu cói thêm 120 ha tại huyện Kim Sơn.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, SCT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Quang Vinh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}
CAP = "sản lượng rèm, mành cói"


def cell(anchor, number, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if place:
        kw["location"] = place
        subj = f"{CAP} {col.lower()}"
    else:
        subj = f"{CAP} tổng cộng {col.lower()}"
    return fig(anchor, number, float(number.replace(".", "")) * 1e3, "count", "bộ",
               subject=subj, period=COLS[col], **kw)


FIGS = [
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", change=chg("increase", 9, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất rèm, mành cói", period=Y24),
    fig("trong đó 58 cơ sở", "58", 58, "count", "cơ sở", total=214,
        subject="cơ sở là doanh nghiệp, hợp tác xã", period=Y24),
    fig("khoảng 9.600 lao động", "9.600", 9600, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất rèm, mành cói thu hút", period=Y24),
    fig("đạt 1.284 nghìn", "1.284", 1284e3, "count", "bộ", percent=101.9,
        change=chg("increase", 6.3, "%", "năm 2023"), subject="sản lượng rèm, mành cói các loại",
        period=inh(Y24)),
    cell("Kim Sơn | 812", "812", "Kim Sơn", "Năm 2023"),
    cell("| 865 |", "865", "Kim Sơn", "Năm 2024"),
    cell("| 900\n", "900", "Kim Sơn", "Kế hoạch 2025"),
    cell("Yên Khánh | 268", "268", "Yên Khánh", "Năm 2023"),
    cell("| 281 |", "281", "Yên Khánh", "Năm 2024"),
    cell("| 295\n", "295", "Yên Khánh", "Kế hoạch 2025"),
    cell("Yên Mô | 128", "128", "Yên Mô", "Năm 2023"),
    cell("| 138 |", "138", "Yên Mô", "Năm 2024"),
    cell("| 145\n", "145", "Yên Mô", "Kế hoạch 2025"),
    cell("| 1.208 |", "1.208", None, "Năm 2023"),
    cell("| 1.284 |", "1.284", None, "Năm 2024"),
    cell("| 1.340\n", "1.340", None, "Kế hoạch 2025"),
    fig("ước đạt 486 tỷ", "486", 486e9, "money", "đồng", status="estimate",
        change=chg("increase", 8.1, "%", "năm 2023"), subject="doanh thu tiêu thụ rèm, mành cói",
        period=inh(Y24)),
    fig("xuất khẩu 31,5 triệu", "31,5", 31.5e6, "money", "USD", status="estimate", percent=72,
        subject="xuất khẩu rèm, mành cói", period=inh(Y24)),
    fig("khoảng 210.000 đồng", "210.000", 210000, "money", "đồng", approx="about",
        change=chg("decrease", 5000, "đồng", "đầu năm"), subject="giá bán bình quân một bộ rèm cói cuốn"),
    fig("Còn 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở chưa đáp ứng yêu cầu về phòng cháy, chữa cháy"),
    fig("khoảng 60% nhu cầu", "60", 60, "percent", "%", approx="about",
        subject="nguyên liệu cói tại chỗ đáp ứng nhu cầu"),
    fig("đạt 1.340 nghìn", "1.340", 1340e3, "count", "bộ", status="target",
        subject="sản lượng rèm, mành cói", period=inh(N25)),
    fig("trên 34 triệu", "34", 34e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=inh(N25)),
    fig("ít nhất 15 cơ sở", "15", 15, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đầu tư máy dệt cói", period=inh(N25)),
    fig("thêm 120 ha", "120", 120, "measure", "ha", status="target",
        subject="vùng nguyên liệu cói mở rộng thêm", period=inh(N25), location="Kim Sơn"),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH BÌNH', 'Số: 27/BC-UBND', 'Ninh Bình, ngày 16 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 27/BC-UBND, the letterhead date, section numbers I./II./1.-3., table row numbers (STT 1-3), 'Lưu: VT, SCT'.",
    "'tăng 9 cơ sở so với năm 2023' is a change in cơ sở; '58 cơ sở là doanh nghiệp, hợp tác xã' follows 'trong đó': total 214.",
    "Flattened '|' table with a place column, 'Đơn vị tính: nghìn bộ' → count in bộ ×10^3. District rows → location (Kim Sơn, Yên Khánh,",
    "Yên Mô), subject = caption + column; 'Tổng cộng' row → the province. Period from column headers (scored); 'Kế hoạch 2025' → target.",
    "Section 2 has no period phrase of its own: the year comes from 'Năm 2024' (inherited). 'ước đạt 486 tỷ' governs the 'trong đó'",
    "clause after ';' (estimate); 31,5 triệu USD is in another currency than the 486 tỷ đồng, so no total; 'chiếm khoảng 72% sản lượng' → percent 72.",
    "'giảm 5.000 đồng so với đầu năm' is the change of the 210.000 đồng price; standing prices get no period.",
    "Section II 'Phấn đấu ...' governs all four ';'-clauses (target); 'NĂM 2025' stands in the heading line (inherited).",
]

if __name__ == "__main__":
    write("p1548-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Ninh Bình")

"""p757-3: formal report of UBND tỉnh Bình Định on the New Year's Eve fireworks (flattened | table)."""
from lib import fig, chg, per, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 19 tháng 02 năm 2024

BÁO CÁO
Kết quả tổ chức bắn pháo hoa đêm Giao thừa Tết Nguyên đán Giáp Thìn 2024

Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2024, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô, địa điểm
Đêm Giao thừa, toàn tỉnh tổ chức bắn pháo hoa tại 4 điểm (1 điểm tầm cao, 3 điểm tầm thấp), tổng thời lượng 43 phút. Kết quả cụ thể:

TT | Địa điểm | Số quả pháo hoa (quả) | Thời lượng (phút) | Kinh phí (triệu đồng)
1 | TP Quy Nhơn | 1.350 | 15 | 3.120
2 | Thị xã An Nhơn | 480 | 10 | 640
3 | Thị xã Hoài Nhơn | 450 | 10 | 610
4 | Huyện Phù Cát | 300 | 8 | 390
| Tổng cộng | 2.580 | 43 | 4.760

2. Kinh phí
Tổng kinh phí thực hiện là 4.760 triệu đồng, bằng 95,2% dự toán được duyệt (5.000 triệu đồng); trong đó kinh phí xã hội hóa 3.570 triệu đồng, chiếm 75%, ngân sách tỉnh 1.190 triệu đồng. Đơn giá bình quân khoảng 1,85 triệu đồng/quả.

3. Công tác bảo đảm an ninh, an toàn
Các lực lượng đã huy động 860 lượt cán bộ, chiến sĩ; bố trí 14 xe chữa cháy và 6 xe cứu thương tại các điểm bắn. Ước tính có trên 95.000 lượt người đến xem, tăng khoảng 18% so với Tết Quý Mão 2023. Không xảy ra cháy nổ, mất an ninh trật tự; ghi nhận 2 trường hợp bị thương nhẹ do chen lấn, đã được sơ cứu kịp thời.

II. ĐỀ XUẤT
Phấn đấu đến năm 2025, nâng tỷ lệ xã hội hóa lên ít nhất 80% tổng kinh phí và duy trì 4 điểm bắn.

Nơi nhận:
- Văn phòng Chính phủ;
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

NOTES = [
    "p757-3: formal report under a letterhead (UBND TỈNH BÌNH ĐỊNH, Số: 52/BC-UBND, 'Bình Định, ngày 19 tháng 02 năm 2024').",
    "Flattened '|' table: every numeric cell a figure; subject = column label (row labels are places -> location);",
    "unit from the column header ((quả), (phút), (triệu đồng) -> x10^6 đồng); row numbers 1-4 are not figures. No totals on cells.",
    "'(1 điểm tầm cao, 3 điểm tầm thấp)' is a bracketed breakdown right after the whole that adds up -> total 4.",
    "'bằng 95,2% dự toán được duyệt (5.000 triệu đồng)': share 95,2 and target 5.000 triệu (the plan in brackets).",
    "'Phấn đấu đến năm 2025' -> status target, period end 2025-12-31 (start null), continuing into 'và duy trì 4 điểm'.",
    "Distractors: Số: 52/BC-UBND, Kế hoạch số 05/KH-UBND ngày 10/01/2024, section numbers I./II./1./2./3., table row numbers.",
]
L = "Bình Định"
P25 = per("đến năm 2025", end="2025-12-31")
FIGS = [
    fig("tại 4 điểm (", "4", 4, "count", "điểm", "điểm bắn pháo hoa"),
    fig("(1 điểm tầm cao", "1", 1, "count", "điểm", "điểm bắn tầm cao", total=4),
    fig("3 điểm tầm thấp)", "3", 3, "count", "điểm", "điểm bắn tầm thấp", total=4),
    fig("thời lượng 43 phút", "43", 43, "measure", "phút", "tổng thời lượng bắn pháo hoa"),
    # table
    fig("| 1.350 |", "1.350", 1350, "count", "quả", "Số quả pháo hoa", location="Quy Nhơn"),
    fig("| 15 | 3.120", "15", 15, "measure", "phút", "Thời lượng", location="Quy Nhơn"),
    fig("| 3.120", "3.120", 3.12e9, "money", "đồng", "Kinh phí", location="Quy Nhơn"),
    fig("| 480 |", "480", 480, "count", "quả", "Số quả pháo hoa", location="An Nhơn"),
    fig("| 10 | 640", "10", 10, "measure", "phút", "Thời lượng", location="An Nhơn"),
    fig("| 640", "640", 640e6, "money", "đồng", "Kinh phí", location="An Nhơn"),
    fig("| 450 |", "450", 450, "count", "quả", "Số quả pháo hoa", location="Hoài Nhơn"),
    fig("| 10 | 610", "10", 10, "measure", "phút", "Thời lượng", location="Hoài Nhơn"),
    fig("| 610", "610", 610e6, "money", "đồng", "Kinh phí", location="Hoài Nhơn"),
    fig("| 300 |", "300", 300, "count", "quả", "Số quả pháo hoa", location="Phù Cát"),
    fig("| 8 |", "8", 8, "measure", "phút", "Thời lượng", location="Phù Cát"),
    fig("| 390", "390", 390e6, "money", "đồng", "Kinh phí", location="Phù Cát"),
    fig("| 2.580 |", "2.580", 2580, "count", "quả", "Tổng cộng số quả pháo hoa"),
    fig("| 43 |", "43", 43, "measure", "phút", "Tổng cộng thời lượng"),
    fig("| 4.760", "4.760", 4.76e9, "money", "đồng", "Tổng cộng kinh phí"),
    # text
    fig("là 4.760 triệu đồng", "4.760", 4.76e9, "money", "đồng", "tổng kinh phí thực hiện",
        percent=95.2, target={"value": 5e9, "unit": "đồng"}),
    fig("hóa 3.570 triệu đồng", "3.570", 3.57e9, "money", "đồng", "kinh phí xã hội hóa", total=4.76e9, percent=75),
    fig("tỉnh 1.190 triệu đồng", "1.190", 1.19e9, "money", "đồng", "ngân sách tỉnh", total=4.76e9),
    fig("khoảng 1,85 triệu đồng/quả", "1,85", 1.85e6, "money", "đồng/quả", "đơn giá bình quân", approx="about"),
    fig("huy động 860 lượt", "860", 860, "count", "lượt cán bộ, chiến sĩ", "lượt cán bộ, chiến sĩ huy động"),
    fig("bố trí 14 xe", "14", 14, "count", "xe chữa cháy", "xe chữa cháy bố trí tại các điểm bắn"),
    fig("và 6 xe cứu thương", "6", 6, "count", "xe cứu thương", "xe cứu thương bố trí tại các điểm bắn"),
    fig("trên 95.000 lượt", "95.000", 95000, "count", "lượt", "lượt người đến xem", approx="over",
        change=chg("increase", 18, baseline="Tết Quý Mão 2023", approx="about"), status="estimate"),
    fig("ghi nhận 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp bị thương nhẹ do chen lấn"),
    fig("ít nhất 80%", "80", 80, "percent", "%", "tỷ lệ xã hội hóa trong tổng kinh phí", approx="at_least",
        status="target", period=P25),
    fig("duy trì 4 điểm bắn", "4", 4, "count", "điểm", "điểm bắn duy trì", status="target", period=P25),
]

if __name__ == "__main__":
    write("p757-3", TEXT, NOTES, FIGS, published="2024-02-19", location=L)

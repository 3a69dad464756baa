"""p545-3: UBND tỉnh Bình Thuận formal report — water-resource management 9 months 2024, flattened | table."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH BÌNH THUẬN
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý tài nguyên nước 9 tháng năm 2024

1. Cấp phép tài nguyên nước
Trong 9 tháng năm 2024, UBND tỉnh đã cấp 63 giấy phép tài nguyên nước, đạt 78,8% kế hoạch năm (kế hoạch 80 giấy phép), tăng 12,5% so với cùng kỳ năm 2023. Chi tiết tại Bảng 1.

Bảng 1. Cấp phép và tiền cấp quyền khai thác tài nguyên nước
Loại giấy phép | Kế hoạch năm 2024 (giấy phép) | Thực hiện 9 tháng (giấy phép) | Tiền cấp quyền (triệu đồng)
Khai thác nước mặt | 22 | 17 | 3.415,6
Khai thác nước dưới đất | 45 | 38 | 1.982,4
Xả nước thải vào nguồn nước | 13 | 8 | 0
Tổng cộng | 80 | 63 | 5.398,0

2. Quan trắc, giám sát
Hệ thống giám sát tự động đã kết nối dữ liệu của 41 công trình khai thác, sử dụng nước, chiếm 68,3% tổng số 60 công trình thuộc diện phải giám sát. Trong quý III/2024, Sở Tài nguyên và Môi trường đã kiểm tra 15 tổ chức, phát hiện 4 tổ chức vi phạm, xử phạt 186 triệu đồng.

3. Nguồn nước
Tính đến ngày 30/9/2024, tổng dung tích trữ của 16 hồ chứa thủy lợi trên địa bàn tỉnh đạt 265,4 triệu m³, bằng 69,6% dung tích thiết kế, thấp hơn 8,2% so với cùng kỳ; riêng hồ Sông Quao đạt 48,7 triệu m³.

4. Nhiệm vụ quý IV/2024
Phấn đấu hoàn thành 100% kế hoạch cấp phép năm 2024; thu tiền cấp quyền khai thác tài nguyên nước cả năm ước đạt 7,2 tỷ đồng.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, KT.
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
C9 = per("9 tháng", "2024-01-01", "2024-09-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", end="2024-09-30")

ROWS = [  # label, plan anchor, actual anchor, fee anchor, values
    ("Khai thác nước mặt", "| 22 | 17", "| 17 | 3.415,6", "3.415,6", (22, 17, "3.415,6", 3_415_600_000)),
    ("Khai thác nước dưới đất", "| 45 | 38", "| 38 | 1.982,4", "1.982,4", (45, 38, "1.982,4", 1_982_400_000)),
    ("Xả nước thải vào nguồn nước", "| 13 | 8", "| 8 | 0", "| 0\nTổng", (13, 8, "0", 0)),
    ("Tổng cộng", "| 80 | 63", "| 63 | 5.398,0", "5.398,0", (80, 63, "5.398,0", 5_398_000_000)),
]

FIGS = [
    fig("đã cấp 63 giấy phép", "63", 63, "count", "giấy phép", "giấy phép tài nguyên nước được cấp", M9,
        percent=78.8, change=chg("increase", 12.5, "%", "cùng kỳ năm 2023"), target=tgt(80, "giấy phép", False)),
]
for label, a_plan, a_act, a_fee, (plan, act, fee_s, fee) in ROWS:
    FIGS.append(fig(a_plan, str(plan), plan, "count", "giấy phép", f"{label} kế hoạch năm 2024", Y24, status="target"))
    FIGS.append(fig(a_act, str(act), act, "count", "giấy phép", f"{label} thực hiện 9 tháng", C9))
    FIGS.append(fig(a_fee, fee_s, fee, "money", "đồng", f"tiền cấp quyền {label}", inh(M9)))

FIGS += [
    fig("của 41 công trình", "41", 41, "count", "công trình",
        "công trình khai thác, sử dụng nước kết nối dữ liệu hệ thống giám sát tự động", percent=68.3, total=60),
    fig("kiểm tra 15 tổ chức", "15", 15, "count", "tổ chức", "tổ chức được kiểm tra", Q3),
    fig("phát hiện 4 tổ chức", "4", 4, "count", "tổ chức", "tổ chức vi phạm", Q3),
    fig("xử phạt 186 triệu đồng", "186", 186_000_000, "money", "đồng", "tiền xử phạt vi phạm", Q3),
    fig("của 16 hồ chứa", "16", 16, "count", "hồ chứa", "hồ chứa thủy lợi trên địa bàn tỉnh", ASOF),
    fig("đạt 265,4 triệu m³", "265,4", 265_400_000, "measure", "m³", "tổng dung tích trữ của hồ chứa thủy lợi", ASOF,
        percent=69.6, change=chg("decrease", 8.2, "%", "cùng kỳ")),
    fig("đạt 48,7 triệu m³", "48,7", 48_700_000, "measure", "m³", "dung tích trữ hồ Sông Quao", ASOF),
    fig("hoàn thành 100%", "100", 100, "percent", "%", "kế hoạch cấp phép hoàn thành", Y24, status="target"),
    fig("ước đạt 7,2 tỷ đồng", "7,2", 7_200_000_000, "money", "đồng",
        "thu tiền cấp quyền khai thác tài nguyên nước cả năm", per("cả năm", "2024-01-01", "2024-12-31"),
        status="estimate"),
]

COMMENTS = [
    "p545-3 (invented): UBND tỉnh Bình Thuận, Số: 312/BC-UBND — water-resource licences, fees, monitoring, reservoir storage,",
    "9 months 2024. Formal report: letterhead, national motto, place-and-date line (published 2024-10-07), numbered sections.",
    "Table flattened with '|': every numeric cell is a figure, the zero included; subject = row label + column; 'Kế hoạch năm 2024'",
    "column -> status target, period 2024; 'Thực hiện 9 tháng' -> 9 months of 2024 (year from the title); '(triệu đồng)' multiplies",
    "the fee column (period inherited from the title). The 'Tổng cộng' row cells get no total attribute (no cue; the spec's table rule",
    "gives subject/unit/period/status only). '(kế hoạch 80 giấy phép)' is the target of 63; 'tổng số 60 công trình' the total of 41.",
    "'kiểm tra 15 …, phát hiện 4 …' has no part-of cue: no total. 'riêng hồ Sông Quao' is not a listed cue: no total.",
    "Distractors: Số 312/BC-UBND, Bảng 1, section numbers 1.-4., quý IV/2024 heading, date line.",
]

if __name__ == "__main__":
    emit("p545-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bình Thuận")

"""p572-3: UBND tỉnh Tây Ninh formal report, Q3 and 9 months 2024, flattened | table by month."""
from lib import emit, fig, per, inh, chg

TEXT = """
UBND TỈNH TÂY NINH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác đấu tranh chống buôn lậu, gian lận thương mại và hàng giả quý III và 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
9 tháng năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ, xử lý 1.537 vụ vi phạm, giảm 3,8% so với cùng kỳ năm 2023; trong đó lực lượng quản lý thị trường xử lý 1.062 vụ, chiếm 69,1%. Vụ việc tập trung tại các huyện biên giới Bến Cầu (386 vụ), Châu Thành (342 vụ) và Tân Biên (297 vụ).
Tổng số thu nộp ngân sách nhà nước 9 tháng ước đạt 11,36 tỷ đồng, đạt 75,7% dự toán năm. Hàng hóa vi phạm chủ yếu là thuốc lá điếu nhập lậu (52.600 bao), đường cát (38,2 tấn), rượu ngoại (1.450 chai) và điện thoại di động đã qua sử dụng (620 chiếc).
2. Kết quả của lực lượng quản lý thị trường quý III/2024
Trong quý III, Cục Quản lý thị trường kiểm tra 435 vụ, xử lý 358 vụ vi phạm, tăng 12 vụ so với quý II/2024. Số thu nộp ngân sách theo tháng như sau:
Đơn vị tính: triệu đồng
Tháng | Phạt hành chính | Bán hàng tịch thu | Tổng thu nộp
Tháng 7 | 1.265,4 | 312,6 | 1.578,0
Tháng 8 | 1.408,7 | 287,1 | 1.695,8
Tháng 9 | 1.172,3 | 356,9 | 1.529,2
Quý III | 3.846,4 | 956,6 | 4.803,0

II. NHIỆM VỤ QUÝ IV/2024
Quý IV/2024, lực lượng quản lý thị trường phấn đấu kiểm tra không dưới 450 vụ; dự kiến tổ chức tiêu hủy hàng hóa vi phạm trị giá khoảng 1,5 tỷ đồng trong tháng 11/2024.

Nơi nhận:
- Bộ Công Thương;
- Ban Chỉ đạo 389 quốc gia;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
ROWS = {
    "Tháng 7": per("Tháng 7", "2024-07-01", "2024-07-31"),
    "Tháng 8": per("Tháng 8", "2024-08-01", "2024-08-31"),
    "Tháng 9": per("Tháng 9", "2024-09-01", "2024-09-30"),
    "Quý III": per("Quý III", "2024-07-01", "2024-09-30"),
}
TABLE = {
    "Tháng 7": ("1.265,4", "312,6", "1.578,0"),
    "Tháng 8": ("1.408,7", "287,1", "1.695,8"),
    "Tháng 9": ("1.172,3", "356,9", "1.529,2"),
    "Quý III": ("3.846,4", "956,6", "4.803,0"),
}
COLS = ("Phạt hành chính", "Bán hàng tịch thu", "Tổng thu nộp")


def cells():
    out = []
    for row, vals in TABLE.items():
        for col, v in zip(COLS, vals):
            value = round(float(v.replace(".", "").replace(",", ".")) * 1e6)
            out.append(fig(f"| {v}", v, value, "money", "đồng",
                           subject=f"{col} {row}", period=ROWS[row]))
    return out


FIGS = [
    fig("xử lý 1.537 vụ", "1.537", 1537, "count", "vụ",
        change=chg("decrease", 3.8, baseline="cùng kỳ năm 2023"),
        subject="vụ vi phạm các lực lượng chức năng phát hiện, bắt giữ, xử lý", period=M9),
    fig("xử lý 1.062 vụ", "1.062", 1062, "count", "vụ", total=1537, percent=69.1,
        subject="vụ lực lượng quản lý thị trường xử lý", period=M9),
    fig("(386 vụ)", "386", 386, "count", "vụ", subject="vụ việc vi phạm", period=inh(M9), location="Bến Cầu"),
    fig("(342 vụ)", "342", 342, "count", "vụ", subject="vụ việc vi phạm", period=inh(M9), location="Châu Thành"),
    fig("(297 vụ)", "297", 297, "count", "vụ", subject="vụ việc vi phạm", period=inh(M9), location="Tân Biên"),
    fig("ước đạt 11,36 tỷ đồng", "11,36", 11_360_000_000, "money", "đồng", percent=75.7, status="estimate",
        subject="tổng số thu nộp ngân sách nhà nước",
        period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("(52.600 bao)", "52.600", 52600, "count", "bao",
        subject="thuốc lá điếu nhập lậu vi phạm", period=inh(M9)),
    fig("(38,2 tấn)", "38,2", 38.2, "measure", "tấn", subject="đường cát vi phạm", period=inh(M9)),
    fig("(1.450 chai)", "1.450", 1450, "count", "chai", subject="rượu ngoại vi phạm", period=inh(M9)),
    fig("(620 chiếc)", "620", 620, "count", "chiếc",
        subject="điện thoại di động đã qua sử dụng vi phạm", period=inh(M9)),
    fig("kiểm tra 435 vụ", "435", 435, "count", "vụ",
        subject="vụ Cục Quản lý thị trường kiểm tra", period=Q3),
    fig("xử lý 358 vụ", "358", 358, "count", "vụ",
        change=chg("increase", 12, unit="vụ", baseline="quý II/2024"),
        subject="vụ vi phạm Cục Quản lý thị trường xử lý", period=Q3),
    *cells(),
    fig("không dưới 450 vụ", "450", 450, "count", "vụ", approx="at_least", status="target",
        subject="vụ lực lượng quản lý thị trường kiểm tra",
        period=per("Quý IV/2024", "2024-10-01", "2024-12-31")),
    fig("khoảng 1,5 tỷ đồng", "1,5", 1_500_000_000, "money", "đồng", approx="about", status="forecast",
        subject="trị giá hàng hóa vi phạm tiêu hủy",
        period=per("tháng 11/2024", "2024-11-01", "2024-11-30")),
]

COMMENTS = [
    "Formal report of UBND tỉnh Tây Ninh (Số: 287/BC-UBND, 08/10/2024): anti-smuggling results 9 months and Q3/2024; flattened '|' table",
    "of monthly budget receipts with 'Đơn vị tính: triệu đồng' (so 1.265,4 = 1 265 400 000 đồng); row labels Tháng 7/8/9 and Quý III give the",
    "period (year from the title quý III/2024). The Quý III row is a figure too; table cells get no total. Distractors: Số 287/BC-UBND, section",
    "numbers I./1./2./II., 'Ban Chỉ đạo 389', place-and-date line. 'trong đó … 1.062 vụ, chiếm 69,1%' → total 1537 and percent 69.1.",
    "Bracketed district counts: no cue, no total. Bracketed goods quantities are figures. 'tăng 12 vụ so với quý II/2024' = change of 358 vụ.",
    "'phấn đấu … không dưới 450 vụ' target at_least; 'dự kiến … khoảng 1,5 tỷ đồng trong tháng 11/2024' forecast about.",
]

if __name__ == "__main__":
    emit("p572-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Tây Ninh")

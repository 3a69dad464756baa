"""p1557-3: formal report (UBND tỉnh Long An): cosmetics management 2024, flattened '|' table of product notifications."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LONG AN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác quản lý nhà nước về mỹ phẩm năm 2024

I. TÌNH HÌNH SẢN XUẤT, KINH DOANH
1. Toàn tỉnh hiện có 14 cơ sở sản xuất mỹ phẩm được cấp Giấy chứng nhận đủ điều kiện sản xuất, tăng 2 cơ sở so với năm 2023; sản phẩm chủ yếu là dầu gội, sữa tắm, nước rửa tay và kem dưỡng da.
2. Trong năm 2024, Sở Y tế tiếp nhận 1.126 phiếu công bố sản phẩm mỹ phẩm, tăng 8,7% so với năm 2023, cụ thể như sau:

Đơn vị tính: phiếu
Nhóm sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Dầu gội, dầu xả | 312 | 347 | 111,2
Sữa tắm | 241 | 268 | 111,2
Sản phẩm chăm sóc da | 355 | 371 | 104,5
Sản phẩm khác | 128 | 140 | 109,4
Tổng cộng | 1.036 | 1.126 | 108,7

II. CÔNG TÁC THANH TRA, KIỂM TRA
Năm 2024, Sở Y tế phối hợp với Công an tỉnh và Cục Quản lý thị trường kiểm tra 186 cơ sở kinh doanh mỹ phẩm, phát hiện 23 cơ sở vi phạm, xử phạt vi phạm hành chính tổng số tiền 412,5 triệu đồng; tiêu hủy gần 3.700 sản phẩm dầu gội, sữa tắm không rõ nguồn gốc. Lấy 60 mẫu mỹ phẩm để kiểm nghiệm, trong đó 2 mẫu không đạt chất lượng (chiếm 3,3%).

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% cơ sở sản xuất mỹ phẩm được kiểm tra ít nhất 1 lần/năm; tỷ lệ mẫu mỹ phẩm không đạt chất lượng dưới 3%.

Nơi nhận:
- Bộ Y tế (Cục Quản lý Dược);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, SYT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Lâm
"""

Y24 = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)


def cells():
    rows = [("Dầu gội, dầu xả", ["312", "347", "111,2"]), ("Sữa tắm", ["241", "268", "111,2"]),
            ("Sản phẩm chăm sóc da", ["355", "371", "104,5"]), ("Sản phẩm khác", ["128", "140", "109,4"]),
            ("Tổng cộng", ["1.036", "1.126", "108,7"])]
    out = []
    for label, (a, b, c) in rows:
        low = label.lower()
        out.append(fig(f"{label} | {a}", a, float(a.replace(".", "")), "count", "phiếu",
                       subject=f"phiếu công bố {low} năm 2023", period=C23))
        out.append(fig(f"| {a} | {b}", b, float(b.replace(".", "")), "count", "phiếu",
                       subject=f"phiếu công bố {low} năm 2024", period=Y24b))
        out.append(fig(f"| {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                       subject=f"phiếu công bố {low} so với cùng kỳ"))
    return out


FIGS = [
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", change=chg("increase", 2, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất mỹ phẩm được cấp Giấy chứng nhận đủ điều kiện sản xuất"),
    fig("tiếp nhận 1.126 phiếu", "1.126", 1126, "count", "phiếu", change=chg("increase", 8.7, baseline="năm 2023"),
        subject="phiếu công bố sản phẩm mỹ phẩm Sở Y tế tiếp nhận", period=Y24),
] + cells() + [
    fig("kiểm tra 186 cơ sở", "186", 186, "count", "cơ sở",
        subject="cơ sở kinh doanh mỹ phẩm được kiểm tra", period=Y24b),
    fig("phát hiện 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở vi phạm", period=Y24b),
    fig("tiền 412,5 triệu", "412,5", 412.5e6, "money", "đồng",
        subject="tổng số tiền xử phạt vi phạm hành chính", period=Y24b),
    fig("gần 3.700 sản phẩm", "3.700", 3700, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm dầu gội, sữa tắm không rõ nguồn gốc bị tiêu hủy", period=Y24b),
    fig("Lấy 60 mẫu", "60", 60, "count", "mẫu",
        subject="mẫu mỹ phẩm lấy để kiểm nghiệm", period=inh(Y24b)),
    fig("trong đó 2 mẫu", "2", 2, "count", "mẫu", total=60, percent=3.3,
        subject="mẫu không đạt chất lượng", period=inh(Y24b)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất mỹ phẩm được kiểm tra ít nhất 1 lần/năm", period=Y25),
    fig("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", status="target",
        subject="số lần kiểm tra cơ sở sản xuất mỹ phẩm", period=Y25),
    fig("dưới 3%", "3", 3, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu mỹ phẩm không đạt chất lượng", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH LONG AN', 'Số: 287/BC-UBND', 'Long An, ngày 16 tháng 12 năm 2024', sections I-III with 1./2., 'Nơi nhận', signature block.",
    "Distractors: 287/BC-UBND, the letterhead date, section numbers I./II./III./1./2., 'năm 2023' as a baseline, 'Lưu: VT, SYT'.",
    "'tăng 2 cơ sở so với năm 2023' is a change (unit cơ sở) of the 14; 'hiện' gives no period.",
    "Flattened '|' table with 'Đơn vị tính: phiếu': each cell a figure; subject = indicator + row + column; Năm 2023/Năm 2024 columns give the period.",
    "'So với cùng kỳ (%)' cells are percent figures (index, previous year = 100); the column names no period, so none is given. Cells carry no total.",
    "'kiểm tra 186 cơ sở, phát hiện 23 cơ sở vi phạm': no part-of-whole cue, so no total. 'trong đó 2 mẫu ... (chiếm 3,3%)' → total 60, percent 3.3.",
    "Section III 'PHƯƠNG HƯỚNG NĂM 2025' + 'Phấn đấu': three targets; the year stands in the heading (inherited). 'ít nhất 1 lần/năm' is a frequency (measure, lần/năm).",
]

if __name__ == "__main__":
    write("p1557-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Long An")

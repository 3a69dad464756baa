"""p1542-4: formal report (UBND tỉnh Đồng Tháp): food safety of bottled-water producers in 2023, flattened '|' table by locality."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý an toàn thực phẩm đối với cơ sở sản xuất nước uống đóng chai năm 2023

I. TÌNH HÌNH CHUNG
Đến ngày 31/12/2023, toàn tỉnh có 274 cơ sở sản xuất nước uống đóng chai, đóng bình, tăng 5,4% so với năm 2022; trong đó 241 cơ sở đã được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm, đạt 88%. Sản lượng năm 2023 ước đạt 71,6 triệu lít, bằng 104,5% kế hoạch.

II. KẾT QUẢ KIỂM TRA NĂM 2023
1. Số cơ sở được kiểm tra theo địa bàn
Đơn vị tính: cơ sở
STT | Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
1 | TP Cao Lãnh | 46 | 52 | 55
2 | TP Sa Đéc | 31 | 35 | 38
3 | Huyện Lấp Vò | 24 | 29 | 30
4 | Huyện Tháp Mười | 18 | 22 | 25
 | Tổng cộng | 119 | 138 | 148

2. Kết quả xử lý
Qua kiểm tra 138 cơ sở, phát hiện 21 cơ sở vi phạm, chiếm 15,2%; xử phạt 17 cơ sở với số tiền 186,5 triệu đồng. Lấy 94 mẫu nước thành phẩm xét nghiệm, có 8 mẫu không đạt chỉ tiêu vi sinh (nhiễm Coliform, Pseudomonas aeruginosa).

III. NHIỆM VỤ NĂM 2024
Phấn đấu kiểm tra 148 cơ sở; nâng tỷ lệ cơ sở được cấp Giấy chứng nhận lên trên 92%; 100% vỏ bình tái sử dụng được vệ sinh, khử trùng đúng quy định.

Nơi nhận:
- Bộ Y tế (Cục ATTP);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đoàn Văn Tính
"""

ASOF = per("Đến ngày 31/12/2023", None, "2023-12-31")
Y2023 = per("năm 2023", "2023-01-01", "2023-12-31")
Y2022H = per("Năm 2022", "2022-01-01", "2022-12-31")
Y2023H = per("Năm 2023", "2023-01-01", "2023-12-31")
P2024H = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
TASK = per("NĂM 2024", "2024-01-01", "2024-12-31")
SUBJ = "số cơ sở được kiểm tra"

ROWS = [  # (row label, location, anchor prefix, 2022, 2023, plan 2024)
    ("TP Cao Lãnh", "Cao Lãnh", "46", "52", "55"),
    ("TP Sa Đéc", "Sa Đéc", "31", "35", "38"),
    ("Huyện Lấp Vò", "Lấp Vò", "24", "29", "30"),
    ("Huyện Tháp Mười", "Tháp Mười", "18", "22", "25"),
    ("Tổng cộng", "Đồng Tháp", "119", "138", "148"),
]


def table():
    out = []
    for label, loc, a, b, c in ROWS:
        subj = ("tổng cộng " + SUBJ) if label == "Tổng cộng" else SUBJ
        out.append(fig(f"{label} | {a}", a, float(a), "count", "cơ sở",
                       subject=subj + " năm 2022", period=Y2022H, location=loc))
        out.append(fig(f"{a} | {b}", b, float(b), "count", "cơ sở",
                       subject=subj + " năm 2023", period=Y2023H, location=loc))
        out.append(fig(f"{b} | {c}", c, float(c), "count", "cơ sở", status="target",
                       subject=subj + " kế hoạch 2024", period=P2024H, location=loc))
    return out


FIGS = [
    fig("có 274 cơ sở", "274", 274, "count", "cơ sở", change=chg("increase", 5.4, "%", "năm 2022"),
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình", period=ASOF),
    fig("trong đó 241 cơ sở", "241", 241, "count", "cơ sở", total=274, percent=88,
        subject="cơ sở đã được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=ASOF),
    fig("ước đạt 71,6 triệu", "71,6", 71.6e6, "measure", "lít", percent=104.5, status="estimate",
        subject="sản lượng", period=Y2023),
] + table() + [
    fig("Qua kiểm tra 138 cơ sở", "138", 138, "count", "cơ sở",
        subject="cơ sở được kiểm tra", period=inh(Y2023)),
    fig("phát hiện 21 cơ sở", "21", 21, "count", "cơ sở", percent=15.2,
        subject="cơ sở vi phạm", period=inh(Y2023)),
    fig("xử phạt 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở bị xử phạt", period=inh(Y2023)),
    fig("tiền 186,5 triệu", "186,5", 186.5e6, "money", "đồng", subject="số tiền xử phạt", period=inh(Y2023)),
    fig("Lấy 94 mẫu", "94", 94, "count", "mẫu", subject="mẫu nước thành phẩm xét nghiệm", period=inh(Y2023)),
    fig("có 8 mẫu", "8", 8, "count", "mẫu", subject="mẫu không đạt chỉ tiêu vi sinh", period=inh(Y2023)),
    fig("Phấn đấu kiểm tra 148", "148", 148, "count", "cơ sở", status="target",
        subject="cơ sở kiểm tra", period=inh(TASK)),
    fig("trên 92%", "92", 92, "percent", "%", approx="over", status="target",
        subject="tỷ lệ cơ sở được cấp Giấy chứng nhận", period=inh(TASK)),
    fig("100% vỏ bình", "100", 100, "percent", "%", status="target",
        subject="vỏ bình tái sử dụng được vệ sinh, khử trùng đúng quy định", period=inh(TASK)),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG THÁP', 'Số: 21/BC-UBND', 'Đồng Tháp, ngày 15 tháng 01 năm 2024', sections I-III with 1./2., 'Nơi nhận', signature.",
    "Distractors: 21/BC-UBND, section numbers I-III and 1.-2., table STT 1-4, 'Cục ATTP', date line, 'năm 2022' baseline.",
    "Flattened '|' table with 'Đơn vị tính: cơ sở': every cell a count; place row labels go to location ('Tổng cộng' → Đồng Tháp);",
    "subject = table title + column; period from the column header; 'Kế hoạch 2024' cells are targets. Table cells get no total.",
    "'Đến ngày 31/12/2023' is an as-of date for 274 and 241 ('trong đó' after ';' in the same sentence: total 274, 'đạt 88%' percent).",
    "'ước đạt 71,6 triệu lít, bằng 104,5% kế hoạch': estimate with percent 104,5. Section II and III sentences inherit the year from headings.",
    "'có 8 mẫu' after 'Lấy 94 mẫu' has no part-of cue: no total. Section III 'Phấn đấu' governs the three ';' clauses: target.",
]

if __name__ == "__main__":
    write("p1542-4", TEXT, NOTES, FIGS, published="2024-01-15", location="Đồng Tháp")

"""p1489-3: formal report (UBND tỉnh Lạng Sơn): market control of small kitchen appliances 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LẠNG SƠN
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả kiểm tra, kiểm soát thị trường mặt hàng đồ điện gia dụng nhỏ năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình thị trường
Năm 2024, trên địa bàn tỉnh có 214 cơ sở kinh doanh đồ điện gia dụng, tăng 12 cơ sở so với năm 2023, trong đó 38 cơ sở tại thành phố Lạng Sơn. Tổng mức bán lẻ nhóm hàng ấm siêu tốc, máy xay sinh tố, máy ép trái cây ước đạt 96,4 tỷ đồng, tăng 7,5% so với năm trước.

2. Kết quả kiểm tra, xử lý
Lực lượng quản lý thị trường đã kiểm tra 173 vụ, phát hiện và xử lý 126 vụ vi phạm (chiếm 72,8%), thu nộp ngân sách trên 1,34 tỷ đồng. Số hàng hóa vi phạm bị tạm giữ như sau:

Đơn vị tính: chiếc
Mặt hàng | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Ấm siêu tốc | 2.140 | 3.065 | 143,2
Máy xay sinh tố | 1.318 | 1.702 | 129,1
Máy ép trái cây | 406 | 377 | 92,9
Tổng cộng | 3.864 | 5.144 | 133,1

Hàng vi phạm chủ yếu không rõ nguồn gốc, không có nhãn phụ tiếng Việt, không đáp ứng QCVN 4:2009/BKHCN về an toàn thiết bị điện. Trị giá hàng vi phạm khoảng 1,87 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kiểm tra ít nhất 200 vụ; 100% cơ sở kinh doanh đồ điện gia dụng được tuyên truyền, ký cam kết không kinh doanh hàng nhập lậu.

Nơi nhận:
- Bộ Công Thương;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lương Văn Hùng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
PER = {"Năm 2023": C23, "Năm 2024": Y24, "So với cùng kỳ (%)": None}

ROWS = [("Ấm siêu tốc", ["2.140", "3.065", "143,2"]), ("Máy xay sinh tố", ["1.318", "1.702", "129,1"]),
        ("Máy ép trái cây", ["406", "377", "92,9"]), ("Tổng cộng", ["3.864", "5.144", "133,1"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", "."))
        anchor = f"{prev} | {n}"
        row = label.lower()
        if col.startswith("So với"):
            CELLS.append(fig(anchor, n, v, "percent", "%",
                             subject=f"hàng vi phạm bị tạm giữ {row} so với cùng kỳ"))
        else:
            CELLS.append(fig(anchor, n, v, "count", "chiếc",
                             subject=f"hàng vi phạm bị tạm giữ {row} {col.lower()}", period=PER[col]))
        prev = n

FIGS = [
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", change=chg("increase", 12, "cơ sở", "năm 2023"),
        subject="cơ sở kinh doanh đồ điện gia dụng", period=Y24),
    fig("trong đó 38 cơ sở", "38", 38, "count", "cơ sở", total=214,
        subject="cơ sở kinh doanh đồ điện gia dụng tại thành phố Lạng Sơn", period=Y24),
    fig("ước đạt 96,4 tỷ", "96,4", 96.4e9, "money", "đồng", status="estimate",
        change=chg("increase", 7.5, "%", "năm trước"),
        subject="tổng mức bán lẻ nhóm hàng ấm siêu tốc, máy xay sinh tố, máy ép trái cây", period=inh(Y24)),
    fig("kiểm tra 173 vụ", "173", 173, "count", "vụ", subject="vụ lực lượng quản lý thị trường kiểm tra",
        period=inh(Y24)),
    fig("xử lý 126 vụ", "126", 126, "count", "vụ", percent=72.8, subject="vụ vi phạm phát hiện và xử lý",
        period=inh(Y24)),
    fig("trên 1,34 tỷ", "1,34", 1.34e9, "money", "đồng", approx="over", subject="thu nộp ngân sách",
        period=inh(Y24)),
] + CELLS + [
    fig("khoảng 1,87 tỷ", "1,87", 1.87e9, "money", "đồng", approx="about", subject="trị giá hàng vi phạm", period=inh(Y24)),
    fig("ít nhất 200 vụ", "200", 200, "count", "vụ", approx="at_least", status="target",
        subject="vụ kiểm tra", period=Y25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh đồ điện gia dụng được tuyên truyền, ký cam kết không kinh doanh hàng nhập lậu",
        period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Lạng Sơn): 'Số: 112/BC-UBND', 'Lạng Sơn, ngày 15 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: 112/BC-UBND, the letterhead date, 'năm 2024' in the title, section numbers, QCVN 4:2009/BKHCN, 'Lưu: VT, KT'.",
    "'tăng 12 cơ sở so với năm 2023' is a change in cơ sở; 'trong đó 38 cơ sở tại thành phố Lạng Sơn' → total 214 (city and province share the name).",
    "'126 vụ vi phạm (chiếm 72,8%)' → percent attribute; 'kiểm tra 173 vụ, ... xử lý 126 vụ' has no part-of cue: no total.",
    "Flattened '|' table, 'Đơn vị tính: chiếc': each numeric cell is a figure; subject = caption + row + column; period from 'Năm 2023'/'Năm 2024'.",
    "The 'So với cùng kỳ (%)' column: percent cells (index, previous year = 100), no period in its header, no change object.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target; its period stands in the heading (inherited).",
    "Section I figures outside the first sentence ('173 vụ', '126 vụ', '1,34 tỷ', '96,4 tỷ', '1,87 tỷ') inherit 'Năm 2024' (not scored).",
]

if __name__ == "__main__":
    write("p1489-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Lạng Sơn")

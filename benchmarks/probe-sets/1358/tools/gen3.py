"""p1358-3: formal report (UBND tỉnh Thanh Hóa), gambling crime 6 months 2024, flattened '|' table by kind of case."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 214/BC-UBND
Thanh Hóa, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống tội phạm cờ bạc 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN

1. Tình hình chung
6 tháng đầu năm 2024, lực lượng chức năng toàn tỉnh phát hiện 67 vụ với 412 đối tượng liên quan đến cờ bạc, tăng 1,5% về số vụ so với cùng kỳ năm 2023; khởi tố 41 vụ (chiếm 61,2% số vụ phát hiện) với 236 bị can; thu giữ trên 4,3 tỷ đồng. Tội phạm cá độ bóng đá qua mạng diễn biến phức tạp, số tiền giao dịch có vụ lên tới gần 90 tỷ đồng.

2. Kết quả theo loại vụ việc
Đơn vị tính: vụ
STT | Loại vụ việc | 6 tháng năm 2023 | 6 tháng năm 2024 | So với cùng kỳ (%)
1 | Đánh bạc | 52 | 47 | 90,4
2 | Tổ chức đánh bạc, gá bạc | 9 | 12 | 133,3
3 | Cá độ bóng đá | 5 | 8 | 160,0
 | Tổng cộng | 66 | 67 | 101,5

3. Công tác phòng ngừa
Các địa phương đã tổ chức 1.128 buổi tuyên truyền, đạt 112,8% kế hoạch; xây dựng thêm 15 mô hình "Khu dân cư không có tội phạm cờ bạc", nâng tổng số lên 96 mô hình.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu tỷ lệ điều tra, khám phá án cờ bạc đạt trên 90%; triệt phá ít nhất 3 đường dây cá độ bóng đá qua mạng; dự kiến tổ chức 2 đợt cao điểm vào dịp các giải bóng đá lớn.

Nơi nhận:
- Bộ Công an (C02);
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Đức Thành
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = per("6 tháng năm 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng năm 2024", "2024-01-01", "2024-06-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31")

ROWS = [("Đánh bạc", ["52", "47", "90,4"]), ("Tổ chức đánh bạc, gá bạc", ["9", "12", "133,3"]),
        ("Cá độ bóng đá", ["5", "8", "160,0"]), ("Tổng cộng", ["66", "67", "101,5"])]
COLS = [("6 tháng năm 2023", C23), ("6 tháng năm 2024", C24), ("so với cùng kỳ", None)]


def cells():
    out = []
    for label, nums in ROWS:
        prev = f"| {label} |"
        for (col, p), n in zip(COLS, nums):
            anchor = f"{prev} {n}"
            v = float(n.replace(",", "."))
            if p is None:
                out.append(fig(anchor, n, v, "percent", "%", subject=f"số vụ {label.lower()} {col}"))
            else:
                out.append(fig(anchor, n, v, "count", "vụ", subject=f"số vụ {label.lower()} {col}", period=p))
            prev = f"| {n} |"
    return out


FIGS = [
    fig("phát hiện 67 vụ", "67", 67, "count", "vụ", change=chg("increase", 1.5, "%", "cùng kỳ năm 2023"),
        subject="vụ liên quan đến cờ bạc phát hiện", period=H1),
    fig("412 đối tượng", "412", 412, "count", "đối tượng",
        subject="đối tượng liên quan đến cờ bạc", period=H1),
    fig("khởi tố 41 vụ", "41", 41, "count", "vụ", percent=61.2, subject="vụ khởi tố", period=H1),
    fig("236 bị can", "236", 236, "count", "bị can", subject="bị can khởi tố", period=H1),
    fig("trên 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", approx="over", subject="tiền thu giữ", period=H1),
    fig("gần 90 tỷ", "90", 90e9, "money", "đồng", approx="nearly",
        subject="số tiền giao dịch của vụ cá độ bóng đá qua mạng", period=inh(H1)),
] + cells() + [
    fig("1.128 buổi", "1.128", 1128, "count", "buổi", percent=112.8,
        subject="buổi tuyên truyền các địa phương tổ chức", period=inh(H1)),
    fig("thêm 15 mô hình", "15", 15, "count", "mô hình",
        subject="mô hình Khu dân cư không có tội phạm cờ bạc xây dựng thêm", period=inh(H1)),
    fig("lên 96 mô hình", "96", 96, "count", "mô hình",
        subject="tổng số mô hình Khu dân cư không có tội phạm cờ bạc", period=inh(H1)),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ điều tra, khám phá án cờ bạc", period=inh(H2)),
    fig("ít nhất 3 đường dây", "3", 3, "count", "đường dây", approx="at_least", status="target",
        subject="đường dây cá độ bóng đá qua mạng triệt phá", period=inh(H2)),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast",
        subject="đợt cao điểm tổ chức vào dịp các giải bóng đá lớn", period=inh(H2)),
]

NOTES = [
    "Formal report: 'UBND TỈNH THANH HÓA', 'Số: 214/BC-UBND', 'Thanh Hóa, ngày 05 tháng 7 năm 2024', sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: 214/BC-UBND, the letterhead date, section numbers I, II, 1.-3., STT 1-3, C02, 'Lưu: VT, NC'.",
    "Flattened '|' table, 'Đơn vị tính: vụ': count cells in vụ with the column period; 'So với cùng kỳ (%)' cells are percent figures without period; rows are kinds of case (no place) → Thanh Hóa; table cells get no total.",
    "'tăng 1,5% về số vụ' → change of 67 vụ; '(chiếm 61,2% số vụ phát hiện)' → percent of 41 vụ. 'đạt 112,8% kế hoạch' → percent of 1.128 buổi.",
    "'xây dựng thêm 15 mô hình …, nâng tổng số lên 96 mô hình': 'nâng tổng số lên' is not a part cue of the spec → no total; both figures.",
    "Section II heading '6 THÁNG CUỐI NĂM 2024' gives the (inherited) period of the tasks; 'Phấn đấu' → target for its clauses; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1358-3", TEXT, NOTES, FIGS, published="2024-07-05", location="Thanh Hóa")

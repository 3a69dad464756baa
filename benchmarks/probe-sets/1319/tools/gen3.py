"""p1319-3: formal report (Sở TT&TT Quảng Ngãi, Số: 215/BC-STTTT): postal results 2024, flattened '|' table by firm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 215/BC-STTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả hoạt động bưu chính năm 2024 và phương hướng, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Năm 2024, tổng doanh thu dịch vụ bưu chính trên địa bàn tỉnh đạt 742,5 tỷ đồng, tăng 14,2% so với năm 2023, đạt 103,1% kế hoạch; tổng sản lượng bưu gửi đạt 21,36 triệu bưu gửi. Nộp ngân sách nhà nước của các doanh nghiệp bưu chính ước đạt 38 tỷ đồng.

2. Sản lượng bưu gửi theo doanh nghiệp
Đơn vị tính: nghìn bưu gửi
Doanh nghiệp | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Bưu điện tỉnh Quảng Ngãi | 6.842 | 7.615 | 111,3
Công ty CP Chuyển phát Sao Việt | 5.210 | 6.034 | 115,8
Các doanh nghiệp khác | 6.318 | 7.711 | 122,0
Tổng cộng | 18.370 | 21.360 | 116,3

3. Mạng lưới và chất lượng dịch vụ
Đến ngày 31/12/2024, toàn tỉnh có 312 điểm phục vụ bưu chính, trong đó 164 bưu điện văn hóa xã. Báo Nhân Dân, báo Quảng Ngãi được phát đến 100% xã trong ngày. Tỷ lệ bưu gửi phát thành công lần đầu đạt 94,6%. Trong số 18 doanh nghiệp được kiểm tra năm 2024, có 3 doanh nghiệp vi phạm quy định về bảo đảm an toàn bưu gửi, bị xử phạt tổng số tiền 45 triệu đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 doanh thu bưu chính đạt 830 tỷ đồng, tăng khoảng 12% so với năm 2024; sản lượng bưu gửi đạt 24 triệu bưu gửi; 100% bưu điện văn hóa xã cung cấp dịch vụ công trực tuyến.

Nơi nhận:
- Bộ Thông tin và Truyền thông (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, BCVT.

GIÁM ĐỐC
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]


def cells(prefix, row, nums):
    out = []
    prev = prefix
    for col, n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        if col.startswith("So với"):
            out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"sản lượng bưu gửi {row} so với cùng kỳ", period=inh(Y24)))
        else:
            v = float(n.replace(".", "")) * 1e3
            out.append(fig(anchor, n, v, "count", "bưu gửi", subject=f"sản lượng bưu gửi {row} {col.lower()}",
                           period=Y23 if col == "Năm 2023" else Y24))
        prev = n
    return out


TABLE = (cells("Quảng Ngãi", "Bưu điện tỉnh Quảng Ngãi", ["6.842", "7.615", "111,3"])
         + cells("Sao Việt", "Công ty CP Chuyển phát Sao Việt", ["5.210", "6.034", "115,8"])
         + cells("nghiệp khác", "các doanh nghiệp khác", ["6.318", "7.711", "122,0"])
         + cells("Tổng cộng", "tổng cộng", ["18.370", "21.360", "116,3"]))

FIGS = [
    fig("đạt 742,5 tỷ", "742,5", 742.5e9, "money", "đồng", percent=103.1,
        change=chg("increase", 14.2, "%", "năm 2023"),
        subject="tổng doanh thu dịch vụ bưu chính", period=Y24),
    fig("đạt 21,36 triệu", "21,36", 21.36e6, "count", "bưu gửi",
        subject="tổng sản lượng bưu gửi", period=Y24),
    fig("ước đạt 38 tỷ", "38", 38e9, "money", "đồng", status="estimate",
        subject="nộp ngân sách nhà nước của các doanh nghiệp bưu chính", period=inh(Y24)),
] + TABLE + [
    fig("có 312 điểm", "312", 312, "count", "điểm phục vụ", subject="điểm phục vụ bưu chính", period=ASOF),
    fig("trong đó 164 bưu", "164", 164, "count", "bưu điện văn hóa xã", total=312,
        subject="bưu điện văn hóa xã", period=ASOF),
    fig("đến 100% xã", "100", 100, "percent", "%",
        subject="xã được phát báo Nhân Dân, báo Quảng Ngãi trong ngày"),
    fig("đạt 94,6%", "94,6", 94.6, "percent", "%",
        subject="tỷ lệ bưu gửi phát thành công lần đầu", period=inh(Y24)),
    fig("Trong số 18 doanh", "18", 18, "count", "doanh nghiệp",
        subject="doanh nghiệp được kiểm tra", period=Y24b),
    fig("có 3 doanh", "3", 3, "count", "doanh nghiệp", total=18,
        subject="doanh nghiệp vi phạm quy định về bảo đảm an toàn bưu gửi", period=Y24b),
    fig("tiền 45 triệu", "45", 45e6, "money", "đồng", subject="tiền xử phạt doanh nghiệp vi phạm",
        period=Y24b),
    fig("đạt 830 tỷ", "830", 830e9, "money", "đồng", status="target",
        change=chg("increase", 12, "%", "năm 2024", approx="about"),
        subject="doanh thu bưu chính", period=Y25),
    fig("đạt 24 triệu", "24", 24e6, "count", "bưu gửi", status="target",
        subject="sản lượng bưu gửi", period=Y25),
    fig("; 100% bưu", "100", 100, "percent", "%", status="target",
        subject="bưu điện văn hóa xã cung cấp dịch vụ công trực tuyến", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NGÃI / SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 215/BC-STTTT', letterhead date, sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 215/BC-STTTT, 'ngày 08 tháng 01 năm 2025', section numbers, 'Đến ngày 31/12/2024', 'Lưu: VT, BCVT'.",
    "'đạt 103,1% kế hoạch' is a share after 'đạt' → percent 103.1 of 742,5 tỷ (no plan number is given, so no target).",
    "Flattened '|' table, 'Đơn vị tính: nghìn bưu gửi' → cells ×1000, count 'bưu gửi'; firms are not places (location Quảng Ngãi);",
    "'So với cùng kỳ (%)' cells are percent figures; their column names no period (the 2024 comparison): inherited, not scored. No totals for cells.",
    "'Trong số 18 doanh nghiệp ..., có 3 doanh nghiệp' → total 18. Section II 'Phấn đấu' governs the three ';' clauses (target, năm 2025).",
    "'100% xã' and '94,6%' stand in sentences after the as-of sentence: no period of their own (94,6% inherits năm 2024 from section I).",
]

if __name__ == "__main__":
    write("p1319-3", TEXT, NOTES, FIGS, published="2025-01-08", location="Quảng Ngãi")

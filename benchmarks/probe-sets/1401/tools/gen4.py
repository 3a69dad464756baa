"""p1401-4: formal report (Sở GD&ĐT Thái Bình): study-abroad departures in H1 2024 with a flattened '|' table by country."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 215/BC-SGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động tư vấn du học 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công dân của tỉnh đi học tập ở nước ngoài
6 tháng đầu năm 2024, toàn tỉnh có 1.946 công dân xuất cảnh đi du học, tăng 7,4% so với cùng kỳ, bằng 52,6% kế hoạch năm. Cụ thể theo nước đến:

Đơn vị tính: người
STT | Nước đến | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024 | So với cùng kỳ (%)
1 | Nhật Bản | 902 | 934 | 103,5
2 | Hàn Quốc | 611 | 688 | 112,6
3 | Đài Loan (Trung Quốc) | 183 | 197 | 107,7
4 | Các nước khác | 116 | 127 | 109,5
  | Tổng cộng | 1.812 | 1.946 | 107,4

2. Quản lý tổ chức kinh doanh dịch vụ tư vấn du học
Đến ngày 30/6/2024, trên địa bàn tỉnh có 23 tổ chức kinh doanh dịch vụ tư vấn du học, tăng 2 tổ chức so với cuối năm 2023. Trong kỳ, Sở đã kiểm tra 9 tổ chức, phát hiện 4 tổ chức vi phạm, xử phạt vi phạm hành chính 85 triệu đồng, đề nghị thu hồi 01 giấy chứng nhận.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu cả năm 2024 có khoảng 3.700 công dân đi du học đúng quy định.
2. Chỉ tiêu 6 tháng cuối năm: kiểm tra ít nhất 15 tổ chức tư vấn du học; 100% tổ chức công khai học phí, chi phí trên trang thông tin điện tử.

Nơi nhận:
- Bộ GD&ĐT (để b/c);
- UBND tỉnh (để b/c);
- Lưu: VT, GDTX.

GIÁM ĐỐC
(Đã ký)
Phạm Quang Huy
"""

H1_24 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_23 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
ASOF = per("Đến ngày 30/6/2024", None, "2024-06-30")
KY = per("Trong kỳ", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")


def row(label, a23, n23, a24, n24, ap, np_, p23, p24, pct):
    return [
        fig(a23, n23, p23, "count", "người", subject=f"{label} 6 tháng đầu năm 2023", period=H1_23),
        fig(a24, n24, p24, "count", "người", subject=f"{label} 6 tháng đầu năm 2024", period=H1_24),
        fig(ap, np_, pct, "percent", "%", subject=f"{label} so với cùng kỳ"),
    ]


FIGS = [
    fig("có 1.946 công dân", "1.946", 1946, "count", "công dân",
        change=chg("increase", 7.4, "%", "cùng kỳ"), percent=52.6,
        subject="công dân xuất cảnh đi du học", period=H1_24),
    *row("Nhật Bản", "| 902 |", "902", "| 934 |", "934", "| 103,5", "103,5", 902, 934, 103.5),
    *row("Hàn Quốc", "| 611 |", "611", "| 688 |", "688", "| 112,6", "112,6", 611, 688, 112.6),
    *row("Đài Loan (Trung Quốc)", "| 183 |", "183", "| 197 |", "197", "| 107,7", "107,7", 183, 197, 107.7),
    *row("Các nước khác", "| 116 |", "116", "| 127 |", "127", "| 109,5", "109,5", 116, 127, 109.5),
    *row("Tổng cộng", "| 1.812 |", "1.812", "| 1.946 |", "1.946", "| 107,4", "107,4", 1812, 1946, 107.4),
    fig("có 23 tổ chức", "23", 23, "count", "tổ chức",
        change=chg("increase", 2, "tổ chức", "cuối năm 2023"),
        subject="tổ chức kinh doanh dịch vụ tư vấn du học", period=ASOF),
    fig("kiểm tra 9 tổ chức", "9", 9, "count", "tổ chức", subject="tổ chức được Sở kiểm tra", period=KY),
    fig("phát hiện 4 tổ chức", "4", 4, "count", "tổ chức", subject="tổ chức vi phạm", period=KY),
    fig("chính 85 triệu", "85", 85e6, "money", "đồng", subject="xử phạt vi phạm hành chính", period=KY),
    fig("hồi 01 giấy", "01", 1, "count", "giấy chứng nhận", subject="giấy chứng nhận đề nghị thu hồi",
        period=KY),
    fig("khoảng 3.700 công dân", "3.700", 3700, "count", "công dân", approx="about", status="target",
        subject="công dân đi du học đúng quy định", period=Y24),
    fig("ít nhất 15 tổ chức", "15", 15, "count", "tổ chức", approx="at_least", status="target",
        subject="tổ chức tư vấn du học được kiểm tra", period=H2),
    fig("; 100% tổ chức", "100", 100, "percent", "%", status="target",
        subject="tổ chức công khai học phí, chi phí trên trang thông tin điện tử", period=H2),
]

NOTES = [
    "Formal report (Sở GD&ĐT Thái Bình): 'UBND TỈNH THÁI BÌNH', 'Số: 215/BC-SGDĐT', 'Thái Bình, ngày 12 tháng 7 năm 2024', sections I/II, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: người', columns 6 tháng đầu năm 2023 / 2024 / So với cùng kỳ (%), 'Tổng cộng' row.",
    "Every numeric cell is a figure; subject = row label + column label; the destination row labels are not places (location Thái Bình).",
    "Periods from column headers (scored). The '(%)' column has no period in its header: no gold period. Row numbers 1-4, STT are not figures.",
    "Distractors: 'Số: 215/BC-SGDĐT', letterhead date, section numbers I./II./1./2., 'Lưu: VT, GDTX', '(để b/c)'.",
    "'Trong kỳ' in a half-year report = the report's period (by analogy with 'trong tháng' in a monthly report): 2024-01-01..2024-06-30.",
    "'tăng 2 tổ chức so với cuối năm 2023' → change in tổ chức. '9 … phát hiện 4 …' has no part cue: no total.",
    "Section II: 'Phấn đấu' and 'Chỉ tiêu 6 tháng cuối năm:' → target; '6 tháng cuối năm' (no year) takes 2024; the 100% shares that sentence's period.",
]

if __name__ == "__main__":
    write("p1401-4", TEXT, NOTES, FIGS, published="2024-07-12", location="Thái Bình")

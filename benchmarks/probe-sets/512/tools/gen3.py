"""p512-3: formal report UBND tỉnh Quảng Bình, BHXH/BHYT/BHTN 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Quảng Bình, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách BHXH, BHYT, BHTN 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Phát triển người tham gia
Thực hiện Nghị quyết số 28-NQ/TW và Quyết định số 546/QĐ-TTg, số người tham gia các loại hình bảo hiểm trên địa bàn tỉnh tiếp tục tăng.

Bảng 1. Số người tham gia (Đơn vị tính: người)
Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện đến 30/9/2024 | Tỷ lệ so với KH (%)
BHXH bắt buộc | 82.500 | 79.814 | 96,7
BHXH tự nguyện | 46.000 | 38.927 | 84,6
BHTN | 74.300 | 72.105 | 97,0
BHYT | 862.000 | 846.530 | 98,2

Tỷ lệ bao phủ BHYT đạt 94,1% dân số (chỉ tiêu Nghị quyết HĐND tỉnh giao là 95%); tỷ lệ lao động tham gia BHXH đạt 27,3% lực lượng lao động trong độ tuổi.

2. Thu, nợ và chi trả
Tổng số thu 9 tháng ước đạt 1.986,2 tỷ đồng, đạt 73,4% kế hoạch. Số chậm đóng BHXH, BHTN là 64,7 tỷ đồng của 1.135 đơn vị, giảm 8,2 tỷ đồng so với cuối năm 2023. Đã chi trả lương hưu, trợ cấp BHXH hằng tháng cho 31.480 người với số tiền 2.310 tỷ đồng; giải quyết hưởng BHXH một lần cho 4.212 người.

II. NHIỆM VỤ QUÝ IV
Phấn đấu đến 31/12/2024 đạt 100% kế hoạch thu; giảm tỷ lệ chậm đóng xuống dưới 2,5% số phải thu.

Nơi nhận:
- Bộ LĐ-TB&XH;
- BHXH Việt Nam;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Xuân Tân
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
END = P("đến 31/12/2024", None, "2024-12-31")

FIGS = []
ROWS = [("BHXH bắt buộc", "82.500", 82500, "79.814", 79814, "96,7", 96.7),
        ("BHXH tự nguyện", "46.000", 46000, "38.927", 38927, "84,6", 84.6),
        ("BHTN", "74.300", 74300, "72.105", 72105, "97,0", 97.0),
        ("BHYT", "862.000", 862000, "846.530", 846530, "98,2", 98.2)]
for label, k, kv, t, tv, r, rv in ROWS:
    FIGS.append(F(f"{label} | {k}", k, kv, "count", "người", f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(f"| {t} |", t, tv, "count", "người", f"{label} thực hiện đến 30/9/2024", TH))
    FIGS.append(F(f"{t} | {r}", r, rv, "percent", "%", f"{label} tỷ lệ so với kế hoạch", I(TH)))

FIGS += [
    F("đạt 94,1% dân số", "94,1", 94.1, "percent", "%", "tỷ lệ bao phủ BHYT", I(TH), target=TG(95, met=False)),
    F("đạt 27,3% lực lượng", "27,3", 27.3, "percent", "%", "tỷ lệ lao động tham gia BHXH", I(TH)),
    F("ước đạt 1.986,2 tỷ đồng", "1.986,2", 1986200000000, "money", "đồng", "tổng số thu", M9,
      percent=73.4, status="estimate"),
    F("là 64,7 tỷ đồng", "64,7", 64700000000, "money", "đồng", "số chậm đóng BHXH, BHTN", I(TH),
      change=CH("decrease", 8200000000, "đồng", baseline="cuối năm 2023")),
    F("của 1.135 đơn vị", "1.135", 1135, "count", "đơn vị", "đơn vị chậm đóng BHXH, BHTN", I(TH)),
    F("cho 31.480 người", "31.480", 31480, "count", "người", "người được chi trả lương hưu, trợ cấp BHXH hằng tháng", I(M9)),
    F("tiền 2.310 tỷ đồng", "2.310", 2310000000000, "money", "đồng", "số tiền chi trả lương hưu, trợ cấp BHXH hằng tháng", I(M9)),
    F("cho 4.212 người", "4.212", 4212, "count", "người", "người hưởng BHXH một lần", I(M9)),
    F("đạt 100% kế hoạch thu", "100", 100, "percent", "%", "kế hoạch thu", END, status="target"),
    F("dưới 2,5% số", "2,5", 2.5, "percent", "%", "tỷ lệ chậm đóng so với số phải thu", END, approx="under", status="target"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Quảng Bình, Số: 412/BC-UBND, 14/10/2024 — BHXH, BHYT, BHTN 9 tháng năm 2024; flattened '|' table.",
    "Distractors: letterhead, 'Số: 412/BC-UBND', place-and-date line, 'Nghị quyết số 28-NQ/TW', 'Quyết định số 546/QĐ-TTg', 'Bảng 1',",
    "section numbers I./1./2./II., 'QUÝ IV', 'Nơi nhận' list. The report's own date gives `published`.",
    "Table: every numeric cell is a figure (as shared h23): Kế hoạch column -> target, period 2024; Thực hiện column -> as-of 30/9/2024;",
    "'Tỷ lệ so với KH (%)' cells are percent figures (period not in their header: inherited). Result cells get no percent/target attribute.",
    "'giảm 8,2 tỷ đồng so với cuối năm 2023' is the change of the 64,7 tỷ (money), not of the 1.135 đơn vị standing between them.",
]

if __name__ == "__main__":
    emit("p512-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Bình")

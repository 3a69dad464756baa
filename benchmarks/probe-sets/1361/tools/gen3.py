"""p1361-3: formal report (UBND tỉnh Bắc Ninh): nhà trọ công nhân 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 27/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả bảo đảm an toàn phòng cháy, chữa cháy tại nhà trọ công nhân năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Toàn tỉnh hiện có 18.920 nhà trọ với khoảng 236.000 phòng, là nơi ở của hơn 410 nghìn công nhân, người lao động. Năm 2024, xảy ra 11 vụ cháy tại nhà trọ (giảm 5 vụ so với năm 2023), làm chết 1 người, bị thương 3 người, thiệt hại về tài sản ước tính 2,7 tỷ đồng.

2. Số cơ sở nhà trọ được kiểm tra theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Bắc Ninh | 2.140 | 2.586 | 120,8
TP Từ Sơn | 1.865 | 2.203 | 118,1
Huyện Tiên Du | 1.512 | 1.730 | 114,4
Huyện Yên Phong | 1.298 | 1.604 | 123,6
Tổng cộng | 6.815 | 8.123 | 119,2

Qua kiểm tra phát hiện 2.465 tồn tại, thiếu sót; xử phạt 612 trường hợp với số tiền 3,15 tỷ đồng, tăng 27,4% so với năm 2023.

3. Tuyên truyền, xây dựng phong trào
Tổ chức 148 hội nghị tuyên truyền với khoảng 21.000 lượt người tham dự; xây dựng 1.320 mô hình "Tổ liên gia an toàn PCCC" tại khu nhà trọ, vượt 10% kế hoạch.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kiểm tra 100% nhà trọ từ 5 tầng trở lên hoặc có trên 20 phòng; giảm ít nhất 10% số vụ cháy tại nhà trọ so với năm 2024.

Nơi nhận:
- Bộ Công an (C07);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hồng Quang
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IND = "số cơ sở nhà trọ được kiểm tra"
PLACES = {"TP Bắc Ninh": "TP Bắc Ninh", "TP Từ Sơn": "Từ Sơn", "Huyện Tiên Du": "Tiên Du",
          "Huyện Yên Phong": "Yên Phong", "Tổng cộng": "Bắc Ninh"}
ROWS = [("TP Bắc Ninh", "2.140", "2.586", "120,8"), ("TP Từ Sơn", "1.865", "2.203", "118,1"),
        ("Huyện Tiên Du", "1.512", "1.730", "114,4"), ("Huyện Yên Phong", "1.298", "1.604", "123,6"),
        ("Tổng cộng", "6.815", "8.123", "119,2")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, a, b, c in ROWS:
    loc = PLACES[label]
    pre = "tổng cộng " if label == "Tổng cộng" else ""
    CELLS.append(fig(f"{label} | {a}", a, num(a), "count", "cơ sở", subject=f"{pre}{IND} năm 2023",
                     period=C23, location=loc))
    CELLS.append(fig(f"{a} | {b}", b, num(b), "count", "cơ sở", subject=f"{pre}{IND} năm 2024",
                     period=C24, location=loc))
    CELLS.append(fig(f"{b} | {c}", c, num(c), "percent", "%", subject=f"{pre}{IND} so với cùng kỳ",
                     location=loc))

FIGS = [
    fig("có 18.920 nhà trọ", "18.920", 18920, "count", "nhà trọ", subject="nhà trọ"),
    fig("khoảng 236.000 phòng", "236.000", 236000, "count", "phòng", approx="about", subject="phòng"),
    fig("hơn 410 nghìn", "410", 410000, "count", "công nhân, người lao động", approx="over",
        subject="công nhân, người lao động ở nhà trọ"),
    fig("xảy ra 11 vụ cháy", "11", 11, "count", "vụ cháy", change=chg("decrease", 5, "vụ", "năm 2023"),
        subject="vụ cháy tại nhà trọ", period=Y24),
    fig("làm chết 1 người", "1", 1, "count", "người", subject="người chết", period=Y24),
    fig("bị thương 3 người", "3", 3, "count", "người", subject="người bị thương", period=Y24),
    fig("ước tính 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", status="estimate",
        subject="thiệt hại về tài sản", period=Y24),
] + CELLS + [
    fig("phát hiện 2.465 tồn tại", "2.465", 2465, "count", "tồn tại, thiếu sót",
        subject="tồn tại, thiếu sót phát hiện qua kiểm tra", period=inh(Y24)),
    fig("xử phạt 612 trường hợp", "612", 612, "count", "trường hợp", subject="trường hợp bị xử phạt",
        period=inh(Y24)),
    fig("tiền 3,15 tỷ", "3,15", 3.15e9, "money", "đồng", change=chg("increase", 27.4, "%", "năm 2023"),
        subject="số tiền xử phạt", period=inh(Y24)),
    fig("Tổ chức 148 hội nghị", "148", 148, "count", "hội nghị", subject="hội nghị tuyên truyền",
        period=inh(Y24)),
    fig("khoảng 21.000 lượt", "21.000", 21000, "count", "lượt người", approx="about",
        subject="lượt người tham dự hội nghị tuyên truyền", period=inh(Y24)),
    fig("xây dựng 1.320 mô hình", "1.320", 1320, "count", "mô hình",
        change=chg("increase", 10, "%", "kế hoạch"),
        subject="mô hình Tổ liên gia an toàn PCCC tại khu nhà trọ", period=inh(Y24)),
    fig("kiểm tra 100% nhà trọ", "100", 100, "percent", "%", status="target",
        subject="nhà trọ từ 5 tầng trở lên hoặc có trên 20 phòng được kiểm tra", period=inh(Y25)),
    fig("từ 5 tầng", "5", 5, "count", "tầng", approx="at_least", status="target", optional=True),
    fig("trên 20 phòng", "20", 20, "count", "phòng", approx="over", status="target", optional=True),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm số vụ cháy tại nhà trọ so với năm 2024", period=inh(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh Bắc Ninh, Số: 27/BC-UBND, 'Bắc Ninh, ngày 15 tháng 01 năm 2025'): nhà trọ công nhân, năm 2024.",
    "Distractors: document number, letterhead date, section numbers I./1./2./3./II., '(C07)' (a unit code), 'Lưu: VT, NC'.",
    "Flattened '|' table with 'Đơn vị tính: cơ sở': every numeric cell is a figure; place row labels go to location",
    "('Tổng cộng' → the province); period from the column header; 'So với cùng kỳ (%)' cells are percent figures without a period.",
    "'(giảm 5 vụ so với năm 2023)' is the change of 11 vụ cháy (unit vụ). 'vượt 10% kế hoạch' is a change against the plan.",
    "Sections 2-3 and II: the period ('Năm 2024', heading 'NHIỆM VỤ NĂM 2025') stands in another sentence: inherited.",
    "Thresholds 'từ 5 tầng trở lên', 'trên 20 phòng' are optional. 'giảm ít nhất 10%' is a percent figure (target, at_least), no change.",
]

if __name__ == "__main__":
    write("p1361-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bắc Ninh")

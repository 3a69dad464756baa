"""p515-3: formal report under a letterhead (UBND tỉnh Ninh Bình) — cashless payments and digital signatures,
with a table flattened with '|'."""
from lib import F, P, inh, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả thanh toán không dùng tiền mặt và sử dụng chữ ký số 6 tháng đầu năm 2024

Thực hiện Quyết định số 1813/QĐ-TTg ngày 28/10/2021 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Thanh toán không dùng tiền mặt
Đến ngày 30/6/2024, toàn tỉnh có 1.025.600 tài khoản thanh toán cá nhân, tăng 6,8% so với cuối năm 2023; 96,5% đối tượng hưởng chính sách an sinh xã hội được chi trả qua tài khoản; 100% cơ sở giáo dục công lập thu học phí không dùng tiền mặt.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng đầu năm 2024 | Tỷ lệ so kế hoạch (%)
Tài khoản thanh toán cá nhân | nghìn tài khoản | 1.080 | 1.025,6 | 95,0
Giao dịch thanh toán qua mã QR | nghìn giao dịch | 9.500 | 5.312 | 55,9
Chứng thư chữ ký số cá nhân cấp mới | chứng thư | 60.000 | 41.870 | 69,8
Hộ kinh doanh dùng hóa đơn điện tử | hộ | 2.400 | 2.136 | 89,0

2. Chữ ký số
Lũy kế đến 30/6/2024, toàn tỉnh đã cấp 128.640 chứng thư chữ ký số, trong đó 112.300 chứng thư cá nhân và 16.340 chứng thư tổ chức, doanh nghiệp. Có 9.870 cán bộ, công chức, viên chức được cấp chữ ký số chuyên dùng, đạt 98,2%. Tỷ lệ văn bản đi được ký số ở cấp tỉnh đạt 99,1%, cấp huyện 97,6%, cấp xã 92,3%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến hết năm 2024 có 1,1 triệu tài khoản thanh toán cá nhân; 100% hộ kinh doanh tại 35 chợ loại 1, loại 2 chấp nhận thanh toán qua mã QR.

Nơi nhận:
- Ngân hàng Nhà nước Việt Nam;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Đến ngày 30/6/2024", end="2024-06-30")
CUM = P("Lũy kế đến 30/6/2024", end="2024-06-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1 = P("Thực hiện 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1R = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
END24 = P("đến hết năm 2024", end="2024-12-31")

ROWS = [
    # label, unit, multiplier, (plan anchor, plan num), (done anchor, done num), (ratio anchor, ratio num)
    ("Tài khoản thanh toán cá nhân", "tài khoản", 1e3, ("| 1.080 |", "1.080"), ("| 1.025,6 |", "1.025,6"),
     ("| 95,0", "95,0")),
    ("Giao dịch thanh toán qua mã QR", "giao dịch", 1e3, ("| 9.500 |", "9.500"), ("| 5.312 |", "5.312"),
     ("| 55,9", "55,9")),
    ("Chứng thư chữ ký số cá nhân cấp mới", "chứng thư", 1, ("| 60.000 |", "60.000"), ("| 41.870 |", "41.870"),
     ("| 69,8", "69,8")),
    ("Hộ kinh doanh dùng hóa đơn điện tử", "hộ", 1, ("| 2.400 |", "2.400"), ("| 2.136 |", "2.136"),
     ("| 89,0", "89,0")),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, unit, mult, plan, done, ratio in ROWS:
    TABLE.append(F(plan[0], plan[1], num(plan[1]) * mult, "count", unit, label + " kế hoạch năm 2024", PLAN,
                   status="target"))
    TABLE.append(F(done[0], done[1], num(done[1]) * mult, "count", unit, label + " thực hiện 6 tháng đầu năm 2024", H1))
    TABLE.append(F(ratio[0], ratio[1], num(ratio[1]), "percent", "%", label + " tỷ lệ so kế hoạch", H1R))

FIGS = [
    F("có 1.025.600 tài khoản", "1.025.600", 1025600, "count", "tài khoản", "tài khoản thanh toán cá nhân", ASOF,
      change=CH("increase", 6.8, "%", "cuối năm 2023")),
    F("96,5% đối tượng", "96,5", 96.5, "percent", "%",
      "đối tượng hưởng chính sách an sinh xã hội được chi trả qua tài khoản", ASOF),
    F("100% cơ sở giáo dục", "100", 100, "percent", "%", "cơ sở giáo dục công lập thu học phí không dùng tiền mặt",
      ASOF),
    *TABLE,
    F("cấp 128.640 chứng thư", "128.640", 128640, "count", "chứng thư", "chứng thư chữ ký số", CUM),
    F("112.300 chứng thư", "112.300", 112300, "count", "chứng thư", "chứng thư chữ ký số cá nhân", CUM, total=128640),
    F("16.340 chứng thư", "16.340", 16340, "count", "chứng thư", "chứng thư chữ ký số tổ chức, doanh nghiệp", CUM,
      total=128640),
    F("Có 9.870 cán bộ", "9.870", 9870, "count", "cán bộ, công chức, viên chức",
      "cán bộ, công chức, viên chức được cấp chữ ký số chuyên dùng", inh(CUM), percent=98.2),
    F("cấp tỉnh đạt 99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ văn bản đi được ký số ở cấp tỉnh", inh(CUM)),
    F("cấp huyện 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ văn bản đi được ký số cấp huyện", inh(CUM)),
    F("cấp xã 92,3%", "92,3", 92.3, "percent", "%", "tỷ lệ văn bản đi được ký số cấp xã", inh(CUM)),
    F("có 1,1 triệu tài khoản", "1,1", 1100000, "count", "tài khoản", "tài khoản thanh toán cá nhân", END24,
      status="target"),
    F("; 100% hộ kinh doanh", "100", 100, "percent", "%",
      "hộ kinh doanh tại chợ loại 1, loại 2 chấp nhận thanh toán qua mã QR", END24, status="target"),
    F("tại 35 chợ", "35", 35, "count", "chợ", "chợ loại 1, loại 2", END24, status="target"),
]

COMMENTS = [
    "Báo cáo số 214/BC-UBND của UBND tỉnh Ninh Bình (invented): thanh toán không dùng tiền mặt và chữ ký số 6 tháng đầu năm 2024.",
    "published = the place-and-date line 'Ninh Bình, ngày 12 tháng 7 năm 2024'.",
    "Distractors: 'Số: 214/BC-UBND', 'Quyết định số 1813/QĐ-TTg ngày 28/10/2021', 'Bảng 1', section numbers 'I.', 'II.', '1.', '2.',",
    "'6 tháng cuối năm' (heading), 'chợ loại 1, loại 2' (market classes, like 'mức độ 3, 4'), 'Lưu: VT, KT.'.",
    "Table (flattened with '|'): every numeric cell is a figure; units and multipliers from the 'Đơn vị' column",
    "('nghìn tài khoản' 1.025,6 = 1.025.600 tài khoản); 'Kế hoạch năm 2024' -> target; periods from the column headers;",
    "the 'Tỷ lệ so kế hoạch (%)' cells are percent figures (period inherited from the report title, not scored).",
    "'trong đó 112.300 ... và 16.340' take 128.640 as total. 'đạt 98,2%' after 9.870 is its percent.",
]

if __name__ == "__main__":
    emit("p515-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Ninh Bình")

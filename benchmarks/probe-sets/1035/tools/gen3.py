"""p1035-3: formal report under a letterhead (UBND tỉnh Thái Nguyên), 9 months 2023, flattened '|' table."""
from lib import F, P, I, CH, T, write

TEXT = """UBND TỈNH THÁI NGUYÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Thái Nguyên, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả công tác hoàn thuế giá trị gia tăng 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Thực hiện Luật Quản lý thuế và Thông tư số 80/2021/TT-BTC, 9 tháng năm 2023, Cục Thuế tỉnh đã giải quyết 214 hồ sơ hoàn thuế GTGT với số tiền 7.865 tỷ đồng, bằng 71,5% dự toán chi hoàn cả năm, tăng 9,3% so với cùng kỳ năm 2022. Riêng quý III/2023 hoàn 2.418 tỷ đồng cho 76 hồ sơ.

2. Kết quả theo trường hợp hoàn
Đơn vị tính: tỷ đồng
STT | Trường hợp hoàn | Hoàn trước, kiểm tra sau | Kiểm tra trước, hoàn sau | Cộng
1 | Hàng hóa xuất khẩu | 5.984 | 1.118 | 7.102
2 | Dự án đầu tư | 215 | 486 | 701
3 | Trường hợp khác | 9 | 53 | 62
Tổng cộng | | 6.208 | 1.657 | 7.865

3. Kiểm tra sau hoàn thuế
Cục Thuế đã kiểm tra sau hoàn tại 45 doanh nghiệp, đạt 75% kế hoạch năm (60 doanh nghiệp); thu hồi về ngân sách 8,62 tỷ đồng, phạt vi phạm hành chính 1,15 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Tính đến ngày 30/9/2023, còn 18 hồ sơ với số tiền 326 tỷ đồng chưa được giải quyết, trong đó 11 hồ sơ quá hạn do chờ kết quả xác minh hóa đơn của cơ quan thuế nơi khác.

III. NHIỆM VỤ QUÝ IV/2023
Phấn đấu giải quyết 100% hồ sơ đủ điều kiện đúng thời hạn. Dự kiến số tiền hoàn quý IV khoảng 2.600 tỷ đồng, cả năm 2023 khoảng 10.465 tỷ đồng, bằng 95,1% dự toán.

Nơi nhận:
- Bộ Tài chính;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

B = 1e9
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")
RS, KT, CG = "hoàn trước, kiểm tra sau", "kiểm tra trước, hoàn sau", "cộng"


def cell(anchor, number, row, col):
    return F(anchor, number, float(number.replace(".", "")) * B, "money", "đồng",
             subject=f"số tiền hoàn thuế {row} {col}", period=I(M9))


FIGS = [
    F("giải quyết 214 hồ sơ", "214", 214, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế GTGT được giải quyết", period=M9),
    F("số tiền 7.865 tỷ đồng", "7.865", 7865 * B, "money", "đồng", percent=71.5,
      change=CH("increase", 9.3, "%", "cùng kỳ năm 2022"),
      subject="số tiền hoàn thuế GTGT", period=M9),
    F("hoàn 2.418 tỷ đồng", "2.418", 2418 * B, "money", "đồng",
      subject="số tiền hoàn thuế GTGT", period=Q3),
    F("cho 76 hồ sơ", "76", 76, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế GTGT", period=Q3),
    cell("| 5.984 |", "5.984", "hàng hóa xuất khẩu", RS),
    cell("| 1.118 |", "1.118", "hàng hóa xuất khẩu", KT),
    cell("| 7.102", "7.102", "hàng hóa xuất khẩu", CG),
    cell("| 215 |", "215", "dự án đầu tư", RS),
    cell("| 486 |", "486", "dự án đầu tư", KT),
    cell("| 701", "701", "dự án đầu tư", CG),
    cell("| 9 |", "9", "trường hợp khác", RS),
    cell("| 53 |", "53", "trường hợp khác", KT),
    cell("| 62", "62", "trường hợp khác", CG),
    cell("| 6.208 |", "6.208", "tổng cộng", RS),
    cell("| 1.657 |", "1.657", "tổng cộng", KT),
    cell("| 1.657 | 7.865", "7.865", "tổng cộng", CG),
    F("tại 45 doanh nghiệp", "45", 45, "count", "doanh nghiệp", percent=75,
      target=T(60, "doanh nghiệp"),
      subject="doanh nghiệp được kiểm tra sau hoàn thuế", period=I(M9)),
    F("ngân sách 8,62 tỷ đồng", "8,62", 8.62 * B, "money", "đồng",
      subject="tiền thu hồi về ngân sách qua kiểm tra sau hoàn", period=I(M9)),
    F("hành chính 1,15 tỷ đồng", "1,15", 1.15 * B, "money", "đồng",
      subject="tiền phạt vi phạm hành chính", period=I(M9)),
    F("còn 18 hồ sơ", "18", 18, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế chưa được giải quyết", period=ASOF),
    F("số tiền 326 tỷ đồng", "326", 326 * B, "money", "đồng",
      subject="số tiền của hồ sơ chưa được giải quyết", period=ASOF),
    F("trong đó 11 hồ sơ", "11", 11, "count", "hồ sơ", total=18,
      subject="hồ sơ quá hạn", period=ASOF),
    F("giải quyết 100% hồ sơ", "100", 100, "percent", "%", status="target",
      subject="hồ sơ đủ điều kiện được giải quyết đúng thời hạn",
      period=I(P("QUÝ IV/2023", "2023-10-01", "2023-12-31"))),
    F("khoảng 2.600 tỷ đồng", "2.600", 2600 * B, "money", "đồng", approx="about", status="forecast",
      subject="số tiền hoàn thuế", period=Q4),
    F("khoảng 10.465 tỷ đồng", "10.465", 10465 * B, "money", "đồng", approx="about", status="forecast",
      percent=95.1, subject="số tiền hoàn thuế cả năm",
      period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Formal report of UBND tỉnh Thái Nguyên (Số: 287/BC-UBND, 12/10/2023): hoàn thuế GTGT 9 tháng năm 2023. Invented (probe 1035).",
    "The place-and-date line gives published. Not figures: document numbers, section numbers I.-III. and 1.-3., the STT column (1-3),",
    "'Thông tư số 80/2021/TT-BTC', heading 'QUÝ IV/2023'. Table cells (Đơn vị tính: tỷ đồng) are money figures with row + column",
    "label as subject and the report's period (title '9 tháng năm 2023', inherited); cells get no total (the Tổng cộng row is its own figure).",
    "'đạt 75% kế hoạch năm (60 doanh nghiệp)': percent 75 and target 60. 'Riêng quý III/2023' is not a part-of cue: no total.",
    "'Dự kiến' governs both forecast clauses; 'bằng 95,1% dự toán' is the percent of 10.465 tỷ.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, COMMENTS, published="2023-10-12", location="Thái Nguyên")

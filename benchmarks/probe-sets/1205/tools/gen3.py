"""p1205-3: Hà Tĩnh formal report (UBND tỉnh) - damage from giông, lốc, sét, mưa đá, 9 months 2023; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 415/BC-UBND
Hà Tĩnh, ngày 20 tháng 10 năm 2023

BÁO CÁO
Tình hình thiệt hại do giông, lốc, sét, mưa đá 9 tháng năm 2023 và nhiệm vụ những tháng cuối năm

I. TÌNH HÌNH THIỆT HẠI
1. Về người: 9 tháng năm 2023, trên địa bàn tỉnh xảy ra 23 trận giông, lốc, sét, mưa đá, làm 4 người chết (tăng 1 người so với cùng kỳ năm 2022) và 9 người bị thương. Cả 4 trường hợp tử vong đều do sét đánh khi đang làm đồng, chăn thả gia súc.
2. Về nhà ở: 964 ngôi nhà bị thiệt hại, trong đó 11 nhà sập, đổ hoàn toàn. Chi tiết theo địa phương:
Đơn vị tính: ngôi nhà
TT | Địa phương | Sập, đổ hoàn toàn | Tốc mái, hư hỏng
1 | Hương Khê | 6 | 412
2 | Hương Sơn | 3 | 287
3 | Vũ Quang | 1 | 156
4 | Can Lộc | 1 | 98
 | Tổng cộng | 11 | 953
3. Về sản xuất: 215 ha lúa, ngô bị dập nát; 27 con trâu, bò bị sét đánh chết. Tổng giá trị thiệt hại ước tính 21,35 tỷ đồng, bằng 64% so với cùng kỳ.

II. CÔNG TÁC KHẮC PHỤC
UBND tỉnh đã trích ngân sách 3,2 tỷ đồng hỗ trợ các hộ bị thiệt hại, mức hỗ trợ từ 2 đến 40 triệu đồng/hộ tùy mức độ. Tính đến ngày 15/10/2023, đã có 947/964 ngôi nhà được sửa chữa xong, đạt 98,2%.

III. NHIỆM VỤ THỜI GIAN TỚI
Hoàn thành lắp đặt 12 cột thu sét tại các cánh đồng xã Hương Trạch, Phúc Trạch trước ngày 30/11/2023, dự kiến kinh phí khoảng 1,4 tỷ đồng; phấn đấu 100% thôn, tổ dân phố được phổ biến kỹ năng phòng tránh sét.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL2.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("Tính đến ngày 15/10/2023", None, "2023-10-15")
DUE = P("trước ngày 30/11/2023", None, "2023-11-30")
SAP = "nhà sập, đổ hoàn toàn"
TOC = "nhà tốc mái, hư hỏng"


def cell(anchor, number, value, subject, place=None):
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "count", "ngôi nhà", subject=subject, period=I(M9), **kw)


FIGS = [
    F("xảy ra 23 trận", "23", 23, "count", "trận", subject="trận giông, lốc, sét, mưa đá", period=M9),
    F("làm 4 người chết", "4", 4, "count", "người", change=C("increase", 1, "người", "cùng kỳ năm 2022"),
      subject="người chết do giông, lốc, sét, mưa đá", period=M9),
    F("9 người bị thương", "9", 9, "count", "người", subject="người bị thương do giông, lốc, sét, mưa đá", period=M9),
    F("Cả 4 trường hợp", "4", 4, "count", "trường hợp", optional=True,
      subject="trường hợp tử vong do sét đánh", period=I(M9)),
    F("2. Về nhà ở: 964 ngôi nhà", "964", 964, "count", "ngôi nhà",
      subject="ngôi nhà bị thiệt hại", period=I(M9)),
    F("trong đó 11 nhà", "11", 11, "count", "nhà", total=964, subject=SAP, period=I(M9)),
    cell("Hương Khê | 6", "6", 6, SAP, "Hương Khê"),
    cell("6 | 412", "412", 412, TOC, "Hương Khê"),
    cell("Hương Sơn | 3", "3", 3, SAP, "Hương Sơn"),
    cell("3 | 287", "287", 287, TOC, "Hương Sơn"),
    cell("Vũ Quang | 1", "1", 1, SAP, "Vũ Quang"),
    cell("1 | 156", "156", 156, TOC, "Vũ Quang"),
    cell("Can Lộc | 1", "1", 1, SAP, "Can Lộc"),
    cell("1 | 98", "98", 98, TOC, "Can Lộc"),
    cell("Tổng cộng | 11", "11", 11, "tổng cộng " + SAP),
    cell("11 | 953", "953", 953, "tổng cộng " + TOC),
    F("215 ha", "215", 215, "measure", "ha", subject="diện tích lúa, ngô bị dập nát", period=I(M9)),
    F("27 con", "27", 27, "count", "con", subject="trâu, bò bị sét đánh chết", period=I(M9)),
    F("21,35 tỷ", "21,35", 21350000000, "money", "đồng", status="estimate", percent=64,
      subject="tổng giá trị thiệt hại", period=I(M9)),
    F("ngân sách 3,2 tỷ", "3,2", 3200000000, "money", "đồng",
      subject="ngân sách hỗ trợ các hộ bị thiệt hại"),
    F("từ 2 đến 40 triệu", "2", 2000000, "money", "đồng/hộ", value_max=40000000,
      subject="mức hỗ trợ các hộ bị thiệt hại"),
    F("947/964", "947", 947, "count", "ngôi nhà", total=964, percent=98.2,
      subject="ngôi nhà được sửa chữa xong", period=ASOF),
    F("lắp đặt 12 cột", "12", 12, "count", "cột thu sét", status="target",
      subject="cột thu sét lắp đặt tại các cánh đồng", period=DUE),
    F("khoảng 1,4 tỷ", "1,4", 1400000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí lắp đặt cột thu sét"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="thôn, tổ dân phố được phổ biến kỹ năng phòng tránh sét"),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 415/BC-UBND', 'Hà Tĩnh, ngày 20 tháng 10 năm 2023', sections I-III, 'Nơi nhận'.",
    "Flattened | table 'Đơn vị tính: ngôi nhà', rows = districts (location), columns Sập, đổ hoàn toàn / Tốc mái, hư hỏng, 'Tổng cộng' row.",
    "Table cells: subject = column label (+ 'tổng cộng' for the total row); period 9 tháng năm 2023 from the report title/section (inherited).",
    "Distractors: document number, dates, section numbers I./1./TT column and row numbers 1-4, 'Lưu: VT, NL2', 'trước ngày 30/11/2023'.",
    "'Cả 4 trường hợp' restates the 4 deaths (optional). 'bằng 64% so với cùng kỳ' is the share of 21,35 tỷ.",
    "Section III tasks: 'Hoàn thành lắp đặt 12 cột' is a planned task (target), 'dự kiến kinh phí' forecast, 'phấn đấu 100%' target.",
]

if __name__ == "__main__":
    write("p1205-3", TEXT, NOTES, FIGS, published="2023-10-20", location="Hà Tĩnh")

"""p641-3: formal report (UBND tỉnh Bình Phước, Số: 312/BC-UBND) with a one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BÌNH PHƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 312/BC-UBND
Bình Phước, ngày 18 tháng 9 năm 2024

BÁO CÁO
Kết quả thực hiện kết luận, kiến nghị của Kiểm toán nhà nước
(tính đến ngày 31/8/2024)

I. TÌNH HÌNH CHUNG
Giai đoạn 2020-2023, Kiểm toán nhà nước đã thực hiện 9 cuộc kiểm toán tại tỉnh, kiến nghị xử lý tài chính 412.857 triệu đồng. Tính đến ngày 31/8/2024, tỉnh đã thực hiện 356.214 triệu đồng. Tỷ lệ thực hiện đạt 86,28%, cao hơn 4,1 điểm phần trăm so với cùng thời điểm năm 2023.

II. KẾT QUẢ CỤ THỂ
1. Kiến nghị về tài chính
Bảng 1. Kết quả thực hiện kiến nghị về tài chính
Nội dung
Số kiến nghị (triệu đồng)
Đã thực hiện (triệu đồng)
Tỷ lệ (%)
Tăng thu ngân sách
58.420
55.908
95,7
Giảm chi ngân sách
96.315
81.046
84,15
Kiến nghị khác
258.122
219.260
84,94
Tổng cộng
412.857
356.214
86,28

2. Kiến nghị hoàn thiện cơ chế, chính sách
Kiểm toán nhà nước kiến nghị sửa đổi, bổ sung, hủy bỏ 14 văn bản; đến nay đã thực hiện 11/14 văn bản, 3 văn bản còn lại đang được Sở Tư pháp rà soát.

3. Kiến nghị xử lý trách nhiệm
Đã tổ chức kiểm điểm 19/21 tập thể và 34/37 cá nhân theo kiến nghị. Chuyển 01 vụ việc có dấu hiệu vi phạm pháp luật đến Cơ quan Cảnh sát điều tra Công an tỉnh theo đề nghị của Kiểm toán nhà nước.

III. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến ngày 31/12/2024 tỷ lệ thực hiện kiến nghị về tài chính đạt từ 92% đến 95%.

Nơi nhận:
- Kiểm toán nhà nước khu vực XIII;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

GD = P("Giai đoạn 2020-2023", "2020-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
TAB = I(P("tính đến ngày 31/8/2024", None, "2024-08-31"))


def cell(anchor, number, value, kind, unit, row, col):
    return F(anchor, number, value, kind, unit, f"{row} {col}", TAB)


SK, DT, TL = "số kiến nghị", "đã thực hiện", "tỷ lệ thực hiện"
FIGS = [
    F("thực hiện 9 cuộc kiểm toán", "9", 9, "count", "cuộc kiểm toán", "cuộc kiểm toán Kiểm toán nhà nước thực hiện tại tỉnh", GD),
    F("tài chính 412.857 triệu đồng", "412.857", 412857e6, "money", "đồng", "kiến nghị xử lý tài chính", GD),
    F("thực hiện 356.214 triệu đồng", "356.214", 356214e6, "money", "đồng", "kiến nghị xử lý tài chính tỉnh đã thực hiện", ASOF),
    F("đạt 86,28%", "86,28", 86.28, "percent", "%", "tỷ lệ thực hiện kiến nghị", I(ASOF),
      change=CH("increase", 4.1, "điểm phần trăm", "cùng thời điểm năm 2023")),
    cell("ngân sách\n58.420", "58.420", 58420e6, "money", "đồng", "Tăng thu ngân sách", SK),
    cell("58.420\n55.908", "55.908", 55908e6, "money", "đồng", "Tăng thu ngân sách", DT),
    cell("55.908\n95,7", "95,7", 95.7, "percent", "%", "Tăng thu ngân sách", TL),
    cell("ngân sách\n96.315", "96.315", 96315e6, "money", "đồng", "Giảm chi ngân sách", SK),
    cell("96.315\n81.046", "81.046", 81046e6, "money", "đồng", "Giảm chi ngân sách", DT),
    cell("81.046\n84,15", "84,15", 84.15, "percent", "%", "Giảm chi ngân sách", TL),
    cell("khác\n258.122", "258.122", 258122e6, "money", "đồng", "Kiến nghị khác", SK),
    cell("258.122\n219.260", "219.260", 219260e6, "money", "đồng", "Kiến nghị khác", DT),
    cell("219.260\n84,94", "84,94", 84.94, "percent", "%", "Kiến nghị khác", TL),
    cell("Tổng cộng\n412.857", "412.857", 412857e6, "money", "đồng", "Tổng cộng", SK),
    cell("412.857\n356.214", "356.214", 356214e6, "money", "đồng", "Tổng cộng", DT),
    cell("356.214\n86,28", "86,28", 86.28, "percent", "%", "Tổng cộng", TL),
    F("hủy bỏ 14 văn bản", "14", 14, "count", "văn bản", "văn bản kiến nghị sửa đổi, bổ sung, hủy bỏ"),
    F("thực hiện 11/14 văn bản", "11", 11, "count", "văn bản", "văn bản đã thực hiện sửa đổi, bổ sung, hủy bỏ", total=14),
    F("3 văn bản còn lại", "3", 3, "count", "văn bản", "văn bản còn lại đang được Sở Tư pháp rà soát"),
    F("kiểm điểm 19/21 tập thể", "19", 19, "count", "tập thể", "tập thể đã tổ chức kiểm điểm", total=21),
    F("34/37 cá nhân", "34", 34, "count", "cá nhân", "cá nhân đã tổ chức kiểm điểm", total=37),
    F("Chuyển 01 vụ việc", "01", 1, "count", "vụ việc", "vụ việc có dấu hiệu vi phạm pháp luật chuyển Cơ quan Cảnh sát điều tra"),
    F("từ 92% đến 95%", "92", 92, "percent", "%", "tỷ lệ thực hiện kiến nghị về tài chính",
      P("đến ngày 31/12/2024", None, "2024-12-31"), value_max=95, status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Bình Phước Số: 312/BC-UBND: kết quả thực hiện kiến nghị KTNN đến 31/8/2024 (invented).",
    "Place-and-date line 'Bình Phước, ngày 18 tháng 9 năm 2024' gives published. Section numbers I./II./III., 1./2./3., 'Bảng 1',",
    "'Số: 312/BC-UBND', 'khu vực XIII' are not figures. One-cell-per-line table, units in the column headers ((triệu đồng), (%)):",
    "every numeric cell is a figure (the Tổng cộng row too); the Tỷ lệ cells are figures of their own, so the money cells carry no percent.",
    "Table periods come from the title line '(tính đến ngày 31/8/2024)': inherited. 86,28% stands in its own sentence as the claim,",
    "its change is in percentage points. 'a/b' gives the total (11/14, 19/21, 34/37); '3 văn bản còn lại' has no cue.",
]

if __name__ == "__main__":
    emit("p641-3", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Bình Phước")

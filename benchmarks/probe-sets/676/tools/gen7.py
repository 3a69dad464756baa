"""p676-7: Sở Y tế Bình Dương department page (no dateline) — patients transported by cause, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ Y TẾ TỈNH BÌNH DƯƠNG
Trang chủ » Hoạt động chuyên môn » Cấp cứu ngoại viện

Tình hình vận chuyển cấp cứu người bệnh theo nguyên nhân giai đoạn 2022 - 2024

Hệ thống cấp cứu 115 tỉnh Bình Dương gồm Trung tâm Cấp cứu 115 và 7 trạm vệ tinh tại các thành phố, huyện. Năm 2023, hệ thống vận chuyển 6.742 người bệnh, tăng 8,9% so với năm 2022; 6 tháng đầu năm 2024 vận chuyển 3.518 người bệnh, bằng 52,2% cả năm 2023.

Bảng: Người bệnh được vận chuyển cấp cứu theo nguyên nhân
Đơn vị tính: người

Nguyên nhân
Năm 2022
Năm 2023
6 tháng 2024
Tai nạn giao thông
2.315
2.406
1.197
Tai nạn lao động
468
512
263
Bệnh lý nội khoa, đột quỵ
2.764
3.027
1.642
Sản khoa và nguyên nhân khác
645
797
416
Tổng cộng
6.192
6.742
3.518

Tai nạn giao thông chiếm khoảng 34-36% số người bệnh được vận chuyển mỗi năm. Thời gian tiếp cận hiện trường bình quân năm 2023 là 13,5 phút, giảm 1,2 phút so với năm 2022. Chi phí vận chuyển cấp cứu trung bình 450.000 đồng/ca; quỹ BHYT chi trả 70% chi phí cho người có thẻ BHYT khi chuyển tuyến.

Kế hoạch năm 2024, Sở Y tế phấn đấu vận chuyển 7.000 người bệnh, thời gian tiếp cận dưới 13 phút.

Đường dây nóng Sở Y tế: 0274.3822.115 – Địa chỉ: Tầng 11, Tháp A, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú.

Lượt truy cập: 2.457.893
"""

COLS = [("Năm 2022", "2022-01-01", "2022-12-31"), ("Năm 2023", "2023-01-01", "2023-12-31"),
        ("6 tháng 2024", "2024-01-01", "2024-06-30")]
ROWS = [
    ("Người bệnh được vận chuyển cấp cứu do tai nạn giao thông", ["2.315", "2.406", "1.197"]),
    ("Người bệnh được vận chuyển cấp cứu do tai nạn lao động", ["468", "512", "263"]),
    ("Người bệnh được vận chuyển cấp cứu do bệnh lý nội khoa, đột quỵ", ["2.764", "3.027", "1.642"]),
    ("Người bệnh được vận chuyển cấp cứu do sản khoa và nguyên nhân khác", ["645", "797", "416"]),
    ("Tổng cộng người bệnh được vận chuyển cấp cứu", ["6.192", "6.742", "3.518"]),
]

FIGS = [
    F("và 7 trạm", "7", 7, "count", "trạm vệ tinh", subject="trạm vệ tinh của hệ thống cấp cứu 115"),
    F("vận chuyển 6.742 người bệnh", "6.742", 6742, "count", "người bệnh",
      change=CH("increase", 8.9, baseline="năm 2022"), subject="người bệnh được vận chuyển",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("vận chuyển 3.518 người bệnh", "3.518", 3518, "count", "người bệnh", percent=52.2,
      subject="người bệnh được vận chuyển", period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
]
for label, cells in ROWS:
    prev = label.split(" do ")[-1] if " do " in label else "Tổng cộng"
    prev = {"tai nạn giao thông": "Tai nạn giao thông", "tai nạn lao động": "Tai nạn lao động",
            "bệnh lý nội khoa, đột quỵ": "Bệnh lý nội khoa, đột quỵ",
            "sản khoa và nguyên nhân khác": "Sản khoa và nguyên nhân khác"}.get(prev, prev)
    before = prev
    for cell, (col, s, e) in zip(cells, COLS):
        anchor = f"{before}\n{cell}\n"
        v = float(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, v, "count", "người", subject=f"{label} {col.lower()}", period=P(col, s, e)))
        before = cell

FIGS += [
    F("khoảng 34-36%", "34", 34, "percent", "%", value_max=36, approx="about",
      subject="tai nạn giao thông trong số người bệnh được vận chuyển mỗi năm"),
    F("là 13,5 phút", "13,5", 13.5, "measure", "phút", change=CH("decrease", 1.2, "phút", baseline="năm 2022"),
      subject="thời gian tiếp cận hiện trường bình quân", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("450.000 đồng/ca", "450.000", 450000, "money", "đồng/ca", subject="chi phí vận chuyển cấp cứu trung bình"),
    F("chi trả 70%", "70", 70, "percent", "%",
      subject="chi phí quỹ BHYT chi trả cho người có thẻ BHYT khi chuyển tuyến"),
    F("7.000 người bệnh", "7.000", 7000, "count", "người bệnh", status="target",
      subject="người bệnh vận chuyển", period=P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 13 phút", "13", 13, "measure", "phút", approx="under", status="target",
      subject="thời gian tiếp cận", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở Y tế Bình Dương department page, no dateline (published null): patients transported by cause 2022 - 6 tháng 2024.",
    "One-cell-per-line table with 'Đơn vị tính: người'; subject = row label + column, period from the column header (scored, as in h23).",
    "Table cells carry no total (the Tổng cộng row is a figure of its own, like every numeric cell). 'giai đoạn 2022 - 2024' is a period.",
    "Phone 0274.3822.115, 'Tầng 11, Tháp A', 'Lượt truy cập: 2.457.893', '115' are not figures. 'bằng 52,2% cả năm 2023' is the percent of 3.518.",
    "'giảm 1,2 phút so với năm 2022' is the change of 13,5 phút (unit phút). 'Kế hoạch năm 2024 … phấn đấu' = target.",
]

if __name__ == "__main__":
    emit("p676-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")

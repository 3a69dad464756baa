"""p605-7: department site (Sở LĐ-TB&XH Hải Dương), no dateline — one-cell-per-line table 2022/2023/Kế hoạch 2024, coverage rates, debts."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả phát triển người tham gia BHXH, BHTN giai đoạn 2022 - 2024

Thực hiện Kế hoạch số 3315/KH-UBND của UBND tỉnh về thực hiện Nghị quyết số 28-NQ/TW, kết quả tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp trên địa bàn tỉnh Hải Dương như sau:

Đơn vị tính: người
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch năm 2024
Số người tham gia BHXH
402.316
421.850
445.000
Trong đó: BHXH tự nguyện
39.204
47.612
55.000
Số người tham gia BHTN
358.117
371.406
390.000
Số người hưởng trợ cấp thất nghiệp
18.742
21.305
-

Tỷ lệ lực lượng lao động tham gia BHXH năm 2023 đạt 36,9%, tăng 1,7 điểm phần trăm so với năm 2022 nhưng vẫn thấp hơn bình quân cả nước (39,25%). Các huyện có tỷ lệ tham gia thấp là Thanh Hà (21,4%), Ninh Giang (22,8%) và Thanh Miện (23,5%). Nguyên nhân chủ yếu là lao động khu vực phi chính thức chiếm gần 60% lực lượng lao động, thu nhập bấp bênh.

Số tiền chậm đóng BHXH, BHTN đến 31/12/2023 là 214,3 tỷ đồng; kế hoạch năm 2024 giảm xuống dưới 150 tỷ đồng.

Mọi thông tin xin liên hệ: Phòng Lao động - Tiền lương - BHXH, số 58 đường Quang Trung, TP Hải Dương. Điện thoại: 0220.3852.762
Tổng số lượt truy cập: 1.204.553
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")


def num(s):
    return float(s.replace(".", ""))


ROWS = [
    ("Số người tham gia BHXH", "402.316", "421.850", "445.000"),
    ("Trong đó: BHXH tự nguyện", "39.204", "47.612", "55.000"),
    ("Số người tham gia BHTN", "358.117", "371.406", "390.000"),
]
FIGS = []
tot = {}
for label, a, b, c in ROWS:
    subj = label.replace("Trong đó: ", "Số người tham gia ")
    part = label.startswith("Trong đó")
    for cell, per, nxt, col in ((a, Y22, b, "năm 2022"), (b, Y23, c, "năm 2023"), (c, K24, None, "kế hoạch năm 2024")):
        anchor = f"{cell}\n{nxt}\n" if nxt else f"\n{cell}\n"
        kw = {}
        if part:
            kw["total"] = tot[col]
        if col.startswith("kế hoạch"):
            kw["status"] = "target"
        FIGS.append(F(anchor, cell, num(cell), "count", "người", f"{subj} {col}", per, **kw))
        if not part:
            tot.setdefault(col, num(cell))
FIGS += [
    F("18.742", "18.742", 18742, "count", "người", "Số người hưởng trợ cấp thất nghiệp năm 2022", Y22),
    F("21.305", "21.305", 21305, "count", "người", "Số người hưởng trợ cấp thất nghiệp năm 2023", Y23),
    F("năm 2023 đạt 36,9%", "36,9", 36.9, "percent", "%", "Tỷ lệ lực lượng lao động tham gia BHXH", y23,
      change=CH("increase", 1.7, unit="điểm phần trăm", baseline="năm 2022")),
    F("(39,25%)", "39,25", 39.25, "percent", "%", "tỷ lệ lực lượng lao động tham gia BHXH bình quân cả nước", y23, location="Việt Nam"),
    F("Thanh Hà (21,4%)", "21,4", 21.4, "percent", "%", "tỷ lệ tham gia BHXH", I(y23), location="Thanh Hà"),
    F("Ninh Giang (22,8%)", "22,8", 22.8, "percent", "%", "tỷ lệ tham gia BHXH", I(y23), location="Ninh Giang"),
    F("Thanh Miện (23,5%)", "23,5", 23.5, "percent", "%", "tỷ lệ tham gia BHXH", I(y23), location="Thanh Miện"),
    F("gần 60% lực lượng", "60", 60, "percent", "%", "lao động khu vực phi chính thức trong lực lượng lao động", approx="nearly"),
    F("là 214,3 tỷ đồng", "214,3", 214.3e9, "money", "đồng", "Số tiền chậm đóng BHXH, BHTN", P("đến 31/12/2023", None, "2023-12-31")),
    F("dưới 150 tỷ đồng", "150", 150e9, "money", "đồng", "Số tiền chậm đóng BHXH, BHTN", P("kế hoạch năm 2024", "2024-01-01", "2024-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Hải Dương (department site, no dateline): participants 2022-2024 in a one-cell-per-line table under 'Đơn vị tính: người',",
    "then coverage rates, districts and late contributions. Table periods come from the column headers (scored, as shared h23); the",
    "'Kế hoạch năm 2024' column gives status target. The '-' cell is no figure. 'Trong đó: BHXH tự nguyện' row: each cell is a part of the",
    "'Số người tham gia BHXH' cell of its own column (choice: the whole is the same column's cell, not the linearly preceding number).",
    "'tăng 1,7 điểm phần trăm so với năm 2022' is the change of the 36,9% (a level, not a growth rate). '(39,25%)' is the national average: location Việt Nam.",
    "Distractors: 'Kế hoạch số 3315/KH-UBND', '28-NQ/TW', 'giai đoạn 2022 - 2024', 'số 58 đường Quang Trung', phone, 'Tổng số lượt truy cập: 1.204.553'.",
]

if __name__ == "__main__":
    emit("p605-7", TEXT, COMMENTS, FIGS, location="Hải Dương")

"""p725-3: UBND tỉnh Bình Dương formal report — PCCC inspection of boarding houses, H1/2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BÌNH DƯƠNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn phòng cháy, chữa cháy đối với nhà trọ, nhà ở kết hợp kinh doanh 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 1093/KH-UBND ngày 05/3/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Toàn tỉnh hiện có 58.416 cơ sở nhà trọ với khoảng 1,2 triệu người thuê. 6 tháng đầu năm 2024, các lực lượng đã kiểm tra 21.903 cơ sở, đạt 37,5% tổng số cơ sở và bằng 87,6% kế hoạch năm; phát hiện 5.488 cơ sở vi phạm.

Bảng 1: Kết quả kiểm tra theo địa bàn
Địa bàn | Cơ sở kiểm tra | Cơ sở vi phạm | Tiền phạt (triệu đồng)
TP. Thủ Dầu Một | 3.214 | 842 | 615,5
TP. Thuận An | 5.127 | 1.436 | 1.082
TP. Dĩ An | 4.985 | 1.207 | 948,2
TP. Tân Uyên | 3.640 | 911 | 530
TP. Bến Cát | 2.876 | 704 | 417,8
Các huyện | 2.061 | 388 | 226
Toàn tỉnh | 21.903 | 5.488 | 3.819,5

2. Kết quả khắc phục
Đến ngày 20/6/2024, có 4.125/5.488 cơ sở vi phạm đã khắc phục, đạt 75,2%, trong đó 1.356 cơ sở đã mở thêm lối thoát nạn thứ hai. Số cơ sở bị tạm đình chỉ là 64 cơ sở, giảm 12 cơ sở so với cùng kỳ năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu kiểm tra 25.000 cơ sở trong năm 2024; dự kiến hỗ trợ khoảng 2,5 tỷ đồng lắp đặt thiết bị báo cháy độc lập cho nhà trọ dưới 10 phòng.

Nơi nhận:
- Bộ Công an (C07);
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
COLS = [("Cơ sở kiểm tra", "count", "cơ sở", 1), ("Cơ sở vi phạm", "count", "cơ sở", 1),
        ("Tiền phạt", "money", "đồng", 1e6)]
ROWS = [  # label, location, subject label, cells (anchor pieces)
    ("TP. Thủ Dầu Một", "Thủ Dầu Một", None, ["3.214", "842", "615,5"]),
    ("TP. Thuận An", "Thuận An", None, ["5.127", "1.436", "1.082"]),
    ("TP. Dĩ An", "Dĩ An", None, ["4.985", "1.207", "948,2"]),
    ("TP. Tân Uyên", "Tân Uyên", None, ["3.640", "911", "530"]),
    ("TP. Bến Cát", "Bến Cát", None, ["2.876", "704", "417,8"]),
    ("Các huyện", "Bình Dương", "các huyện", ["2.061", "388", "226"]),
    ("Toàn tỉnh", "Bình Dương", "toàn tỉnh", ["21.903", "5.488", "3.819,5"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, subj_lab, cells in ROWS:
    prev = label
    for (col, kind, unit, mult), cell in zip(COLS, cells):
        anchor = f"{prev} | {cell}"
        v = num(cell) * mult
        v = int(round(v)) if float(v).is_integer() else v
        subject = col + (" " + subj_lab if subj_lab else "")
        TABLE.append(F(anchor, cell, v, kind, unit, subject=subject, period=H1i, location=loc))
        prev = cell

FIGS = [
    F("hiện có 58.416 cơ sở", "58.416", 58416, "count", "cơ sở", subject="cơ sở nhà trọ"),
    F("khoảng 1,2 triệu người", "1,2", 1200000, "count", "người thuê", approx="about",
      subject="người thuê nhà trọ"),
    F("kiểm tra 21.903 cơ sở", "21.903", 21903, "count", "cơ sở", percent=37.5,
      subject="cơ sở đã được kiểm tra", period=H1),
    F("bằng 87,6% kế hoạch", "87,6", 87.6, "percent", "%",
      subject="cơ sở đã kiểm tra so với kế hoạch năm", period=H1, optional=True),
    F("phát hiện 5.488 cơ sở", "5.488", 5488, "count", "cơ sở",
      subject="cơ sở vi phạm", period=H1),
] + TABLE + [
    F("có 4.125/5.488", "4.125", 4125, "count", "cơ sở", total=5488, percent=75.2,
      subject="cơ sở vi phạm đã khắc phục", period=P("Đến ngày 20/6/2024", None, "2024-06-20")),
    F("trong đó 1.356 cơ sở", "1.356", 1356, "count", "cơ sở", total=4125,
      subject="cơ sở đã mở thêm lối thoát nạn thứ hai", period=P("Đến ngày 20/6/2024", None, "2024-06-20")),
    F("là 64 cơ sở", "64", 64, "count", "cơ sở",
      change=CH("decrease", 12, "cơ sở", "cùng kỳ năm 2023"),
      subject="cơ sở bị tạm đình chỉ", period=H1i),
    F("kiểm tra 25.000 cơ sở", "25.000", 25000, "count", "cơ sở", status="target",
      subject="cơ sở được kiểm tra", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí hỗ trợ lắp đặt thiết bị báo cháy độc lập cho nhà trọ dưới 10 phòng",
      period=I(P("6 tháng cuối năm", "2024-07-01", "2024-12-31"))),
    F("dưới 10 phòng", "10", 10, "count", "phòng", approx="under", optional=True),
]

COMMENTS = [
    "UBND tỉnh Bình Dương, Báo cáo số 412/BC-UBND (formal report): kiểm tra an toàn PCCC nhà trọ 6 tháng đầu năm 2024, flattened '|' table.",
    "Place-and-date line 'Bình Dương, ngày 28 tháng 6 năm 2024' gives published. 'Số: 412/BC-UBND', 'Kế hoạch số 1093/KH-UBND ngày 05/3/2024',",
    "'Bảng 1', section numbers 'I.', '1.', '2.', 'C07' are not figures. Table: every numeric cell is a figure; subject = column (+ row label if not a place),",
    "TP.* rows go to location; 'Tiền phạt (triệu đồng)' gives ×10^6 đồng; period from the report title (inherited, not scored). No totals on table cells.",
    "21.903 has two shares: 'đạt 37,5%' is its percent, 'bằng 87,6% kế hoạch năm' is a percent figure of its own (optional). 37,5% of 'tổng số cơ sở'",
    "names no number in the sentence, so 21.903 gets no total. '5.488' after '/' is the total of 4.125; 1.356 after 'trong đó' is a part of 4.125.",
    "revised: the subject of 'kiểm tra 21.903 cơ sở' had words from the report title ('nhà trọ, nhà ở kết hợp kinh doanh'); the sentence names 'cơ sở … kiểm tra'.",
    "'giảm 12 cơ sở so với cùng kỳ' is the change of 64. 2,5 tỷ is 'dự kiến' (forecast) under the heading '6 tháng cuối năm' (inherited); 'dưới 10 phòng' optional.",
]

if __name__ == "__main__":
    emit("p725-3", TEXT, COMMENTS, FIGS, published="2024-06-28", location="Bình Dương")

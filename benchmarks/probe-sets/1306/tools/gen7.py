"""p1306-7: department site without a dateline (Sở Y tế Cần Thơ): 6 months of 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả hoạt động cấp cứu ngoại viện 6 tháng đầu năm 2024

Trung tâm Cấp cứu 115 thành phố Cần Thơ cho biết, 6 tháng đầu năm 2024 hoạt động cấp cứu ngoại viện cơ bản đáp ứng yêu cầu. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
6 tháng năm 2023
6 tháng năm 2024
So với cùng kỳ (%)
Kế hoạch năm 2024
Số cuộc gọi tiếp nhận (cuộc)
9.842
10.615
107,9
21.000
Số ca cấp cứu, vận chuyển (ca)
3.127
3.386
108,3
7.000
Trong đó: ca tai nạn giao thông (ca)
1.054
1.012
96,0
-
Thời gian tiếp cận hiện trường bình quân (phút)
15,8
14,2
89,9
13,0

Số ca cấp cứu 6 tháng mới đạt 48,4% kế hoạch năm. Toàn thành phố hiện có 6 trạm vệ tinh tại các quận Ninh Kiều, Bình Thủy, Cái Răng, Ô Môn, Thốt Nốt và huyện Phong Điền với 24 xe cứu thương. Trạm vệ tinh Ô Môn thực hiện 412 ca, nhiều nhất trong các trạm. Trong 6 tháng, trung tâm còn tổ chức 3 lớp tập huấn sơ cấp cứu cho hơn 250 tài xế xe buýt, xe công nghệ.

Trong 6 tháng cuối năm, trung tâm phấn đấu đưa thời gian tiếp cận hiện trường bình quân xuống khoảng 13 phút.

SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3821.165 - Email: soyte@cantho.gov.vn
Lượt truy cập: 3.418.207 | Đang online: 57
"""

H23 = per("6 tháng năm 2023", "2023-01-01", "2023-06-30")
H24 = per("6 tháng năm 2024", "2024-01-01", "2024-06-30")
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

ROWS = [
    ("Số cuộc gọi tiếp nhận (cuộc)", "số cuộc gọi tiếp nhận", "count", "cuộc gọi",
     ["9.842", "10.615", "107,9", "21.000"]),
    ("Số ca cấp cứu, vận chuyển (ca)", "số ca cấp cứu, vận chuyển", "count", "ca",
     ["3.127", "3.386", "108,3", "7.000"]),
    ("Trong đó: ca tai nạn giao thông (ca)", "ca tai nạn giao thông", "count", "ca",
     ["1.054", "1.012", "96,0", None]),
    ("Thời gian tiếp cận hiện trường bình quân (phút)", "thời gian tiếp cận hiện trường bình quân", "measure", "phút",
     ["15,8", "14,2", "89,9", "13,0"]),
]
COLS = ["6 tháng năm 2023", "6 tháng năm 2024", "So với cùng kỳ (%)", "Kế hoạch năm 2024"]
PERIODS = {"6 tháng năm 2023": H23, "6 tháng năm 2024": H24, "Kế hoạch năm 2024": K24}
WHOLE = {"6 tháng năm 2023": 3127, "6 tháng năm 2024": 3386}


def table():
    out = []
    for label, subj, kind, unit, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            if num is None:
                continue
            anchor = f"{prev}\n{num}\n"
            prev = num
            v = float(num.replace(".", "").replace(",", "."))
            if col.startswith("So với"):
                out.append(fig(anchor, num, v, "percent", "%", subject=f"{subj} so với cùng kỳ"))
                continue
            kw = {}
            if col.startswith("Kế hoạch"):
                kw["status"] = "target"
            if label.startswith("Trong đó") and col in WHOLE:
                kw["total"] = WHOLE[col]
            out.append(fig(anchor, num, v, kind, unit, subject=f"{subj} {col.lower()}",
                           period=PERIODS[col], **kw))
    return out


FIGS = table() + [
    fig("đạt 48,4%", "48,4", 48.4, "percent", "%", subject="số ca cấp cứu 6 tháng so với kế hoạch năm",
        period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("có 6 trạm", "6", 6, "count", "trạm vệ tinh", subject="trạm vệ tinh"),
    fig("24 xe", "24", 24, "count", "xe cứu thương", subject="xe cứu thương"),
    fig("thực hiện 412 ca", "412", 412, "count", "ca", location="Ô Môn", period=inh(H24),
        subject="ca trạm vệ tinh Ô Môn thực hiện"),
    fig("chức 3 lớp", "3", 3, "count", "lớp", subject="lớp tập huấn sơ cấp cứu trung tâm tổ chức",
        period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("hơn 250 tài xế", "250", 250, "count", "tài xế", approx="over",
        subject="tài xế xe buýt, xe công nghệ được tập huấn sơ cấp cứu",
        period=per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("khoảng 13 phút", "13", 13, "measure", "phút", approx="about", status="target", period=H2,
        subject="thời gian tiếp cận hiện trường bình quân"),
]

NOTES = [
    "Department site without a dateline (Sở Y tế Cần Thơ): menu, footer with address, phone, 'Lượt truy cập: 3.418.207 | Đang online: 57'. published = null.",
    "Distractors: 'Cấp cứu 115', 'Số 71 Lý Tự Trọng', 0292.3821.165, Lượt truy cập, Đang online 57, the '-' cell.",
    "Table written one cell per line: header (6 tháng năm 2023 / 6 tháng năm 2024 / So với cùng kỳ (%) / Kế hoạch năm 2024), units from the row labels.",
    "'Kế hoạch năm 2024' → target; 'So với cùng kỳ (%)' → percent figures, no period, actual. The 'Trong đó' row takes the whole of its column (3.127 / 3.386) as total.",
    "'Số ca cấp cứu 6 tháng mới đạt 48,4% kế hoạch năm' stands alone (no amount in the sentence): a percent figure. 'mới' = only.",
    "'6 trạm ... 24 xe' are present-state counts: no period. 'Trạm vệ tinh Ô Môn thực hiện 412 ca' → location Ô Môn, period inherited (6 tháng năm 2024).",
    "'6 tháng cuối năm' → 2024-07-01..2024-12-31 (year of the nearest earlier period).",
]

if __name__ == "__main__":
    write("p1306-7", TEXT, NOTES, FIGS, published=None, location="Cần Thơ")

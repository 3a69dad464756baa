"""p1196-7: department site (Sở TN&MT Đắk Nông), no dateline, land reclamation after bauxite mining, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐẮK NÔNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Hoàn thổ, phục hồi môi trường sau khai thác bô-xít tại mỏ Nhân Cơ

Đến hết năm 2023, Công ty Nhôm Đắk Nông - TKV đã khai thác quặng bô-xít trên tổng diện tích 1.038 ha, đã hoàn thổ 642 ha, đạt 61,8%. Diện tích hoàn thổ được trả lại cho địa phương hoặc trồng cây theo phương án cải tạo, phục hồi môi trường đã được phê duyệt.

Kết quả sử dụng diện tích đã hoàn thổ:
Đơn vị tính: ha
Hình thức sử dụng
Năm 2022
Năm 2023
Lũy kế đến 31/12/2023
Trồng rừng keo, thông
38,5
46,2
287,4
Trồng cây công nghiệp lâu năm
24,0
31,8
215,6
Trả lại địa phương làm đất ở, hạ tầng
12,3
15,5
139,0
Tổng cộng
74,8
93,5
642,0

Kết quả quan trắc năm 2023 tại 12 điểm quanh khu vực hồ bùn đỏ cho thấy các chỉ tiêu nước mặt, nước dưới đất đều nằm trong giới hạn cho phép của QCVN 08-MT:2015/BTNMT. Hồ bùn đỏ số 1 có dung tích 4,2 triệu m3, hiện đã chứa khoảng 78% dung tích; công ty đang đầu tư hồ số 2 với kinh phí dự kiến 650 tỷ đồng. Năm 2024, Sở yêu cầu công ty hoàn thổ tối thiểu 120 ha.

Bài viết liên quan:
- Đối thoại với người dân vùng dự án bô-xít lần thứ 3

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐẮK NÔNG
Địa chỉ: Đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông
Điện thoại: 0261.3544.578 | Email: stnmt@daknong.gov.vn
Tổng lượt truy cập: 2.406.118 | Đang trực tuyến: 41
"""

ASOF = P("Đến hết năm 2023", None, "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
CUM = P("Lũy kế đến 31/12/2023", None, "2023-12-31")
MON = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22), ("năm 2023", Y23), ("lũy kế đến 31/12/2023", CUM)]


def row(label, cells):
    out, prev = [], label
    for (col, per), n in zip(COLS, cells):
        out.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")), "measure", "ha",
                     subject=f"{label.lower()} {col}", period=per))
        prev = n
    return out


FIGS = [
    F("tổng diện tích 1.038 ha", "1.038", 1038, "measure", "ha",
      subject="diện tích khai thác quặng bô-xít", period=ASOF),
    F("hoàn thổ 642 ha", "642", 642, "measure", "ha", percent=61.8,
      subject="diện tích đã hoàn thổ", period=ASOF),
    *row("Trồng rừng keo, thông", ["38,5", "46,2", "287,4"]),
    *row("Trồng cây công nghiệp lâu năm", ["24,0", "31,8", "215,6"]),
    *row("Trả lại địa phương làm đất ở, hạ tầng", ["12,3", "15,5", "139,0"]),
    *row("Tổng cộng", ["74,8", "93,5", "642,0"]),
    F("tại 12 điểm", "12", 12, "count", "điểm", subject="điểm quan trắc quanh khu vực hồ bùn đỏ",
      period=MON),
    F("dung tích 4,2 triệu", "4,2", 4.2e6, "measure", "m3", subject="dung tích hồ bùn đỏ số 1"),
    F("khoảng 78%", "78", 78, "percent", "%", approx="about",
      subject="tỷ lệ dung tích hồ bùn đỏ số 1 đã chứa"),
    F("dự kiến 650 tỷ", "650", 650e9, "money", "đồng", status="forecast",
      subject="kinh phí đầu tư hồ bùn đỏ số 2"),
    F("tối thiểu 120 ha", "120", 120, "measure", "ha", approx="at_least", status="target",
      subject="diện tích hoàn thổ", period=Y24),
]

NOTES = [
    "Department site (Sở TN&MT Đắk Nông) with no dateline: no published. Menu, related link, footer address, phone, e-mail, counters.",
    "One-cell-per-line table, 'Đơn vị tính: ha'; rows are kinds of use (not places). Subject = row label + column label (FIGURES.md §3),",
    "period from the column header (scored): 'Năm 2022', 'Năm 2023', and 'Lũy kế đến 31/12/2023' as an as-of date. Cells get no totals.",
    "Distractors: 'Đường 23/3' (a road named after a date), phone 0261.3544.578, counters 2.406.118 / 41, 'QCVN 08-MT:2015/BTNMT',",
    "'Hồ bùn đỏ số 1', 'hồ số 2', 'lần thứ 3', the '3' of 'm3'. '642 ha, đạt 61,8%' → percent attribute (no total: no part-of cue).",
    "'Sở yêu cầu công ty hoàn thổ tối thiểu 120 ha' (năm 2024) is the required amount → target, at_least. 'kinh phí dự kiến' → forecast.",
    "Red-mud lake capacity and fill level ('hiện') get no period.",
]

if __name__ == "__main__":
    write("p1196-7", TEXT, NOTES, FIGS, published=None, location="Đắk Nông")

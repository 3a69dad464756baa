"""p1345-6: department site (Sở Y tế TP Cần Thơ), no dateline; one-cell-per-line table of HPV doses and screening."""
from lib import F, period, inherit, change, write

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Y tế dự phòng | Văn bản | Liên hệ

Kết quả tiêm vắc xin HPV và sàng lọc ung thư cổ tử cung năm 2024

Năm 2024, thành phố tiếp tục tiêm vắc xin HPV cho nữ sinh lớp 6 tại 9 quận, huyện. Ước cả năm tiêm được 15.820 mũi, bằng 98,9% kế hoạch, tăng 21,4% so với năm 2023.

Kết quả tiêm vắc xin HPV và sàng lọc
Đơn vị tính: lượt
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Tổng số mũi tiêm vắc xin HPV
13.032
15.820
17.500
121,4
Trong đó: mũi 1
7.846
8.960
9.500
114,2
Mũi 2
5.186
6.860
8.000
132,3
Phụ nữ được sàng lọc
24.510
27.300
30.000
111,4

9 tháng năm 2024, các trạm y tế xã, phường đã phát hiện 418 trường hợp bất thường tế bào cổ tử cung, chiếm 2,1% số người được xét nghiệm. Quận Ninh Kiều và quận Cái Răng có số người sàng lọc nhiều nhất, lần lượt là 5.840 và 4.120 người. Giá xét nghiệm HPV tại Trung tâm Kiểm soát bệnh tật thành phố là 380.000 đồng/lần.

Văn bản liên quan:
- Kế hoạch số 72/KH-SYT về tiêm chủng năm 2025
- Công văn số 1532/SYT-NVY về tầm soát ung thư

SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều
Điện thoại: 0292.3820.523
Lượt truy cập: 3.402.117 | Đang truy cập: 52
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Tổng số mũi tiêm vắc xin HPV", "tổng số mũi tiêm vắc xin HPV", False,
         ["13.032", "15.820", "17.500", "121,4"]),
        ("Trong đó: mũi 1", "mũi 1", True, ["7.846", "8.960", "9.500", "114,2"]),
        ("Mũi 2", "mũi 2", True, ["5.186", "6.860", "8.000", "132,3"]),
        ("Phụ nữ được sàng lọc", "phụ nữ được sàng lọc", False, ["24.510", "27.300", "30.000", "111,4"])]
TOTALS = [13032, 15820, 17500]


def cells():
    out = []
    for label, subj, part, nums in ROWS:
        prev = label
        for i, n in enumerate(nums):
            anchor = f"{prev}\n{n}"
            if i < 3:
                col, per, status = COLS[i]
                kw = {"status": status} if status else {}
                if part:
                    kw["total"] = TOTALS[i]
                out.append(F(anchor, n, float(n.replace(".", "")), "count", "lượt",
                             subject=f"{subj} {col}", per=per, **kw))
            else:
                out.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"{subj} so với cùng kỳ"))
            prev = n
    return out


FIGS = [
    F("tại 9 quận", "9", 9, "count", "quận, huyện",
      subject="quận, huyện tiêm vắc xin HPV cho nữ sinh", per=Y24),
    F("được 15.820 mũi", "15.820", 15820, "count", "mũi", status="estimate", percent=98.9,
      change=change("increase", 21.4, "%", "năm 2023"), subject="mũi tiêm vắc xin HPV", per=YEAR),
] + cells() + [
    F("418 trường hợp", "418", 418, "count", "trường hợp", percent=2.1,
      subject="trường hợp bất thường tế bào cổ tử cung", per=M9),
    F("là 5.840", "5.840", 5840, "count", "người", subject="số người sàng lọc",
      per=inherit(M9), location="Ninh Kiều"),
    F("và 4.120 người", "4.120", 4120, "count", "người", subject="số người sàng lọc",
      per=inherit(M9), location="Cái Răng"),
    F("là 380.000", "380.000", 380000, "money", "đồng/lần",
      subject="giá xét nghiệm HPV tại Trung tâm Kiểm soát bệnh tật thành phố"),
]

NOTES = [
    "Department site (Sở Y tế TP Cần Thơ), no dateline: menu, related documents, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'lớp 6', row labels 'mũi 1', 'Mũi 2' (names), 'Số 71 Lý Tự Trọng', phone 0292.3820.523, counters 3.402.117 and 52,",
    "Kế hoạch số 72/KH-SYT, Công văn số 1532/SYT-NVY, 'năm 2025' in a link title. Location Cần Thơ (named in the site banner).",
    "'Ước cả năm tiêm được 15.820 mũi, bằng 98,9% kế hoạch, tăng 21,4% so với năm 2023' → estimate, percent 98,9, change 21,4; 'cả năm' → 2024.",
    "One-cell-per-line table, 'Đơn vị tính: lượt': subject = row + column label; periods from the headers (scored); 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (no period, no status cue in the header).",
    "'Trong đó: mũi 1' and 'Mũi 2' rows follow the 'Tổng số' row: a part after 'trong đó' → total = the 'Tổng số' cell of the same column (borderline).",
    "'lần lượt là 5.840 và 4.120 người' → places in location; the 9-month period stands in the previous sentence (inherited).",
]

if __name__ == "__main__":
    write("p1345-6", TEXT, NOTES, FIGS, location="Cần Thơ")

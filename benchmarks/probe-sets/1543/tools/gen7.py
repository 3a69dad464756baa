"""p1543-7: department site (Sở Công Thương Long An), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Sản xuất dầu ăn tiếp tục tăng trưởng

Trên địa bàn tỉnh hiện có 5 nhà máy sản xuất dầu ăn tại các huyện Đức Hòa, Bến Lức và Cần Giuộc, tổng công suất khoảng 720.000 tấn/năm, đứng thứ hai cả nước. Lớn nhất là nhà máy của Công ty CP Dầu ăn Phước Lộc tại huyện Bến Lức, công suất 1.200 tấn/ngày. Năm 2024, sản lượng dầu ăn của tỉnh ước đạt 538 nghìn tấn, tăng 6,1% so với năm 2023.

Sản lượng dầu ăn phân theo sản phẩm
Đơn vị tính: nghìn tấn
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Dầu đậu nành
214,6
228,0
240,0
Dầu cọ tinh luyện
187,3
196,5
205,0
Dầu hỗn hợp
105,2
113,5
125,0
Tổng số
507,1
538,0
570,0
Trong đó: xuất khẩu
92,4
101,8
110,0

Các doanh nghiệp sử dụng khoảng 2.100 lao động; nộp ngân sách năm 2024 ước 865 tỷ đồng, chiếm 3,4% tổng thu nội địa của tỉnh. Giá dầu đậu nành xuất xưởng hiện từ 38.500 đến 41.000 đồng/lít.

Bài viết liên quan:
- Long An: Hội nghị kết nối cung cầu hàng hóa lần thứ 4
- Hướng dẫn cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 137 Nguyễn Đình Chiểu, Phường 1, TP Tân An
Điện thoại: 0272.3826.418
Lượt truy cập: 1.536.207 | Đang truy cập: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}

ROWS = [("Dầu đậu nành", ["214,6", "228,0", "240,0"]), ("Dầu cọ tinh luyện", ["187,3", "196,5", "205,0"]),
        ("Dầu hỗn hợp", ["105,2", "113,5", "125,0"]), ("Tổng số", ["507,1", "538,0", "570,0"]),
        ("Trong đó: xuất khẩu", ["92,4", "101,8", "110,0"])]
TOTALS = dict(zip(COLS, ["507,1", "538,0", "570,0"]))


def num(s):
    return float(s.replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = num(TOTALS[col]) * 1e3
            row = "dầu ăn xuất khẩu"
        elif label == "Tổng số":
            row = "dầu ăn tổng số"
        else:
            row = label.lower()
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e3, "measure", "tấn",
                         subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy sản xuất dầu ăn"),
    fig("khoảng 720.000", "720.000", 720000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất nhà máy sản xuất dầu ăn"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="tổng công suất sản xuất dầu ăn"),
    fig("công suất 1.200 tấn/ngày", "1.200", 1200, "measure", "tấn/ngày",
        subject="công suất nhà máy của Công ty CP Dầu ăn Phước Lộc", location="Bến Lức"),
    fig("ước đạt 538 nghìn", "538", 538000, "measure", "tấn", status="estimate",
        change=chg("increase", 6.1, "%", "năm 2023"), subject="sản lượng dầu ăn của tỉnh", period=Y24),
] + CELLS + [
    fig("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("ước 865 tỷ", "865", 865e9, "money", "đồng", percent=3.4, status="estimate",
        subject="nộp ngân sách của các doanh nghiệp", period=Y24b),
    fig("từ 38.500 đến 41.000", "38.500", 38500, "money", "đồng/lít", value_max=41000,
        subject="giá dầu đậu nành xuất xưởng"),
]

NOTES = [
    "Department site (Sở Công Thương Long An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'lần thứ 4', 'Số 137 Nguyễn Đình Chiểu', 'Phường 1', phone 0272.3826.418, counters 1.536.207 and 24.",
    "'đứng thứ hai cả nước' follows the capacity → rank 2 of the capacity, located in Long An ('cả nước' is the field of the ranking).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' → measure in tấn ×10^3; subject = caption indicator + row + column; period from",
    "the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'Trong đó: xuất khẩu' sub-row: a part after 'trong đó' following the whole (Tổng số row) → total = the Tổng số cell of the same column.",
    "The largest plant 'tại huyện Bến Lức' → its capacity is located in Bến Lức.",
    "'hiện' capacity, plant count and ex-factory price carry no period; the labour count has none either (the 'năm 2024' belongs to the budget clause).",
]

if __name__ == "__main__":
    write("p1543-7", TEXT, NOTES, FIGS, location="Long An")

"""p1414-7: department site (Sở Xây dựng Hải Phòng), no dateline: maintenance funds handed over; one-cell-per-line table by district."""
from lib import fig, per, chg, write

TABLE = [("Quận Hồng Bàng", "Hồng Bàng", ["9", "11", "13"]),
         ("Quận Ngô Quyền", "Ngô Quyền", ["14", "17", "19"]),
         ("Quận Lê Chân", "Lê Chân", ["12", "15", "18"]),
         ("Quận Hải An", "Hải An", ["8", "12", "15"]),
         ("Tổng số", None, ["43", "55", "65"])]
COLS = ["Năm 2023", "Ước thực hiện 2024", "Kế hoạch 2025"]

TABLE_TEXT = "\n".join(["Địa bàn"] + COLS + [x for label, _, cells in TABLE for x in [label] + cells])

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ HẢI PHÒNG
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Kết quả bàn giao kinh phí bảo trì nhà chung cư trên địa bàn thành phố

Thực hiện Kế hoạch số 176/KH-UBND của UBND thành phố, Sở Xây dựng đã đôn đốc các chủ đầu tư bàn giao kinh phí bảo trì phần sở hữu chung cho ban quản trị nhà chung cư. Hiện thành phố có 92 nhà chung cư thương mại đã đưa vào sử dụng, trong đó 71 nhà chung cư đủ điều kiện bàn giao kinh phí bảo trì.

Số nhà chung cư đã bàn giao kinh phí bảo trì theo địa bàn
Đơn vị tính: nhà chung cư
""" + TABLE_TEXT + """

Năm 2024, số tiền kinh phí bảo trì được bàn giao ước đạt 148 tỷ đồng, vượt 23% kế hoạch. Lũy kế đến hết năm 2024, tổng kinh phí bảo trì đã bàn giao ước khoảng 760 tỷ đồng. Còn 16 nhà chung cư với gần 95 tỷ đồng chưa được bàn giao do tranh chấp về cách xác định giá trị căn hộ.

Sở đã kiến nghị UBND thành phố cưỡng chế 3 chủ đầu tư chậm thực hiện. Năm 2025, Sở phấn đấu bàn giao thêm 10 nhà chung cư. Giá dịch vụ quản lý vận hành trên địa bàn hiện dao động 4.500-11.000 đồng/m2/tháng.

Địa chỉ: Số 2 Lý Tự Trọng, quận Hồng Bàng, TP Hải Phòng
Điện thoại: 0225.3823.456 | Email: soxaydung@haiphong.gov.vn
Lượt truy cập: 1.204.377 | Đang online: 25
"""

PERIODS = {"Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
           "Ước thực hiện 2024": per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"),
           "Kế hoạch 2025": per("Kế hoạch 2025", "2025-01-01", "2025-12-31")}
STATUS = {"Năm 2023": "actual", "Ước thực hiện 2024": "estimate", "Kế hoạch 2025": "target"}
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CUM = per("đến hết năm 2024", None, "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")


def table():
    out = []
    for label, place, cells in TABLE:
        for i, col in enumerate(COLS):
            anchor = "\n".join([label] + cells[:i + 1])
            kw = {"location": place} if place else {}
            if STATUS[col] != "actual":
                kw["status"] = STATUS[col]
            out.append(fig(anchor, cells[i], float(cells[i]), "count", "nhà chung cư",
                           subject="số nhà chung cư đã bàn giao kinh phí bảo trì " + col.lower(),
                           period=PERIODS[col], **kw))
    return out


FIGS = [
    fig("có 92 nhà", "92", 92, "count", "nhà chung cư",
        subject="nhà chung cư thương mại đã đưa vào sử dụng"),
    fig("trong đó 71 nhà", "71", 71, "count", "nhà chung cư", total=92,
        subject="nhà chung cư đủ điều kiện bàn giao kinh phí bảo trì"),
] + table() + [
    fig("ước đạt 148 tỷ", "148", 148e9, "money", "đồng", status="estimate",
        change=chg("increase", 23, "%", "kế hoạch"),
        subject="số tiền kinh phí bảo trì được bàn giao", period=Y24),
    fig("ước khoảng 760 tỷ", "760", 760e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng kinh phí bảo trì đã bàn giao lũy kế", period=CUM),
    fig("Còn 16 nhà", "16", 16, "count", "nhà chung cư",
        subject="nhà chung cư chưa được bàn giao kinh phí bảo trì"),
    fig("gần 95 tỷ", "95", 95e9, "money", "đồng", approx="nearly",
        subject="kinh phí bảo trì chưa được bàn giao"),
    fig("cưỡng chế 3 chủ", "3", 3, "count", "chủ đầu tư",
        subject="chủ đầu tư chậm thực hiện bị kiến nghị cưỡng chế"),
    fig("thêm 10 nhà", "10", 10, "count", "nhà chung cư", status="target",
        subject="nhà chung cư bàn giao thêm kinh phí bảo trì", period=Y25),
    fig("dao động 4.500-11.000", "4.500", 4500, "money", "đồng/m2/tháng", value_max=11000,
        subject="giá dịch vụ quản lý vận hành"),
]

NOTES = [
    "Department site (Sở Xây dựng Hải Phòng) with no dateline: menu, footer address, phone, 'Lượt truy cập', 'Đang online'. published = null.",
    "One-cell-per-line table with 'Đơn vị tính: nhà chung cư'; columns Năm 2023 / Ước thực hiện 2024 (estimate) / Kế hoạch 2025 (target);",
    "district rows give location; 'Tổng số' row stays Hải Phòng. Cells get no total. Periods from the column headers.",
    "Distractors: 'Kế hoạch số 176/KH-UBND', 'Số 2 Lý Tự Trọng', phone, e-mail, 'Lượt truy cập: 1.204.377', 'Đang online: 25'.",
    "'vượt 23% kế hoạch' is a change with baseline 'kế hoạch' (spec: gap to a plan). 'Lũy kế đến hết năm 2024' is an as-of date.",
]

if __name__ == "__main__":
    write("p1414-7", TEXT, NOTES, FIGS, published=None, location="Hải Phòng")

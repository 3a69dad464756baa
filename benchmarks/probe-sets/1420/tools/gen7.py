"""p1420-7: department site (Công an tỉnh Thái Nguyên), no dateline: review of held vehicles, one-cell-per-line table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CÔNG AN TỈNH THÁI NGUYÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Hướng dẫn thủ tục | Hỏi đáp

Phòng Cảnh sát giao thông đẩy mạnh xử lý phương tiện tồn đọng quá hạn

Thực hiện Kế hoạch số 86/KH-CAT-PC08, 6 tháng đầu năm 2024, Phòng Cảnh sát giao thông phối hợp công an các địa phương rà soát, phân loại 5.903 phương tiện đang lưu giữ tại 11 bãi tạm giữ trên địa bàn tỉnh. Kết quả, đã xác minh, thông báo tìm chủ cho 2.140 phương tiện và trả lại 836 phương tiện cho chủ sở hữu hợp pháp.

Tính đến ngày 30/6/2024, số phương tiện tồn đọng toàn tỉnh tăng 11,3% so với cùng kỳ; riêng TP Phổ Yên tăng 18,9%, cao nhất tỉnh, do lượng xe vi phạm quanh các khu công nghiệp Yên Bình, Điềm Thụy tăng mạnh.

Phương tiện tồn đọng tại các bãi tạm giữ theo địa bàn
Đơn vị tính: phương tiện
Địa bàn
Đến 31/12/2023
Đến 30/6/2024
So với cùng kỳ (%)
TP Thái Nguyên
2.418
2.655
112,4
TP Phổ Yên
1.136
1.307
118,9
TP Sông Công
524
561
104,1
Huyện Đại Từ
387
402
98,5
Các huyện còn lại
905
978
106,2
Tổng số
5.370
5.903
111,3

Phòng đề nghị UBND tỉnh cho phép thanh lý trước khoảng 1.500 xe máy hư hỏng, không còn giá trị sử dụng; giá trị thu hồi ước tính khoảng 450 triệu đồng.

Tin cùng chuyên mục:
- Công an tỉnh ra quân Tháng an toàn giao thông năm 2024
- Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ tới học sinh THPT

CÔNG AN TỈNH THÁI NGUYÊN
Địa chỉ: Số 17 đường Tố Hữu, phường Phan Đình Phùng, TP Thái Nguyên
Điện thoại trực ban: 0208.3855.114
Lượt truy cập: 3.416.882
"""

TN = "Thái Nguyên"
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", end="2024-06-30")
COLS = [("đến 31/12/2023", per("Đến 31/12/2023", end="2023-12-31")),
        ("đến 30/6/2024", per("Đến 30/6/2024", end="2024-06-30")),
        ("so với cùng kỳ", None)]
ROWS = [("TP Thái Nguyên", "Thái Nguyên", ["2.418", "2.655", "112,4"]),
        ("TP Phổ Yên", "Phổ Yên", ["1.136", "1.307", "118,9"]),
        ("TP Sông Công", "Sông Công", ["524", "561", "104,1"]),
        ("Huyện Đại Từ", "Đại Từ", ["387", "402", "98,5"]),
        ("Các huyện còn lại", TN, ["905", "978", "106,2"]),
        ("Tổng số", TN, ["5.370", "5.903", "111,3"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    rowname = "" if place != TN or label == "TP Thái Nguyên" else label.lower() + " "
    for (col, p), n in zip(COLS, nums):
        subj = f"phương tiện tồn đọng {rowname}{col}"
        if col == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%", subject=subj, location=place)
        else:
            f = fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "phương tiện", subject=subj,
                    period=p, location=place)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("phân loại 5.903", "5.903", 5903, "count", "phương tiện",
        subject="phương tiện đang lưu giữ được rà soát, phân loại", period=H1),
    fig("tại 11 bãi", "11", 11, "count", "bãi tạm giữ", subject="bãi tạm giữ trên địa bàn tỉnh", period=H1),
    fig("cho 2.140", "2.140", 2140, "count", "phương tiện",
        subject="phương tiện được xác minh, thông báo tìm chủ", period=inh(H1)),
    fig("trả lại 836", "836", 836, "count", "phương tiện",
        subject="phương tiện trả lại cho chủ sở hữu hợp pháp", period=inh(H1)),
    fig("tăng 11,3%", "11,3", 11.3, "percent", "%", subject="số phương tiện tồn đọng toàn tỉnh", period=ASOF),
    fig("tăng 18,9%", "18,9", 18.9, "percent", "%", subject="số phương tiện tồn đọng", period=ASOF,
        location="Phổ Yên"),
] + CELLS + [
    fig("khoảng 1.500 xe máy", "1.500", 1500, "count", "xe máy", approx="about",
        subject="xe máy hư hỏng đề nghị thanh lý trước"),
    fig("khoảng 450 triệu", "450", 450e6, "money", "đồng", approx="about", status="estimate",
        subject="giá trị thu hồi"),
]

NOTES = [
    "Department site (Công an tỉnh Thái Nguyên), no dateline: menu, related links, footer address, duty phone, 'Lượt truy cập'.",
    "Distractors: 'Kế hoạch số 86/KH-CAT-PC08', 'Tháng an toàn giao thông năm 2024', 'Số 17 đường Tố Hữu', phone 0208.3855.114,",
    "counter 3.416.882, dates in column headers.",
    "'6 tháng đầu năm 2024' frames the review sentence (5.903 and 11 bãi); the next sentence's 2.140 and 836 inherit it.",
    "Growth rates as the claim (tăng 11,3%, tăng 18,9%) are percent figures, no change; 'riêng TP Phổ Yên' → location Phổ Yên.",
    "One-cell-per-line table, 'Đơn vị tính: phương tiện'; row labels are places → location (TP Thái Nguyên the city; 'Các huyện còn",
    "lại' and 'Tổng số' → the province, with the row label in the subject); as-of periods from column headers (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (ratio to the same time last year) with no period. Cells get no total.",
    "'đề nghị ... thanh lý trước khoảng 1.500 xe máy' has no status cue → actual; 'ước tính khoảng 450 triệu' → estimate, about.",
]

if __name__ == "__main__":
    write("p1420-7", TEXT, NOTES, FIGS, location=TN)

"""p599-7: Công an TP Cần Thơ department site (no dateline): pawnshop licensing by district, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """CÔNG AN THÀNH PHỐ CẦN THƠ
Phòng Cảnh sát quản lý hành chính về trật tự xã hội

Tăng cường quản lý hoạt động kinh doanh dịch vụ cầm đồ

Thực hiện Kế hoạch số 145/KH-CAT-PC06, năm 2023, Phòng Cảnh sát quản lý hành chính về trật tự xã hội phối hợp Công an các quận, huyện kiểm tra 412 lượt cơ sở kinh doanh dịch vụ cầm đồ, phát hiện 37 trường hợp vi phạm (trong đó 21 trường hợp cho vay vượt mức lãi suất quy định), xử phạt 126,5 triệu đồng, tăng 15,3% so với năm 2022. Riêng quý IV/2023 kiểm tra 126 lượt cơ sở.

Bảng: Cơ sở kinh doanh dịch vụ cầm đồ được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự
Đơn vị tính: cơ sở
Quận, huyện
Năm 2022
Năm 2023
Kế hoạch kiểm tra năm 2024 (lượt)
Ninh Kiều
142
151
60
Bình Thủy
48
52
20
Cái Răng
39
45
18
Thốt Nốt
33
31
12
Các quận, huyện khác
71
78
30
Toàn thành phố
333
357
140

Qua kiểm tra cho thấy, khoảng 12% số cơ sở chưa thực hiện đúng quy định về lưu giữ tài sản cầm cố; một số cơ sở núp bóng cầm đồ để cho vay với lãi suất từ 5 đến 10%/tháng. Năm 2024, Công an thành phố đặt mục tiêu 100% cơ sở được kiểm tra ít nhất 1 lần, xử lý nghiêm các trường hợp vi phạm.

Người dân phát hiện dấu hiệu cho vay lãi nặng báo tin về Phòng Cảnh sát hình sự, điện thoại 0292.3820.510, hoặc Công an phường nơi cư trú.

Địa chỉ: số 09 đường Trần Phú, phường Cái Khế, quận Ninh Kiều, TP Cần Thơ
Tổng số lượt truy cập: 1.284.617
"""

P23 = P("năm 2023", "2023-01-01", "2023-12-31")
PQ = P("quý IV/2023", "2023-10-01", "2023-12-31")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")

COLS = [("cơ sở được cấp giấy chứng nhận năm 2022", "cơ sở", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("cơ sở được cấp giấy chứng nhận năm 2023", "cơ sở", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch kiểm tra năm 2024", "lượt", P("Năm 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Ninh Kiều", ["142", "151", "60"], "Ninh Kiều", ""),
        ("Bình Thủy", ["48", "52", "20"], "Bình Thủy", ""),
        ("Cái Răng", ["39", "45", "18"], "Cái Răng", ""),
        ("Thốt Nốt", ["33", "31", "12"], "Thốt Nốt", ""),
        ("Các quận, huyện khác", ["71", "78", "30"], "Cần Thơ", "các quận, huyện khác "),
        ("Toàn thành phố", ["333", "357", "140"], "Cần Thơ", "")]


def table():
    out = []
    for label, cells, loc, extra in ROWS:
        for i, (col, unit, per, status) in enumerate(COLS):
            anchor = (label + "\n" + cells[0]) if i == 0 else (cells[i - 1] + "\n" + cells[i] + "\n")
            kw = {"status": status} if status else {}
            out.append(F(anchor, cells[i], float(cells[i]), "count", unit, extra + col, per,
                         location=loc, **kw))
    return out


FIGS = [
    F("kiểm tra 412 lượt", "412", 412, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", P23),
    F("phát hiện 37 trường hợp", "37", 37, "count", "trường hợp",
      "trường hợp vi phạm", P23),
    F("trong đó 21 trường hợp", "21", 21, "count", "trường hợp",
      "trường hợp cho vay vượt mức lãi suất quy định", P23, total=37),
    F("xử phạt 126,5 triệu đồng", "126,5", 126.5e6, "money", "đồng",
      "tiền xử phạt", P23, change=CH("increase", 15.3, "%", "năm 2022")),
    F("kiểm tra 126 lượt", "126", 126, "count", "lượt cơ sở",
      "lượt cơ sở được kiểm tra", PQ),
] + table() + [
    F("khoảng 12% số cơ sở", "12", 12, "percent", "%",
      "cơ sở chưa thực hiện đúng quy định về lưu giữ tài sản cầm cố", approx="about"),
    F("từ 5 đến 10%/tháng", "5", 5, "percent", "%",
      "lãi suất cho vay của cơ sở núp bóng cầm đồ", value_max=10),
    F("mục tiêu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở được kiểm tra", P24, status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần",
      "số lần kiểm tra mỗi cơ sở", P24, approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Công an TP Cần Thơ, Phòng Cảnh sát QLHC về TTXH (department site): no dateline; footer address and visit counter 1.284.617 are not figures.",
    "One-cell-per-line table with 'Đơn vị tính: cơ sở' and one column with its own unit '(lượt)'; periods from the column headers (scored, as shared h23);",
    "'Kế hoạch kiểm tra năm 2024' column -> status target. District rows -> location; 'Các quận, huyện khác' and 'Toàn thành phố' -> Cần Thơ.",
    "'(trong đó 21 trường hợp ...)' part of 37. 'Riêng quý IV/2023' count. '5 đến 10%/tháng': percent range, unit '%'.",
    "'ít nhất 1 lần' (a frequency threshold in a target) optional. Not figures: Kế hoạch số 145/KH-CAT-PC06, PC06, phone, 'số 09 đường Trần Phú', counter.",
]

if __name__ == "__main__":
    emit("p599-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")

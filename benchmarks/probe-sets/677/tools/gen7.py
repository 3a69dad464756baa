"""p677-7: department site (Chi cục ATVSTP Thanh Hóa), no dateline — food-safety inspections of fish-sauce producers, one-cell-per-line table."""
from lib import F, P, inh, CH, TG, emit

TEXT = """CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH THANH HÓA
Tin hoạt động

Kiểm tra 152 cơ sở sản xuất, kinh doanh nước mắm

Thực hiện Kế hoạch số 58/KH-CCATVSTP, từ ngày 01/3 đến ngày 30/11/2024, Chi cục đã chủ trì, phối hợp kiểm tra 152 cơ sở sản xuất, kinh doanh nước mắm trên địa bàn tỉnh, trong đó 118 cơ sở đạt yêu cầu, chiếm 77,6%. Đoàn đã xử phạt vi phạm hành chính 11 cơ sở với tổng số tiền 86,5 triệu đồng, tăng 23,6 triệu đồng so với năm 2023.

Kết quả kiểm tra tại các địa phương trọng điểm:

Đơn vị tính: cơ sở
Địa phương
Số cơ sở được kiểm tra
Số cơ sở vi phạm
Thành phố Sầm Sơn
46
4
Huyện Hoằng Hóa
38
3
Thị xã Nghi Sơn
35
2
Huyện Hậu Lộc
21
2

Đoàn đã lấy 64 mẫu nước mắm để kiểm nghiệm các chỉ tiêu độ đạm, histamine, ure và vi sinh; có 5 mẫu không đạt, trong đó 3 mẫu có hàm lượng histamine vượt giới hạn 400 mg/kg, 2 mẫu có hàm lượng đạm tổng số chỉ từ 8 đến 10 g N/l, thấp hơn mức công bố trên nhãn.

Vi phạm chủ yếu là nhà xưởng xuống cấp, người trực tiếp sản xuất chưa khám sức khỏe định kỳ, nhãn ghi sai độ đạm. Năm 2025, Chi cục đặt mục tiêu kiểm tra ít nhất 2 lần/năm đối với 100% cơ sở sản xuất nước mắm quy mô trên 50.000 lít/năm.

Địa chỉ: Số 101 Nguyễn Trãi, phường Ba Đình, TP Thanh Hóa. Điện thoại: 0237.3852.601.
Tổng số lượt truy cập: 1.204.377
"""

PER = P("từ ngày 01/3 đến ngày 30/11/2024", "2024-03-01", "2024-11-30")


def cell(anchor, num, col, place):
    return F(anchor, num, int(num), "count", "cơ sở", col, inh(PER), location=place)


FIGS = [
    F("Kiểm tra 152 cơ sở", "152", 152, "count", "cơ sở", "cơ sở sản xuất, kinh doanh nước mắm được kiểm tra"),
    F("kiểm tra 152 cơ sở sản xuất", "152", 152, "count", "cơ sở", "cơ sở sản xuất, kinh doanh nước mắm được kiểm tra",
      PER),
    F("trong đó 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở đạt yêu cầu", PER, total=152, percent=77.6),
    F("xử phạt vi phạm hành chính 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", inh(PER)),
    F("tổng số tiền 86,5 triệu đồng", "86,5", 86.5e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", inh(PER),
      change=CH("increase", 23.6e6, "đồng", baseline="năm 2023")),
    cell("Sầm Sơn\n46", "46", "Số cơ sở được kiểm tra", "Sầm Sơn"),
    cell("46\n4", "4", "Số cơ sở vi phạm", "Sầm Sơn"),
    cell("Hoằng Hóa\n38", "38", "Số cơ sở được kiểm tra", "Hoằng Hóa"),
    cell("38\n3", "3", "Số cơ sở vi phạm", "Hoằng Hóa"),
    cell("Nghi Sơn\n35", "35", "Số cơ sở được kiểm tra", "Nghi Sơn"),
    cell("35\n2", "2", "Số cơ sở vi phạm", "Nghi Sơn"),
    cell("Hậu Lộc\n21", "21", "Số cơ sở được kiểm tra", "Hậu Lộc"),
    cell("21\n2", "2", "Số cơ sở vi phạm", "Hậu Lộc"),
    F("lấy 64 mẫu", "64", 64, "count", "mẫu", "mẫu nước mắm được lấy để kiểm nghiệm", inh(PER)),
    F("có 5 mẫu không đạt", "5", 5, "count", "mẫu", "mẫu nước mắm không đạt", inh(PER),
      note="'; có 5 mẫu không đạt' after 'lấy 64 mẫu': no part-of cue (trong đó/gồm/:/trong số), so no total (as h11 'Có 10 chỉ tiêu')"),
    F("trong đó 3 mẫu", "3", 3, "count", "mẫu", "mẫu có hàm lượng histamine vượt giới hạn", inh(PER), total=5),
    F("giới hạn 400 mg/kg", "400", 400, "measure", "mg/kg", "giới hạn hàm lượng histamine", optional=True,
      note="a regulatory limit: optional"),
    F("2 mẫu có hàm lượng đạm", "2", 2, "count", "mẫu", "mẫu có hàm lượng đạm tổng số thấp hơn mức công bố",
      inh(PER), total=5),
    F("từ 8 đến 10 g N/l", "8", 8, "measure", "g N/l", "hàm lượng đạm tổng số mẫu không đạt", value_max=10),
    F("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", "tần suất kiểm tra cơ sở sản xuất nước mắm",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất nước mắm quy mô trên 50.000 lít/năm được kiểm tra",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("trên 50.000 lít/năm", "50.000", 50000, "measure", "lít/năm", "quy mô cơ sở sản xuất nước mắm", approx="over",
      optional=True, note="a size threshold: optional"),
]

COMMENTS = [
    "p677-7 — department site (Chi cục ATVSTP Thanh Hóa), no dateline (no published); footer counter 'Tổng số lượt truy cập: 1.204.377' not a figure.",
    "One-cell-per-line table with 'Đơn vị tính: cơ sở': columns Số cơ sở được kiểm tra / Số cơ sở vi phạm; rows are districts (→ location).",
    "Table cells take the period of the lead paragraph (inherited, unscored). Kế hoạch số 58/KH-CCATVSTP, address, phone: not figures.",
    "Limits and thresholds (400 mg/kg, trên 50.000 lít/năm) optional. The headline count has no period.",
]

if __name__ == "__main__":
    emit("p677-7", TEXT, COMMENTS, FIGS, location="Thanh Hóa")

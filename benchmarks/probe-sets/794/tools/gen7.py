"""p794-7: Chi cục Thủy sản Nghệ An site (no dateline) - ốc nhồi/ốc bươu đen in ponds; one-cell-per-line table."""
from lib import F, build, chg, inh, per

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN - CHI CỤC THỦY SẢN
Trang chủ / Tin hoạt động / Nuôi trồng thủy sản

Nuôi ốc nhồi trong ao đất: hướng đi mới cho vùng trũng

Năm 2023, diện tích nuôi ốc nhồi, ốc bươu đen trong ao đất và ruộng trũng toàn tỉnh đạt 186,4 ha, tăng 41,2 ha so với năm 2022; sản lượng đạt 742 tấn, giá trị khoảng 44,5 tỷ đồng. Diện tích tập trung chủ yếu ở các huyện Yên Thành, Diễn Châu, Nam Đàn và Thanh Chương.

Diện tích nuôi ốc theo địa phương
Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
Yên Thành
58,3
79,6
Diễn Châu
41,0
52,8
Nam Đàn
26,5
31,2
Thanh Chương
19,4
22,8
Tổng cộng
145,2
186,4

Theo kết quả mô hình trình diễn của Chi cục tại xã Hoa Thành (huyện Yên Thành), với mật độ thả 30 con/m2, sau 5 tháng nuôi ốc nhồi đạt trọng lượng 35-40 g/con, tỷ lệ sống 78%, năng suất 4,6 tấn/ha. Giá bán ốc nhồi thương phẩm 60.000-65.000 đồng/kg, trừ chi phí người nuôi lãi khoảng 150 triệu đồng/ha.

Năm 2024, Chi cục đặt mục tiêu nhân rộng diện tích nuôi ốc lên 220 ha. Các hộ tham gia được hỗ trợ 50% kinh phí mua con giống theo Nghị quyết số 18/2023/NQ-HĐND của HĐND tỉnh; mỗi hộ được hỗ trợ tối đa 20 triệu đồng.

CHI CỤC THỦY SẢN NGHỆ AN
Địa chỉ: số 2 Hồ Tùng Mậu, phường Trường Thi, TP Vinh, Nghệ An
Điện thoại: 0238.3842.256
Tổng lượt truy cập: 1.284.907 | Đang trực tuyến: 37
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
DT = "diện tích nuôi ốc"


def cell(anchor, number, year, place=None):
    kw = {"location": place} if place else {}
    return F(anchor, number, float(number.replace(",", ".")), "measure", "ha",
             DT + ("" if place else " tổng cộng"), C22 if year == 2022 else C23, **kw)


FIGS = [
    F("đạt 186,4 ha", "186,4", 186.4, "measure", "ha", "diện tích nuôi ốc nhồi, ốc bươu đen trong ao đất và ruộng trũng",
      Y23, change=chg("increase", 41.2, "ha", "năm 2022")),
    F("đạt 742 tấn", "742", 742, "measure", "tấn", "sản lượng ốc nhồi, ốc bươu đen", Y23),
    F("khoảng 44,5 tỷ đồng", "44,5", 44.5e9, "money", "đồng", "giá trị sản lượng ốc", Y23, approx="about"),
    cell("Yên Thành\n58,3", "58,3", 2022, "Yên Thành"),
    cell("58,3\n79,6", "79,6", 2023, "Yên Thành"),
    cell("Diễn Châu\n41,0", "41,0", 2022, "Diễn Châu"),
    cell("41,0\n52,8", "52,8", 2023, "Diễn Châu"),
    cell("Nam Đàn\n26,5", "26,5", 2022, "Nam Đàn"),
    cell("26,5\n31,2", "31,2", 2023, "Nam Đàn"),
    cell("Thanh Chương\n19,4", "19,4", 2022, "Thanh Chương"),
    cell("19,4\n22,8", "22,8", 2023, "Thanh Chương"),
    cell("Tổng cộng\n145,2", "145,2", 2022),
    cell("145,2\n186,4", "186,4", 2023),
    F("thả 30 con/m2", "30", 30, "measure", "con/m2", "mật độ thả ốc nhồi", location="Yên Thành"),
    F("sau 5 tháng nuôi", "5", 5, "measure", "tháng", optional=True, location="Yên Thành"),
    F("trọng lượng 35-40 g/con", "35", 35, "measure", "g/con", "trọng lượng ốc nhồi", value_max=40,
      location="Yên Thành"),
    F("sống 78%", "78", 78, "percent", "%", "tỷ lệ sống ốc nhồi", location="Yên Thành"),
    F("năng suất 4,6 tấn/ha", "4,6", 4.6, "measure", "tấn/ha", "năng suất ốc nhồi", location="Yên Thành"),
    F("thương phẩm 60.000-65.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá bán ốc nhồi thương phẩm",
      value_max=65000, location="Yên Thành"),
    F("khoảng 150 triệu đồng/ha", "150", 150e6, "money", "đồng/ha", "lãi nuôi ốc nhồi", approx="about",
      location="Yên Thành"),
    F("lên 220 ha", "220", 220, "measure", "ha", DT, per("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "kinh phí mua con giống được hỗ trợ"),
    F("tối đa 20 triệu đồng", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ mỗi hộ", approx="at_most"),
]

COMMENTS = [
    "Department site (Chi cục Thủy sản Nghệ An), no dateline: published absent. 2023 area/output/value, then a table pasted one cell",
    "per line (header cells Địa phương / Năm 2022 / Năm 2023, 'Đơn vị tính: ha'); cell periods come from the column headers (scored),",
    "district cells take the district as location, Tổng cộng cells are Nghệ An. The demonstration model in xã Hoa Thành -> Yên Thành.",
    "'sau 5 tháng nuôi' locates the harvest weight in time: optional. '50% kinh phí' is the support rate (percent figure, actual).",
    "'mỗi hộ được hỗ trợ tối đa 20 triệu đồng' -> đồng/hộ, at_most.",
    "Distractors: footer address số 2 Hồ Tùng Mậu, phone 0238.3842.256, 'Tổng lượt truy cập: 1.284.907', 'Đang trực tuyến: 37',",
    "Nghị quyết số 18/2023/NQ-HĐND.",
]

if __name__ == "__main__":
    build("p794-7", TEXT, FIGS, COMMENTS, published=None, location="Nghệ An")

"""p1209-7: department site (Chi cục Kiểm lâm Thừa Thiên Huế), no dateline, one-cell-per-line table by task."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC KIỂM LÂM TỈNH THỪA THIÊN HUẾ
Trang chủ | Tin hoạt động | Phòng cháy chữa cháy rừng | Văn bản pháp quy

Kết quả phát triển rừng phòng hộ ven biển 6 tháng đầu năm

Thừa Thiên Huế có 128 km bờ biển với dải cồn cát chạy dọc các huyện Phong Điền, Quảng Điền, Phú Vang và Phú Lộc. Hiện toàn tỉnh có 6.745 ha rừng phòng hộ ven biển, chủ yếu là phi lao và keo lá tràm, tập trung ở Phong Điền (2.830 ha), Quảng Điền (1.310 ha) và Phú Vang (1.126 ha).

Kết quả thực hiện nhiệm vụ phát triển rừng phòng hộ ven biển:
Đơn vị tính: ha
Hạng mục
Kế hoạch năm 2024
Thực hiện 6 tháng đầu năm
Trồng mới
150
62,4
Trồng dặm
40
31,5
Chăm sóc rừng trồng
520
510
Khoanh nuôi tái sinh
290
180
Tổng số
1.000
783,9

Trong 6 tháng, lực lượng kiểm lâm đã phát hiện, xử lý 7 vụ vi phạm tại rừng phòng hộ ven biển, tịch thu 2,6 m³ gỗ phi lao, thu nộp ngân sách 46,5 triệu đồng. Mức chi trả dịch vụ môi trường rừng bình quân là 520.000 đồng/ha/năm. Chi cục yêu cầu các hạt kiểm lâm bố trí ít nhất 2 người trực tại mỗi trạm trong mùa khô.

Tin liên quan:
- Diễn tập phòng cháy rừng phi lao tại Phong Điền lần thứ 2
- Tập huấn nghiệp vụ cho 45 tổ bảo vệ rừng cộng đồng

CHI CỤC KIỂM LÂM TỈNH THỪA THIÊN HUẾ
Địa chỉ: 16 Lê Lợi, TP Huế | Điện thoại: 0234.3822.413
Lượt truy cập: 985.204 | Đang online: 17
"""

KH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1 = per("Thực hiện 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1S = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
LIST = "diện tích rừng phòng hộ ven biển"


def cell(anchor, number, value, row, col):
    p = KH if col == "KH" else H1
    colname = "kế hoạch năm 2024" if col == "KH" else "thực hiện 6 tháng đầu năm"
    kw = {"status": "target"} if col == "KH" else {}
    return fig(anchor, number, value, "measure", "ha", subject=f"{row} {colname}", period=p, **kw)


FIGS = [
    fig("có 128 km", "128", 128, "measure", "km", subject="bờ biển"),
    fig("có 6.745 ha", "6.745", 6745, "measure", "ha", subject="rừng phòng hộ ven biển"),
    fig("Phong Điền (2.830 ha)", "2.830", 2830, "measure", "ha", subject=LIST, location="Phong Điền"),
    fig("Quảng Điền (1.310 ha)", "1.310", 1310, "measure", "ha", subject=LIST, location="Quảng Điền"),
    fig("Phú Vang (1.126 ha)", "1.126", 1126, "measure", "ha", subject=LIST, location="Phú Vang"),
    cell("Trồng mới\n150", "150", 150, "trồng mới", "KH"),
    cell("150\n62,4", "62,4", 62.4, "trồng mới", "TH"),
    cell("Trồng dặm\n40", "40", 40, "trồng dặm", "KH"),
    cell("40\n31,5", "31,5", 31.5, "trồng dặm", "TH"),
    cell("rừng trồng\n520", "520", 520, "chăm sóc rừng trồng", "KH"),
    cell("520\n510", "510", 510, "chăm sóc rừng trồng", "TH"),
    cell("tái sinh\n290", "290", 290, "khoanh nuôi tái sinh", "KH"),
    cell("290\n180", "180", 180, "khoanh nuôi tái sinh", "TH"),
    cell("Tổng số\n1.000", "1.000", 1000, "tổng số", "KH"),
    cell("1.000\n783,9", "783,9", 783.9, "tổng số", "TH"),
    fig("xử lý 7 vụ", "7", 7, "count", "vụ vi phạm", subject="vụ vi phạm tại rừng phòng hộ ven biển được phát hiện, xử lý",
        period=H1S),
    fig("thu 2,6 m³", "2,6", 2.6, "measure", "m³", subject="gỗ phi lao tịch thu", period=H1S),
    fig("sách 46,5 triệu", "46,5", 46500000, "money", "đồng", subject="thu nộp ngân sách", period=H1S),
    fig("là 520.000", "520.000", 520000, "money", "đồng/ha/năm",
        subject="mức chi trả dịch vụ môi trường rừng bình quân"),
    fig("ít nhất 2 người", "2", 2, "count", "người", approx="at_least",
        subject="người trực tại mỗi trạm trong mùa khô", optional=True),
    fig("cho 45 tổ", "45", 45, "count", "tổ bảo vệ rừng cộng đồng", optional=True,
        subject="tổ bảo vệ rừng cộng đồng được tập huấn"),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm Thừa Thiên Huế) with no dateline: no published. Footer address, phone, counters.",
    "Year-less '6 tháng đầu năm' / 'Trong 6 tháng' take 2024 from the nearest earlier period (column header 'Kế hoạch năm 2024').",
    "One-cell-per-line table ('Đơn vị tính: ha'), rows are tasks: subject = row label + column label; periods from the headers",
    "(scored), 'Kế hoạch năm 2024' → target. Tổng số row is its own figures; cells get no totals.",
    "District list in brackets after 'tập trung ở' does not add up to 6.745: no total. 'ít nhất 2 người' per station is an instruction",
    "(optional); '45 tổ' in a related-link title (optional). Distractors: 'lần thứ 2', '16 Lê Lợi', phone, 'Lượt truy cập: 985.204', 'Đang online: 17'.",
]

if __name__ == "__main__":
    write("p1209-7", TEXT, NOTES, FIGS, published=None, location="Thừa Thiên Huế")

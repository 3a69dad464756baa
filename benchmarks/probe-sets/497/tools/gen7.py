"""p497-7: department site (Sở GTVT Thái Bình), no dateline, one-cell-per-line table with 'Đơn vị tính: km'."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH THÁI BÌNH
Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Hiện trạng mạng lưới đường giao thông nông thôn tỉnh Thái Bình năm 2023

Thực hiện Kế hoạch số 96/KH-UBND của UBND tỉnh, Sở Giao thông vận tải đã tổng hợp hiện trạng đường giao thông nông thôn trên địa bàn tỉnh tại thời điểm 31/12/2023 như sau:

Bảng: Chiều dài và tỷ lệ cứng hóa đường GTNT
Đơn vị tính: km
Loại đường
Tổng chiều dài
Đã cứng hóa
Tỷ lệ cứng hóa (%)
Đường huyện
812,6
812,6
100
Đường xã
1.546,3
1.528,9
98,9
Đường thôn, xóm
5.873,4
5.509,2
93,8
Đường trục chính nội đồng
4.210,7
2.896,4
68,8

Tổng chiều dài đường GTNT toàn tỉnh là 12.443 km, trong đó đã cứng hóa 10.747,1 km, đạt 86,4%. So với năm 2020, tỷ lệ cứng hóa tăng 11,2 điểm phần trăm. Mật độ đường GTNT đạt 7,85 km/km2, thuộc nhóm cao nhất vùng đồng bằng sông Hồng.

Kế hoạch năm 2024, tỉnh bố trí 350 tỷ đồng hỗ trợ cứng hóa 420 km đường trục chính nội đồng, với mức hỗ trợ 250 triệu đồng/km; phần còn lại do ngân sách xã và người dân đối ứng. Các xã đăng ký thực hiện gửi hồ sơ về Phòng Quản lý kết cấu hạ tầng giao thông trước ngày 15/02/2024.

Sở Giao thông vận tải Thái Bình
Địa chỉ: Số 8 Lê Quý Đôn, TP Thái Bình. Điện thoại: 0227.3831.256
Tổng số lượt truy cập: 2.156.803
"""

ASOF = inh(per("tại thời điểm 31/12/2023", None, "2023-12-31"))
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Đường huyện", "812,6", "812,6", "100"), ("Đường xã", "1.546,3", "1.528,9", "98,9"),
        ("Đường thôn, xóm", "5.873,4", "5.509,2", "93,8"), ("Đường trục chính nội đồng", "4.210,7", "2.896,4", "68,8")]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, tot, done, rate in ROWS:
    TABLE.append(fig(f"{label}\n{tot}", tot, n(tot), "measure", "km", f"{label} tổng chiều dài", ASOF))
    a2 = f"{done}\n{rate}" if label == "Đường huyện" else f"{tot}\n{done}"
    TABLE.append(fig(a2, done, n(done), "measure", "km", f"{label} đã cứng hóa", ASOF))
    TABLE.append(fig(f"{done}\n{rate}\n", rate, n(rate), "percent", "%", f"Tỷ lệ cứng hóa {label}", ASOF))

F = TABLE + [
    fig("là 12.443 km", "12.443", 12443, "measure", "km", "tổng chiều dài đường GTNT", ASOF),
    fig("cứng hóa 10.747,1 km", "10.747,1", 10747.1, "measure", "km", "đường GTNT đã cứng hóa", ASOF, total=12443, percent=86.4),
    fig("tăng 11,2 điểm phần trăm", "11,2", 11.2, "measure", "điểm phần trăm", "tỷ lệ cứng hóa so với năm 2020"),
    fig("đạt 7,85 km/km2", "7,85", 7.85, "measure", "km/km2", "mật độ đường GTNT", ASOF),
    fig("bố trí 350 tỷ đồng", "350", 350e9, "money", "đồng", "kinh phí hỗ trợ cứng hóa đường trục chính nội đồng", K24, status="target"),
    fig("cứng hóa 420 km", "420", 420, "measure", "km", "đường trục chính nội đồng được hỗ trợ cứng hóa", K24, status="target"),
    fig("hỗ trợ 250 triệu đồng/km", "250", 250e6, "money", "đồng/km", "mức hỗ trợ cứng hóa đường trục chính nội đồng", status="target"),
]

COMMENTS = [
    "Probe 497-7. Department site (Sở GTVT Thái Bình), no dateline (published null), one-cell-per-line table, 'Đơn vị tính: km'.",
    "Table cells: unit km from 'Đơn vị tính', the rate column is '%' from its header; subject = row label + column label; the as-of",
    "date 31/12/2023 stands in the lead sentence, so the table cells inherit it (not scored). 'Đường huyện 812,6 / 812,6' repeats one number.",
    "Sum line: 12.443 km total; '10.747,1 km, đạt 86,4%' after 'trong đó' → total 12.443, percent 86,4.",
    "'tăng 11,2 điểm phần trăm' is a rate change standing as the claim: a figure (no change object), kind measure, unit 'điểm phần trăm'.",
    "'Kế hoạch năm 2024' → status target for the plan sentence, continuing into 'với mức hỗ trợ 250 triệu đồng/km'.",
    "Distractors: 'Kế hoạch số 96/KH-UBND', 'trước ngày 15/02/2024', 'Số 8 Lê Quý Đôn', phone, 'Tổng số lượt truy cập: 2.156.803'.",
]

if __name__ == "__main__":
    emit("p497-7", TEXT, COMMENTS, F, published=None, location="Thái Bình")

"""p1225-7: department site (Sở TN&MT Quảng Trị), no dateline; coastal monazite survey; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Văn bản | Liên hệ

Hoàn thành khoanh định sa khoáng chứa monazit ven biển Quảng Trị

Đoàn Địa chất 305 vừa bàn giao kết quả điều tra, khoanh định sa khoáng titan - zircon - monazit ven biển tỉnh Quảng Trị. Qua 30 tháng triển khai, đơn vị đã khảo sát 126 km2, thi công 1.840 lỗ khoan tay với tổng chiều sâu 14.720 m, phân tích 3.560 mẫu. Kết quả đã khoanh định 9 thân quặng có triển vọng, tổng diện tích 2.870 ha, trong đó 4 thân quặng có hàm lượng monazit trên 0,4 kg/m3.

Tài nguyên monazit khoanh định theo địa phương:
Đơn vị tính: tấn
Địa phương
Cấp 333
Cấp 334a
Cộng
Vĩnh Linh
1.850
4.200
6.050
Gio Linh
2.310
5.640
7.950
Triệu Phong
980
3.150
4.130
Hải Lăng
1.460
2.870
4.330
Tổng cộng
6.600
15.860
22.460

Huyện Gio Linh có triển vọng nhất, tài nguyên chiếm 35,4% toàn tỉnh. Sở đề xuất đưa 5 khu vực với diện tích khoảng 1.150 ha vào quy hoạch thăm dò giai đoạn 2025 - 2030 và đề nghị các huyện quản lý chặt, không để xảy ra khai thác trái phép.

Tin liên quan:
- Tập huấn Luật Địa chất và Khoáng sản năm 2024
- Kiểm tra 12 điểm tập kết cát ven biển

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ
Địa chỉ: 233 Hùng Vương, TP Đông Hà, tỉnh Quảng Trị
Điện thoại: 0233.3852.549
Lượt truy cập: 2.486.115 | Đang online: 37
"""

PLAN = per("giai đoạn 2025 - 2030", "2025-01-01", "2030-12-31")
IND = "tài nguyên monazit khoanh định"

ROWS = [
    ("Vĩnh Linh", ["Linh\n1.850", "1.850\n4.200", "4.200\n6.050"], [1850, 4200, 6050]),
    ("Gio Linh", ["Gio Linh\n2.310", "2.310\n5.640", "5.640\n7.950"], [2310, 5640, 7950]),
    ("Triệu Phong", ["Phong\n980", "980\n3.150", "3.150\n4.130"], [980, 3150, 4130]),
    ("Hải Lăng", ["Lăng\n1.460", "1.460\n2.870", "2.870\n4.330"], [1460, 2870, 4330]),
    ("Tổng cộng", ["cộng\n6.600", "6.600\n15.860", "15.860\n22.460"], [6600, 15860, 22460]),
]
COLS = ["cấp 333", "cấp 334a", "cộng"]


def fmt(v):
    return f"{v:,}".replace(",", ".")


TABLE = []
for row, anchors, values in ROWS:
    for anchor, value, col in zip(anchors, values, COLS):
        if row == "Tổng cộng":
            TABLE.append(fig(anchor, fmt(value), value, "measure", "tấn", subject=f"{IND} {col} tổng cộng"))
        else:
            TABLE.append(fig(anchor, fmt(value), value, "measure", "tấn", subject=f"{IND} {col}", location=row))

FIGS = [
    fig("Qua 30 tháng", "30", 30, "measure", "tháng", optional=True, subject="thời gian triển khai"),
    fig("khảo sát 126 km2", "126", 126, "measure", "km2", subject="diện tích khảo sát"),
    fig("thi công 1.840 lỗ", "1.840", 1840, "count", "lỗ khoan tay", subject="lỗ khoan tay thi công"),
    fig("sâu 14.720 m", "14.720", 14720, "measure", "m", subject="tổng chiều sâu lỗ khoan tay"),
    fig("phân tích 3.560 mẫu", "3.560", 3560, "count", "mẫu", subject="mẫu phân tích"),
    fig("định 9 thân quặng", "9", 9, "count", "thân quặng", subject="thân quặng có triển vọng khoanh định"),
    fig("tích 2.870 ha", "2.870", 2870, "measure", "ha", subject="tổng diện tích các thân quặng có triển vọng"),
    fig("trong đó 4 thân", "4", 4, "count", "thân quặng", total=9,
        subject="thân quặng có hàm lượng monazit trên 0,4 kg/m3"),
    fig("trên 0,4 kg", "0,4", 0.4, "measure", "kg/m3", approx="over", optional=True,
        subject="hàm lượng monazit"),
    *TABLE,
    fig("chiếm 35,4%", "35,4", 35.4, "percent", "%", subject="tỷ trọng tài nguyên monazit trong toàn tỉnh",
        location="Gio Linh"),
    fig("đưa 5 khu vực", "5", 5, "count", "khu vực", subject="khu vực đề xuất đưa vào quy hoạch thăm dò",
        period=PLAN),
    fig("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", approx="about",
        subject="diện tích khu vực đề xuất đưa vào quy hoạch thăm dò", period=PLAN),
    fig("Kiểm tra 12 điểm", "12", 12, "count", "điểm tập kết cát", optional=True,
        subject="điểm tập kết cát ven biển được kiểm tra"),
]

NOTES = [
    "Department site (Sở TN&MT Quảng Trị): menu, related links, footer with address, phone and counters; NO dateline (no published).",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; row labels are districts → location; subject = caption indicator + column label",
    "('cấp 333', 'cấp 334a', 'cộng'; the class codes 333 / 334a in the header are labels, not figures). 'Tổng cộng' row: Quảng Trị.",
    "No period is stated for the survey or the table. 'Qua 30 tháng triển khai' only locates the work in time (optional);",
    "'trên 0,4 kg/m3' defines the 4 ore bodies (optional). The 4 are parts of the 9 ('trong đó').",
    "Distractors: 'Đoàn Địa chất 305' (name), 'km2', '233 Hùng Vương', phone, 'Lượt truy cập: 2.486.115', 'Đang online: 37',",
    "'Luật ... năm 2024'. The related-link title 'Kiểm tra 12 điểm tập kết cát' is page furniture about another article (optional).",
]

if __name__ == "__main__":
    write("p1225-7", TEXT, NOTES, FIGS, location="Quảng Trị")

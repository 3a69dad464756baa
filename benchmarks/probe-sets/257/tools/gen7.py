from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ PHAN THIẾT
Kinh tế - Xã hội

Phan Thiết: Sản lượng mực 9 tháng năm 2024 tăng khá, xuất khẩu mực khô khởi sắc

9 tháng năm 2024, tổng sản lượng khai thác hải sản trên địa bàn thành phố đạt 58.420 tấn, bằng 76,9% kế hoạch năm, tăng 4,5% so với cùng kỳ; trong đó sản lượng mực các loại đạt 13.650 tấn, chiếm 23,4%.

Thành phố hiện có 1.024 tàu cá, trong đó 386 tàu hành nghề câu mực, chụp mực; có 42 cơ sở chế biến thủy sản, trong đó 9 doanh nghiệp có mã số (code) xuất khẩu vào thị trường EU.

Một số chỉ tiêu chủ yếu ngành thủy sản thành phố
Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
9 tháng năm 2024
Kế hoạch năm 2024
Sản lượng khai thác
74.860
58.420
76.000
Trong đó: mực các loại
17.930
13.650
18.500
Mực chế biến xuất khẩu
5.210
4.180
5.600

Kim ngạch xuất khẩu mực của các doanh nghiệp trên địa bàn 9 tháng ước đạt 38,6 triệu USD, tăng 11,2%; thị trường chính là Hàn Quốc, Nhật Bản và Trung Quốc. Giá mực ống khô loại 1 tại các cơ sở trên đường Trưng Trắc, phường Đức Thắng hiện từ 750.000 đến 900.000 đồng/kg, cao hơn khoảng 15% so với đầu năm.

Mục tiêu đến năm 2025, thành phố có ít nhất 15 cơ sở chế biến đạt chuẩn HACCP, giá trị xuất khẩu mực đạt 60 triệu USD/năm. Phòng Kinh tế thành phố (số 38 Nguyễn Tất Thành, điện thoại 0252.3821.345) tiếp tục hướng dẫn các cơ sở hoàn thiện hồ sơ truy xuất nguồn gốc theo yêu cầu của thị trường nhập khẩu.

Minh Châu
21/10/2024"""

p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("đạt 58.420 tấn", "58.420", 58420, "measure", "tấn", "tổng sản lượng khai thác hải sản", percent=76.9,
      change=C("increase", 4.5, baseline="cùng kỳ"), period=p9),
    F("đạt 13.650 tấn", "13.650", 13650, "measure", "tấn", "sản lượng mực các loại", total=58420, percent=23.4, period=p9),
    F("có 1.024 tàu cá", "1.024", 1024, "count", "tàu cá", "tàu cá"),
    F("trong đó 386 tàu", "386", 386, "count", "tàu", "tàu hành nghề câu mực, chụp mực", total=1024),
    F("có 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở chế biến thủy sản"),
    F("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp có mã số (code) xuất khẩu vào thị trường EU", total=42),
]
rows = [("Sản lượng khai thác", "Sản lượng khai thác", ("74.860", "58.420", "76.000")),
        ("Trong đó: mực các loại", "Sản lượng mực các loại", ("17.930", "13.650", "18.500")),
        ("Mực chế biến xuất khẩu", "Mực chế biến xuất khẩu", ("5.210", "4.180", "5.600"))]
num = lambda s: float(s.replace(".", "").replace(",", "."))
whole = {}
for label, subj, (a, b, c) in rows:
    tot = whole if label.startswith("Trong đó") else {}
    if label == "Sản lượng khai thác":
        whole = {"a": num(a), "b": num(b), "c": num(c)}
        tot = {}
    figs += [
        F(f"{label}\n{a}\n", a, num(a), "measure", "tấn", f"{subj} năm 2023", period=y23, total=tot.get("a")),
        F(f"{a}\n{b}\n", b, num(b), "measure", "tấn", f"{subj} 9 tháng năm 2024", period=p9, total=tot.get("b")),
        F(f"{b}\n{c}\n", c, num(c), "measure", "tấn", f"{subj} kế hoạch năm 2024", status="target", period=y24, total=tot.get("c")),
    ]
figs += [
    F("ước đạt 38,6 triệu USD", "38,6", 38.6e6, "money", "USD", "kim ngạch xuất khẩu mực", status="estimate",
      change=C("increase", 11.2), period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("từ 750.000 đến 900.000 đồng/kg", "750.000", 750000, "money", "đồng/kg", "giá mực ống khô loại 1", value_max=900000,
      change=C("increase", 15, baseline="đầu năm", approx="about")),
    F("ít nhất 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở chế biến đạt chuẩn HACCP", approx="at_least", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 60 triệu USD/năm", "60", 60e6, "money", "USD/năm", "giá trị xuất khẩu mực", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]
header = """City portal (Cổng TTĐT thành phố Phan Thiết, Bình Thuận): squid catch, processing and exports, 9 months 2024.
No dateline at the top: byline and a bare date '21/10/2024' at the end (published). Location Phan Thiết throughout (the city's own figures).
One-cell-per-line table with 'Đơn vị tính: tấn' and columns 'Năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024': every numeric cell is a
figure, period from its column header (stated in the table's header, scored as in shared h23/p205-8), 'Kế hoạch' column status target;
subject = row label + column label; the 'Trong đó: mực các loại' row is a part after 'trong đó' following the whole in the row above, so its cells take that row's cell of the same column as total (revised after the first run). The 58.420 and 13.650 in the text are separate mentions.
Text: '13.650 tấn' after 'trong đó' (total 58.420, share 23,4); '386 tàu' (total 1.024); '9 doanh nghiệp' of '42 cơ sở' (total 42).
Fleet/establishment counts ('hiện có') and the dried-squid price ('hiện') have no period phrase: null.
Distractors: 'loại 1', address 'số 38 Nguyễn Tất Thành', phone 0252.3821.345, 'đường Trưng Trắc, phường Đức Thắng', HACCP.
'ít nhất 15 cơ sở' at_least, target 'đến năm 2025'; '60 triệu USD/năm' money rate (unit USD/năm)."""
write(7, text, figs, header, published="2024-10-21", location="Phan Thiết")

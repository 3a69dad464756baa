from lib import emit, fig, P, I, C, T

TEXT = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả vận hành hệ thống cống ngăn mặn mùa khô 2023-2024

I. TÌNH HÌNH XÂM NHẬP MẶN
Mùa khô 2023-2024, mặn xâm nhập sớm hơn trung bình nhiều năm. Ranh mặn 4‰ trên sông Hậu vào sâu 50-55 km, sâu hơn khoảng 8 km so với mùa khô 2022-2023; độ mặn cao nhất tại trạm Đại Ngãi là 6,8‰ (ngày 24/2/2024).

II. KẾT QUẢ VẬN HÀNH
1. Hệ thống công trình
Toàn tỉnh hiện có 521 cống ngăn mặn, trong đó 98 cống do Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh quản lý. Từ tháng 12/2023 đến tháng 5/2024, các địa phương đã vận hành 412 cống với tổng số 38.650 giờ đóng, mở cống, cụ thể như sau:

Đơn vị tính: cống; ha
Địa bàn | Số cống vận hành | Diện tích được bảo vệ | Trong đó: lúa
Long Phú | 86 | 24.300 | 17.850
Trần Đề | 97 | 31.200 | 22.400
Cù Lao Dung | 64 | 12.750 | 4.600
Mỹ Xuyên | 78 | 28.900 | 19.300
TX. Vĩnh Châu | 87 | 18.400 | 3.250
Tổng cộng | 412 | 115.550 | 67.400

2. Hiệu quả
Nhờ vận hành chủ động, không có diện tích lúa bị thiệt hại do mặn (năm 2016 thiệt hại trên 9.000 ha); diện tích được bảo vệ chiếm 87,6% diện tích sản xuất vùng ven biển. Năng suất lúa Đông Xuân ước đạt 7,1 tấn/ha, tăng 0,3 tấn/ha so với cùng kỳ.

3. Kinh phí
Tổng kinh phí vận hành, sửa chữa cống năm 2024 là 18,6 tỷ đồng, trong đó ngân sách tỉnh 12,4 tỷ đồng, còn lại từ nguồn hỗ trợ sử dụng dịch vụ công ích thủy lợi theo Nghị định số 96/2018/NĐ-CP. Tính đến ngày 30/6/2024, đã giải ngân 11,2 tỷ đồng, đạt 60,2% kế hoạch.

III. NHIỆM VỤ THỜI GIAN TỚI
Dự kiến trong quý III/2024 khởi công sửa chữa 15 cống hư hỏng nặng; phấn đấu đến năm 2025 kiểm soát mặn cho 100% diện tích lúa vùng ven biển.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KT.
"""

SEASON = P("Mùa khô 2023-2024", inh=True)
OPS = P("Từ tháng 12/2023 đến tháng 5/2024", "2023-12-01", "2024-05-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Long Phú", "86", "24.300", "17.850"), ("Trần Đề", "97", "31.200", "22.400"),
        ("Cù Lao Dung", "64", "12.750", "4.600"), ("Mỹ Xuyên", "78", "28.900", "19.300"),
        ("TX. Vĩnh Châu", "87", "18.400", "3.250"), ("Tổng cộng", "412", "115.550", "67.400")]

FIGS = [
    fig("Ranh mặn 4‰", "4", "measure", "‰", "ranh mặn", approx=None, optional=True),
    fig("vào sâu 50-55 km", "50", "measure", "km", "ranh mặn 4‰ trên sông Hậu vào sâu", SEASON, vmax=55,
        change=C("increase", 8, "km", "mùa khô 2022-2023", approx="about")),
    fig("là 6,8‰", "6,8", "measure", "‰", "độ mặn cao nhất tại trạm Đại Ngãi",
        P("ngày 24/2/2024", "2024-02-24", "2024-02-24")),
    fig("có 521 cống", "521", "count", "cống", "cống ngăn mặn"),
    fig("trong đó 98 cống", "98", "count", "cống", "cống do Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh quản lý",
        total=521),
    fig("vận hành 412 cống", "412", "count", "cống", "cống được vận hành", OPS),
    fig("38.650 giờ", "38.650", "measure", "giờ", "tổng số giờ đóng, mở cống", OPS),
]
for place, n, area, rice in ROWS:
    tot = place == "Tổng cộng"
    loc = "Sóc Trăng" if tot else place.replace("TX. ", "")
    pre = "tổng " if tot else ""
    FIGS += [
        fig(f"{place} | {n} |", n, "count", "cống", f"{pre}số cống vận hành", I(OPS), location=loc),
        fig(f"| {n} | {area} |", area, "measure", "ha", f"{pre}diện tích được bảo vệ", I(OPS), location=loc),
        fig(f"| {area} | {rice}", rice, "measure", "ha", f"{pre}diện tích lúa được bảo vệ", I(OPS), location=loc),
    ]
FIGS += [
    fig("thiệt hại trên 9.000 ha", "9.000", "measure", "ha", "diện tích lúa bị thiệt hại do mặn",
        P("năm 2016", "2016-01-01", "2016-12-31"), approx="over"),
    fig("chiếm 87,6%", "87,6", "percent", "%", "diện tích được bảo vệ trong diện tích sản xuất vùng ven biển"),
    fig("ước đạt 7,1 tấn/ha", "7,1", "measure", "tấn/ha", "năng suất lúa Đông Xuân", status="estimate",
        change=C("increase", 0.3, "tấn/ha", "cùng kỳ")),
    fig("là 18,6 tỷ đồng", "18,6", "money", "đồng", "tổng kinh phí vận hành, sửa chữa cống", Y24, m=1e9),
    fig("ngân sách tỉnh 12,4 tỷ đồng", "12,4", "money", "đồng", "kinh phí vận hành, sửa chữa cống từ ngân sách tỉnh",
        Y24, m=1e9, total=18.6e9),
    fig("giải ngân 11,2 tỷ đồng", "11,2", "money", "đồng", "kinh phí vận hành, sửa chữa cống đã giải ngân",
        P("Tính đến ngày 30/6/2024", None, "2024-06-30"), m=1e9, percent=60.2),
    fig("sửa chữa 15 cống", "15", "count", "cống", "cống hư hỏng nặng khởi công sửa chữa",
        P("quý III/2024", "2024-07-01", "2024-09-30"), status="forecast"),
    fig("cho 100% diện tích", "100", "percent", "%", "diện tích lúa vùng ven biển được kiểm soát mặn",
        P("đến năm 2025", None, "2025-12-31"), status="target"),
]
for f in FIGS:
    f.pop("approx", None) if f.get("approx") is None else None

COMMENTS = [
    "Formal report (UBND tỉnh Sóc Trăng, Số: 287/BC-UBND, 08/7/2024): sluice operation in the 2023-2024 dry season, flattened '|' table.",
    "Table: every numeric cell is a figure; a district row label goes to location, the Tổng cộng row is Sóc Trăng; units from 'Đơn vị tính: cống; ha'.",
    "Table cells get no total (the 'Trong đó: lúa' column is a column of its own; the Tổng cộng row is its own figure); period inherited from the sentence before the table.",
    "'Ranh mặn 4‰' defines the salinity line: optional. 'mùa khô 2023-2024' (a season) is not mapped to dates; 'ngày 24/2/2024' = a one-day period.",
    "'diện tích được bảo vệ chiếm 87,6%' has no base amount in its clause: a percent figure. Distractors: Số: 287/BC-UBND, Nghị định số 96/2018/NĐ-CP, section numbers.",
]

if __name__ == "__main__":
    emit("p810-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Sóc Trăng")

from lib import F, P, C, T, build

TEXT = """UBND TỈNH BẠC LIÊU
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 218/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 25 tháng 6 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh giống tôm nước lợ 6 tháng đầu năm 2024

Thực hiện Công văn số 1520/UBND-KT ngày 10/6/2024 của UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn báo cáo như sau:

1. Cơ sở sản xuất giống
Tính đến ngày 20/6/2024, toàn tỉnh có 312 cơ sở sản xuất, ương dưỡng giống tôm nước lợ, trong đó 236 cơ sở đủ điều kiện theo quy định (đạt 75,6%). Tổng sản lượng tôm giống sản xuất 6 tháng đầu năm ước đạt 12,8 tỷ con (tôm thẻ chân trắng 10,1 tỷ con, tôm sú 2,7 tỷ con), tăng 8,5% so với cùng kỳ năm 2023.

2. Kết quả theo địa bàn
Bảng 1. Sản lượng tôm giống theo huyện, thị xã, thành phố
Đơn vị tính: triệu con
Địa bàn | 6 tháng năm 2023 | Ước thực hiện 6 tháng năm 2024 | Tỷ lệ kiểm dịch (%)
TP Bạc Liêu | 2.410 | 2.655 | 92,4
Thị xã Giá Rai | 1.820 | 1.930 | 88,1
Huyện Đông Hải | 4.150 | 4.560 | 90,7
Huyện Hòa Bình | 3.420 | 3.655 | 86,9
Toàn tỉnh | 11.800 | 12.800 | 89,6

3. Kiểm soát chất lượng
Chi cục Chăn nuôi và Thú y đã kiểm dịch 11,6 tỷ con tôm giống xuất, nhập tỉnh, chiếm 90,6% sản lượng; lấy 1.245 mẫu xét nghiệm bệnh, trong đó có 37 mẫu dương tính, chiếm 2,97%, chủ yếu là bệnh đốm trắng và vi bào tử trùng (EHP).

4. Phương hướng 6 tháng cuối năm
Phấn đấu cả năm 2024 sản xuất 25 tỷ con giống, 100% tôm giống lưu thông trên địa bàn được kiểm dịch; hỗ trợ 15 cơ sở đầu tư hệ thống lọc nước tuần hoàn với kinh phí dự kiến 3,5 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Chi cục CN&TY;
- Lưu: VT, TS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Hòa
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
ASOF = P("Tính đến ngày 20/6/2024", None, "2024-06-20")
C23 = P("6 tháng năm 2023", "2023-01-01", "2023-06-30")
C24 = P("Ước thực hiện 6 tháng năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("TP Bạc Liêu | ", "2.410", "2.655", "92,4", "Bạc Liêu"),
        ("Thị xã Giá Rai | ", "1.820", "1.930", "88,1", "Giá Rai"),
        ("Huyện Đông Hải | ", "4.150", "4.560", "90,7", "Đông Hải"),
        ("Huyện Hòa Bình | ", "3.420", "3.655", "86,9", "Hòa Bình"),
        ("Toàn tỉnh | ", "11.800", "12.800", "89,6", "Bạc Liêu")]

FIGS = [
    F("có 312 cơ sở", "312", "count", "cơ sở", "cơ sở sản xuất, ương dưỡng giống tôm nước lợ", period=ASOF),
    F("236 cơ sở", "236", "count", "cơ sở", "cơ sở sản xuất giống tôm đủ điều kiện theo quy định",
      total=312, percent=75.6, period=ASOF),
    F("ước đạt 12,8 tỷ con", "12,8", "count", "con", "tổng sản lượng tôm giống sản xuất", mult="tỷ",
      status="estimate", change=C("increase", 8.5, "%", "cùng kỳ năm 2023"), period=H1),
    F("chân trắng 10,1 tỷ con", "10,1", "count", "con", "sản lượng giống tôm thẻ chân trắng", mult="tỷ",
      total=12.8e9, status="estimate", period=H1),
    F("tôm sú 2,7 tỷ con", "2,7", "count", "con", "sản lượng giống tôm sú", mult="tỷ",
      total=12.8e9, status="estimate", period=H1),
]
for row, a, b, r, loc in ROWS:
    label = row.split(" |")[0]
    sub = "sản lượng tôm giống" if label != "Toàn tỉnh" else "sản lượng tôm giống toàn tỉnh"
    FIGS.append(F(f"{row}{a} |", a, "count", "con", f"{sub} 6 tháng năm 2023", mult="triệu",
                  location=loc, period=C23))
    FIGS.append(F(f"{a} | {b} |", b, "count", "con", f"{sub} ước thực hiện 6 tháng năm 2024", mult="triệu",
                  status="estimate", location=loc, period=C24))
    FIGS.append(F(f"{b} | {r}\n", r, "percent", "%", "tỷ lệ kiểm dịch tôm giống" + (" toàn tỉnh" if label == "Toàn tỉnh" else ""),
                  location=loc, period=H1i))
FIGS += [
    F("kiểm dịch 11,6 tỷ con", "11,6", "count", "con", "tôm giống xuất, nhập tỉnh được kiểm dịch", mult="tỷ",
      percent=90.6, period=H1i),
    F("lấy 1.245 mẫu", "1.245", "count", "mẫu", "mẫu xét nghiệm bệnh", period=H1i),
    F("có 37 mẫu", "37", "count", "mẫu", "mẫu dương tính", total=1245, percent=2.97, period=H1i),
    F("sản xuất 25 tỷ con", "25", "count", "con", "con giống sản xuất", mult="tỷ", status="target", period=Y24),
    F("100% tôm giống", "100", "percent", "%", "tôm giống lưu thông trên địa bàn được kiểm dịch", status="target", period=Y24),
    F("hỗ trợ 15 cơ sở", "15", "count", "cơ sở", "cơ sở được hỗ trợ đầu tư hệ thống lọc nước tuần hoàn",
      status="target", period=Y24),
    F("dự kiến 3,5 tỷ đồng", "3,5", "money", "đồng", "kinh phí hỗ trợ đầu tư hệ thống lọc nước tuần hoàn", mult="tỷ",
      status="forecast", period=Y24),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Bạc Liêu, 'Số: 218/BC-SNN'); 'Bạc Liêu, ngày 25 tháng 6 năm 2024' is its date.",
    "Distractors: document numbers 218/BC-SNN, Công văn số 1520/UBND-KT ngày 10/6/2024, section numbers 1.-4., 'Bảng 1', 'Lưu: VT, TS', signer.",
    "Flattened '|' table with 'Đơn vị tính: triệu con' (2.410 = 2.41e9 con) and a '(%)' column; periods from the column headers;",
    "'Ước thực hiện' column -> status estimate; the (%) column has no period in its header (inherited from the title). Row labels are places",
    "(TP Bạc Liêu -> Bạc Liêu, Toàn tỉnh -> province). No totals for table cells.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline / title. The bracketed breakdown (10,1 + 2,7 = 12,8 tỷ con) gives total 12.8e9;",
    "the bracket has no verb of its own, so its parts stay under 'ước đạt' (estimate). '(đạt 75,6%)' is the percent of 236 (total 312).",
    "'trong đó có 37 mẫu …, chiếm 2,97%' -> total 1245, percent 2.97. 'Phấn đấu cả năm 2024' makes the list targets; 'kinh phí dự kiến' is forecast.",
]

build(2, TEXT, COMMENTS, FIGS, published="2024-06-25", location="Bạc Liêu")
